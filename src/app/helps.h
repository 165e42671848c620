#ifndef WISEMIND_APP_HELPS_H
#define WISEMIND_APP_HELPS_H

#include <stdbool.h>
#include <stddef.h>

#include "app/error.h"
#include "app/urge.h"
#include "core/helps.h"

struct session;

/* Which skills help this person most (issue 10), from every urge in the
 * diary that was logged with a skill and rated again afterwards
 * (core/helps.h has the rule for too little data). */

/* Fills out (initialised with helps_init) with every such urge, ranked.
 * The caller calls helps_finish. */
bool session_helps(struct session *s, struct helps *out, struct app_error *err)
	__attribute__((warn_unused_result));

/* The two crisis-survival skills (a skill file's use: crisis) to suggest
 * for a strong urge: the two after which this person's urges dropped
 * most, or STOP and TIP while there is too little to tell (or anything
 * fails: the suggestion never waits on the diary). Returns how many of
 * the two came from the person's own data: 0, 1 or 2. */
size_t session_helps_suggest(struct session *s, char out[2][APP_URGE_SKILL_ID_MAX + 1]);

#endif
