#include "app.h"

#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "content/crisis_load.h"
#include "core/paths.h"

static void warn_file(struct app *app, const char *what, const char *path,
                      const struct str *why)
{
	str_appendf(&app->warnings, "wisemind: ignoring %s %s (%s); fix or remove that file.\n",
	            what, path, str_cstr(why));
}

/* Merges one optional crisis file; a broken one is ignored with a warning. */
static void load_crisis_file(struct app *app, const char *path, enum crisis_origin origin,
                             const char *what)
{
	struct str err = {0};
	if (crisis_load_file(path, origin, &app->crisis, &err) == CRISIS_LOAD_BAD) {
		warn_file(app, what, path, &err);
	}
	str_finish(&err);
}

/* The compiled-in table, then the installed file, then the user's: each
 * may add or update rows, never remove them. */
static void load_crisis(struct app *app)
{
	crisis_table_init(&app->crisis);
	if (!crisis_load_builtin(&app->crisis)) {
		str_append(&app->warnings, "wisemind: the built-in crisis table is damaged; "
		                           "please reinstall wisemind.\n");
	}
	load_crisis_file(app, WISEMIND_PKGDATADIR "/skills/crisis/lines.yaml", CRISIS_INSTALLED,
	                 "the installed crisis table");
	if (app->data_dir.len > 0) {
		struct str path = {0};
		str_appendf(&path, "%s/crisis.yaml", str_cstr(&app->data_dir));
		load_crisis_file(app, str_cstr(&path), CRISIS_USER, "your crisis file");
		str_finish(&path);
	}
}

void app_init(struct app *app, const struct app_options *opt)
{
	*app = (struct app){.opt = *opt};
	const char *no_color = getenv("NO_COLOR");
	if (no_color != NULL && no_color[0] != '\0') {
		app->opt.no_color = true;
	}
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
	if (paths_config_dir(&env, &app->config_dir)) {
		struct str err = {0};
		if (!settings_load(str_cstr(&app->config_dir), &app->settings, &err)) {
			struct str path = {0};
			str_appendf(&path, "%s/settings.yaml", str_cstr(&app->config_dir));
			warn_file(app, "your settings file", str_cstr(&path), &err);
			str_finish(&path);
		}
		str_finish(&err);
	}
	load_crisis(app);

	char flag_code[COUNTRY_CODE_SIZE];
	if (opt->country != NULL && !country_normalize(opt->country, flag_code)) {
		app->country_flag_invalid = true;
		/* Never echo raw bytes to the terminal: show only printable ASCII. */
		struct str shown = {0};
		for (const char *c = opt->country; *c != '\0' && shown.len < 16; c++) {
			str_append_char(&shown, (*c >= 0x20 && *c < 0x7f) ? *c : '?');
		}
		str_appendf(&app->warnings, "wisemind: --country takes a two-letter code such "
		                            "as GB or US, not \"%s\".\n", str_cstr(&shown));
		str_finish(&shown);
	}
	struct locale_env locale = {
		.lc_all = getenv("LC_ALL"),
		.lc_messages = getenv("LC_MESSAGES"),
		.lang = getenv("LANG"),
	};
	app->who.source = country_resolve(opt->country, app->settings.country, &locale,
	                                  app->who.code);
	app->who.locale = country_locale_in_force(&locale);
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
	crisis_table_finish(&app->crisis);
}

void app_crisis_card(const struct app *app, struct str *out)
{
	crisis_card_format(&app->crisis, &app->who, out);
}

bool app_country_unconfirmed(const struct app *app)
{
	return (app->opt.country == NULL || app->country_flag_invalid) &&
	       app->settings.country[0] == '\0';
}

bool app_confirm_country(struct app *app, const char *typed, struct str *err)
{
	char code[COUNTRY_CODE_SIZE];
	if (typed != NULL && typed[0] != '\0') {
		if (!country_normalize(typed, code)) {
			str_appendf(err, "\"%s\" is not a country code: type two letters, such as GB.", typed);
			return false;
		}
	} else if (app->who.code[0] != '\0') {
		memcpy(code, app->who.code, sizeof(code));
	} else {
		str_append(err, "Type your two-letter country code, such as GB, US or AU.");
		return false;
	}
	memcpy(app->who.code, code, sizeof(code));
	app->who.source = COUNTRY_FROM_SETTING;
	memcpy(app->settings.country, code, sizeof(code));
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
	const struct crisis_country *row = crisis_table_find(&app->crisis, code);
	return row != NULL ? row->name : code;
}
