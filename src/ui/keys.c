#include "ui/keys.h"

#include "ui/curses.h"

const struct ui_key ui_keys[] = {
#define X(name, key, label, help) {UI_ACTION_##name, key, label, help},
	UI_ACTIONS(X)
#undef X
};
const size_t ui_key_count = sizeof(ui_keys) / sizeof(ui_keys[0]);

enum ui_action ui_keys_action(int key)
{
	switch (key) {
	case KEY_UP:
		return UI_ACTION_SCROLL_UP;
	case KEY_DOWN:
		return UI_ACTION_SCROLL_DOWN;
	case KEY_BACKSPACE:
	case KEY_LEFT:
		return UI_ACTION_BACK;
	default:
		break;
	}
	for (size_t i = 0; i < ui_key_count; i++) {
		if (ui_keys[i].key == key) {
			return ui_keys[i].action;
		}
	}
	return UI_ACTION_NONE;
}
