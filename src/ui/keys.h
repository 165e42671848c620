#ifndef WISEMIND_UI_KEYS_H
#define WISEMIND_UI_KEYS_H

#include <stddef.h>

/* Every action the person can take, listed once. The same list yields the
 * enum, the key bindings, the help screen and the man page's KEYS table. */
#define UI_ACTIONS(X) \
	X(CRISIS, '!', "!", "open the crisis lines, from any screen") \
	X(HELP, '?', "?", "show the keys") \
	X(COUNTRY, 'c', "c", "choose your country, for the crisis lines") \
	X(BACK, 27, "Esc", "go back") \
	X(SCROLL_UP, 'k', "Up, k", "scroll up") \
	X(SCROLL_DOWN, 'j', "Down, j", "scroll down") \
	X(QUIT, 'q', "q", "quit wisemind (from the home screen; elsewhere, go back)")

enum ui_action {
	UI_ACTION_NONE,
#define X(name, key, label, help) UI_ACTION_##name,
	UI_ACTIONS(X)
#undef X
};

struct ui_key {
	enum ui_action action;
	int key;
	const char *label;
	const char *help;
};

extern const struct ui_key ui_keys[];
extern const size_t ui_key_count;

/* The action bound to a key code from getch (arrow keys included). */
enum ui_action ui_keys_action(int key);

#endif
