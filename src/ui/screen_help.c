#include "ui/curses.h"
#include "ui/tui_state.h"

/* Built from the key table, so help cannot drift from the bindings. */
void ui_help_draw(struct tui *t)
{
	attrset(term_attr(&t->term, UI_ROLE_TITLE));
	mvaddstr(1, 1, "Keys");
	struct str text = {0};
	for (size_t i = 0; i < ui_key_count; i++) {
		str_appendf(&text, "%-10s %s\n", ui_keys[i].label, ui_keys[i].help);
	}
	ui_page_draw(t, 3, str_cstr(&text));
	str_finish(&text);
}
