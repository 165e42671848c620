#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/crisis_load.h"
#include "core/paths.h"
#include "core/text_width.h"

/* A broken file of the person's: the whole story for stderr, and one
 * short sentence for a screen's status line, where the person is looking. */
static void warn_file(struct app *app, const char *what, const char *path,
                      const struct str *why, const char *meaning)
{
	str_appendf(&app->warnings, "wisemind: ignoring %s %s (%s); fix or remove that file.\n",
	            what, path, str_cstr(why));
	if (app->status.len == 0) {
		const char *w = str_cstr(why);
		unsigned line = 0;
		if (sscanf(w, "line %u:", &line) == 1) {
			str_appendf(&app->status, "%c%s has a mistake on line %u: %s.",
			            what[0] == 'y' ? 'Y' : what[0], what + 1, line, meaning);
		} else {
			str_appendf(&app->status, "%c%s cannot be read: %s.",
			            what[0] == 'y' ? 'Y' : what[0], what + 1, meaning);
		}
	}
}

/* The country's compiled-in row, then the person's own file, which may add
 * a country or add or replace single lines, never remove the national
 * ones. The installed copy of the table is reference only: an old one
 * must never bring back a number that has changed (DESIGN.md §2.1). */
static void load_crisis(struct app *app)
{
	crisis_table_finish(&app->crisis);
	crisis_load_builtin_country(&app->crisis, app->who.code);
	app->has_emergency = crisis_builtin_emergency_for(app->who.code, &app->emergency);
	if (app->data_dir.len > 0) {
		struct str path = {0};
		struct str err = {0};
		str_appendf(&path, "%s/crisis.yaml", str_cstr(&app->data_dir));
		if (crisis_load_file(str_cstr(&path), CRISIS_USER, &app->crisis, &err) ==
		    CRISIS_LOAD_BAD) {
			warn_file(app, "your crisis file", str_cstr(&path), &err,
			          "built-in lines shown");
		}
		str_finish(&err);
		str_finish(&path);
	}
}

static void load_settings(struct app *app)
{
	struct country_info info;
	struct str err = {0};
	struct str path = {0};
	str_appendf(&path, "%s/settings.yaml", str_cstr(&app->config_dir));
	if (!settings_load(str_cstr(&app->config_dir), &app->settings, &err)) {
		warn_file(app, "your settings file", str_cstr(&path), &err, "it is ignored");
	} else if (app->settings.country[0] != '\0' &&
	           !country_list_find(&app->countries, app->settings.country, &info)) {
		str_appendf(&app->warnings, "wisemind: your settings file %s names country \"%s\", "
		                            "which is not a country code, so it is not used.\n",
		            str_cstr(&path), app->settings.country);
		app->settings.country[0] = '\0';
	}
	str_finish(&path);
	str_finish(&err);
}

static void resolve_country(struct app *app)
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

void app_init(struct app *app, const struct app_options *opt)
{
	*app = (struct app){.opt = *opt};
	const char *no_color = getenv("NO_COLOR");
	if (no_color != NULL && no_color[0] != '\0') {
		app->opt.no_color = true;
	}
	app->ascii_only = !text_locale_is_utf8(getenv("LC_ALL"), getenv("LC_CTYPE"), getenv("LANG"));
	struct path_env env = {
		.data_dir_flag = opt->data_dir,
		.wisemind_data_dir = getenv("WISEMIND_DATA_DIR"),
		.xdg_data_home = getenv("XDG_DATA_HOME"),
		.xdg_config_home = getenv("XDG_CONFIG_HOME"),
		.xdg_state_home = getenv("XDG_STATE_HOME"),
		.home = getenv("HOME"),
	};
	paths_data_dir(&env, &app->data_dir);
	paths_state_dir(&env, &app->state_dir);
	crisis_builtin_country_list(&app->countries);
	if (paths_config_dir(&env, &app->config_dir)) {
		load_settings(app);
	}
	resolve_country(app);
	load_crisis(app);
}

void app_finish(struct app *app)
{
	if (app == NULL) {
		return;
	}
	str_finish(&app->data_dir);
	str_finish(&app->config_dir);
	str_finish(&app->state_dir);
	str_finish(&app->warnings);
	str_finish(&app->status);
	crisis_table_finish(&app->crisis);
	country_list_finish(&app->countries);
}

/* The card's view of app; info is where the country's names are kept. */
static struct crisis_card_view card_view(const struct app *app, struct country_info *info)
{
	bool known = country_list_find(&app->countries, app->who.code, info);
	return (struct crisis_card_view){
		.table = &app->crisis,
		.emergency = app->has_emergency ? &app->emergency : NULL,
		.country = known ? info : NULL,
		.who = app->who,
		.ascii_only = app->ascii_only,
		.change_hint = app->hints.change_country,
		.sources_hint = app->hints.sources,
	};
}

void app_crisis_card(const struct app *app, struct str *out)
{
	struct country_info info;
	struct crisis_card_view view = card_view(app, &info);
	crisis_card_format(&view, out);
}

void app_crisis_card_short(const struct app *app, struct str *out)
{
	struct country_info info;
	struct crisis_card_view view = card_view(app, &info);
	crisis_card_format_short(&view, out);
}

void app_crisis_sources(const struct app *app, struct str *out)
{
	struct country_info info;
	struct crisis_card_view view = card_view(app, &info);
	crisis_card_format_sources(&view, out);
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

bool app_confirm_country(struct app *app, const char *code, struct str *err)
{
	memcpy(app->who.code, code, COUNTRY_CODE_SIZE);
	app->who.source = COUNTRY_FROM_SETTING;
	app->country_flag_invalid = false;
	memcpy(app->settings.country, code, COUNTRY_CODE_SIZE);
	load_crisis(app);
	struct str why = {0};
	bool saved = app->config_dir.len > 0 &&
	             settings_save(str_cstr(&app->config_dir), &app->settings, &why);
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
