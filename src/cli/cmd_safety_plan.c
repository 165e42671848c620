#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "app/safety_plan.h"
#include "app/session.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/report.h"
#include "cli/safety_plan_edit.h"
#include "cli/unlock.h"

/* The whole plan, part by part, and what shows while locked. */
static void print_plan(const struct app *app, const struct safety_plan *plan)
{
	struct str text = {0};
	if (safety_plan_count(plan) == 0) {
		str_append(&text,
		           "Your safety plan is empty. A safety plan is a short list you write "
		           "while you feel steady, for when a crisis builds: the signs to watch "
		           "for, what helps, who to call. To write yours: wisemind safety-plan "
		           "edit\n");
		cli_print_text(stdout, str_cstr(&text));
		str_finish(&text);
		return;
	}
	str_append(&text, "Your safety plan\n");
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		str_appendf(&text, "\n%s\n", safety_section_info((enum safety_section)s)->title);
		safety_plan_format_lines(plan, (enum safety_section)s, &text);
	}
	str_append_char(&text, '\n');
	if (safety_plan_shown_count(plan) > 0) {
		str_append(&text,
		           "Lines marked [shown when locked] are also kept, unencrypted, in ");
		app_safety_plan_shown_path(app, &text);
		str_append(&text,
		           ", so that wisemind crisis shows them without your passphrase.\n");
	} else {
		str_append(&text,
		           "No line shows while locked: all of your plan is in your encrypted "
		           "diary only.\n");
	}
	str_append(&text, "To change it: wisemind safety-plan edit\n");
	cli_print_text(stdout, str_cstr(&text));
	str_wipe(&text);
}

static int show(struct app *app, struct session *s)
{
	struct safety_plan plan = {0};
	struct app_error err = {0};
	if (!session_safety_plan_get(s, &plan, &err)) {
		return cli_error(&err);
	}
	print_plan(app, &plan);
	safety_plan_finish(&plan);
	return cli_output_written(NULL) ? CLI_OK : CLI_ERROR;
}

/* wisemind safety-plan [show | edit]: the plan, which needs the
 * passphrase; the lines chosen to show while locked are on the crisis
 * card too (wisemind crisis). */
int cmd_safety_plan(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
		return CLI_USAGE;
	}
	const char *what = optind < argc ? argv[optind] : "show";
	bool edit = strcmp(what, "edit") == 0;
	if (argc - optind > 1 || (!edit && strcmp(what, "show") != 0)) {
		return cli_usage_error("safety-plan takes show (the default) or edit, such as "
		                       "\"safety-plan edit\".");
	}
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	struct session *s = NULL;
	int rc = cli_unlock(&app, &s, NULL, CLI_CARD_FOR_MERGED);
	if (rc == CLI_OK) {
		rc = edit ? cli_safety_plan_edit(&app, s) : show(&app, s);
	}
	session_close(s);
	app_finish(&app);
	return rc;
}
