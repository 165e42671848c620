#ifndef WISEMIND_APP_URGE_THRESHOLD_H
#define WISEMIND_APP_URGE_THRESHOLD_H

#include <stdbool.h>

#include "app/app.h"
#include "app/error.h"
#include "core/urge_level.h"

/* The urge thresholds per kind (DESIGN.md §2.2), kept in settings.yaml
 * beside the vault so the locked path applies them as the unlocked one
 * does. They can be lowered, never raised above their defaults or
 * switched off. */

/* Fills out with the thresholds in force, read from settings.yaml each
 * time (so a threshold lowered by another wisemind applies at once): the
 * defaults where the file sets none, or when there is no file. True when
 * they are what the file says (or there is none); false when the file
 * could not be read or asks for a threshold that is not allowed, which
 * is then left at its default (app_init's warnings say why). out is
 * filled either way. */
bool app_urge_thresholds(const struct app *app, struct urge_thresholds *out);

/* Sets kind's threshold to value in settings.yaml, durably, keeping the
 * rest of the file. value may be 1 to the kind's default (4; suicide's is
 * always 1): APP_E_THRESHOLD for a raise above the default, 0 or less;
 * APP_E_THRESHOLD_KIND for URGE_KIND_UNKNOWN (it always has suicide's);
 * APP_E_SETTINGS_FILE when settings.yaml has a mistake (it is not
 * overwritten); APP_E_SETTINGS_SAVE when it cannot be saved. The file is
 * unchanged on every refusal. */
bool app_set_urge_threshold(const struct app *app, enum urge_kind kind, int value,
                            struct app_error *err) __attribute__((warn_unused_result));

/* Where the thresholds are kept (settings.yaml), for a front end to say;
 * "" when no settings folder can be named. */
void app_settings_path(const struct app *app, struct str *out);

#endif
