#ifndef WISEMIND_APP_APP_INTERNAL_H
#define WISEMIND_APP_APP_INTERNAL_H

/* Shared by the files of src/app only. */

#include "app/app.h"

/* A broken file of the person's: the whole story for a log of warnings,
 * and one short sentence for a screen's status line. */
void app_warn_file(struct app *app, const char *what, const char *path, const struct str *why,
                   const char *meaning);

/* Loads settings.yaml from app's config folder (app/settings.c). */
void app_load_settings(struct app *app);

/* Resolves the country: the flag, the setting, then the locale
 * (app/country.c). */
void app_resolve_country(struct app *app);

/* Loads the crisis information for app's country (app/crisis.c). */
void app_load_crisis(struct app *app);

#endif
