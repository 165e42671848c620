#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/secret.h"
#include "app/card_draft.h"
#include "app/session.h"
#include "app/skills.h"
#include "core/date.h"
#include "core/skill.h"
#include "ui/card_form.h"
#include "ui/screens.h"
#include "ui/widgets.h"

/* The diary card (DESIGN.md §6): every field of a day's card as the
 * template gives it, in one scrolling form. Nothing is kept until the
 * person presses s; then the changes go through card set, and any urge
 * among them brings the crisis panel, saved or not (DESIGN.md §2.2).
 * Changes are never dropped silently: leaving or changing day with
 * unsaved changes asks first, and a lock keeps them as a draft, put back
 * the next time the card opens. */

#define LABEL_COL 3
#define VALUE_COL 40
#define FORM_TOP 2 /* the title and the help line come first */

struct card {
	char date[DATE_TEXT_SIZE];
	struct card_template tmpl;
	struct card_form form;
	size_t sel;
	size_t top;
	int rows; /* of the form at the last draw */
	bool editing;
	char *before;          /* the text before typing began, for Esc */
	bool digits;           /* the last key was a digit on this count: the next adds to it */
	enum ui_action warned; /* asked about unsaved changes for this key */
};

static struct card_row *selected(struct card *c)
{
	return c->sel < c->form.count ? &c->form.rows[c->sel] : NULL;
}

/* The first field at or after (step 1) or before (step -1) from; the
 * form's count when there is none that way (above the first field are
 * only headings). */
static size_t field_from(const struct card *c, size_t from, int step)
{
	for (size_t i = from; i < c->form.count; i += (size_t)step) {
		if (card_form_is_field(&c->form.rows[i])) {
			return i;
		}
		if (i == 0 && step < 0) {
			break;
		}
	}
	return c->form.count;
}

/* The field at or after from, or else the last one before it. */
static size_t field_near(const struct card *c, size_t from)
{
	size_t at = field_from(c, from, 1);
	return at < c->form.count ? at : field_from(c, from, -1);
}

struct load_ctx {
	struct ui *ui;
	struct card *c;
	bool built;
};

static bool build_day(const struct card_day *day, void *data)
{
	struct load_ctx *l = data;
	const struct skill_library *lib = ui_skills(l->ui);
	l->built = card_form_build(&l->c->form, &l->c->tmpl, lib, day);
	return false;
}

/* Reads date's card into the form, keeping the place in it. */
static void load_day(struct ui *ui, struct card *c, const char *day)
{
	char date[DATE_TEXT_SIZE];
	snprintf(date, sizeof(date), "%s", day); /* day may be c->date itself */
	memcpy(c->date, date, sizeof(date));
	c->editing = false;
	c->digits = false;
	struct load_ctx l = {ui, c, false};
	struct app_error err = {0};
	if (!session_card_each(ui->session, date, date, build_day, &l, &err)) {
		ui_say_error(ui, "Your card for that day could not be read: ", &err);
	}
	app_error_finish(&err);
	if (!l.built) {
		/* Still a form to fill in: saving sends only what is typed. */
		struct card_day empty;
		card_day_init(&empty, date);
		build_day(&empty, &l);
		card_day_finish(&empty);
	}
	if (!l.built) {
		ui->quit = true; /* out of memory: the loop ends, the terminal is put back */
		return;
	}
	if (c->sel >= c->form.count) {
		c->sel = c->form.count - 1;
	}
	c->sel = field_near(c, c->sel);
}

/* Puts a kept draft back as unsaved changes, on its own day. */
static bool bring_back_draft(struct ui *ui, struct card *c)
{
	struct app_card_draft d;
	bool found = false;
	struct app_error err = {0};
	if (!session_card_draft_take(ui->session, &d, &found, &err)) {
		ui_say_error(ui, "Your unsaved card could not be read back: ", &err);
		app_error_finish(&err);
		return false;
	}
	if (found) {
		load_day(ui, c, d.date);
		size_t lost = 0;
		for (size_t i = 0; i < d.count; i++) {
			lost += !card_form_apply(&c->form, d.changes[i].key, d.changes[i].value);
		}
		ui_say(ui, false, "Your unsaved card from %s is back: s saves it.%s", d.date,
		       lost > 0 ? " A few answers no longer fit the card and were left out." : "");
	}
	app_card_draft_finish(&d);
	return found;
}

static void enter(struct ui *ui, void *state, const void *arg)
{
	struct card *c = state;
	struct app_error err = {0};
	if (!session_card_template(ui->session, &c->tmpl, &err)) {
		ui_say_error(
		    ui, "Your card template could not be read, so the usual card shows: ", &err);
	}
	app_error_finish(&err);
	if (!bring_back_draft(ui, c)) {
		char today[DATE_TEXT_SIZE];
		app_today(today);
		load_day(ui, c, arg != NULL ? (const char *)arg : today);
	}
}

/* The text a field had before typing, kept to put back on Esc: diary
 * text, wiped when dropped. */
static void drop_before(struct card *c)
{
	if (c->before != NULL) {
		app_wipe(c->before, strlen(c->before));
		free(c->before);
		c->before = NULL;
	}
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct card *c = state;
	card_form_finish(&c->form);
	drop_before(c);
}

/* What the value means, beside it. */
static void meaning(const struct card_row *r, char *out, size_t size)
{
	const char *words = NULL;
	switch (r->kind) {
	case CARD_ROW_URGE:
	case CARD_ROW_SESSION:
		words = skill_scale_words(SKILL_SCALE_URGE, r->now);
		break;
	case CARD_ROW_EMOTION:
		words = skill_scale_words(SKILL_SCALE_EMOTION, r->now);
		break;
	default:
		break;
	}
	snprintf(out, size, "%s", words != NULL ? words : "");
	if (r->kind == CARD_ROW_URGE && r->peak >= 0) {
		size_t n = strlen(out);
		snprintf(out + n, size - n, "%shighest logged: %d", n > 0 ? ", " : "", r->peak);
	}
}

static void value_text(const struct card_row *r, char *out, size_t size)
{
	if (r->now < 0) {
		snprintf(out, size, "-");
	} else if (r->kind == CARD_ROW_YES_NO) {
		snprintf(out, size, "%s", r->now ? "yes" : "no");
	} else if (r->kind == CARD_ROW_COUNT || r->kind == CARD_ROW_DRUGS) {
		snprintf(out, size, "%d time%s", r->now, r->now == 1 ? "" : "s");
	} else {
		snprintf(out, size, "%d", r->now);
	}
}

static void draw_value(struct ui *ui, WINDOW *w, int y, int width, const struct card_row *r,
                       bool sel)
{
	enum ui_role role = sel ? UI_ROLE_SELECTED : UI_ROLE_TEXT;
	char value[32], words[96];
	value_text(r, value, sizeof(value));
	meaning(r, words, sizeof(words));
	if (r->now < 0) {
		/* Not filled in looks unlike 0: a dash, and says so. */
		ui_text(ui, w, y, VALUE_COL, 2, 1, role, value);
		ui_text(ui, w, y, VALUE_COL + 2, width - VALUE_COL - 2, 1,
		        sel ? role : UI_ROLE_HINT, r->peak >= 0 ? words : "not filled in");
		return;
	}
	ui_text(ui, w, y, VALUE_COL, 10, 1, role, value);
	if (words[0] != '\0') {
		int x = VALUE_COL + (int)strlen(value) + 1;
		char text[128];
		snprintf(text, sizeof(text), "%s %s", ui->theme.g->dash, words);
		ui_text(ui, w, y, x, width - x, 1, role, text);
	}
}

static void draw_row(struct ui *ui, struct card *c, WINDOW *w, int y, size_t i)
{
	const struct card_row *r = &c->form.rows[i];
	int width = getmaxx(w) - 1;
	bool sel = i == c->sel;
	if (r->kind == CARD_ROW_HEADING) {
		ui_text(ui, w, y, 1, width - 1, 1, UI_ROLE_TITLE, r->label);
		return;
	}
	if (r->kind == CARD_ROW_MEANING) {
		const struct card_row *above = &c->form.rows[i - 1];
		ui_text(ui, w, y, LABEL_COL + 2, width - LABEL_COL - 2, 1,
		        above->now < 0 ? UI_ROLE_HINT : UI_ROLE_TEXT,
		        above->now < 0 ? "(not filled in)" : card_skills_used_meaning(above->now));
		return;
	}
	enum ui_role role = sel ? UI_ROLE_SELECTED : UI_ROLE_TEXT;
	if (sel) {
		wattrset(w, theme_attr(&ui->theme, role));
		mvwhline(w, y, 1, ' ', width - 1);
		ui_text(ui, w, y, 1, 2, 1, role, ui->theme.g->marker);
	}
	if (card_form_row_changed(r)) {
		ui_text(ui, w, y, 0, 1, 1, UI_ROLE_ALERT, "*"); /* typed, not saved yet */
	}
	if (r->kind == CARD_ROW_SKILL) {
		char text[CARD_LABEL_MAX + 16];
		snprintf(text, sizeof(text), "%s %s",
		         r->now > 0 ? ui->theme.g->check_on : ui->theme.g->check_off, r->label);
		ui_text(ui, w, y, LABEL_COL, width - LABEL_COL, 1, role, text);
		return;
	}
	int col = r->wide ? LABEL_COL : VALUE_COL;
	if (!r->wide) {
		ui_text(ui, w, y, LABEL_COL, VALUE_COL - LABEL_COL - 1, 1, role, r->label);
	}
	if (!card_form_is_text(r)) {
		draw_value(ui, w, y, width, r, sel);
	} else if (!(sel && c->editing)) {
		bool empty = r->edit.len == 0;
		ui_text(ui, w, y, col, width - col, 1, empty ? UI_ROLE_HINT : role,
		        empty ? (sel ? "(empty: Enter to type)" : "-") : r->edit.buf);
	}
}

/* Keeps the selected row in view, with its heading when it is the first
 * field under one. */
static void scroll_to_selection(struct card *c, int rows)
{
	if (rows < 1) {
		return;
	}
	size_t first = c->sel;
	if (first > 0 && c->form.rows[first - 1].kind == CARD_ROW_HEADING) {
		first--;
	}
	if (first < c->top) {
		c->top = first;
	}
	size_t last = c->sel;
	if (last + 1 < c->form.count && c->form.rows[last + 1].kind == CARD_ROW_MEANING) {
		last++;
	}
	if (last >= c->top + (size_t)rows) {
		c->top = last + 1 - (size_t)rows;
	}
}

static const char *help_line(const struct card *c)
{
	const struct card_row *r = &c->form.rows[c->sel];
	if (c->editing) {
		return "Type, then Enter to keep it (Esc puts back what was there).";
	}
	switch (r->kind) {
	case CARD_ROW_YES_NO:
		return "y or n (or Left and Right). x clears it. Up, Down or Tab: next field.";
	case CARD_ROW_COUNT:
	case CARD_ROW_DRUGS:
		return "Type how many times (or Left and Right). x clears it.";
	case CARD_ROW_SKILL:
		return "Enter ticks or unticks it: did you practise this skill today?";
	case CARD_ROW_TEXT:
	case CARD_ROW_DRUGS_WHAT:
		return "Enter to type. x clears it.";
	case CARD_ROW_SKILLS_USED:
		return "0 to 7: a digit, or Left and Right. x clears it.";
	default:
		return "0 to 5: a digit, or Left and Right. x clears it. s saves.";
	}
}

static void draw_title(struct ui *ui, struct card *c, WINDOW *w)
{
	char today[DATE_TEXT_SIZE];
	app_today(today);
	char title[96];
	snprintf(title, sizeof(title), "Diary card for %s %s%s",
	         date_weekday_name(c->date), c->date,
	         strcmp(c->date, today) == 0 ? " (today)" : "");
	ui_text(ui, w, 0, 1, getmaxx(w) - 2, 1, UI_ROLE_TITLE, title);
	if (card_form_dirty(&c->form)) {
		const char *mark = "* not saved yet";
		int x = getmaxx(w) - 2 - (int)strlen(mark);
		ui_text(ui, w, 0, x, (int)strlen(mark), 1, UI_ROLE_ALERT, mark);
	}
	ui_text(ui, w, 1, 1, getmaxx(w) - 2, 1, UI_ROLE_HINT, help_line(c));
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct card *c = state;
	if (c->form.count == 0) {
		return;
	}
	draw_title(ui, c, w);
	c->rows = getmaxy(w) - FORM_TOP - 1; /* the last row says when there is more */
	scroll_to_selection(c, c->rows);
	for (int y = 0; y < c->rows && c->top + (size_t)y < c->form.count; y++) {
		draw_row(ui, c, w, FORM_TOP + y, c->top + (size_t)y);
	}
	if (c->top + (size_t)c->rows < c->form.count) {
		ui_text(ui, w, getmaxy(w) - 1, 3, getmaxx(w) - 4, 1, UI_ROLE_HINT,
		        "(more below: Down, Tab or PageDown)");
	}
	const struct card_row *r = selected(c);
	if (c->editing && r != NULL && c->sel >= c->top && c->sel < c->top + (size_t)c->rows) {
		/* Last, so the cursor is left in the field being typed in. */
		int col = r->wide ? LABEL_COL : VALUE_COL;
		ui_edit_draw(ui, &r->edit, w, FORM_TOP + (int)(c->sel - c->top), col,
		             getmaxx(w) - 1 - col);
	}
}

static void go(struct card *c, enum ui_action action)
{
	int page = c->rows > 2 ? c->rows - 1 : 1;
	size_t to = c->form.count; /* none: the selection stays */
	switch (action) {
	case UI_ACTION_UP:
		to = c->sel > 0 ? field_from(c, c->sel - 1, -1) : to;
		if (to >= c->form.count) {
			c->top = 0; /* the first field: show the headings above it */
		}
		break;
	case UI_ACTION_DOWN:
		to = field_from(c, c->sel + 1, 1);
		break;
	case UI_ACTION_PAGE_UP:
		to = field_near(c, c->sel > (size_t)page ? c->sel - (size_t)page : 0);
		break;
	case UI_ACTION_PAGE_DOWN:
		to = c->sel + (size_t)page < c->form.count ? c->sel + (size_t)page
		                                           : c->form.count - 1;
		to = field_from(c, to, -1);
		break;
	default:
		break;
	}
	c->sel = to < c->form.count ? to : c->sel;
	c->digits = false;
}

/* Saves what changed; says Saved only once it is on disk, and shows the
 * crisis panel for any urge on the card whatever happened. */
static void save(struct ui *ui, struct card *c)
{
	struct card_form_changes ch;
	const char *why;
	if (!card_form_changes(&c->form, true, &ch, &why)) {
		ui_say(ui, true, "Not saved: %s", why);
		/* Nothing was saved, but urges typed on the card still bring the
		 * crisis lines, as every urge does (DESIGN §2.2). */
		struct app_urge_result given = {0};
		const char *unused;
		if (card_form_changes(&c->form, false, &ch, &unused)) {
			app_card_urges_given(&ui->app, ui->session, ch.items, ch.count, &given);
			card_form_changes_finish(&ch);
		}
		if (given.given > 0) {
			struct str said = {0};
			str_appendf(&said, "Not saved yet: %s Esc goes back to the card.", why);
			ui_push(ui, &ui_screen_urge, &(struct ui_urge_arg){&given, str_cstr(&said)});
			str_finish(&said);
			str_clear(&ui->status); /* the panel says it, once */
		}
		return;
	}
	if (ch.count == 0) {
		ui_say(ui, false, "Nothing to save: nothing has changed since this card was read.");
		card_form_changes_finish(&ch);
		return;
	}
	struct app_urge_result result = {0};
	struct app_error err = {0};
	bool ok = session_card_set(ui->session, c->date, ch.items, ch.count, &result, &err);
	card_form_changes_finish(&ch);
	/* Said on the card, or on the crisis panel over it (once, at its
	 * top), where s is not the key that tries again. */
	struct str said = {0};
	if (ok) {
		str_append(&said, "Saved.");
		load_day(ui, c, c->date);
	} else {
		ui_not_saved_again(NULL, &err,
		                   result.given > 0
		                       ? "Esc goes back to the card, and s there tries again."
		                       : "What you typed is still here: s tries again.",
		                   &said);
	}
	app_error_finish(&err);
	if (result.given > 0) {
		ui_push(ui, &ui_screen_urge, &(struct ui_urge_arg){&result, str_cstr(&said)});
	} else {
		ui_say(ui, !ok, "%s", str_cstr(&said));
	}
	str_finish(&said);
}

/* Unsaved changes are dropped only when the same key comes twice. */
static bool may_drop(struct ui *ui, struct card *c, enum ui_action action, const char *again)
{
	if (!card_form_dirty(&c->form) || c->warned == action) {
		c->warned = UI_ACTION_NONE;
		return true;
	}
	ui_say(ui, true, "You have unsaved changes: s saves them, %s again drops them.", again);
	c->warned = action;
	return false;
}

static void change_day(struct ui *ui, struct card *c, enum ui_action action)
{
	struct date d, next;
	char today[DATE_TEXT_SIZE], to[DATE_TEXT_SIZE];
	app_today(today);
	long step = action == UI_ACTION_NEXT_DAY ? 1 : -1;
	if (step > 0 && strcmp(c->date, today) >= 0) {
		ui_say(ui, false, "This is today's card: there is no day after it yet.");
		return;
	}
	if (!date_parse(c->date, &d) || !date_add_days(d, step, &next)) {
		ui_say(ui, true, "There is no day %s this one.", step > 0 ? "after" : "before");
		return;
	}
	/* [ and ] are one key for this question: either drops the changes. */
	if (c->warned == UI_ACTION_PREV_DAY || c->warned == UI_ACTION_NEXT_DAY) {
		c->warned = action;
	}
	if (!may_drop(ui, c, action, "[ or ]")) {
		return;
	}
	date_format(next, to);
	load_day(ui, c, to);
	str_clear(&ui->status);
}

static void set_value(struct ui *ui, struct card_row *r, int v)
{
	int max = card_form_max(r);
	if (v > max && r->kind == CARD_ROW_YES_NO) {
		ui_say(ui, true, "This one is yes or no: y or n.");
		return;
	}
	if (v > max) {
		ui_say(ui, true, "This one goes from 0 to %d.", max);
		return;
	}
	r->now = v;
}

/* A digit: a rating's value, or the next digit of a count. */
static void digit(struct ui *ui, struct card *c, struct card_row *r, int d)
{
	bool count = r->kind == CARD_ROW_COUNT || r->kind == CARD_ROW_DRUGS;
	if (r->kind == CARD_ROW_SKILL) {
		return;
	}
	if (count && c->digits && r->now >= 0 && r->now * 10 + d <= CARD_ACTION_COUNT_MAX) {
		r->now = r->now * 10 + d;
	} else {
		set_value(ui, r, d);
	}
	c->digits = count;
}

static void step(struct card_row *r, int by)
{
	int max = card_form_max(r);
	/* From not filled in, either way starts at 0. */
	int v = r->now < 0 ? 0 : r->now + by;
	r->now = v < 0 ? 0 : v > max ? max : v;
}

static void start_typing(struct card *c, struct card_row *r)
{
	drop_before(c);
	c->before = strdup(r->edit.buf);
	c->editing = c->before != NULL;
	r->edit.cursor = r->edit.len;
}

static enum ui_reaction key_typing(struct ui *ui, struct card *c, struct card_row *r,
                                   enum ui_action action, const struct ui_event *ev)
{
	switch (ui_edit_key(&r->edit, action, ev)) {
	case UI_EDIT_CANCEL:
		ui_edit_set(&r->edit, c->before);
		/* fall through */
	case UI_EDIT_DONE:
		c->editing = false;
		return UI_REACT_REDRAW;
	case UI_EDIT_CHANGED:
		if (r->edit.full) {
			ui_say(ui, true, "That is as long as this field can be.");
		}
		return UI_REACT_REDRAW;
	case UI_EDIT_NONE:
		break;
	}
	if (action == UI_ACTION_UP || action == UI_ACTION_DOWN) {
		/* Moving on keeps what was typed. */
		c->editing = false;
		go(c, action);
		return UI_REACT_REDRAW;
	}
	return UI_REACT_NONE;
}

/* Keys on the selected field itself; false when the key is not one. */
static bool key_field(struct ui *ui, struct card *c, struct card_row *r, enum ui_action action,
                      const struct ui_event *ev)
{
	bool yes_no = r->kind == CARD_ROW_YES_NO || r->kind == CARD_ROW_SKILL;
	int ch = ev->fn ? 0 : ev->code;
	if (ch >= '0' && ch <= '9' && !card_form_is_text(r)) {
		digit(ui, c, r, ch - '0');
		return true;
	}
	c->digits = false;
	if (yes_no && (ch == 'y' || ch == 'n')) {
		r->now = ch == 'y';
	} else if (action == UI_ACTION_LESS || action == UI_ACTION_MORE) {
		if (card_form_is_text(r)) {
			return false;
		}
		step(r, action == UI_ACTION_MORE ? 1 : -1);
	} else if (action == UI_ACTION_CLEAR) {
		if (card_form_is_text(r)) {
			ui_edit_clear(&r->edit);
			r->edit.buf[0] = '\0';
		} else {
			r->now = r->kind == CARD_ROW_SKILL ? 0 : -1;
		}
	} else if (action == UI_ACTION_OPEN) {
		if (card_form_is_text(r)) {
			start_typing(c, r);
		} else if (yes_no) {
			r->now = r->now > 0 ? 0 : 1;
		} else {
			go(c, UI_ACTION_DOWN); /* a rating: Enter goes on to the next */
		}
	} else {
		return false;
	}
	return true;
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct card *c = state;
	struct card_row *r = selected(c);
	if (r == NULL) {
		if (action == UI_ACTION_BACK) {
			ui_pop(ui);
		}
		return UI_REACT_REDRAW;
	}
	if (c->editing) {
		return key_typing(ui, c, r, action, ev);
	}
	enum ui_action warned = c->warned;
	if (warned != UI_ACTION_NONE) {
		/* Asked once; any other key forgets the question. */
		c->warned = UI_ACTION_NONE;
		str_clear(&ui->status);
	}
	switch (action) {
	case UI_ACTION_SAVE:
		save(ui, c);
		return UI_REACT_REDRAW;
	case UI_ACTION_PREV_DAY:
	case UI_ACTION_NEXT_DAY:
		c->warned = warned;
		change_day(ui, c, action);
		return UI_REACT_REDRAW;
	case UI_ACTION_BACK:
		c->warned = warned;
		if (may_drop(ui, c, action, "Esc")) {
			ui_pop(ui);
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_UP:
	case UI_ACTION_DOWN:
	case UI_ACTION_PAGE_UP:
	case UI_ACTION_PAGE_DOWN:
		go(c, action);
		return UI_REACT_REDRAW;
	default:
		break;
	}
	return key_field(ui, c, r, action, ev) ? UI_REACT_REDRAW : UI_REACT_NONE;
}

static bool typing(const void *state)
{
	const struct card *c = state;
	return c->editing;
}

/* Before the diary locks: what was typed and not saved becomes the
 * draft, put back when the card next opens. It is no card value, so it
 * shows no crisis card until it is saved as one. */
static bool keep(struct ui *ui, void *state, struct app_error *err)
{
	struct card *c = state;
	if (!card_form_dirty(&c->form)) {
		return true;
	}
	struct card_form_changes ch;
	const char *why;
	if (!card_form_changes(&c->form, false, &ch, &why)) {
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	bool ok = session_card_draft_keep(ui->session, c->date, ch.items, ch.count, err);
	card_form_changes_finish(&ch);
	return ok;
}

const struct ui_screen ui_screen_card = {
    .name = "card",
    .contexts = {UI_CTX_CARD, UI_CTX_RATING, UI_CTX_MOVE, UI_CTX_COUNT},
    .state_size = sizeof(struct card),
    .enter = enter,
    .leave = leave,
    .draw = draw,
    .key = key,
    .typing = typing,
    .keep = keep,
};
