#include "app/app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app_internal.h"
#include "content/crisis_load.h"
#include "core/paths.h"
#include "core/text_width.h"

struct app_warning *app_warn(struct app *app, enum app_warning_kind kind, const char *path)
{
	struct app_warnings *list = &app->warnings;
	struct app_warning *items = realloc(list->items, (list->count + 1) * sizeof(*items));
	if (items == NULL) {
		return NULL;
	}
	list->items = items;
	struct app_warning *w = &items[list->count++];
	*w = (struct app_warning){.kind = kind};
	str_append(&w->path, path);
	return w;
}

/* The line a parser's message starts with ("line 3: ..."), or 0. */
static unsigned line_of(const struct str *why)
{
	unsigned line = 0;
	return sscanf(str_cstr(why), "line %u:", &line) == 1 ? line : 0;
}

void app_warn_file(struct app *app, enum app_warning_kind kind, const char *path,
                   const struct str *why)
{
	/* The same file read again (the crisis lines, at a change of
	 * country) with the same mistake is one warning, said once. */
	for (size_t i = 0; i < app->warnings.count; i++) {
		const struct app_warning *had = &app->warnings.items[i];
		if (had->kind == kind && strcmp(str_cstr(&had->path), path) == 0 &&
		    strcmp(str_cstr(&had->why), str_cstr(why)) == 0) {
			return;
		}
	}
	struct app_warning *w = app_warn(app, kind, path);
	if (w != NULL) {
		str_append(&w->why, str_cstr(why));
		w->line = line_of(why);
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
	settings_default(&app->settings);
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
	app_warnings_finish(&app->warnings);
	crisis_table_finish(&app->crisis);
	country_list_finish(&app->countries);
}
