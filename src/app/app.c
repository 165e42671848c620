#include "app/app.h"

#include <stdio.h>
#include <stdlib.h>

#include "app/app_internal.h"
#include "content/crisis_load.h"
#include "core/paths.h"
#include "core/text_width.h"

void app_warn_file(struct app *app, const char *what, const char *path, const struct str *why,
                   const char *meaning)
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
		app_load_settings(app);
	}
	app_resolve_country(app);
	app_load_crisis(app);
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
