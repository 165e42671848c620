/* The person's own safety-plan lines under a crisis card. */
#include "front/safety_lines.h"

#include "app/safety_plan.h"

/* The lines of the person's safety plan chosen to show while locked,
 * after the card, with where the whole plan is; nothing when none were
 * chosen. A damaged file gives what could be read, and a warning (to
 * print after the card). */
void front_add_safety_lines(const struct app *app, const char *see_plan, struct str *card,
                            struct str *warning)
{
	struct safety_plan shown = {0};
	struct str why = {0};
	bool read_whole = app_safety_plan_locked_lines(app, &shown, &why);
	if (safety_plan_shown_count(&shown) > 0) {
		str_append(card, "\nYour own safety plan (the lines you chose to show even when "
		                 "locked):\n");
		safety_plan_format_shown(&shown, card);
		str_appendf(card, "To see your whole plan: %s\n", see_plan);
	} else if (read_whole && app_safety_plan_may_exist(app)) {
		str_appendf(card, "\nYour safety plan, if you have made one: %s\n", see_plan);
	}
	if (!read_whole) {
		str_append(warning, "wisemind: the safety-plan lines to show while locked (");
		app_safety_plan_shown_path(app, warning);
		str_appendf(warning, ") could not all be read: %s. Unlocking wisemind writes them "
		                     "again from your plan (to see it: %s)\n",
		            str_cstr(&why), see_plan);
	}
	safety_plan_finish(&shown);
	str_finish(&why);
}
