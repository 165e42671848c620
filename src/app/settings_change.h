#ifndef WISEMIND_APP_SETTINGS_CHANGE_H
#define WISEMIND_APP_SETTINGS_CHANGE_H

#include <stdbool.h>

#include "app/error.h"
#include "core/skill.h"

struct app;
struct exercise_options;

/* Changing the settings that work while locked (settings.yaml; the urge
 * thresholds are app/urge_threshold.h's). Each change reads the file,
 * changes one value, saves durably and then uses it from now on (in
 * app->settings). The file is unchanged on every refusal:
 * APP_E_SETTINGS_FILE when it has a mistake (rewriting it would lose what
 * the person wrote), APP_E_SETTINGS_SAVE when it cannot be saved. */

/* Minutes without a key before the screen saves and locks: 1 to
 * SETTINGS_LOCK_MINUTES_MAX, else APP_E_LOCK_MINUTES. */
bool app_set_lock_minutes(struct app *app, int minutes, struct app_error *err)
	__attribute__((warn_unused_result));

/* The pace every breathing pacer starts at, as a skill file writes it
 * ("in 4, out 6"); "" goes back to each skill's own. APP_E_BREATH with
 * why in err->detail when it cannot be read. */
bool app_set_breathing_pace(struct app *app, const char *text, struct app_error *err)
	__attribute__((warn_unused_result));

/* Monochrome (true) or colour. NO_COLOR and --no-color still win. */
bool app_set_monochrome(struct app *app, bool monochrome, struct app_error *err)
	__attribute__((warn_unused_result));

/* Whether a timer's end rings the terminal bell. */
bool app_set_bell(struct app *app, bool bell, struct app_error *err)
	__attribute__((warn_unused_result));

/* What an exercise needs from the settings, read from settings.yaml each
 * time (so a change made by another wisemind applies at once): the urge
 * thresholds and the person's breathing pace. Every front end starts its
 * exercises with these. */
void app_exercise_options(const struct app *app, struct exercise_options *out);

#endif
