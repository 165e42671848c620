#ifndef WISEMIND_UI_SCREENS_H
#define WISEMIND_UI_SCREENS_H

#include <stddef.h>

#include "app/secret.h"
#include "app/urge.h"
#include "ui/ui.h"

/* Every screen, one line each: adding a screen is its file,
 * ui/screen_NAME.c, and its line here (src/meson.build reads these lines
 * to build each screen's file). The tests open the crisis lines over each
 * of them (tests/tui/screens/crisis-from-every-screen). */
#define UI_SCREENS(X) \
	X(welcome) \
	X(country) \
	X(create) \
	X(recovery_show) \
	X(unlock) \
	X(today) \
	X(crisis) \
	X(help) \
	X(urge) \
	X(card) \
	X(week) \
	X(skills) \
	X(skill) \
	X(practice) \
	X(plan) \
	X(homework) \
	X(settings) \
	X(class) \
	X(hidden)

#define X(name) extern const struct ui_screen ui_screen_##name;
UI_SCREENS(X)
#undef X

/* What a practice starts with: the skill, and when it follows an urge,
 * that urge (its id, empty when it was not kept) and target, so the urge
 * is asked again at the end and kept as its after-rating. */
struct ui_practice_arg {
	const char *skill;
	const char *urge_id;
	const char *target;
};

/* The quick urge opened on its crisis panel, for urges already recorded
 * (merged at an unlock): what they bring to show, and what happened. */
struct ui_urge_arg {
	const struct app_urge_result *result;
	const char *status;
};

/* The recovery key just made, and the diary it opens: the screen takes
 * both over (the key is wiped when it leaves; the diary becomes ui's
 * session at once, so locking and quitting close it as anywhere). */
struct ui_recovery_arg {
	struct app_secret key;
	struct session *session;
};

extern const struct ui_screen *const ui_screens[];
extern const size_t ui_screen_count;

/* The person's safety-plan lines chosen to show while locked, appended to
 * a crisis card, with how to see the whole plan from where the person is
 * (locked: after unlocking); a warning after them when the file of lines
 * is damaged. */
void ui_crisis_safety_lines(struct ui *ui, struct str *card);

#endif
