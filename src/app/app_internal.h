#ifndef WISEMIND_APP_APP_INTERNAL_H
#define WISEMIND_APP_APP_INTERNAL_H

/* Shared by the files of src/app only. */

#include "app/app.h"
#include "app/error.h"

/* Records a warning of kind about the file at path; NULL when out of
 * memory (the warning is dropped, never the step). */
struct app_warning *app_warn(struct app *app, enum app_warning_kind kind, const char *path);

/* A broken file of the person's: why is the parser's message. */
void app_warn_file(struct app *app, enum app_warning_kind kind, const char *path,
                   const struct str *why);

/* Loads settings.yaml from app's config folder (app/settings.c). */
void app_load_settings(struct app *app);

/* Reads settings.yaml as it is now, as settings_load does (for a change
 * that must keep what another wisemind saved since app_init). No config
 * folder gives settings_default and CONTENT_MISSING. */
enum content_status app_settings_read(const struct app *app, struct settings *out,
                                      struct str *why);

/* Changes one value of settings.yaml: reads it as it is now, lets edit
 * change it, saves durably, and gives what is now in force in *now (when
 * not NULL). APP_E_SETTINGS_FILE when the file has a mistake (it is not
 * rewritten: what the person wrote there would be lost),
 * APP_E_SETTINGS_SAVE when it cannot be saved; the file is then as it
 * was (app/settings_change.c). */
typedef void app_settings_edit_fn(struct settings *s, const void *value);
bool app_settings_change(const struct app *app, app_settings_edit_fn *edit, const void *value,
                         struct settings *now, struct app_error *err);

/* Resolves the country: the flag, the setting, then the locale
 * (app/country.c). */
void app_resolve_country(struct app *app);

/* Loads the crisis information for app's country (app/crisis.c). */
void app_load_crisis(struct app *app);

#endif
