#ifndef WISEMIND_APP_SAFETY_PLAN_H
#define WISEMIND_APP_SAFETY_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "app/error.h"
#include "core/safety_plan.h"

struct session;

/* The safety plan (issue 10). The whole plan lives in the vault. Lines the
 * person marks "shown" are also kept, unencrypted, in one 0600 file
 * beside the vault (content/safety_shown_file.h), so that the crisis card
 * shows them with no passphrase (DESIGN.md §2.5): the front end must say
 * so plainly whenever it asks whether to show a line. */

/* The plan in the open diary, into out (finished first). */
bool session_safety_plan_get(struct session *s, struct safety_plan *out, struct app_error *err)
	__attribute__((warn_unused_result));

/* Checks one line as typed (len bytes), before it goes into a plan:
 * APP_E_SAFETY_LINE (a usage mistake, exit 2) when it is empty, longer
 * than SAFETY_LINE_CHARS_MAX characters, not UTF-8, or holds a control
 * character. */
bool app_safety_line_check(const char *text, size_t len, struct app_error *err)
	__attribute__((warn_unused_result));

/* What saving the plan did. */
struct app_safety_plan_saved {
	bool saved;   /* the plan is in the diary, durably */
	size_t shown; /* lines shown while locked, now in the file (0: no file) */
};

/* Checks every line (APP_E_SAFETY_LINE; APP_E_SAFETY_LINES for a part of
 * more than SAFETY_LINES_MAX lines), replaces the diary's plan with plan
 * and saves durably; then writes the shown lines' file (or removes it
 * when no line is shown): the file follows the vault, never leads it.
 * False with err when a check failed (nothing changed) or the save did
 * (the new plan stays in the diary in memory, not on disk, and the file
 * as it was); or, with out->saved true, APP_E_SAFETY_FILE when the plan
 * was saved but the file could not be written (the next unlock writes
 * it). */
bool session_safety_plan_set(struct session *s, const struct safety_plan *plan,
                             struct app_safety_plan_saved *out, struct app_error *err)
	__attribute__((warn_unused_result));

/* Where the shown lines' file is (for the front end to say so). */
void app_safety_plan_shown_path(const struct app *app, struct str *out);

/* True when a diary (and so perhaps a safety plan) is in the data
 * folder: the crisis card then says where the whole plan is. One stat,
 * no reading. */
bool app_safety_plan_may_exist(const struct app *app);

/* The lines shown while locked, with no passphrase (for the crisis card),
 * into out (finished first), every one marked shown. Only reads one small
 * file, and never waits (a FIFO in its place is refused). True when there
 * is no file or all of it was read; false, with why (a phrase: "line 3:
 * ...") and whatever lines could be read in out, when it is damaged or
 * unreadable. It never stops the crisis card from showing. */
bool app_safety_plan_locked_lines(const struct app *app, struct safety_plan *out,
                                  struct str *why);

#endif
