#ifndef WISEMIND_STORE_SETTING_H
#define WISEMIND_STORE_SETTING_H

#include "core/str.h"
#include "store/status.h"

struct store;

/* The settings kept inside the vault, as key/value text:
 *   country                 two upper-case ASCII letters ("GB")
 *   card_template           the diary card template (Markdown)
 *   urge_threshold.TARGET   the lowest urge rating that opens the full
 *                           crisis panel for TARGET (DESIGN.md §2.2)
 * A threshold can be lowered, never raised past its default, so it can
 * never be switched off: suicide stays 1, every other target 1 to 4. */
#define STORE_URGE_THRESHOLD_SUICIDE 1
#define STORE_URGE_THRESHOLD_DEFAULT 4

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

/* The urge threshold in force for target: the saved one, else the
 * default. STORE_INVALID when target is not an identifier. */
enum store_status store_urge_threshold(struct store *store, const char *target, int *out)
	__attribute__((warn_unused_result));

#endif
