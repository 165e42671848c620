/* An urge logged today, in one line. */
#include "front/urge_line.h"

#include <string.h>

void front_urge_line(const struct app_urge_entry *e, const char *gap, struct str *out)
{
	/* "2026-11-29T14:03:00+13:00": the time of day is at 11. */
	const char *time = strlen(e->at) >= 16 ? e->at + 11 : e->at;
	str_appendf(out, "  %.5s%s%s %d", time, gap, e->target, e->before);
	if (e->after >= 0) {
		str_appendf(out, ", then %d after %s", e->after, e->skill != NULL ? e->skill : "a skill");
	}
	if (e->via_inbox) {
		str_append(out, " (logged while locked)");
	}
	str_append_char(out, '\n');
}
