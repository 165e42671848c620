/* wisemind class [MODULE | --week N] [--start D] [--curriculum FILE]: the
 * presenter for a skills group (issue 16), on the full screen. It opens
 * no diary and writes nothing anywhere. */
#include <getopt.h>
#include <stdio.h>
#include <unistd.h>

#include "app/group.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/report.h"
#include "cli/skills_env.h"

cli_screen_fn *cli_class_screen;

enum { OPT_WEEK = 1, OPT_START, OPT_CURRICULUM };

struct class_args {
	struct app_group_ask ask;
	const char *week;
};

static bool on_option(int code, const char *arg, void *data)
{
	struct class_args *a = data;
	switch (code) {
	case OPT_WEEK:
		a->week = arg;
		return true;
	case OPT_START:
		a->ask.start = arg;
		return true;
	case OPT_CURRICULUM:
		a->ask.curriculum = arg;
		return true;
	}
	return false;
}

static int no_screen(void)
{
	fputs("wisemind: class shows the skills on the full screen, so it needs a terminal that "
	      "can show one; for paper, `wisemind handout --week N --format pdf -o FILE` makes "
	      "the handout.\n", stderr);
	return CLI_ERROR;
}

int cmd_class(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"week", required_argument, NULL, OPT_WEEK},
		{"start", required_argument, NULL, OPT_START},
		{"curriculum", required_argument, NULL, OPT_CURRICULUM},
		{NULL, 0, NULL, 0},
	};
	struct class_args a = {0};
	if (!cli_parse_command(opt, argc, argv, longopts, on_option, &a)) {
		return CLI_USAGE;
	}
	if (optind < argc) {
		a.ask.module = argv[optind++];
	}
	if (optind < argc) {
		return cli_usage_error("class takes one module at most, but got \"%s\" too.",
		                       argv[optind]);
	}
	if (a.ask.module != NULL && a.week != NULL) {
		return cli_usage_error("class shows a module or a week, not both: drop the module "
		                       "or --week.");
	}
	enum skill_module module;
	if (a.ask.module != NULL && !cli_module_arg(a.ask.module, &module)) {
		return CLI_USAGE;
	}
	if (a.week != NULL && !cli_plan_week_arg(a.week, &a.ask.week)) {
		return CLI_USAGE;
	}
	a.ask.week_given = a.week != NULL;
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	/* The plan and the week first, so a mistake is said wherever it runs. */
	struct app_group group;
	struct app_error err = {0};
	bool ok = app_group_open(&app, &a.ask, &group, &err);
	if (ok) {
		skills_env_say_skipped(&group.skills.lib); /* before the screen hides stderr */
	}
	app_finish(&app); /* the screen starts its own, with the screen's words */
	int rc;
	if (!ok) {
		rc = cli_error(&err);
	} else if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO) || cli_class_screen == NULL) {
		rc = no_screen();
	} else {
		rc = cli_class_screen(opt, &group);
		rc = rc < 0 ? no_screen() : rc;
	}
	app_group_finish(&group);
	return rc;
}
