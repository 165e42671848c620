#ifndef WISEMIND_CLI_PRACTICE_SAY_H
#define WISEMIND_CLI_PRACTICE_SAY_H

#include <stddef.h>
#include <stdio.h>

#include "app/app.h"
#include "app/practice_urge.h"
#include "app/session.h"
#include "cli/practice_run.h"
#include "content/skill_library.h"

/* What both line front ends (wisemind practice, and plain mode) say
 * around a guided practice: each urge rating as it is given, with the
 * crisis lines; how the practice went; the crisis lines it ends with;
 * the skills to switch to. One set of words, so the two never drift. */
struct practice_say {
	struct app *app;
	struct session *session;       /* the open diary, or NULL while locked */
	struct app_practice_urge urge; /* the urge the ratings go to */
	const char *see_plan;          /* how to see the whole safety plan, where the person is */
	const char *all_lines;         /* a sentence: how to see every crisis line there */
};

/* practice_io's urge and target_kind, with io->data a struct
 * practice_say: records the rating through the record's urge function
 * (open or locked), then says what became of it and shows the crisis
 * lines, the full card when it is high. */
bool practice_say_urge(struct practice_io *io, const struct exercise_rating *rating);
enum urge_kind practice_say_kind(struct practice_io *io, const char *target);

/* How a practice went, in words, and its ratings. */
void practice_say_end(const struct exercise *ex, enum practice_end end, FILE *out);

/* The crisis lines a practice ends with, last, where they are seen: when
 * its last rating was still high, the full card and the person's own
 * safety-plan lines, never "well done"; after a crisis skill, the short
 * card and say->all_lines. */
void practice_say_crisis_end(const struct practice_say *say, const struct exercise *ex, FILE *out);

/* The skills to offer after a switch, into options (at most max): the
 * one a link named; else the skill's related crisis skills, then STOP,
 * TIP and paced breathing, never the one being left. Returns how many. */
size_t practice_say_switch_options(const struct skill_library *lib, const struct exercise *ex,
                                   const struct skill **options, size_t max);

#endif
