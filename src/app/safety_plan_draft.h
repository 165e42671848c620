#ifndef WISEMIND_APP_SAFETY_PLAN_DRAFT_H
#define WISEMIND_APP_SAFETY_PLAN_DRAFT_H

#include <stdbool.h>

#include "app/error.h"
#include "core/safety_plan.h"

struct session;

/* The safety plan as the person was changing it, kept inside the vault
 * when it locks (quick-hide, idle lock, quit) so nothing typed is lost
 * (DESIGN.md §2.6). A draft is not the plan: it changes neither the plan
 * nor the file of lines shown while locked until the person saves it as
 * the plan. One draft at a time. */

/* Keeps plan (every line already one line of text: app_safety_line_check)
 * as the draft, replacing any other. Not saved: the caller saves the
 * session (the screen frame does after every keep). False with err when
 * it could not be kept (a line that is not one line of text: nothing is
 * kept; the diary failed). */
bool session_safety_plan_draft_keep(struct session *s, const struct safety_plan *plan,
                                    struct app_error *err) __attribute__((warn_unused_result));

/* Hands over the draft, if there is one, into out (finished first), and
 * removes it from the diary (saved with the next save, so a crash before
 * then keeps it). *found says whether there was one; a draft that cannot
 * be read (only a damaged import makes one) is dropped as none. */
bool session_safety_plan_draft_take(struct session *s, struct safety_plan *out, bool *found,
                                    struct app_error *err) __attribute__((warn_unused_result));

#endif
