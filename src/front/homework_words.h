#ifndef WISEMIND_FRONT_HOMEWORK_WORDS_H
#define WISEMIND_FRONT_HOMEWORK_WORDS_H

#include <stdbool.h>

#include "app/homework.h"
#include "content/skill_library.h"
#include "core/str.h"

/* Homework in the words both front ends use on today's screen. */

enum front_homework {
	FRONT_HOMEWORK_NONE,     /* no homework in force: nothing said */
	FRONT_HOMEWORK_DUE,      /* "Homework due today: Paced breathing, STOP" */
	FRONT_HOMEWORK_ALL_DONE, /* "Homework: all done for today" */
};

/* What today's screen says of homework, appended to out without an
 * ending (the skills by name, each once though two homework ask for it);
 * the front end adds its key. */
enum front_homework front_homework_due(const struct app_homework_list *l,
                                       const struct skill_library *lib, struct str *out);

/* "Every day, from 2026-11-23 until 2026-12-06." or "3 times a week,
 * from 2026-11-23, with no last day.", then " Marked done on D." when it
 * was. */
void front_homework_when(const struct app_homework *h, struct str *out);

/* Skill k of h and where it stands today: "Paced breathing: due today",
 * "... practised today" or "... not due today", and for N a week
 * " (1 of 3 this week)". name is how the front end names the skill. */
void front_homework_skill(const struct app_homework *h, size_t k, const char *name,
                          struct str *out);

#endif
