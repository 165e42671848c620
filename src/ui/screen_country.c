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
	if (t->pending[0] != '\0') {
		str_appendf(&text, "%s (%s). Press Enter to save it, or type another country.\n",
		            app_country_name(&t->app, t->pending), t->pending);
		if (!app_country_has_lines(&t->app, t->pending)) {
			str_appendf(&text, "wisemind has no crisis lines for %s yet; the crisis card "
			                   "will show its emergency number instead.\n",
			            app_country_name(&t->app, t->pending));
		}
	} else if (t->app.who.code[0] != '\0' && t->app.who.source == COUNTRY_FROM_LOCALE) {
		str_appendf(&text, "Your language setting (%s) suggests %s (%s).\n\n"
		                   "Press Enter to use %s, or type another two-letter country "
		                   "code or the country's English name, and press Enter.\n",
		            t->app.who.locale != NULL ? t->app.who.locale : "locale",
		            app_country_name(&t->app, t->app.who.code), t->app.who.code,
		            t->app.who.code);
	} else {
		str_append(&text, "Type your two-letter country code (for example GB, US, AU or DE) "
		                  "or the country's English name, and press Enter.\n");
	}
	str_append(&text, "Press Esc to skip for now. Press ! for crisis lines at any time.\n");
	ui_page_draw(t, 3, str_cstr(&text));
	str_finish(&text);
	int row = 4 + t->page_lines;
	if (row < LINES - 3) {
		attrset(term_attr(&t->term, UI_ROLE_TEXT));
		mvprintw(row, 1, "Country: %s", t->typed);
		if (t->message.len > 0) {
			attrset(term_attr(&t->term, UI_ROLE_ALERT));
			ui_text_draw(t, row + 2, 1, COLS - 2, LINES - 3 - (row + 2) - ui_status_rows(t),
			             str_cstr(&t->message));
		}
	}
}

/* Enter: save the country read before, or read what was typed (a code or
 * a name) and show its name to confirm. */
static void enter(struct tui *t)
{
	str_clear(&t->message);
	char code[COUNTRY_CODE_SIZE];
	if (t->typed[0] == '\0' && t->pending[0] == '\0' && t->app.who.code[0] != '\0') {
		memcpy(t->pending, t->app.who.code, sizeof(code));
	}
	if (t->typed[0] != '\0') {
		if (app_country_read(&t->app, t->typed, code)) {
			memcpy(t->pending, code, sizeof(code));
		} else {
			str_appendf(&t->message, "That is not a country wisemind knows: type a "
			                         "two-letter code such as GB, or a name such as Germany.");
			t->pending[0] = '\0';
		}
		t->typed[0] = '\0';
		return;
	}
	if (t->pending[0] == '\0') {
		str_append(&t->message, "Type your country's two-letter code, such as GB, US or AU.");
		return;
	}
	bool saved = app_confirm_country(&t->app, t->pending, &t->message);
	if (saved) {
		str_appendf(&t->message, "Saved: %s (%s).", app_country_name(&t->app, t->pending),
		            t->pending);
	}
	t->pending[0] = '\0';
	t->screen = UI_SCREEN_HOME;
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
		t->pending[0] = '\0';
		t->screen = UI_SCREEN_HOME;
	} else if (key == '\n' || key == '\r' || key == KEY_ENTER) {
		enter(t);
	} else if ((key == KEY_BACKSPACE || key == 127 || key == 8) && n > 0) {
		t->typed[n - 1] = '\0';
	} else if (((key >= 'a' && key <= 'z') || (key >= 'A' && key <= 'Z') || key == ' ' ||
	            key == '-' || key == '\'') && n + 1 < sizeof(t->typed)) {
		t->typed[n] = (char)key;
		t->typed[n + 1] = '\0';
	} else {
		return UI_REACT_NONE;
	}
	return UI_REACT_REDRAW;
}
