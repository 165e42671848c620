#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/practice_run.h"
#include "cli/skills_env.h"

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
	(void)sig;
	interrupted = 1;
}

/* wisemind practice ID: the guided exercise in plain text. Ctrl-C leaves
 * cleanly. WISEMIND_TEST_TIME_SCALE (tests only) makes timers run that
 * many times faster. */
int cmd_practice(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
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
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL); /* no SA_RESTART: a read returns on Ctrl-C */
	const char *scale = getenv("WISEMIND_TEST_TIME_SCALE");
	struct str card = {0};
	app_crisis_card(&env.app, &card);
	struct practice_io io = {
		.in = stdin,
		.out = stdout,
		.time_scale = scale != NULL && atoi(scale) > 0 ? (unsigned)atoi(scale) : 1,
		.interrupted = &interrupted,
		.crisis_card = str_cstr(&card),
	};
	practice_run(skill, &io);
	str_finish(&card);
	skills_env_finish(&env);
	return CLI_OK;
}
