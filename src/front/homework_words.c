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
