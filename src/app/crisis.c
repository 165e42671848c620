/* The crisis information for the person's country: the compiled-in row,
 * the person's own file, and the card built from them. */
#include <stdio.h>

#include "app/app_internal.h"
#include "content/crisis_load.h"

/* The country's compiled-in row, then the person's own file, which may add
 * a country or add or replace single lines, never remove the national
 * ones. The installed copy of the table is reference only: an old one
 * must never bring back a number that has changed (DESIGN.md §2.1). */
void app_load_crisis(struct app *app)
{
	crisis_table_finish(&app->crisis);
	crisis_load_builtin_country(&app->crisis, app->who.code);
	app->has_emergency = crisis_builtin_emergency_for(app->who.code, &app->emergency);
	if (app->data_dir.len > 0) {
		struct str path = {0};
		struct str err = {0};
		str_appendf(&path, "%s/crisis.yaml", str_cstr(&app->data_dir));
		if (content_status_exit_code(crisis_load_file(str_cstr(&path), CRISIS_USER,
		                                              &app->crisis, &err)) != 0) {
			app_warn_file(app, WARNING_CRISIS_IGNORED, str_cstr(&path), &err);
		}
		str_finish(&err);
		str_finish(&path);
	}
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
