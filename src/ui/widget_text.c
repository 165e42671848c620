#include <string.h>

#include "core/text_width.h"
#include "core/wrap.h"
#include "ui/widgets.h"

int ui_text(struct ui *ui, WINDOW *w, int row, int col, int width, int max_rows,
            enum ui_role role, const char *text)
{
	struct wrapped wr;
	wrap_for_terminal(text, width, !ui->theme.utf8, &wr);
	wattrset(w, theme_attr(&ui->theme, role));
	int drawn = 0;
	for (; drawn < max_rows && (size_t)drawn < wr.count; drawn++) {
		mvwaddstr(w, row + drawn, col, wr.lines[drawn]);
	}
	wrapped_finish(&wr);
	return drawn;
}

int ui_text_rows(const struct ui *ui, int width, const char *text)
{
	struct wrapped wr;
	wrap_for_terminal(text, width, !ui->theme.utf8, &wr);
	int rows = (int)wr.count;
	wrapped_finish(&wr);
	return rows;
}

void ui_text_line(struct ui *ui, WINDOW *w, int row, int col, int width, enum ui_role role,
                  const char *text)
{
	if (width <= 0) {
		return;
	}
	struct wrapped wr;
	wrap_for_terminal(text, width, !ui->theme.utf8, &wr);
	wattrset(w, theme_attr(&ui->theme, role));
	if (wr.count <= 1) {
		mvwaddstr(w, row, col, wr.count == 1 ? wr.lines[0] : "");
		wrapped_finish(&wr);
		return;
	}
	wrapped_finish(&wr);
	const char *dots = ui->theme.g->ellipsis;
	int dots_w = (int)text_width_utf8(dots, strlen(dots));
	if (width <= dots_w) {
		mvwaddstr(w, row, col, width == dots_w ? dots : "");
		return;
	}
	wrap_for_terminal(text, width - dots_w, !ui->theme.utf8, &wr);
	const char *first = wr.count > 0 ? wr.lines[0] : "";
	size_t len = strlen(first);
	while (len > 0 && first[len - 1] == ' ') {
		len--;
	}
	mvwaddnstr(w, row, col, first, (int)len);
	waddstr(w, dots);
	wrapped_finish(&wr);
}

void ui_center(struct ui *ui, WINDOW *w, int row, enum ui_role role, const char *text)
{
	struct wrapped wr;
	int cols = getmaxx(w);
	wrap_for_terminal(text, cols > 2 ? cols - 2 : 1, !ui->theme.utf8, &wr);
	wattrset(w, theme_attr(&ui->theme, role));
	for (size_t i = 0; i < wr.count && row + (int)i < getmaxy(w); i++) {
		int width = (int)text_width_utf8(wr.lines[i], strlen(wr.lines[i]));
		int col = width < cols ? (cols - width) / 2 : 0;
		mvwaddstr(w, row + (int)i, col, wr.lines[i]);
	}
	wrapped_finish(&wr);
}

/* Draws the bold phrases again, bold, where they are in the wrapped
 * lines: each searched for after the one before it (they come in the
 * text's order), on the lines first to first + rows shown from row. A
 * phrase broken across two lines stays plain. */
static void overlay_bold(struct ui *ui, WINDOW *w, const struct wrapped *wr, int first, int rows,
                         int row, char *const *bold, size_t bold_count, size_t from_line)
{
	size_t line = from_line, at = 0;
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TEXT) | A_BOLD);
	for (size_t k = 0; k < bold_count; k++) {
		struct wrapped ph;
		wrap_for_terminal(bold[k], 1 << 20, !ui->theme.utf8, &ph);
		const char *want = ph.count == 1 ? ph.lines[0] : "";
		size_t n = strlen(want);
		for (size_t l = line; n > 0 && l < wr->count; l++) {
			const char *from = wr->lines[l] + (l == line ? at : 0);
			const char *hit = strstr(from, want);
			if (hit == NULL) {
				continue;
			}
			line = l;
			at = (size_t)(hit - wr->lines[l]) + n;
			int r = (int)l - first;
			if (r >= 0 && r < rows) {
				int col = 1 + (int)text_width_utf8(wr->lines[l], (size_t)(hit - wr->lines[l]));
				mvwaddnstr(w, row + r, col, hit, (int)n);
			}
			break;
		}
		wrapped_finish(&ph);
	}
}

void ui_textview_draw(struct ui *ui, struct ui_textview *tv, WINDOW *w, int row,
                      const char *text)
{
	ui_textview_draw_bold(ui, tv, w, row, text, NULL, 0, 0);
}

/* The wrapped line where byte from of text falls (the line of a prefix
 * that ends there, counted by wrapping it alike). */
static size_t line_of(const struct ui *ui, const char *text, size_t from, int width)
{
	if (from == 0) {
		return 0;
	}
	struct str prefix = {0};
	str_append_n(&prefix, text, from);
	int rows = ui_text_rows(ui, width, str_cstr(&prefix));
	str_finish(&prefix);
	return rows > 0 ? (size_t)rows - 1 : 0;
}

void ui_textview_draw_bold(struct ui *ui, struct ui_textview *tv, WINDOW *w, int row,
                           const char *text, char *const *bold, size_t bold_count,
                           size_t bold_from)
{
	struct wrapped wr;
	int cols = getmaxx(w);
	wrap_for_terminal(text, cols - 2, !ui->theme.utf8, &wr);
	tv->lines = (int)wr.count;
	tv->rows = getmaxy(w) - row;
	/* The last row says when there is more, and never covers a line. */
	if (tv->lines > tv->rows && tv->rows > 1) {
		tv->rows--;
	}
	int max_scroll = tv->lines - tv->rows;
	if (tv->scroll > max_scroll) {
		tv->scroll = max_scroll > 0 ? max_scroll : 0;
	}
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TEXT));
	for (int r = 0; r < tv->rows && tv->scroll + r < tv->lines; r++) {
		mvwaddstr(w, row + r, 1, wr.lines[tv->scroll + r]);
	}
	if (bold_count > 0) {
		overlay_bold(ui, w, &wr, tv->scroll, tv->rows, row, bold, bold_count,
		             line_of(ui, text, bold_from, cols - 2));
	}
	if (tv->scroll + tv->rows < tv->lines) {
		const char *more = tv->more != NULL ? tv->more : "(more: Down)";
		wattrset(w, theme_attr(&ui->theme, UI_ROLE_HINT));
		mvwaddstr(w, row + tv->rows, cols - (int)strlen(more) - 1, more);
	}
	wrapped_finish(&wr);
}

bool ui_textview_key(struct ui_textview *tv, enum ui_action action)
{
	int page = tv->rows > 1 ? tv->rows - 1 : 1;
	int before = tv->scroll;
	switch (action) {
	case UI_ACTION_UP:
		tv->scroll--;
		break;
	case UI_ACTION_DOWN:
		tv->scroll++;
		break;
	case UI_ACTION_PAGE_UP:
		tv->scroll -= page;
		break;
	case UI_ACTION_PAGE_DOWN:
		tv->scroll += page;
		break;
	default:
		return false;
	}
	int max_scroll = tv->lines - tv->rows;
	if (tv->scroll > max_scroll) {
		tv->scroll = max_scroll;
	}
	if (tv->scroll < 0) {
		tv->scroll = 0;
	}
	return tv->scroll != before;
}

void ui_sparkline(const struct theme *theme, const int *values, size_t count, int max,
                  struct str *out)
{
	for (size_t i = 0; i < count; i++) {
		if (values[i] < 0 || max <= 0) {
			str_append_char(out, ' ');
			continue;
		}
		int v = values[i] > max ? max : values[i];
		/* 0 is the lowest level, max the highest, evenly between. */
		int level = (v * 7 + max / 2) / max;
		str_append(out, theme->g->spark[level]);
	}
}
