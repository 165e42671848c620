/* Which country the person is in, and reading one they type. */
#include <stdlib.h>
#include <string.h>

#include "app/app_internal.h"
#include "content/crisis_load.h"

void app_resolve_country(struct app *app)
{
	struct locale_env locale = {
		.lc_all = getenv("LC_ALL"),
		.lc_messages = getenv("LC_MESSAGES"),
		.lang = getenv("LANG"),
	};
	app->who.locale = country_locale_in_force(&locale);
	char code[COUNTRY_CODE_SIZE];
	if (app->opt.country != NULL) {
		/* A mistyped flag shows the card for an unknown country: never the
		 * locale's or the saved one, which might be the wrong country. */
		struct country_info info;
		app->country_flag_invalid = !country_normalize(app->opt.country, code) ||
		                            !country_list_find(&app->countries, code, &info);
		if (app->country_flag_invalid) {
			app->who.code[0] = '\0';
			app->who.source = COUNTRY_UNKNOWN;
		} else {
			memcpy(app->who.code, code, sizeof(code));
			app->who.source = COUNTRY_FROM_FLAG;
		}
		return;
	}
	app->who.source = country_resolve(NULL, app->settings.country, &locale, app->who.code);
	struct country_info info;
	if (app->who.source == COUNTRY_FROM_LOCALE &&
	    !country_list_find(&app->countries, app->who.code, &info)) {
		app->who.code[0] = '\0';
		app->who.source = COUNTRY_UNKNOWN;
	}
}

bool app_country_unconfirmed(const struct app *app)
{
	return (app->opt.country == NULL || app->country_flag_invalid) &&
	       app->settings.country[0] == '\0';
}

bool app_country_read(const struct app *app, const char *typed, char code[COUNTRY_CODE_SIZE])
{
	return country_list_read(&app->countries, typed, code);
}

void app_country_suggest(const struct app *app, const char *typed,
                         struct country_suggestion *out)
{
	char codes[300][COUNTRY_CODE_SIZE];
	size_t n = app_countries_with_lines(app, codes, 300);
	country_list_suggest(&app->countries, typed, (const char(*)[COUNTRY_CODE_SIZE])codes, n,
	                     out);
}

void app_use_country(struct app *app, const char *code)
{
	memcpy(app->who.code, code, COUNTRY_CODE_SIZE);
	app->who.source = COUNTRY_FROM_FLAG; /* for this run, as --country is */
	app->country_flag_invalid = false;
	memcpy(app->settings.country, code, COUNTRY_CODE_SIZE);
	app_load_crisis(app);
}

bool app_confirm_country(struct app *app, const char *code, struct str *err)
{
	app_use_country(app, code);
	app->who.source = COUNTRY_FROM_SETTING;
	struct str why = {0};
	/* Keep the thresholds as the file has them now: another wisemind may
	 * have lowered one since this one started, and a save must never
	 * raise it back. */
	struct settings now;
	enum content_status st = app_settings_read(app, &now, &why);
	if (st == CONTENT_OK || st == CONTENT_MISSING || st == CONTENT_E_VALUE) {
		app->settings.thresholds = now.thresholds;
	}
	str_clear(&why);
	bool saved = app->config_dir.len > 0 &&
	             settings_save(str_cstr(&app->config_dir), &app->settings, &why) == CONTENT_OK;
	if (!saved) {
		str_appendf(err, "Could not save your country (%s); wisemind uses %s for now and "
		                 "will ask again next time.",
		            why.len ? str_cstr(&why) : "no settings folder", code);
	}
	str_finish(&why);
	return saved;
}

const char *app_country_name(const struct app *app, const char *code)
{
	struct country_info info;
	return country_list_find(&app->countries, code, &info)
	       ? country_info_name(&info, app->ascii_only) : code;
}

bool app_country_has_lines(const struct app *app, const char *code)
{
	char codes[300][COUNTRY_CODE_SIZE];
	size_t n = app_countries_with_lines(app, codes, 300);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(codes[i], code) == 0) {
			return true;
		}
	}
	return false;
}

static int compare_codes(const void *a, const void *b)
{
	return strcmp(a, b);
}

size_t app_countries_with_lines(const struct app *app, char (*codes)[COUNTRY_CODE_SIZE],
                                size_t max)
{
	size_t n = crisis_builtin_codes(codes, max);
	for (size_t i = 0; i < app->crisis.count && n < max; i++) {
		bool have = false;
		for (size_t j = 0; j < n && !have; j++) {
			have = strcmp(codes[j], app->crisis.countries[i].code) == 0;
		}
		if (!have) {
			memcpy(codes[n++], app->crisis.countries[i].code, COUNTRY_CODE_SIZE);
		}
	}
	if (n > 1) {
		qsort(codes, n, sizeof(codes[0]), compare_codes);
	}
	return n;
}
