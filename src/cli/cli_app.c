#include "cli/cli_app.h"

#include <string.h>

#include "cli/term_width.h"

bool cli_app_start(struct app *app, const struct app_options *opt)
{
	app_init(app, opt);
	app->hints = (struct app_hints){
		.change_country = "run: wisemind country CC",
		.sources = "To see the sources: wisemind crisis --sources",
	};
	cli_print_text(stderr, str_cstr(&app->warnings));
	if (app->country_flag_invalid) {
		cli_country_mistake(app, opt->country, "wisemind --country %s crisis", false);
	}
	return !app->country_flag_invalid;
}

/* Only printable ASCII of what was typed, so that raw bytes never reach
 * the terminal. */
static void shown(const char *typed, struct str *out)
{
	for (const char *c = typed; *c != '\0' && out->len < 24; c++) {
		str_append_char(out, (*c >= 0x20 && *c < 0x7f) ? *c : '?');
	}
}

void cli_country_mistake(const struct app *app, const char *typed, const char *use_code,
                         bool names_ok)
{
	struct country_suggestion s;
	app_country_suggest(app, typed, &s);
	struct str msg = {0};
	str_append(&msg, "wisemind: \"");
	shown(typed, &msg);
	str_append(&msg, names_ok ? "\" is not a country code or an English country name "
	                            "that wisemind knows"
	                          : "\" is not a two-letter country code");
	if (s.exact) {
		str_appendf(&msg, "; for %s the code is %s, so run: ",
		            app_country_name(app, s.codes[0]), s.codes[0]);
		str_appendf(&msg, use_code, s.codes[0]);
		str_append(&msg, "\n");
	} else if (s.count > 0) {
		str_append(&msg, ". Codes one letter away that have crisis lines: ");
		for (size_t i = 0; i < s.count; i++) {
			str_appendf(&msg, "%s%s (%s)", i > 0 ? ", " : "", s.codes[i],
			            app_country_name(app, s.codes[i]));
		}
		str_append(&msg, ". To list every country with crisis lines: wisemind country\n");
	} else {
		str_append(&msg, names_ok ? ". To list every country with crisis lines: "
		                            "wisemind country\n"
		                          : " such as GB or US. To list every country with crisis "
		                            "lines: wisemind country\n");
	}
	cli_print_text(stderr, str_cstr(&msg));
	str_finish(&msg);
}

void cli_print_text(FILE *out, const char *text)
{
	term_print_wrapped(out, text);
}
