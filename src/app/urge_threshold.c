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

struct threshold_change {
	enum urge_kind kind;
	int value;
};

static void edit_threshold(struct settings *s, const void *value)
{
	const struct threshold_change *c = value;
	if (!urge_thresholds_set(&s->thresholds, c->kind, c->value)) {
		return; /* never: app_set_urge_threshold checked it is allowed */
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
	struct threshold_change c = {kind, value};
	return app_settings_change(app, edit_threshold, &c, NULL, err);
}
