/* Changing settings.yaml one value at a time. */
#include "app/settings_change.h"

#include <string.h>

#include "app/app_internal.h"
#include "app/urge_threshold.h"
#include "core/exercise.h"

typedef bool settings_edit_fn(struct settings *s, const void *value);

/* Reads the file, lets edit change it, saves, and uses the result. */
static bool change(struct app *app, settings_edit_fn *edit, const void *value,
                   struct app_error *err)
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
		if (ok) {
			/* The country stays as this run resolved it. */
			char country[sizeof(app->settings.country)];
			memcpy(country, app->settings.country, sizeof(country));
			app->settings = s;
			memcpy(app->settings.country, country, sizeof(country));
		} else {
			str_append(&err->detail, str_cstr(&why));
			app_error_app(err, APP_E_SETTINGS_SAVE);
		}
	}
	str_finish(&why);
	return ok;
}

static bool edit_lock(struct settings *s, const void *value)
{
	s->lock_minutes = *(const int *)value;
	s->lock_why[0] = '\0';
	return true;
}

bool app_set_lock_minutes(struct app *app, int minutes, struct app_error *err)
{
	if (minutes < 1 || minutes > SETTINGS_LOCK_MINUTES_MAX) {
		return app_error_app(err, APP_E_LOCK_MINUTES);
	}
	return change(app, edit_lock, &minutes, err);
}

static bool edit_pace(struct settings *s, const void *value)
{
	s->pace = *(const struct skill_breath *)value;
	return true;
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

static bool edit_mono(struct settings *s, const void *value)
{
	s->monochrome = *(const bool *)value;
	return true;
}

bool app_set_monochrome(struct app *app, bool monochrome, struct app_error *err)
{
	return change(app, edit_mono, &monochrome, err);
}

static bool edit_bell(struct settings *s, const void *value)
{
	s->quiet = !*(const bool *)value;
	return true;
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
