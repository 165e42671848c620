#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "cli/cli_app.h"
#include "front/safety_lines.h"

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
 * reads only the compiled-in tables, the person's own crisis file and the
 * safety-plan lines they chose to show while locked, so it works when the
 * data directory is missing, unreadable or damaged. A usage mistake still
 * prints the card first: the lines matter more than the exit code. */
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
	bool country_ok = cli_app_start(&app, opt);
	struct str card = {0};
	app_crisis_card(&app, &card);
	struct str warning = {0};
	front_add_safety_lines(&app, "wisemind safety-plan", &card, &warning);
	if (sources) {
		str_append_char(&card, '\n');
		app_crisis_sources(&app, &card);
	}
	cli_print_text(stdout, str_cstr(&card));
	if (warning.len > 0) {
		/* After the card: on a terminal, standard output is line-buffered
		 * and the card is out by now. */
		cli_print_text(stderr, str_cstr(&warning));
	}
	str_finish(&warning);
	/* Checked here, not only in main: a lost card is an error (exit 1)
	 * even after a usage mistake. */
	bool written = cli_output_written(NULL);
	str_finish(&card);
	app_finish(&app);
	if (!written) {
		return CLI_ERROR;
	}
	return usage_ok && country_ok ? CLI_OK : CLI_USAGE;
}
