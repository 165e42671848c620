/* The settings that work while locked (settings.yaml). */
#include <stdio.h>

#include "app/app_internal.h"

void app_load_settings(struct app *app)
{
	struct country_info info;
	struct str err = {0};
	struct str path = {0};
	str_appendf(&path, "%s/settings.yaml", str_cstr(&app->config_dir));
	enum content_status st = settings_load(str_cstr(&app->config_dir), &app->settings, &err);
	if (st == CONTENT_E_VALUE) {
		/* Only a threshold was left out, at its default: the rest is used. */
		app_warn_file(app, WARNING_SETTINGS_THRESHOLD, str_cstr(&path), &err);
	} else if (content_status_exit_code(st) != 0) {
		app_warn_file(app, WARNING_SETTINGS_IGNORED, str_cstr(&path), &err);
	}
	if (app->settings.lock_why[0] != '\0') {
		struct str why = {0};
		str_append(&why, app->settings.lock_why);
		app_warn_file(app, WARNING_SETTINGS_LOCK, str_cstr(&path), &why);
		str_finish(&why);
	}
	if (app->settings.value_why[0] != '\0') {
		struct str why = {0};
		str_append(&why, app->settings.value_why);
		app_warn_file(app, WARNING_SETTINGS_VALUE, str_cstr(&path), &why);
		str_finish(&why);
	}
	if (app->settings.country[0] != '\0' &&
	    !country_list_find(&app->countries, app->settings.country, &info)) {
		struct app_warning *w = app_warn(app, WARNING_SETTINGS_COUNTRY, str_cstr(&path));
		if (w != NULL) {
			snprintf(w->country, sizeof(w->country), "%s", app->settings.country);
		}
		app->settings.country[0] = '\0';
	}
	str_finish(&path);
	str_finish(&err);
}

enum content_status app_settings_read(const struct app *app, struct settings *out,
                                      struct str *why)
{
	if (app->config_dir.len == 0) {
		settings_default(out);
		return CONTENT_MISSING;
	}
	return settings_load(str_cstr(&app->config_dir), out, why);
}
