/* Saying that something was not saved, once. */
#include "front/not_saved.h"

#include <string.h>
#include <strings.h>

/* The first n bytes of why, after its own "not saved: ". */
static void say(const char *what, const char *why, size_t n, struct str *out)
{
	static const char said[] = "not saved: ";
	if (n >= sizeof(said) - 1 && strncasecmp(why, said, sizeof(said) - 1) == 0) {
		why += sizeof(said) - 1;
		n -= sizeof(said) - 1;
	}
	if (what != NULL) {
		str_appendf(out, "%s was NOT saved: ", what);
	} else {
		str_append(out, "Not saved: ");
	}
	str_append_n(out, why, n);
}

void front_not_saved(const char *what, const char *why, struct str *out)
{
	say(what, why, strlen(why), out);
}

/* How long why is without a closing "try again" and what joins it. */
static size_t without_try_again(const char *why)
{
	static const char *const joins[] = {" and try again", ", then try again", "; try again",
	                                    ": try again"};
	size_t n = strlen(why);
	for (size_t i = 0; i < sizeof(joins) / sizeof(joins[0]); i++) {
		size_t j = strlen(joins[i]);
		if (n > j && strcmp(why + n - j, joins[i]) == 0) {
			return n - j;
		}
	}
	return n;
}

void front_not_saved_again(const char *what, const char *why, const char *again, struct str *out)
{
	say(what, why, without_try_again(why), out);
	str_appendf(out, ". %s", again);
}
