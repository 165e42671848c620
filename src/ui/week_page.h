#ifndef WISEMIND_UI_WEEK_PAGE_H
#define WISEMIND_UI_WEEK_PAGE_H

#include <stddef.h>

#include "app/week.h"
#include "core/str.h"
#include "ui/ui.h"
#include "ui/week_grid.h"

/* The part of the week view that scrolls (screen_week.c), as rows: the
 * grid's rows then a legend, or for a week with nothing recorded what
 * to do about it; then the skills that helped most. Rebuilt at each draw
 * for the width then, so a resize wraps its text anew. */

enum week_line_kind {
	WEEK_LINE_GRID, /* at: the grid's row */
	WEEK_LINE_TEXT, /* at: the text's offset in the page's text */
	WEEK_LINE_BLANK,
};

struct week_line {
	enum week_line_kind kind;
	size_t at;
	enum ui_role role;
	int indent;
};

struct week_page {
	struct week_line *lines;
	size_t count, cap;
	struct str text; /* the lines' texts, each ending in a NUL */
};

/* The page of w laid out as g (week_grid_init) for width columns. */
void week_page_build(struct ui *ui, struct week_page *p, const struct app_week *w,
                     const struct week_grid *g, int width);

/* Row i of the page at y. */
void week_page_draw(struct ui *ui, const struct week_page *p, const struct week_grid *g,
                    WINDOW *win, int y, size_t i);

void week_page_finish(struct week_page *p);

/* The label of action's first key in context ("Esc"), for the sentences
 * that name one. */
const char *week_page_key(enum ui_context context, enum ui_action action);

#endif
