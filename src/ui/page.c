#include "ui/curses.h"
#include "ui/tui_state.h"
#include "core/wrap.h"

int ui_text_draw(struct tui *t, int row, int col, int width, int max_rows, const char *text)
{
	struct wrapped w;
	wrap_for_terminal(text, width, t->app.ascii_only, &w);
	int drawn = 0;
	for (; drawn < max_rows && (size_t)drawn < w.count; drawn++) {
		mvaddnstr(row + drawn, col, w.lines[drawn], -1);
	}
	wrapped_finish(&w);
	return drawn;
}

int ui_status_rows(const struct tui *t)
{
	if (t->status.len == 0 || LINES < 6) {
		return 0;
	}
	struct wrapped w;
	wrap_for_terminal(str_cstr(&t->status), COLS - 2, t->app.ascii_only, &w);
	int rows = w.count > 2 ? 2 : (int)w.count;
	wrapped_finish(&w);
	return rows;
}

void ui_page_draw(struct tui *t, int top, const char *text)
{
	struct wrapped w;
	wrap_for_terminal(text, COLS - 2, t->app.ascii_only, &w);
	t->page_lines = (int)w.count;
	int rows = LINES - top - 1 - ui_status_rows(t);
	int max_scroll = t->page_lines - rows;
	if (t->scroll > max_scroll) {
		t->scroll = max_scroll > 0 ? max_scroll : 0;
	}
	attrset(term_attr(&t->term, UI_ROLE_TEXT));
	for (int r = 0; r < rows && t->scroll + r < t->page_lines; r++) {
		mvaddstr(top + r, 1, w.lines[t->scroll + r]);
	}
	if (t->scroll + rows < t->page_lines) {
		attrset(term_attr(&t->term, UI_ROLE_HINT));
		/* On the title row, so it never covers a line of the page. */
		mvaddstr(top > 1 ? 1 : 0, COLS - 13, "(more: Down)");
	}
	wrapped_finish(&w);
}
