/* Changing settings.yaml one value at a time. */
#include "app/settings_change.h"

#include <string.h>

#include "app/app_internal.h"
#include "app/urge_threshold.h"
#include "core/exercise.h"

bool app_settings_change(const struct app *app, app_settings_edit_fn *edit, const void *value,
                         struct settings *now, struct app_error *err)
{
	str_clear(&err->detail);
	if (app->config_dir.len == 0) {
		str_append(&err->detail, "no settings folder can be named: HOME is not set");
		return app_error_app(err, APP_E_SETTINGS_SAVE);
	}
	struct settings s;
	struct str why = {0};
	enum content_status st = app_settings_read(app, &s, &why);
	bool ok = false;
	if (st == CONTENT_E_READ || st == CONTENT_E_INVALID) {
		app_settings_path(app, &err->detail);
		str_appendf(&err->detail, " (%s)", str_cstr(&why));
		app_error_app(err, APP_E_SETTINGS_FILE);
	} else {
		edit(&s, value);
		str_clear(&why);
		ok = settings_save(str_cstr(&app->config_dir), &s, &why) == CONTENT_OK;
		if (!ok) {
			str_append(&err->detail, str_cstr(&why));
			app_error_app(err, APP_E_SETTINGS_SAVE);
		} else if (now != NULL) {
			*now = s;
		}
	}
	str_finish(&why);
	return ok;
}

/* Changes one value and uses the result from now on. */
static bool change(struct app *app, app_settings_edit_fn *edit, const void *value,
                   struct app_error *err)
{
	struct settings now;
	if (!app_settings_change(app, edit, value, &now, err)) {
		return false;
	}
	/* The country stays as this run resolved it. */
	memcpy(now.country, app->settings.country, sizeof(now.country));
	app->settings = now;
	return true;
}

static void edit_lock(struct settings *s, const void *value)
{
	s->lock_minutes = *(const int *)value;
	s->lock_why[0] = '\0';
}

bool app_set_lock_minutes(struct app *app, int minutes, struct app_error *err)
{
	if (minutes < 1 || minutes > SETTINGS_LOCK_MINUTES_MAX) {
		return app_error_app(err, APP_E_LOCK_MINUTES);
	}
	return change(app, edit_lock, &minutes, err);
}

static void edit_pace(struct settings *s, const void *value)
{
	s->pace = *(const struct skill_breath *)value;
}

bool app_set_breathing_pace(struct app *app, const char *text, struct app_error *err)
{
	struct skill_breath pace = {0};
	const char *why;
	if (text[0] != '\0' && !skill_parse_breath(text, &pace, &why)) {
		str_clear(&err->detail);
		str_append(&err->detail, why);
		return app_error_app(err, APP_E_BREATH);
	}
	return change(app, edit_pace, &pace, err);
}

static void edit_mono(struct settings *s, const void *value)
{
	s->monochrome = *(const bool *)value;
}

bool app_set_monochrome(struct app *app, bool monochrome, struct app_error *err)
{
	return change(app, edit_mono, &monochrome, err);
}

static void edit_bell(struct settings *s, const void *value)
{
	s->quiet = !*(const bool *)value;
}

bool app_set_bell(struct app *app, bool bell, struct app_error *err)
{
	return change(app, edit_bell, &bell, err);
}

void app_exercise_options(const struct app *app, struct exercise_options *out)
{
	*out = (struct exercise_options){.urge_kind = URGE_KIND_UNKNOWN};
	(void)app_urge_thresholds(app, &out->thresholds); /* a file's mistakes are said at start */
	struct settings s;
	struct str why = {0};
	(void)app_settings_read(app, &s, &why);
	str_finish(&why);
	out->pace = s.pace;
}
