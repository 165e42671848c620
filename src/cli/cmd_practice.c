#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/practice_run.h"
#include "cli/signals.h"
#include "cli/skills_env.h"
#include "cli/term_width.h"

enum { OPT_QUIET = 1 };

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
	(void)sig;
	interrupted = 1;
}

/* Ctrl-C and Ctrl-\ stop the practice kindly (exit 0); SIGTERM and SIGHUP
 * stop it too, through cli/signals.h, so main exits 128 + the signal. None
 * may kill the program outright: the terminal may be in key-at-a-time mode
 * during a timer, and must be put back first. No SA_RESTART: a waiting
 * read or poll returns at once. */
static void catch_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	cli_signals_install();
}

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
 * Ctrl-C leaves cleanly. WISEMIND_TEST_TIME_SCALE (tests only) makes
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
	catch_signals();
	const char *scale = getenv("WISEMIND_TEST_TIME_SCALE");
	struct str card = {0};
	app_crisis_card(&env.app, &card);
	struct practice_io io = {
		.in = stdin,
		.out = stdout,
		.time_scale = scale != NULL && atoi(scale) > 0 ? (unsigned)atoi(scale) : 1,
		.interrupted = &interrupted,
		.crisis_card = str_cstr(&card),
		.quiet = quiet,
	};
	practice_run(skill, &io);
	if (skill->for_crisis) {
		print_crisis_short(&env.app);
	}
	/* A Ctrl-C can cut a write to the terminal short; that is the person
	 * leaving, not a failure to report. */
	bool written = (fflush(stdout) == 0 && !ferror(stdout)) || interrupted;
	str_finish(&card);
	skills_env_finish(&env);
	return written ? CLI_OK : CLI_ERROR;
}
