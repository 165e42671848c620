#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "cli/cli_app.h"

static void describe_current(const struct app *app, struct str *out)
{
	const char *code = app->who.code;
	switch (app->who.source) {
	case COUNTRY_FROM_FLAG:
		str_appendf(out, "Country in use: %s (%s), from --country for this command.\n",
		            app_country_name(app, code), code);
		break;
	case COUNTRY_FROM_SETTING:
		str_appendf(out, "Country in use: %s (%s), from your saved setting.\n",
		            app_country_name(app, code), code);
		break;
	case COUNTRY_FROM_LOCALE:
		str_appendf(out, "Country in use: %s (%s), only guessed from your language setting "
		                 "(%s). To confirm it: wisemind country %s\n",
		            app_country_name(app, code), code,
		            app->who.locale != NULL ? app->who.locale : "locale", code);
		break;
	case COUNTRY_UNKNOWN:
		str_append(out, "Country in use: none. wisemind shows the common emergency numbers "
		                "until you choose one: wisemind country CC\n");
		break;
	}
	if (app->who.code[0] != '\0' && !app_country_has_lines(app, code)) {
		str_appendf(out, "wisemind has no crisis lines for %s yet; the crisis card shows "
		                 "its emergency number instead.\n",
		            app_country_name(app, code));
	}
}

static void list_with_lines(const struct app *app, struct str *out)
{
	char codes[300][COUNTRY_CODE_SIZE];
	size_t n = app_countries_with_lines(app, codes, 300);
	str_appendf(out, "\nwisemind has crisis lines for %zu countries:\n", n);
	for (size_t i = 0; i < n; i++) {
		str_appendf(out, "  %s  %s\n", codes[i], app_country_name(app, codes[i]));
	}
	str_append(out, "\nTo save your country: wisemind country CC (a code above, or any "
	                "other two-letter code, or the country's English name).\n");
}

/* Saves code and says what the crisis card will show now. */
static int save(struct app *app, const char *code)
{
	struct str err = {0};
	struct str msg = {0};
	int rc = CLI_OK;
	if (app_confirm_country(app, code, &err)) {
		str_appendf(&msg, "Saved: %s (%s).", app_country_name(app, code), code);
		if (app_country_has_lines(app, code)) {
			str_append(&msg, " The crisis card shows its crisis lines: wisemind crisis\n");
		} else {
			str_append(&msg, " wisemind has no crisis lines for it yet; the crisis card "
			                 "shows its emergency number instead: wisemind crisis\n");
		}
		cli_print_text(stdout, str_cstr(&msg));
		/* Past the point of no return: the sentence says it was saved. */
		if (!cli_output_written("your country was saved all the same")) {
			rc = CLI_ERROR;
		}
	} else {
		str_appendf(&msg, "wisemind: %s\n", str_cstr(&err));
		cli_print_text(stderr, str_cstr(&msg));
		rc = CLI_ERROR;
	}
	str_finish(&msg);
	str_finish(&err);
	return rc;
}

/* wisemind country [CC]: the country in use and why, the countries that
 * have crisis lines, and, given a code or an English name, the saved
 * country. */
int cmd_country(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
		return CLI_USAGE;
	}
	if (argc - optind > 1) {
		return cli_usage_error("country takes one country code, such as \"country GB\".");
	}
	struct app app;
	bool flag_ok = cli_app_start(&app, opt);
	int rc = flag_ok ? CLI_OK : CLI_USAGE;
	if (flag_ok && optind < argc) {
		char code[COUNTRY_CODE_SIZE];
		if (app_country_read(&app, argv[optind], code)) {
			rc = save(&app, code);
		} else {
			cli_country_mistake(&app, argv[optind], "wisemind country %s", true);
			rc = CLI_USAGE;
		}
	} else if (flag_ok) {
		struct str text = {0};
		describe_current(&app, &text);
		list_with_lines(&app, &text);
		cli_print_text(stdout, str_cstr(&text));
		str_finish(&text);
	}
	app_finish(&app);
	return rc;
}
