#include "ui/curses.h"
#include "ui/tui_state.h"

/* Built from the key map, every key included, so help cannot drift from
 * the bindings. */
void ui_help_draw(struct tui *t)
{
	attrset(term_attr(&t->term, UI_ROLE_TITLE));
	mvaddstr(1, 1, "Keys");
	struct str text = {0};
	ui_keys_describe(&text);
	ui_page_draw(t, 3, str_cstr(&text));
	str_finish(&text);
}
