/* The safety plan screen's drawing (see ui/plan.h): the title, the
 * selected part's prompt, the list of parts and lines, and at the foot
 * what showing a line while locked means, the line editor, or a
 * question. Laid out for any size, down to a small window in a crisis. */
#include <string.h>

#include "ui/plan.h"

#define NBSP "\xc2\xa0"
#define TITLE_COL 3
#define LINE_COL 5
#define MARGIN 7 /* the right edge keeps room for "(more)" */

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

void plan_line_text(const struct safety_line *line, size_t index, struct str *out)
{
	const char *text = str_cstr(&line->text);
	str_appendf(out, "%zu. ", index + 1);
	/* A space between two digits never breaks: a phone number stays on
	 * one row, as on the crisis card. */
	for (const char *c = text; *c != '\0'; c++) {
		if (*c == ' ' && c > text && is_digit(c[-1]) && is_digit(c[1])) {
			str_append(out, NBSP);
		} else {
			str_append_char(out, *c);
		}
	}
	if (line->shown) {
		str_append(out, "  [shown" NBSP "when" NBSP "locked]");
	}
}

static const struct safety_line *item_line(const struct plan *p, const struct plan_item *it)
{
	return it->line < 0 ? NULL : &p->plan.sections[it->section].items[it->line];
}

static int line_width(WINDOW *w)
{
	int width = getmaxx(w) - LINE_COL - MARGIN;
	return width > 8 ? width : 8;
}

static int item_height(struct ui *ui, const struct plan *p, const struct plan_item *it, int width)
{
	const struct safety_line *line = item_line(p, it);
	if (line == NULL) {
		return p->plan.sections[it->section].count == 0 ? 2 : 1;
	}
	struct str text = {0};
	plan_line_text(line, (size_t)it->line, &text);
	int rows = ui_text_rows(ui, width, str_cstr(&text));
	str_wipe(&text);
	return rows > 0 ? rows : 1;
}

/* Moves top so the selected item shows whole (with its part's title
 * when it is the part's first line, room allowing). */
static void scroll_to_selection(struct plan *p)
{
	if (p->sel < p->top) {
		p->top = p->sel;
	}
	if (p->top == p->sel && p->sel > 0 && p->items[p->sel].line == 0 &&
	    p->heights[p->sel - 1] + p->heights[p->sel] <= p->rows) {
		p->top = p->sel - 1;
	}
	for (;;) {
		int used = 0;
		for (size_t i = p->top; i <= p->sel; i++) {
			used += p->heights[i];
		}
		if (used <= p->rows || p->top == p->sel) {
			break;
		}
		p->top++;
	}
}

static void draw_item(struct ui *ui, struct plan *p, WINDOW *w, size_t i, int row, int rows)
{
	const struct plan_item *it = &p->items[i];
	bool sel = i == p->sel && p->mode != PLAN_ASK_LEAVE;
	int cols = getmaxx(w);
	if (sel) {
		wattrset(w, theme_attr(&ui->theme, UI_ROLE_SELECTED));
		for (int r = 0; r < rows && r < (it->line < 0 ? 1 : rows); r++) {
			mvwhline(w, row + r, 1, ' ', cols - 1 - MARGIN);
		}
		ui_text(ui, w, row, 1, 2, 1, UI_ROLE_SELECTED, ui->theme.g->marker);
	}
	const struct safety_line *line = item_line(p, it);
	if (line == NULL) {
		const struct safety_section_info *info = safety_section_info(it->section);
		ui_text(ui, w, row, TITLE_COL, cols - TITLE_COL - MARGIN, 1,
		        sel ? UI_ROLE_SELECTED : UI_ROLE_TITLE, info->title);
		if (rows > 1 && p->plan.sections[it->section].count == 0) {
			ui_text(ui, w, row + 1, LINE_COL, line_width(w), 1, UI_ROLE_HINT,
			        sel ? "(nothing here yet: a adds a line)" : "(nothing here yet)");
		}
		return;
	}
	struct str text = {0};
	plan_line_text(line, (size_t)it->line, &text);
	ui_text(ui, w, row, LINE_COL, line_width(w), rows, sel ? UI_ROLE_SELECTED : UI_ROLE_TEXT,
	        str_cstr(&text));
	str_wipe(&text);
}

/* What the foot of the screen says now, and in which role. */
static enum ui_role foot_text(const struct plan *p, struct str *out)
{
	const struct plan_item *it = &p->items[p->sel];
	const char *title = safety_section_info(it->section)->title;
	switch (p->mode) {
	case PLAN_TYPING:
		if (p->editing < 0) {
			str_appendf(out,
			            "A new line for %s (Enter keeps it, Esc drops it):", title);
		} else {
			str_appendf(out, "Line %ld of %s (Enter keeps the change, Esc drops it):",
			            p->editing + 1, title);
		}
		return UI_ROLE_TEXT;
	case PLAN_ASK_LEAVE:
		str_append(out, "Your changes are not saved yet. Save them before going back? y or "
		                "Enter saves them, n goes back without them, Esc stays here.");
		return UI_ROLE_ALERT;
	case PLAN_ASK_REMOVE:
		str_appendf(out, "Remove line %ld of %s? y or Enter removes it, n keeps it.",
		            it->line + 1, title);
		return UI_ROLE_ALERT;
	case PLAN_LIST:
		break;
	}
	if (p->note.len > 0) {
		str_append(out, str_cstr(&p->note));
		return UI_ROLE_ALERT;
	}
	if (safety_plan_shown_count(&p->plan) > 0) {
		str_append(out,
		           "Lines marked [shown when locked] show with the crisis lines without "
		           "your passphrase, so they are also kept unencrypted on this computer.");
	} else {
		str_append(out, "No line shows while locked: all of your plan stays in your "
		                "encrypted diary.");
	}
	return UI_ROLE_HINT;
}

static void draw_title(struct ui *ui, struct plan *p, WINDOW *w)
{
	int cols = getmaxx(w);
	const char *mark = "* not saved yet";
	int mark_x = cols - 2 - (int)strlen(mark);
	bool dirty = plan_dirty(p);
	ui_text(ui, w, 0, 1, dirty && mark_x > 20 ? mark_x - 2 : cols - 2, 1, UI_ROLE_TITLE,
	        "Your safety plan");
	if (dirty && mark_x > 20) {
		ui_text(ui, w, 0, mark_x, (int)strlen(mark), 1, UI_ROLE_ALERT, mark);
	}
}

void plan_draw(struct ui *ui, struct plan *p, WINDOW *w)
{
	int cols = getmaxx(w), lines = getmaxy(w);
	draw_title(ui, p, w);
	if (p->unreadable || p->count == 0) {
		ui_text(ui, w, 2, 1, cols - 2, lines - 2, UI_ROLE_TEXT,
		        "Your safety plan could not be read, so it cannot be changed here now. The "
		        "crisis lines (!) still show. Esc goes back.");
		return;
	}
	struct str foot = {0};
	enum ui_role foot_role = foot_text(p, &foot);
	int foot_rows = ui_text_rows(ui, cols - 2, str_cstr(&foot)) + (p->mode == PLAN_TYPING);
	const char *prompt = safety_section_info(p->items[p->sel].section)->prompt;
	int prompt_rows = ui_text_rows(ui, cols - 2, prompt);
	prompt_rows = prompt_rows < 3 ? prompt_rows : 3;
	/* A small window gives the list its room first: the prompt, then
	 * the blank rows, go. */
	int list_top = 1 + prompt_rows + 1;
	int gap = 1;
	if (lines - list_top - foot_rows - gap < 3) {
		prompt_rows = 0;
		list_top = 1;
		gap = 0;
	}
	p->rows = lines - list_top - foot_rows - gap;
	if (p->rows < 1) {
		p->rows = 1;
	}
	if (prompt_rows > 0) {
		ui_text(ui, w, 1, 1, cols - 2, prompt_rows, UI_ROLE_HINT, prompt);
	}
	int width = line_width(w);
	for (size_t i = 0; i < p->count; i++) {
		p->heights[i] = item_height(ui, p, &p->items[i], width);
	}
	scroll_to_selection(p);
	int row = list_top;
	size_t i = p->top;
	for (; i < p->count && row < list_top + p->rows; i++) {
		int room = list_top + p->rows - row;
		int rows = p->heights[i] < room ? p->heights[i] : room;
		draw_item(ui, p, w, i, row, rows);
		row += rows;
		if (rows < p->heights[i]) {
			break; /* cut: it goes on below */
		}
	}
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_HINT));
	if (p->top > 0) {
		mvwaddstr(w, list_top, cols - 5, "(up)");
	}
	if (i < p->count) {
		mvwaddstr(w, list_top + p->rows - 1, cols - 7, "(more)");
	}
	int foot_top = list_top + p->rows + gap;
	int text_rows = foot_rows - (p->mode == PLAN_TYPING);
	ui_text(ui, w, foot_top, 1, cols - 2, text_rows, foot_role, str_cstr(&foot));
	str_finish(&foot);
	if (p->mode == PLAN_TYPING) {
		/* Last, so the cursor is left in the field. */
		ui_edit_draw(ui, &p->edit, w, foot_top + text_rows, 1, cols - 2);
	}
}
