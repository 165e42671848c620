#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/week.h"
#include "ui/screens.h"
#include "ui/week_grid.h"
#include "ui/week_page.h"
#include "ui/widgets.h"

/* The week (issue 14): a week of the diary card as the paper card shows
 * it, each urge's and emotion's sparkline over the eight weeks up to it,
 * and the skills after which this person's urges dropped most. This file
 * is the screen: its state, its keys, and where each part goes; the grid
 * is ui/week_grid.c, the rows that scroll ui/week_page.c. Everything shown
 * comes from one app/week.h call; moving to another week is another.
 * Left and Right (or [ and ]) move a week, g goes straight to one; the
 * rows below the fixed title and day names scroll. */

#define GO_MAX 32 /* bytes typed for a week to go to */

struct week {
	struct app_week w;
	bool loaded;
	int scroll;
	int shown; /* lines shown at the last draw */
	bool typing;
	struct ui_edit go;
	/* Rebuilt at each draw, for the width then. */
	struct week_grid grid;
	struct week_page page;
};

static void enter(struct ui *ui, void *state, const void *arg)
{
	struct week *s = state;
	app_week_init(&s->w);
	if (!ui_edit_init(&s->go, GO_MAX, false)) {
		ui->quit = true; /* out of memory: the loop ends, the terminal is put back */
		return;
	}
	struct app_error err = {0};
	s->loaded = session_week(ui->session, arg, &s->w, &err);
	if (!s->loaded) {
		ui_say_error(ui, "The week could not be read: ", &err);
	}
	app_error_finish(&err);
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct week *s = state;
	app_week_finish(&s->w); /* diary data */
	ui_edit_finish(&s->go);
	week_page_finish(&s->page);
}

static int draw_title(struct ui *ui, struct week *s, WINDOW *win, int max_rows)
{
	const struct app_report_range *r = &s->w.report.range;
	char title[128];
	snprintf(title, sizeof(title), "Week %s: %s to %s%s", s->w.week, r->from, r->to,
	         s->w.current ? " (this week)" : "");
	return ui_text(ui, win, 0, 1, getmaxx(win) - 2, max_rows, UI_ROLE_TITLE, title);
}

/* The last row: where the rest of the page is. */
static void draw_more(struct ui *ui, struct week *s, WINDOW *win, int y)
{
	int below = (int)s->page.count - s->scroll - s->shown;
	char more[96];
	if (below > 0) {
		snprintf(more, sizeof(more), "%d more row%s below: Down or PageDown", below,
		         below == 1 ? "" : "s");
	} else {
		snprintf(more, sizeof(more), "%d row%s above: Up or PageUp", s->scroll,
		         s->scroll == 1 ? "" : "s");
	}
	ui_text(ui, win, y, 1, getmaxx(win) - 2, 1, UI_ROLE_HINT, more);
}

/* The line to type a week in, at the last row; the example above it
 * when there is room. */
static void draw_prompt(struct ui *ui, struct week *s, WINDOW *win, int y, bool example)
{
	const char *ask = "Go to week: ";
	int x = 1 + (int)strlen(ask);
	if (example) {
		ui_text(ui, win, y - 1, 1, getmaxx(win) - 2, 1, UI_ROLE_HINT,
		        "Type a week (2025-W52) or a day in it (2025-12-24), then Enter.");
	}
	ui_text(ui, win, y, 1, x, 1, UI_ROLE_TEXT, ask);
	ui_edit_draw(ui, &s->go, win, y, x, getmaxx(win) - 1 - x);
}

static int at_most(int n, int max)
{
	return n < 0 ? 0 : n > max ? max : n;
}

/* Rows from the top: the title, what was left out, the day names; the
 * rows that scroll; the last row says where the rest is; while typing,
 * the prompt at the bottom. A small window gives up rows in that order
 * from the top's extras, never drawing one over another. */
static void draw(struct ui *ui, void *state, WINDOW *win)
{
	struct week *s = state;
	int rows = getmaxy(win), cols = getmaxx(win);
	if (!s->loaded) {
		char why[128];
		snprintf(why, sizeof(why),
		         "The week could not be read (the line below says why). %s "
		         "goes back.",
		         week_page_key(UI_CTX_WEEK, UI_ACTION_BACK));
		ui_text(ui, win, 0, 1, cols - 2, rows, UI_ROLE_TEXT, why);
		return;
	}
	int prompt = s->typing ? (rows >= 6 ? 2 : 1) : 0;
	int bottom = rows - prompt;
	int y = draw_title(ui, s, win, at_most(bottom - 1, 2));
	week_grid_init(&s->grid, &s->w, cols);
	if (!s->w.empty) {
		struct str left_out = {0};
		week_grid_left_out(&s->grid, &left_out);
		int room = at_most(bottom - y - 3, 3); /* the day names and two rows stay */
		if (left_out.len > 0 && room > 0) {
			y += ui_text(ui, win, y, 1, cols - 2, room, UI_ROLE_HINT,
			             str_cstr(&left_out));
		}
		str_finish(&left_out);
		if (y < bottom) {
			week_grid_draw_header(ui, &s->grid, win, y++);
		}
	} else if (bottom - y > 2) {
		y++;
	}
	week_page_build(ui, &s->page, &s->w, &s->grid, cols - 2);
	int room = bottom - y;
	bool more = (int)s->page.count > room && room >= 2;
	s->shown = at_most(more ? room - 1 : room, room);
	int max_scroll = (int)s->page.count - s->shown;
	s->scroll = s->scroll > max_scroll ? (max_scroll > 0 ? max_scroll : 0) : s->scroll;
	for (int i = 0; i < s->shown && s->scroll + i < (int)s->page.count; i++) {
		week_page_draw(ui, &s->page, &s->grid, win, y + i, (size_t)(s->scroll + i));
	}
	if (more) {
		draw_more(ui, s, win, bottom - 1);
	}
	if (s->typing) {
		draw_prompt(ui, s, win, rows - 1, prompt == 2);
	}
}

/* Shows week, keeping the helps ranking: moving changes no urge. (When
 * the first read failed there is no ranking to keep: all is read.) */
static void show(struct ui *ui, struct week *s, const char *week)
{
	struct app_error err = {0};
	bool ok = s->loaded ? session_week_move(ui->session, week, &s->w, &err)
	                    : session_week(ui->session, week, &s->w, &err);
	if (ok) {
		s->loaded = true;
	} else {
		struct str said = {0};
		ui_error_sentence(&err, true, &said);
		str_appendf(&said, ". %s goes to another week.",
		            week_page_key(UI_CTX_WEEK, UI_ACTION_GO_WEEK));
		ui_say(ui, true, "%s", str_cstr(&said));
		str_finish(&said);
	}
	app_error_finish(&err);
}

static void step(struct ui *ui, struct week *s, enum ui_action action)
{
	if (action == UI_ACTION_NEXT_WEEK && s->w.after[0] == '\0') {
		ui_say(ui, false,
		       "This is the current week: there is no week after it yet. %s goes "
		       "back a week.",
		       week_page_key(UI_CTX_WEEK, UI_ACTION_PREV_WEEK));
	} else if (action == UI_ACTION_PREV_WEEK && s->w.before[0] == '\0') {
		ui_say(ui, false,
		       "This is the first week a diary can hold: there is none before it.");
	} else {
		char to[DATE_WEEK_TEXT_SIZE];
		memcpy(to, action == UI_ACTION_NEXT_WEEK ? s->w.after : s->w.before, sizeof(to));
		show(ui, s, to);
	}
}

static void go(struct ui *ui, struct week *s)
{
	char week[DATE_WEEK_TEXT_SIZE];
	struct app_error err = {0};
	if (app_week_parse(s->go.buf, week, &err)) {
		/* A week far away: read from its top. The arrows keep the place,
		 * to compare the same rows week by week. */
		s->scroll = 0;
		show(ui, s, week);
	} else {
		/* The sentence is about weeks; a day in one is taken too. */
		struct str said = {0};
		str_append(&said, "That is neither a week nor a day: ");
		ui_error_sentence(&err, false, &said);
		str_appendf(&said,
		            "; a day is written YYYY-MM-DD, such as 2025-12-24. Press %s to "
		            "try again.",
		            week_page_key(UI_CTX_WEEK, UI_ACTION_GO_WEEK));
		ui_say(ui, true, "%s", str_cstr(&said));
		str_finish(&said);
	}
	app_error_finish(&err);
}

static enum ui_reaction key_typing(struct ui *ui, struct week *s, enum ui_action action,
                                   const struct ui_event *ev)
{
	switch (ui_edit_key(&s->go, action, ev)) {
	case UI_EDIT_DONE:
		s->typing = false;
		go(ui, s);
		return UI_REACT_REDRAW;
	case UI_EDIT_CANCEL:
		s->typing = false;
		return UI_REACT_REDRAW;
	case UI_EDIT_CHANGED:
		return UI_REACT_REDRAW;
	case UI_EDIT_NONE:
		break;
	}
	return UI_REACT_NONE;
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct week *s = state;
	if (s->typing) {
		return key_typing(ui, s, action, ev);
	}
	int page = s->shown > 1 ? s->shown - 1 : 1;
	switch (action) {
	case UI_ACTION_PREV_WEEK:
	case UI_ACTION_NEXT_WEEK:
		if (s->loaded) {
			step(ui, s, action);
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_GO_WEEK:
		ui_edit_clear(&s->go);
		s->typing = true;
		return UI_REACT_REDRAW;
	case UI_ACTION_UP:
		s->scroll -= 1;
		break;
	case UI_ACTION_DOWN:
		s->scroll += 1;
		break;
	case UI_ACTION_PAGE_UP:
		s->scroll -= page;
		break;
	case UI_ACTION_PAGE_DOWN:
		s->scroll += page;
		break;
	case UI_ACTION_BACK:
		ui_pop(ui);
		return UI_REACT_REDRAW;
	default:
		return UI_REACT_NONE;
	}
	/* draw keeps it above the last page */
	s->scroll = s->scroll < 0 ? 0 : s->scroll;
	return UI_REACT_REDRAW;
}

static bool typing(const void *state)
{
	const struct week *s = state;
	return s->typing;
}

/* The list keys scroll, but Enter opens nothing here: only the week's
 * own hints show. */
static bool hints_now(const void *state, enum ui_context context)
{
	(void)state;
	return context != UI_CTX_MOVE;
}

const struct ui_screen ui_screen_week = {
    .name = "week",
    .contexts = {UI_CTX_WEEK, UI_CTX_MOVE, UI_CTX_COUNT},
    .state_size = sizeof(struct week),
    .any_size = true,
    .enter = enter,
    .leave = leave,
    .draw = draw,
    .key = key,
    .typing = typing,
    .hints_now = hints_now,
};
