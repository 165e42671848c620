/* The urge thresholds in settings.yaml: what is in force, and lowering
 * one. */
#include "app/urge_threshold.h"

#include "app/app_internal.h"

bool app_urge_thresholds(const struct app *app, struct urge_thresholds *out)
{
	struct settings s;
	struct str why = {0};
	enum content_status st = app_settings_read(app, &s, &why);
	str_finish(&why);
	/* settings_load leaves defaults for what it could not use. */
	*out = s.thresholds;
	return st == CONTENT_OK || st == CONTENT_MISSING;
}

void app_settings_path(const struct app *app, struct str *out)
{
	if (app->config_dir.len > 0) {
		str_appendf(out, "%s/settings.yaml", str_cstr(&app->config_dir));
	}
}

bool app_set_urge_threshold(const struct app *app, enum urge_kind kind, int value,
                            struct app_error *err)
{
	if (kind < 0 || kind >= URGE_KIND_UNKNOWN) {
		return app_error_app(err, APP_E_THRESHOLD_KIND);
	}
	if (!urge_threshold_allowed(kind, value)) {
		str_clear(&err->detail);
		str_append(&err->detail, urge_kind_name(kind));
		return app_error_app(err, APP_E_THRESHOLD);
	}
	if (app->config_dir.len == 0) {
		str_clear(&err->detail);
		str_append(&err->detail, "no settings folder can be named: HOME is not set");
		return app_error_app(err, APP_E_SETTINGS_SAVE);
	}
	struct settings s;
	struct str why = {0};
	enum content_status st = app_settings_read(app, &s, &why);
	bool ok = false;
	str_clear(&err->detail);
	if (st == CONTENT_E_READ || st == CONTENT_E_INVALID) {
		/* Rewriting it would lose what the person wrote there. */
		app_settings_path(app, &err->detail);
		str_appendf(&err->detail, " (%s)", str_cstr(&why));
		app_error_app(err, APP_E_SETTINGS_FILE);
	} else if (!urge_thresholds_set(&s.thresholds, kind, value)) {
		app_error_app(err, APP_E_THRESHOLD); /* checked above: never */
	} else {
		str_clear(&why);
		ok = settings_save(str_cstr(&app->config_dir), &s, &why) == CONTENT_OK;
		if (!ok) {
			str_append(&err->detail, str_cstr(&why));
			app_error_app(err, APP_E_SETTINGS_SAVE);
		}
	}
	str_finish(&why);
	return ok;
}
