#include <string.h>

#include "ui/curses.h"
#include "ui/tui_state.h"

void ui_country_draw(struct tui *t)
{
	attrset(term_attr(&t->term, UI_ROLE_TITLE));
	mvaddstr(1, 1, "Your country");
	struct str text = {0};
	str_append(&text, "wisemind shows the crisis lines of the country you are in. "
	                  "It does not guess a country from a language alone.\n\n");
	if (t->app.who.code[0] != '\0') {
		str_appendf(&text, "Your language setting (%s) suggests %s (%s).\n\n"
		                   "Press Enter to use %s, or type another two-letter country "
		                   "code and press Enter.\n",
		            t->app.who.locale != NULL ? t->app.who.locale : "locale",
		            app_country_name(&t->app, t->app.who.code), t->app.who.code,
		            t->app.who.code);
	} else {
		str_append(&text, "Type your two-letter country code (for example GB, US, AU or DE) "
		                  "and press Enter.\n");
	}
	str_append(&text, "Press Esc to skip for now. Press ! for crisis lines at any time.\n");
	ui_page_draw(t, 3, str_cstr(&text));
	str_finish(&text);
	int row = 4 + t->page_lines;
	if (row < LINES - 2) {
		attrset(term_attr(&t->term, UI_ROLE_TEXT));
		mvprintw(row, 1, "Country code: %s", t->typed);
		if (t->message.len > 0) {
			attrset(term_attr(&t->term, UI_ROLE_ALERT));
			mvaddnstr(row + 2, 1, str_cstr(&t->message), COLS - 2);
		}
	}
}

enum ui_reaction ui_country_key(struct tui *t, int key)
{
	size_t n = strlen(t->typed);
	if (key == '!') {
		t->back = UI_SCREEN_COUNTRY;
		t->screen = UI_SCREEN_CRISIS;
		t->scroll = 0;
	} else if (key == 27) {
		str_clear(&t->message);
		t->screen = UI_SCREEN_HOME;
	} else if (key == '\n' || key == '\r' || key == KEY_ENTER) {
		str_clear(&t->message);
		bool saved = app_confirm_country(&t->app, t->typed, &t->message);
		if (saved || t->app.who.source == COUNTRY_FROM_SETTING) {
			if (saved) {
				str_appendf(&t->message, "Saved: crisis lines for %s (%s).",
				            app_country_name(&t->app, t->app.who.code), t->app.who.code);
			}
			t->screen = UI_SCREEN_HOME;
		}
		t->typed[0] = '\0';
	} else if ((key == KEY_BACKSPACE || key == 127 || key == 8) && n > 0) {
		t->typed[n - 1] = '\0';
	} else if (((key >= 'a' && key <= 'z') || (key >= 'A' && key <= 'Z')) && n < 2) {
		t->typed[n] = (char)key;
		t->typed[n + 1] = '\0';
	} else {
		return UI_REACT_NONE;
	}
	return UI_REACT_REDRAW;
}
