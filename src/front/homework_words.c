#include "front/homework_words.h"

enum front_homework front_homework_due(const struct app_homework_list *l,
                                       const struct skill_library *lib, struct str *out)
{
	struct app_homework_due due;
	app_homework_due(l, &due);
	for (size_t j = 0; j < due.count; j++) {
		const struct skill *sk = skill_library_find(lib, due.skills[j]);
		str_appendf(out, "%s%s", j == 0 ? "Homework due today: " : ", ",
		            sk != NULL ? sk->name : due.skills[j]);
	}
	if (due.count == 0 && due.in_force) {
		str_append(out, "Homework: all done for today");
	}
	return due.count > 0 ? FRONT_HOMEWORK_DUE
	       : due.in_force ? FRONT_HOMEWORK_ALL_DONE
	                      : FRONT_HOMEWORK_NONE;
}

void front_homework_when(const struct app_homework *h, struct str *out)
{
	char words[32];
	const char *often = homework_every_words(h->every, words);
	str_appendf(out, "%c%s, from %s", often[0] >= 'a' && often[0] <= 'z' ? often[0] - 32 : often[0],
	            often + 1, h->from);
	if (h->until[0] != '\0') {
		str_appendf(out, " until %s.", h->until);
	} else {
		str_append(out, ", with no last day.");
	}
	if (h->done_on[0] != '\0') {
		str_appendf(out, " Marked done on %s.", h->done_on);
	}
}

void front_homework_skill(const struct app_homework *h, size_t k, const char *name,
                          struct str *out)
{
	str_appendf(out, "%s: %s", name,
	            h->practised_today[k] ? "practised today"
	            : h->due[k]           ? "due today"
	                                  : "not due today");
	if (h->every.kind == HOMEWORK_PER_WEEK) {
		str_appendf(out, " (%u of %u this week)", h->week_done[k], h->every.per_week);
	}
}
