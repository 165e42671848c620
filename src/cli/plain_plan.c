/* Plain mode's safety plan: shown part by part, and changed through the
 * same line-by-line editor as wisemind safety-plan edit, which is plain
 * already (cli/safety_plan_edit.h). */
#include "app/safety_plan.h"
#include "cli/plain_internal.h"
#include "cli/safety_plan_edit.h"

static void show(struct plain *p, const struct safety_plan *plan)
{
	struct str text = {0};
	if (safety_plan_count(plan) == 0) {
		str_append(&text,
		           "\nYour safety plan is empty. A safety plan is a short list you write "
		           "while you feel steady, for when a crisis builds: the signs to watch "
		           "for, what helps, who to call.");
	} else {
		str_append(&text, "\nYour safety plan\n");
		for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
			str_appendf(&text, "\nPart %d: %s\n", s + 1,
			            safety_section_info((enum safety_section)s)->title);
			safety_plan_format_lines(plan, (enum safety_section)s, &text);
		}
		if (safety_plan_shown_count(plan) > 0) {
			str_append(&text,
			           "\nLines marked [shown when locked] are also kept, unencrypted, "
			           "in ");
			app_safety_plan_shown_path(&p->app, &text);
			str_append(&text,
			           ", so that the crisis lines show them without your passphrase.");
		} else {
			str_append(&text,
			           "\nNo line shows while locked: all of your plan is in your "
			           "encrypted diary only.");
		}
	}
	plain_say(str_cstr(&text));
	str_wipe(&text);
}

void plain_safety_plan(struct plain *p)
{
	for (;;) {
		struct safety_plan plan = {0};
		struct app_error err = {0};
		if (!session_safety_plan_get(p->session, &plan, &err)) {
			struct str text = {0};
			str_append(&text, "Your safety plan could not be read. ");
			plain_error_sentence(&err, &text);
			app_error_finish(&err);
			plain_say(str_cstr(&text));
			str_finish(&text);
			return;
		}
		show(p, &plan);
		bool empty = safety_plan_count(&plan) == 0;
		safety_plan_finish(&plan);
		enum plain_reply r =
		    plain_ask(p,
		              empty ? "Type e to write it, or press Enter to go back."
		                    : "Type e to change it, or press Enter to go back.",
		              "e goes through the plan's parts one by one: you see what is there "
		              "and choose what "
		              "to change. Enter or q goes back.");
		if (r != PLAIN_ANSWER || !plain_answer_is(p, "e")) {
			return;
		}
		/* Its own words say what happened; from a pipe, a mistake stops it
		 * (nothing saved). The end of the input ends plain mode at the
		 * next prompt. */
		(void)cli_safety_plan_edit(&p->app, p->session);
		if (p->ended) {
			return;
		}
	}
}
