#include "ui/curses.h"
#include "ui/tui_state.h"

void ui_crisis_draw(struct tui *t)
{
	attrset(term_attr(&t->term, UI_ROLE_ALERT));
	mvaddstr(1, 1, "Crisis lines");
	struct str card = {0};
	app_crisis_card(&t->app, &card);
	ui_page_draw(t, 3, str_cstr(&card));
	str_finish(&card);
}
