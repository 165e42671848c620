/* Saying that something was not saved, once. */
#include "front/not_saved.h"

#include <strings.h>

void front_not_saved(const char *what, const char *why, struct str *out)
{
	static const char said[] = "not saved: ";
	if (strncasecmp(why, said, sizeof(said) - 1) == 0) {
		why += sizeof(said) - 1;
	}
	if (what != NULL) {
		str_appendf(out, "%s was NOT saved: %s", what, why);
	} else {
		str_appendf(out, "Not saved: %s", why);
	}
}
