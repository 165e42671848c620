#ifndef WISEMIND_UI_WEEK_GRID_H
#define WISEMIND_UI_WEEK_GRID_H

#include <stdbool.h>
#include <stddef.h>

#include "app/week.h"
#include "core/str.h"
#include "ui/ui.h"

/* The week's card grid (screen_week.c): one column per day, Monday
 * first, and the card's fields down, each urge and emotion with its
 * sparkline of the weeks up to this one. It draws what app/week.h gives
 * and decides only what fits: at a narrow width it leaves out whole
 * columns, never part of a number (the sparklines first, then days from
 * Sunday back), and says so. */

#define WEEK_GRID_DAYS 7
/* Every row the grid can have: each target twice (urge, action), each
 * emotion, skills used and practised, and two medication rows. */
#define WEEK_GRID_ROWS_MAX (3 * APP_REPORT_ITEMS_MAX + 4)

enum week_row_kind {
	WEEK_ROW_URGE,    /* item: a target */
	WEEK_ROW_ACTION,  /* item: a target */
	WEEK_ROW_EMOTION, /* item: an emotion */
	WEEK_ROW_SKILLS_USED,
	WEEK_ROW_PRACTISED,
	WEEK_ROW_RX,    /* medication as prescribed */
	WEEK_ROW_DRUGS, /* other drugs, how many times */
};

struct week_row {
	enum week_row_kind kind;
	size_t item;
	bool first; /* the first row of its group: its group's name shows */
};

struct week_grid {
	const struct app_week *w;
	/* What fits the width. */
	int item_w; /* columns of a row's label */
	int days;   /* day columns shown, Monday first: 0 (too narrow for any) to 7 */
	bool spark; /* the sparkline column */
	int full;   /* columns the whole grid needs, with its margins */
	/* Each day of the week, Monday first; NULL when the report has not
	 * that day (1970-W01 starts on a Thursday). */
	const struct app_report_day *day[WEEK_GRID_DAYS];
	int day_of_month[WEEK_GRID_DAYS];
	int med_rx; /* the report's column of as-prescribed, or -1 */
	int med_drugs;
	struct week_row rows[WEEK_GRID_ROWS_MAX];
	size_t row_count;
};

/* Lays the grid of w out for a window cols wide. */
void week_grid_init(struct week_grid *g, const struct app_week *w, int cols);

/* One sentence saying what was left out and how to see it ("Sparklines
 * left out: widen the window to 79 columns."), appended to out; nothing
 * when the whole grid fits. */
void week_grid_left_out(const struct week_grid *g, struct str *out);

/* True when a cell shows "*": medication written in words, which the
 * legend then explains. */
bool week_grid_has_words(const struct week_grid *g);

/* The row of day names and dates ("Mo 16"), and "8 weeks" above the
 * sparklines, at y. */
void week_grid_draw_header(struct ui *ui, const struct week_grid *g, WINDOW *win, int y);

/* Row i of the grid at y. */
void week_grid_draw_row(struct ui *ui, const struct week_grid *g, WINDOW *win, int y, size_t i);

#endif
