#include "ui/keys.h"

#include <string.h>

#include "ui/curses.h"

/* Each action's help, once; every key of the action points to it. */
#define X(name, help) static const char help_##name[] = help;
UI_ACTIONS(X)
#undef X

/* The key map: every key once, an action's keys together, in the order of
 * UI_ACTIONS. A key missing here does nothing; a key here is on the help
 * screen and must be in the man page. */
#define UI_KEY_MAP(K) \
	K(CRISIS, '!', "!") \
	K(HELP, '?', "?") \
	K(COUNTRY, 'c', "c") \
	K(BACK, 27, "Esc") \
	K(BACK, KEY_LEFT, "Left") \
	K(BACK, KEY_BACKSPACE, "Backspace") \
	K(SCROLL_UP, KEY_UP, "Up") \
	K(SCROLL_UP, 'k', "k") \
	K(SCROLL_DOWN, KEY_DOWN, "Down") \
	K(SCROLL_DOWN, 'j', "j") \
	K(QUIT, 'q', "q")

const struct ui_key ui_keys[] = {
#define K(action, code, label) {UI_ACTION_##action, code, label, help_##action},
	UI_KEY_MAP(K)
#undef K
};
const size_t ui_key_count = sizeof(ui_keys) / sizeof(ui_keys[0]);

enum ui_action ui_keys_action(int key)
{
	for (size_t i = 0; i < ui_key_count; i++) {
		if (ui_keys[i].key == key) {
			return ui_keys[i].action;
		}
	}
	return UI_ACTION_NONE;
}

/* The labels of the keys from i that share its action, joined by ", ";
 * returns the index after them. */
static size_t join_labels(size_t i, struct str *out)
{
	size_t j = i;
	for (; j < ui_key_count && ui_keys[j].action == ui_keys[i].action; j++) {
		str_appendf(out, "%s%s", j > i ? ", " : "", ui_keys[j].label);
	}
	return j;
}

void ui_keys_describe(struct str *out)
{
	size_t width = 0;
	for (size_t i = 0; i < ui_key_count;) {
		struct str keys = {0};
		i = join_labels(i, &keys);
		width = keys.len > width ? keys.len : width;
		str_finish(&keys);
	}
	for (size_t i = 0; i < ui_key_count;) {
		struct str keys = {0};
		const char *help = ui_keys[i].help;
		i = join_labels(i, &keys);
		str_appendf(out, "%-*s  %s\n", (int)width, str_cstr(&keys), help);
		str_finish(&keys);
	}
}
