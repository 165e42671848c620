#ifndef WISEMIND_UI_KEYS_H
#define WISEMIND_UI_KEYS_H

#include <stddef.h>

#include "core/str.h"

/* Every action the person can take, listed once with what it does. The
 * same list yields the enum and, through the key map in keys.c (every
 * key, aliases included), the bindings, the help screen and the man
 * page's KEYS section (test_keys checks the man page both ways). */
#define UI_ACTIONS(X) \
	X(CRISIS, "open the crisis lines, from any screen") \
	X(HELP, "show the keys") \
	X(COUNTRY, "choose your country, for the crisis lines") \
	X(BACK, "go back") \
	X(SCROLL_UP, "scroll up") \
	X(SCROLL_DOWN, "scroll down") \
	X(QUIT, "quit wisemind (from the home screen; elsewhere, go back)")

enum ui_action {
	UI_ACTION_NONE,
#define X(name, help) UI_ACTION_##name,
	UI_ACTIONS(X)
#undef X
};

/* One key: the code getch returns, its name on the help screen and in the
 * man page, and its action's help. An action may have several keys. */
struct ui_key {
	enum ui_action action;
	int key;
	const char *label;
	const char *help;
};

/* Every key, aliases included, grouped by action in the order of
 * UI_ACTIONS. */
extern const struct ui_key ui_keys[];
extern const size_t ui_key_count;

/* The action bound to a key code from getch (arrow keys included). */
enum ui_action ui_keys_action(int key);

/* Appends one line per action: its keys' labels joined by ", " (as the
 * man page's KEYS section names them), padded to one column, then its
 * help. The help screen shows it. */
void ui_keys_describe(struct str *out);

#endif
