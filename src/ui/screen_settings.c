#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card_template.h"
#include "app/settings_change.h"
#include "app/urge_threshold.h"
#include "ui/screens.h"
#include "ui/settings_rows.h"
#include "ui/widgets.h"

/* The settings (issue 14): one list, each row with its value now; Enter
 * changes the selected one. Every change goes through the application
 * at once, which saves it durably; the screen then says what is true
 * now. A refusal says why and keeps what was typed, to mend or drop. */

#define LIST_TOP 3
#define VALUE_COL 32
#define PATH_MAX_TYPED 4096

enum settings_mode {
	SETTINGS_LIST,
	SETTINGS_TYPING,
	SETTINGS_PAGE, /* a page of text: the card template, or why it was not imported */
};

struct settings_screen {
	struct ui_list list;
	enum settings_mode mode;
	struct ui_edit edit;
	struct ui_textview tv;
	struct str page;
	const char *page_title;
	bool page_alert;
	char last_path[PATH_MAX_TYPED]; /* the template file typed last, to retry */
};

static void enter(struct ui *ui, void *state, const void *arg)
{
	(void)arg;
	struct settings_screen *st = state;
	st->list.count = SETTINGS_ROW_COUNT;
	if (!ui_edit_init(&st->edit, PATH_MAX_TYPED, false)) {
		ui->quit = true; /* out of memory: the loop ends, the terminal is put back */
	}
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct settings_screen *st = state;
	ui_edit_finish(&st->edit);
	str_finish(&st->page);
}

static void draw_row(struct ui *ui, WINDOW *w, int row, int width, size_t index, bool selected,
                     void *data)
{
	(void)data;
	enum ui_role role = selected ? UI_ROLE_SELECTED : UI_ROLE_TEXT;
	if (selected) {
		mvwhline(w, row, 1, ' ', width);
	}
	ui_text(ui, w, row, 2, VALUE_COL - 3, 1, role,
	        settings_row_label((enum settings_row)index));
	struct str value = {0};
	settings_row_value(ui, (enum settings_row)index, &value);
	ui_text(ui, w, row, VALUE_COL, width - VALUE_COL + 1, 1, role, str_cstr(&value));
	str_finish(&value);
}

static void draw_page(struct ui *ui, struct settings_screen *st, WINDOW *w)
{
	ui_text(ui, w, 0, 1, getmaxx(w) - 2, 1, st->page_alert ? UI_ROLE_ALERT : UI_ROLE_TITLE,
	        st->page_title);
	ui_text(ui, w, 1, 1, getmaxx(w) - 2, 1, UI_ROLE_HINT,
	        "Esc goes back to the settings; Up, Down and PageDown move through it.");
	ui_textview_draw(ui, &st->tv, w, 3, str_cstr(&st->page));
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct settings_screen *st = state;
	int width = getmaxx(w) - 2;
	if (st->mode == SETTINGS_PAGE) {
		draw_page(ui, st, w);
		return;
	}
	ui_text(ui, w, 0, 1, width, 1, UI_ROLE_TITLE, "Settings");
	ui_text(ui, w, 1, 1, width, 1, UI_ROLE_HINT,
	        "Enter changes the selected one; each change is saved at once.");
	int rows = getmaxy(w) - LIST_TOP - 4;
	rows = rows < SETTINGS_ROW_COUNT ? rows : SETTINGS_ROW_COUNT;
	ui_list_draw(ui, &st->list, w, LIST_TOP, rows, draw_row, st);
	int below = LIST_TOP + rows + 1;
	struct str text = {0};
	enum settings_row row = (enum settings_row)st->list.selected;
	if (st->mode == SETTINGS_TYPING) {
		settings_row_question(row, &text);
		below += ui_text(ui, w, below, 1, width, 2, UI_ROLE_TEXT, str_cstr(&text));
		/* Last, so the cursor is left in the field. */
		ui_edit_draw(ui, &st->edit, w, below, 1, width);
	} else {
		settings_row_about(ui, row, &text);
		ui_text(ui, w, below, 1, width, getmaxy(w) - below, UI_ROLE_HINT, str_cstr(&text));
	}
	str_finish(&text);
}

/* A number as typed: digits only (at most three), else -1, which the
 * application refuses with the range it allows. */
static int read_number(const char *text)
{
	size_t n = strlen(text);
	if (n == 0 || n > 3 || strspn(text, "0123456789") != n) {
		return -1;
	}
	return atoi(text);
}

/* "Not changed: " and why, then what stays true. */
static void refused(struct ui *ui, const struct app_error *err, const char *now)
{
	struct str said = {0};
	str_append(&said, "Not changed: ");
	ui_error_sentence(err, false, &said);
	str_appendf(&said, ". %s", now);
	ui_say(ui, true, "%s", str_cstr(&said));
	str_finish(&said);
}

static bool set_threshold(struct ui *ui, enum urge_kind kind, const char *typed)
{
	struct urge_thresholds before;
	(void)app_urge_thresholds(&ui->app, &before);
	int value = read_number(typed);
	struct app_error err = {0};
	bool ok = app_set_urge_threshold(&ui->app, kind, value, &err);
	const char *name = urge_kind_name(kind);
	if (ok) {
		ui_say(
		    ui, false,
		    "Saved: the %s threshold is now %d (its default is %d). A %s urge rated %d or "
		    "more brings the full crisis card.",
		    name, value, urge_threshold_default(kind), name, value);
	} else {
		char now[96];
		snprintf(now, sizeof(now), "The %s threshold stays %d.", name, before.at[kind]);
		refused(ui, &err, now);
	}
	app_error_finish(&err);
	return ok;
}

static bool set_pace(struct ui *ui, const char *typed)
{
	struct app_error err = {0};
	bool ok = app_set_breathing_pace(&ui->app, typed, &err);
	struct str pace = {0};
	skill_breath_text(ui->app.settings.pace, &pace);
	if (ok && ui->app.settings.pace.in == 0) {
		ui_say(ui, false,
		       "Saved: every breathing pacer now starts at its skill's own pace.");
	} else if (ok) {
		ui_say(ui, false, "Saved: every breathing pacer now starts at %s.",
		       str_cstr(&pace));
	} else {
		struct str now = {0};
		str_appendf(&now, "Every pacer still starts at %s.",
		            ui->app.settings.pace.in == 0 ? "its skill's own pace"
		                                          : str_cstr(&pace));
		refused(ui, &err, str_cstr(&now));
		str_finish(&now);
	}
	str_finish(&pace);
	app_error_finish(&err);
	return ok;
}

static bool set_lock(struct ui *ui, const char *typed)
{
	int minutes = read_number(typed);
	struct app_error err = {0};
	bool ok = app_set_lock_minutes(&ui->app, minutes, &err);
	int now = ui->app.settings.lock_minutes;
	if (ok) {
		ui_say(ui, false, "Saved: the screen now locks after %d minute%s without a key.",
		       now, now == 1 ? "" : "s");
	} else {
		char said[96];
		snprintf(said, sizeof(said), "It still locks after %d minute%s.", now,
		         now == 1 ? "" : "s");
		refused(ui, &err, said);
	}
	app_error_finish(&err);
	return ok;
}

/* A file name as typed: "~/" is the home folder, as in a shell. */
static void typed_path(const char *typed, struct str *out)
{
	const char *home = getenv("HOME");
	if (strncmp(typed, "~/", 2) == 0 && home != NULL && home[0] != '\0') {
		str_appendf(out, "%s/%s", home, typed + 2);
	} else {
		str_append(out, typed);
	}
}

static void show_page(struct settings_screen *st, const char *title, bool alert)
{
	st->mode = SETTINGS_PAGE;
	st->page_title = title;
	st->page_alert = alert;
	st->tv = (struct ui_textview){0};
}

static bool import_template(struct ui *ui, struct settings_screen *st, const char *typed)
{
	snprintf(st->last_path, sizeof(st->last_path), "%s", typed);
	struct str path = {0};
	typed_path(typed, &path);
	struct card_template t;
	struct app_error err = {0};
	bool ok = session_card_template_import_file(ui->session, str_cstr(&path), &t, &err);
	str_finish(&path);
	if (ok) {
		size_t targets = 0, emotions = 0;
		for (size_t i = 0; i < t.target_count; i++) {
			targets += !t.targets[i].retired;
		}
		for (size_t i = 0; i < t.emotion_count; i++) {
			emotions += !t.emotions[i].retired;
		}
		ui_say(ui, false,
		       "Imported and saved: your card now asks about %zu urge%s and %zu emotion%s "
		       "(Enter on Card template shows them). Past days keep every value they had.",
		       targets, targets == 1 ? "" : "s", emotions, emotions == 1 ? "" : "s");
	} else {
		/* A template's problems are a list, one line each with its
		 * number: a page, not the status line, holds them all. */
		str_clear(&st->page);
		ui_error_sentence(&err, true, &st->page);
		str_append(&st->page, ".\n\nYour card template is as it was. Back in the "
		                      "settings (Esc), Enter on Import a card template tries "
		                      "again.");
		show_page(st, "The card template was not imported", true);
		ui_say(ui, true, "Not imported: the page above says why.");
	}
	app_error_finish(&err);
	return ok;
}

static void show_template(struct ui *ui, struct settings_screen *st)
{
	struct app_error err = {0};
	str_clear(&st->page);
	if (!session_card_template_text(ui->session, &st->page, &err)) {
		ui_say_error(ui, "Your card template could not be read: ", &err);
	} else {
		show_page(st, "Your card template", false);
	}
	app_error_finish(&err);
}

static void switch_theme(struct ui *ui)
{
	bool mono = !ui->app.settings.monochrome;
	struct app_error err = {0};
	if (!app_set_monochrome(&ui->app, mono, &err)) {
		refused(ui, &err,
		        ui->app.settings.monochrome ? "It stays monochrome."
		                                    : "It stays in colour.");
		app_error_finish(&err);
		return;
	}
	/* At once: every role's look comes from the theme at each draw. */
	theme_start_colors(&ui->theme, !ui->app.opt.no_color && !mono);
	if (mono) {
		ui_say(ui, false, "Saved: the screen is now monochrome.");
	} else if (ui->theme.color) {
		ui_say(ui, false, "Saved: the screen now uses colour.");
	} else if (ui->app.opt.no_color) {
		ui_say(ui, false,
		       "Saved: colour. The screen stays monochrome while NO_COLOR or "
		       "--no-color is set.");
	} else {
		ui_say(ui, false,
		       "Saved: colour. This terminal shows no colours, so the screen stays "
		       "monochrome here.");
	}
}

static void switch_bell(struct ui *ui)
{
	bool bell = ui->app.settings.quiet;
	struct app_error err = {0};
	if (!app_set_bell(&ui->app, bell, &err)) {
		refused(ui, &err,
		        ui->app.settings.quiet ? "The bell stays off." : "The bell stays on.");
	} else if (bell) {
		ui_say(ui, false, "Saved: the end of a timer now rings the terminal's bell.");
	} else {
		ui_say(ui, false, "Saved: the end of a timer no longer rings the bell.");
	}
	app_error_finish(&err);
}

static void start_typing(struct settings_screen *st, const char *text)
{
	ui_edit_set(&st->edit, text);
	st->mode = SETTINGS_TYPING;
}

/* Enter on a row: switch it, open what it opens, or type its value. */
static void open_row(struct ui *ui, struct settings_screen *st)
{
	enum settings_row row = (enum settings_row)st->list.selected;
	struct str pace = {0};
	switch (row) {
	case SETTINGS_COUNTRY:
		ui_push(ui, &ui_screen_country, NULL);
		break;
	case SETTINGS_SUICIDE:
		ui_say(ui, false,
		       "The suicide threshold is always 1: any suicide urge brings the full "
		       "crisis card. It cannot be raised or switched off.");
		break;
	case SETTINGS_PACE:
		if (ui->app.settings.pace.in > 0) {
			skill_breath_text(ui->app.settings.pace, &pace);
		}
		start_typing(st, str_cstr(&pace));
		break;
	case SETTINGS_THEME:
		switch_theme(ui);
		break;
	case SETTINGS_BELL:
		switch_bell(ui);
		break;
	case SETTINGS_TEMPLATE_SHOW:
		show_template(ui, st);
		break;
	case SETTINGS_TEMPLATE_IMPORT:
		start_typing(st, st->last_path);
		break;
	default:
		start_typing(st, "");
		break;
	}
	str_finish(&pace);
}

/* Enter in the field: the value goes to the application; on a refusal
 * it stays typed, to mend (or Esc). */
static void done_typing(struct ui *ui, struct settings_screen *st)
{
	enum settings_row row = (enum settings_row)st->list.selected;
	const char *typed = st->edit.buf;
	bool ok;
	switch (row) {
	case SETTINGS_PACE:
		ok = set_pace(ui, typed);
		break;
	case SETTINGS_LOCK:
		ok = set_lock(ui, typed);
		break;
	case SETTINGS_TEMPLATE_IMPORT:
		st->mode = SETTINGS_LIST;
		ok = import_template(ui, st, typed);
		break;
	default:
		ok = set_threshold(ui, settings_row_kind(row), typed);
		break;
	}
	if (ok && st->mode == SETTINGS_TYPING) {
		st->mode = SETTINGS_LIST;
	}
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct settings_screen *st = state;
	if (st->mode == SETTINGS_TYPING) {
		switch (ui_edit_key(&st->edit, action, ev)) {
		case UI_EDIT_DONE:
			done_typing(ui, st);
			return UI_REACT_REDRAW;
		case UI_EDIT_CANCEL:
			st->mode = SETTINGS_LIST;
			return UI_REACT_REDRAW;
		case UI_EDIT_CHANGED:
			return UI_REACT_REDRAW;
		case UI_EDIT_NONE:
			return UI_REACT_NONE;
		}
	}
	if (st->mode == SETTINGS_PAGE) {
		if (action == UI_ACTION_BACK) {
			st->mode = SETTINGS_LIST;
			str_wipe(&st->page); /* the template names what the person tracks */
			return UI_REACT_REDRAW;
		}
		return ui_textview_key(&st->tv, action) ? UI_REACT_REDRAW : UI_REACT_NONE;
	}
	switch (action) {
	case UI_ACTION_EDIT:
	case UI_ACTION_OPEN:
		open_row(ui, st);
		return UI_REACT_REDRAW;
	case UI_ACTION_BACK:
		ui_pop(ui);
		return UI_REACT_REDRAW;
	default:
		return ui_list_key(&st->list, action, SETTINGS_ROW_COUNT) ? UI_REACT_REDRAW
		                                                          : UI_REACT_NONE;
	}
}

static bool typing(const void *state)
{
	const struct settings_screen *st = state;
	return st->mode == SETTINGS_TYPING;
}

/* A page says its own keys; the list's are the settings'. */
static bool hints_now(const void *state, enum ui_context context)
{
	const struct settings_screen *st = state;
	return st->mode == SETTINGS_LIST && context == UI_CTX_SETTINGS;
}

const struct ui_screen ui_screen_settings = {
    .name = "settings",
    .contexts = {UI_CTX_SETTINGS, UI_CTX_MOVE, UI_CTX_COUNT},
    .state_size = sizeof(struct settings_screen),
    /* The card template is kept inside the diary. */
    .enter = enter,
    .leave = leave,
    .draw = draw,
    .key = key,
    .typing = typing,
    .hints_now = hints_now,
};
