#ifndef WISEMIND_APP_APP_INTERNAL_H
#define WISEMIND_APP_APP_INTERNAL_H

/* Shared by the files of src/app only. */

#include "app/app.h"

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

/* Resolves the country: the flag, the setting, then the locale
 * (app/country.c). */
void app_resolve_country(struct app *app);

/* Loads the crisis information for app's country (app/crisis.c). */
void app_load_crisis(struct app *app);

#endif
