#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"

enum { OPT_SOURCES = 1 };

static bool on_option(int code, const char *arg, void *data)
{
	(void)arg;
	if (code == OPT_SOURCES) {
		*(bool *)data = true;
		return true;
	}
	return false;
}

/* wisemind crisis [--sources]: the crisis card. It asks for nothing and
 * reads only the compiled-in table plus optional files, so it works when
 * the data directory is missing, unreadable or damaged. A usage mistake
 * still prints the card first: the lines matter more than the exit code. */
int cmd_crisis(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"sources", no_argument, NULL, OPT_SOURCES},
		{NULL, 0, NULL, 0},
	};
	bool sources = false;
	bool usage_ok = cli_parse_command(opt, argc, argv, longopts, on_option, &sources);
	if (usage_ok && optind < argc) {
		cli_usage_error("crisis takes no arguments, but got \"%s\".", argv[optind]);
		usage_ok = false;
	}

	struct app app;
	app_init(&app, opt);
	fputs(str_cstr(&app.warnings), stderr);
	struct str card = {0};
	app_crisis_card(&app, &card);
	if (sources) {
		str_append_char(&card, '\n');
		crisis_card_format_sources(&app.crisis, &app.who, &card);
	}
	fputs(str_cstr(&card), stdout);
	bool written = fflush(stdout) == 0;
	str_finish(&card);
	bool flag_ok = !app.country_flag_invalid;
	app_finish(&app);
	if (!written) {
		return CLI_ERROR;
	}
	return usage_ok && flag_ok ? CLI_OK : CLI_USAGE;
}
