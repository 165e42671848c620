#ifndef WISEMIND_STORE_SAFETY_PLAN_H
#define WISEMIND_STORE_SAFETY_PLAN_H

#include "core/safety_plan.h"
#include "store/status.h"

struct store;

/* The safety plan in the diary (table safety_line), whole. */

/* Fills out (finished first) with every line, part by part, in order.
 * STORE_DAMAGED when a row names no part this wisemind knows. */
enum store_status store_safety_plan_get(struct store *store, struct safety_plan *out)
	__attribute__((warn_unused_result));

/* Replaces the whole plan with plan, in one transaction: all or nothing.
 * STORE_INVALID, changing nothing, when a part has more than
 * SAFETY_LINES_MAX lines or a line fails the schema's checks (empty, too
 * long, a control character, not UTF-8). */
enum store_status store_safety_plan_set(struct store *store, const struct safety_plan *plan)
	__attribute__((warn_unused_result));

#endif
