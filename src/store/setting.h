#ifndef WISEMIND_STORE_SETTING_H
#define WISEMIND_STORE_SETTING_H

#include "core/str.h"
#include "store/status.h"

struct store;

/* The settings kept inside the vault, as key/value text:
 *   country        two upper-case ASCII letters ("GB")
 *   card_template  the diary card template (Markdown)
 *   draft.card     a diary card's unsaved changes, kept before the vault
 *                  locks (app/card_draft.c; at most 256 KiB of UTF-8)
 *   draft.safety-plan  the safety plan as it was being changed, kept
 *                  before the vault locks (app/safety_plan_draft.c; at
 *                  most 512 KiB of UTF-8)
 * The urge thresholds are not here: they live in settings.yaml, outside
 * the vault, so the locked path applies them too (DESIGN.md §2.2;
 * app/urge_threshold.h). */

/* Checks that key is a known setting and value fits it, without a store:
 * STORE_OK, STORE_UNKNOWN_SETTING or STORE_INVALID. */
enum store_status store_setting_check(const char *key, const char *value)
	__attribute__((warn_unused_result));

/* Copies the value of key into out (replacing its contents).
 * STORE_NOT_FOUND when it was never set, STORE_UNKNOWN_SETTING when key
 * is not one of the above. */
enum store_status store_setting_get(struct store *store, const char *key, struct str *out)
	__attribute__((warn_unused_result));

/* Sets key to value after checking the value as described above
 * (STORE_INVALID when it does not fit). */
enum store_status store_setting_set(struct store *store, const char *key, const char *value)
	__attribute__((warn_unused_result));

/* Removes key; STORE_OK also when it was not set. */
enum store_status store_setting_delete(struct store *store, const char *key)
	__attribute__((warn_unused_result));

#endif
