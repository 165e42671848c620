/* An urge logged today, in one line. */
#include "front/urge_line.h"

#include <string.h>

const char *front_target_name(const struct card_template *card, const char *id)
{
	const struct card_target *t = card != NULL ? card_template_target(card, id) : NULL;
	return t != NULL && t->label[0] != '\0' ? t->label : id;
}

const char *front_skill_name(const struct skill_library *lib, const char *id)
{
	const struct skill *s = lib != NULL ? skill_library_find(lib, id) : NULL;
	return s != NULL && s->name != NULL && s->name[0] != '\0' ? s->name : id;
}

void front_urge_line(const struct app_urge_entry *e, const struct card_template *card,
                     const struct skill_library *lib, const char *gap, struct str *out)
{
	/* "2026-11-29T14:03:00+13:00": the time of day is at 11. */
	const char *time = strlen(e->at) >= 16 ? e->at + 11 : e->at;
	str_appendf(out, "  %.5s%s%s: %d", time, gap, front_target_name(card, e->target),
	            e->before);
	if (e->after >= 0) {
		str_appendf(out, ", then %d after %s", e->after,
		            e->skill != NULL ? front_skill_name(lib, e->skill) : "a skill");
	}
	if (e->via_inbox) {
		str_append(out, " (logged while locked)");
	}
	str_append_char(out, '\n');
}
