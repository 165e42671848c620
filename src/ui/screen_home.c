#include "ui/curses.h"
#include "ui/tui_state.h"

static const char home_text[] =
	"Welcome to wisemind, a private, offline coach for DBT skills.\n"
	"\n"
	"If you are in crisis, press ! now: crisis lines for your country are one key\n"
	"away on every screen.\n"
	"\n"
	"wisemind does not replace therapy or emergency services. \"DBT\" is used\n"
	"descriptively; wisemind is not endorsed by the people who created DBT.\n";

void ui_home_draw(struct tui *t)
{
	if (COLS < TERM_MIN_COLS || LINES < TERM_MIN_LINES) {
		attrset(term_attr(&t->term, UI_ROLE_ALERT));
		ui_page_draw(t, 2, "This window is too small for wisemind: make it at least "
		                   "80 columns wide and 24 lines tall.\n"
		                   "Press ! for crisis lines, q to quit.");
		return;
	}
	ui_page_draw(t, 2, home_text);
	if (t->message.len > 0 && 3 + t->page_lines < LINES - 2) {
		attrset(term_attr(&t->term, UI_ROLE_ALERT));
		/* Wrapped by display width, never cut inside a character. */
		int row = 3 + t->page_lines;
		ui_text_draw(t, row, 1, COLS - 2, LINES - 2 - row, str_cstr(&t->message));
	}
}
