#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/practice_run.h"
#include "app/signals.h"
#include "cli/skills_env.h"
#include "cli/term_width.h"

enum { OPT_QUIET = 1 };

static bool on_option(int code, const char *arg, void *data)
{
	(void)arg;
	if (code == OPT_QUIET) {
		*(bool *)data = true;
		return true;
	}
	return false;
}

/* After a crisis skill, finished or not, the short crisis card, and how
 * to reach the full one from here. */
static void print_crisis_short(const struct app *app)
{
	struct str text = {0};
	app_crisis_card_short(app, &text);
	fputc('\n', stdout);
	term_print_wrapped(stdout, str_cstr(&text));
	fputs("All crisis lines: wisemind crisis\n", stdout);
	str_finish(&text);
}

/* wisemind practice [--quiet] ID: the guided exercise in plain text.
 * Ctrl-C leaves cleanly, exiting 130. WISEMIND_TEST_TIME_SCALE (tests only) makes
 * timers run that many times faster. */
int cmd_practice(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"quiet", no_argument, NULL, OPT_QUIET},
		{NULL, 0, NULL, 0},
	};
	bool quiet = false;
	if (!cli_parse_command(opt, argc, argv, longopts, on_option, &quiet)) {
		return CLI_USAGE;
	}
	if (argc - optind != 1) {
		return cli_usage_error("practice takes one skill id, such as \"practice stop\".");
	}
	struct skills_env env;
	skills_env_load(&env, opt);
	const struct skill *skill = skills_env_find(&env, argv[optind]);
	if (skill == NULL) {
		skills_env_finish(&env);
		return CLI_ERROR;
	}
	/* Ctrl-C and Ctrl-\ stop the practice, SIGTERM and SIGHUP too; none
	 * may kill the program outright, as the terminal may be in
	 * key-at-a-time mode during a timer and must be put back first. main
	 * then exits 128 + the signal (130 for Ctrl-C). */
	app_signals_catch(APP_SIGNALS_TERMINATE | APP_SIGNALS_INTERRUPT);
	const char *scale = getenv("WISEMIND_TEST_TIME_SCALE");
	struct str card = {0};
	app_crisis_card(&env.app, &card);
	struct practice_io io = {
		.in = stdin,
		.out = stdout,
		.time_scale = scale != NULL && atoi(scale) > 0 ? (unsigned)atoi(scale) : 1,
		.crisis_card = str_cstr(&card),
		.quiet = quiet,
	};
	practice_run(skill, &io);
	if (skill->for_crisis) {
		print_crisis_short(&env.app);
	}
	/* main checks the output, after the signal that may have cut it short. */
	str_finish(&card);
	skills_env_finish(&env);
	return CLI_OK;
}
