#include "ui/screens.h"

const struct ui_screen *const ui_screens[] = {
#define X(name) &ui_screen_##name,
	UI_SCREENS(X)
#undef X
};
const size_t ui_screen_count = sizeof(ui_screens) / sizeof(ui_screens[0]);
