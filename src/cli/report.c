#include "cli/report.h"

#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "app/clock.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "front/notice_words.h"

void cli_next_step(enum next_step step, struct str *out)
{
	switch (step) {
	case NEXT_NONE:
		return;
	case NEXT_INIT:
		str_append(out, "`wisemind init` creates one");
		return;
	case NEXT_PASSWD:
		str_append(out, "to change its passphrase: `wisemind passwd`");
		return;
	case NEXT_RECOVERY_KEY:
		str_append(out, "to make a new recovery key: `wisemind recovery-key`");
		return;
	case NEXT_UNLOCK:
		str_append(out, "unlock wisemind once (any command that asks for the passphrase) to "
		                "repair it");
		return;
	case NEXT_KEEP_DATA:
		str_append(out, "keep the data directory as it is and do not run `wisemind init`");
		return;
	case NEXT_DATA_DIR:
		str_append(out, "set HOME, or use --data-dir");
		return;
	case NEXT_THRESHOLDS:
		str_append(out, "to see the thresholds in force: `wisemind settings thresholds`");
		return;
	case NEXT_SKILLS:
		str_append(out, "`wisemind skills list` shows the ids");
		return;
	case NEXT_HOMEWORK:
		str_append(out, "`wisemind homework list` shows each one's id");
		return;
	case NEXT_CURRICULUM:
		str_append(out, "`wisemind skills list --curriculum` shows each plan's weeks");
		return;
	}
}

void cli_error_sentence(const struct app_error *err, struct str *out)
{
	struct str next = {0};
	app_error_describe(err, out);
	cli_next_step(app_error_next(err), &next);
	if (next.len > 0) {
		str_appendf(out, "; %s", str_cstr(&next));
	}
	str_append(out, ".");
	str_finish(&next);
}

int cli_error(struct app_error *err)
{
	struct str msg = {0};
	str_append(&msg, "wisemind: ");
	cli_error_sentence(err, &msg);
	str_append(&msg, "\n");
	fputs(str_cstr(&msg), stderr);
	str_finish(&msg);
	int code = app_error_exit_code(err);
	app_error_finish(err);
	return code != 0 ? code : CLI_ERROR;
}


void cli_print_urge_outcome(const struct app *app, const struct app_urge_result *r,
                            const char *status, FILE *out)
{
	struct str text = {0};
	if (status != NULL) {
		str_appendf(&text, "%s\n\n", status);
	}
	if (r->high) {
		str_append(&text, "This urge is strong. You do not have to face it alone: these lines "
		                  "are there for you now.\n\n");
	} else {
		str_append(&text, "If an urge gets strong, these lines are there for you:\n\n");
	}
	app_crisis_card(app, &text);
	if (r->high && r->suggest[0][0] != '\0') {
		str_appendf(&text, "\nTwo skills for a moment like this%s: wisemind practice %s, then "
		                   "wisemind practice %s.\n",
		            r->suggest_from_data ? " (the two that have helped you most)" : "",
		            r->suggest[0], r->suggest[1]);
	}
	cli_print_text(out, str_cstr(&text));
	str_finish(&text);
}

void cli_print_notices(const struct app_notices *notices)
{
	struct str text = {0};
	for (size_t i = 0; i < notices->count; i++) {
		front_notice_words(&notices->items[i], &text);
		str_append_char(&text, '\n');
	}
	fputs(str_cstr(&text), stderr);
	str_finish(&text);
}
