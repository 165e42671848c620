#ifndef WISEMIND_CLI_SAFETY_PLAN_EDIT_H
#define WISEMIND_CLI_SAFETY_PLAN_EDIT_H

#include "app/app.h"
#include "app/session.h"

/* wisemind safety-plan edit, once unlocked: walks the plan's parts one by
 * one, showing what is there, and lets the person keep, add, replace or
 * remove lines, and choose which show even when locked (saying plainly,
 * each time, that those are kept unencrypted in one file on this
 * computer). No external editor: editors leave swap and backup files.
 * Answers are read from standard input a line at a time, so a script can
 * drive it through a pipe. At a terminal a mistake is asked again; from a
 * pipe it stops the edit (exit 2), as the next answer would be taken for
 * the retry. Nothing is saved unless every part was gone through: end of
 * input or Ctrl-C before then changes nothing. Returns the exit code. */
int cli_safety_plan_edit(struct app *app, struct session *s);

#endif
