#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/homework.h"
#include "front/homework_words.h"
#include "ui/screens.h"
#include "ui/widgets.h"

/* The homework (issue 15): each assignment from the therapist with how
 * it is going, and the selected one's skills (due or practised today)
 * and note below. Enter or p starts the practice of what is due in one
 * key; a digit starts that skill; d marks it done after asking. The list
 * is read again whenever the screen shows, so a practice just done
 * counts at once. */

#define NO_NOTE SIZE_MAX

struct homework {
	struct app_homework_list list;
	struct ui_list sel;
	int list_rows;
	bool asking; /* "mark it done?" */
	/* The selected homework's note as shown, and its bold phrases.
	 * Therapy text: wiped. */
	struct str note;
	char **bold;
	size_t bold_count;
	size_t note_for; /* the index note was made for, or NO_NOTE */
	struct ui_textview tv;
};

static void note_clear(struct homework *h)
{
	str_wipe(&h->note);
	free(h->bold);
	h->bold = NULL;
	h->bold_count = 0;
	h->note_for = NO_NOTE;
	h->tv = (struct ui_textview){.more = "(more: PageDown)"};
}

/* The note as the text widget draws it: the app's text of the
 * therapist's Markdown, its strong phrases drawn bold (pointing into the
 * list, which outlives them: load clears both). */
static void note_build(struct homework *h, const struct app_homework *hw)
{
	note_clear(h);
	str_append(&h->note, str_cstr(&hw->note_text));
	h->bold = hw->note_bold_count > 0 ? calloc(hw->note_bold_count, sizeof(*h->bold)) : NULL;
	const char *phrase = hw->note_bold.buf;
	for (size_t i = 0; h->bold != NULL && i < hw->note_bold_count; i++) {
		h->bold[h->bold_count++] = (char *)phrase;
		phrase += strlen(phrase) + 1;
	}
}

/* Read each time the screen shows, and after a change. */
static void load(struct ui *ui, struct homework *h)
{
	app_homework_list_finish(&h->list);
	note_clear(h);
	struct app_error err = {0};
	if (!session_homework_list(ui->session, &h->list, &err)) {
		ui_say_error(ui, "Your homework could not be read: ", &err);
	}
	app_error_finish(&err);
	h->sel.count = h->list.count;
	if (h->sel.count > 0 && h->sel.selected >= h->sel.count) {
		h->sel.selected = h->sel.count - 1;
	}
}

static void layout(struct ui *ui, void *state, int lines, int cols)
{
	(void)lines;
	(void)cols;
	load(ui, state);
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct homework *h = state;
	app_homework_list_finish(&h->list);
	note_clear(h);
}

static const char *skill_name(struct ui *ui, const char *id)
{
	const struct skill *k = skill_library_find(ui_skills(ui), id);
	return k != NULL ? k->name : id;
}

/* "5 of 14 so far", and where it stands: done, ended, due today; or
 * when it starts. */
static void progress(const struct app_homework *hw, char out[80])
{
	if (!hw->started) {
		snprintf(out, 80, "starts %s", hw->from);
		return;
	}
	snprintf(out, 80, "%u of %u so far%s", hw->done, hw->expected,
	         hw->done_on[0] != '\0' ? " (done)"
	         : hw->ended            ? " (ended)"
	         : hw->due_today        ? ", due today"
	                                : "");
}

static void draw_row(struct ui *ui, WINDOW *w, int row, int width, size_t i, bool selected,
                     void *data)
{
	struct homework *h = data;
	const struct app_homework *hw = &h->list.items[i];
	enum ui_role role = selected ? UI_ROLE_SELECTED : UI_ROLE_TEXT;
	char right[80];
	progress(hw, right);
	/* The progress is never cut: the title gives way. */
	int rw = (int)strlen(right);
	int tw = width - 2 - rw - 2;
	if (tw > 0) {
		ui_text_line(ui, w, row, 2, tw, role, hw->title);
	}
	ui_text(ui, w, row, width - rw > 2 ? width - rw : 2, rw, 1, role, right);
}

/* How often and when, whether it was marked done, then each skill with
 * what is due today; returns the rows drawn. */
static int draw_detail(struct ui *ui, const struct app_homework *hw, WINDOW *w, int row, int width)
{
	int bottom = getmaxy(w);
	int start = row;
	struct str line = {0};
	front_homework_when(hw, &line);
	row += ui_text(ui, w, row, 1, width, bottom - row, UI_ROLE_TEXT, str_cstr(&line));
	for (size_t k = 0; k < hw->skill_count && row < bottom; k++) {
		str_clear(&line);
		if (hw->skill_count > 1) {
			str_appendf(&line, "%zu ", k + 1);
		}
		front_homework_skill(hw, k, skill_name(ui, hw->skills[k]), &line);
		row += ui_text(ui, w, row, 3, width - 2, bottom - row,
		               hw->due[k] && !hw->practised_today[k] ? UI_ROLE_TITLE : UI_ROLE_TEXT,
		               str_cstr(&line));
	}
	str_finish(&line);
	return row - start;
}

static void draw_empty(struct ui *ui, WINDOW *w, int width)
{
	ui_text(ui, w, 2, 1, width, getmaxy(w) - 2, UI_ROLE_TEXT,
	        "You have no homework yet. Homework comes from your therapist as a file; "
	        "wisemind homework import FILE, in a terminal, adds it here. Esc goes back.");
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct homework *h = state;
	int width = getmaxx(w) - 2;
	int rows = getmaxy(w);
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(w, 0, 1, "Homework");
	if (h->list.count == 0) {
		draw_empty(ui, w, width);
		return;
	}
	const struct app_homework *hw = &h->list.items[h->sel.selected];
	if (h->asking) {
		/* The one it is about is the one selected below. */
		ui_text(ui, w, 1, 1, width, 1, UI_ROLE_ALERT,
		        "Mark this homework done? y marks it done, n keeps it.");
	} else {
		ui_text(ui, w, 1, 1, width, 1, UI_ROLE_HINT,
		        hw->skill_count > 1
		            ? "Enter practises what is due, or a skill's number; d done."
		            : "Enter practises it; d marks it done; Esc goes back.");
	}
	/* A few rows for the list; the rest for the selected one. */
	int most = (rows - 4) / 3;
	h->list_rows = (int)h->list.count < most ? (int)h->list.count : (most > 1 ? most : 1);
	ui_list_draw(ui, &h->sel, w, 3, h->list_rows, draw_row, h);
	int row = 3 + h->list_rows + 1;
	row += draw_detail(ui, hw, w, row, width);
	if (hw->note[0] == '\0' || row + 2 >= rows) {
		return;
	}
	if (h->note_for != h->sel.selected) {
		note_build(h, hw);
		h->note_for = h->sel.selected;
	}
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(w, row + 1, 1, "From your therapist:");
	ui_textview_draw_bold(ui, &h->tv, w, row + 2, str_cstr(&h->note), h->bold, h->bold_count,
	                      0);
}

static void practise(struct ui *ui, const struct app_homework *hw, size_t k)
{
	ui_push(ui, &ui_screen_practice, &(struct ui_practice_arg){.skill = hw->skills[k]});
}

static enum ui_reaction key_question(struct ui *ui, struct homework *h, enum ui_action action)
{
	/* Enter is the question's yes, read first as the list's open. */
	bool yes = action == UI_ACTION_YES || action == UI_ACTION_OPEN;
	if (!yes && action != UI_ACTION_NO && action != UI_ACTION_BACK) {
		return UI_REACT_NONE; /* still asked */
	}
	h->asking = false;
	if (!yes) {
		return UI_REACT_REDRAW;
	}
	const struct app_homework *hw = &h->list.items[h->sel.selected];
	struct app_error err = {0};
	if (session_homework_done(ui->session, hw->id, &err)) {
		ui_say(ui, false, "Marked done, and saved.");
	} else {
		ui_say_error(ui, "Not marked done: ", &err);
	}
	app_error_finish(&err);
	load(ui, h);
	return UI_REACT_REDRAW;
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct homework *h = state;
	if (h->list.count == 0) {
		if (action == UI_ACTION_BACK) {
			ui_pop(ui);
			return UI_REACT_REDRAW;
		}
		return UI_REACT_NONE;
	}
	if (h->asking) {
		return key_question(ui, h, action);
	}
	const struct app_homework *hw = &h->list.items[h->sel.selected];
	switch (action) {
	case UI_ACTION_PAGE_UP:
	case UI_ACTION_PAGE_DOWN:
		/* Up and Down choose; the pages are the note's. */
		return ui_textview_key(&h->tv, action) ? UI_REACT_REDRAW : UI_REACT_NONE;
	case UI_ACTION_OPEN:
	case UI_ACTION_PRACTISE:
		if (hw->skill_count > 0) {
			practise(ui, hw, app_homework_next_skill(hw));
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_NUMBER: {
		size_t k = (size_t)(ev->code - '1');
		if (k < hw->skill_count) {
			practise(ui, hw, k);
		} else {
			ui_say(ui, false, "This homework has %zu skill%s: 1%s.", hw->skill_count,
			       hw->skill_count == 1 ? "" : "s",
			       hw->skill_count == 1 ? "" : " and up");
		}
		return UI_REACT_REDRAW;
	}
	case UI_ACTION_HOMEWORK_DONE:
		if (hw->done_on[0] != '\0') {
			ui_say(ui, false, "It was marked done on %s.", hw->done_on);
		} else {
			h->asking = true;
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_BACK:
		ui_pop(ui);
		return UI_REACT_REDRAW;
	default:
		if (ui_list_key(&h->sel, action, h->list_rows)) {
			return UI_REACT_REDRAW;
		}
		return UI_REACT_NONE;
	}
}

/* While the question is asked, only its keys are hinted. */
static bool hints_now(const void *state, enum ui_context context)
{
	const struct homework *h = state;
	if (h->list.count == 0) {
		return context == UI_CTX_MOVE;
	}
	return h->asking ? context == UI_CTX_QUESTION : context != UI_CTX_QUESTION;
}

const struct ui_screen ui_screen_homework = {
    .name = "homework",
    .contexts = {UI_CTX_HOMEWORK, UI_CTX_MOVE, UI_CTX_QUESTION, UI_CTX_COUNT},
    .state_size = sizeof(struct homework),
    /* Laid out to fit a small window too (the practice itself needs
     * 80x24). */
    .any_size = true,
    .layout = layout,
    .leave = leave,
    .draw = draw,
    .key = key,
    .hints_now = hints_now,
};
