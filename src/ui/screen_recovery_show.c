#include <string.h>

#include "app/session.h"
#include "front/passphrase_words.h"
#include "ui/screens.h"
#include "ui/widgets.h"

/* The new recovery key, shown once: curses draws in the terminal's
 * alternate screen, so the key never reaches the scrollback, and it is
 * wiped when this screen leaves. Then one group of it is asked back, with
 * the key hidden, to be sure it was written down; after three misses the
 * person is told the key works all the same and how to make a new one. */
enum show_step {
	STEP_SHOW,   /* the key on the screen */
	STEP_CHECK,  /* typing one group back */
	STEP_MISSED, /* three misses: said plainly, then Enter */
};

#define TRIES 3

struct recovery_show {
	enum show_step step;
	struct app_secret key;
	struct session *session;
	int group; /* asked back, from 0; -1: nothing to ask */
	int misses;
	struct ui_edit typed;
	struct str message;
};

static void enter(struct ui *ui, void *state, const void *arg)
{
	struct recovery_show *r = state;
	const struct ui_recovery_arg *a = arg;
	r->group = -1;
	if (a == NULL || a->key.text == NULL) {
		return; /* nothing to show: Enter goes back */
	}
	r->key = a->key;
	r->session = a->session;
	/* The diary is open from here: locking, quick-hide and quitting
	 * save and close it as on any screen (and wipe the key with this
	 * one). */
	ui->session = a->session;
	r->group = front_recovery_pick_group(r->key.text);
	if (!ui_edit_init(&r->typed, 0, true)) {
		r->group = -1; /* cannot read it safely: only show the key */
	}
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct recovery_show *r = state;
	app_secret_finish(&r->key);
	ui_edit_finish(&r->typed);
	str_finish(&r->message);
}

/* The key with each group's number under it, so "group 3" is easy to
 * find on paper too. */
static int draw_key(struct ui *ui, struct recovery_show *r, WINDOW *w, int row)
{
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(w, row, 4, r->key.text);
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_HINT));
	for (size_t at = 0; at + 4 <= r->key.len; at += 5) {
		mvwprintw(w, row + 1, 4 + (int)at, "%zu", at / 5 + 1);
	}
	return row + 3;
}

static void draw_show(struct ui *ui, struct recovery_show *r, WINDOW *w, int row, int width)
{
	if (r->key.text == NULL) {
		ui_text(ui, w, row, 1, width, 2, UI_ROLE_TEXT,
		        "There is no new recovery key to show. Press Enter to go back.");
		return;
	}
	row += 1 + ui_text(ui, w, row, 1, width, 4, UI_ROLE_TEXT,
	                   "Your diary is made. This is your recovery key: the way in if you ever "
	                   "forget your passphrase. Write it down now, on paper, and keep it "
	                   "somewhere safe, away from this computer. It is shown only this once.");
	row = draw_key(ui, r, w, row);
	ui_text(ui, w, row, 1, width, 3, UI_ROLE_TEXT,
	        r->group >= 0 ? "When you have written it down, press Enter: the key is hidden and "
	                        "you are asked to type one group of it from your paper." :
	                        "When you have written it down, press Enter to open your diary.");
}

static void draw_check(struct ui *ui, struct recovery_show *r, WINDOW *w, int row, int width)
{
	struct str ask = {0};
	str_appendf(&ask, "To be sure you have it, type group %d of the key (the block of four "
	                  "numbered %d on the screen before), from what you wrote down, and press "
	                  "Enter.",
	            r->group + 1, r->group + 1);
	row += 1 + ui_text(ui, w, row, 1, width, 3, UI_ROLE_TEXT, str_cstr(&ask));
	str_finish(&ask);
	int field_row = row;
	row += 2;
	row += 1 + ui_text(ui, w, row, 1, width, 2, UI_ROLE_HINT,
	                   "Nothing you type is shown. Esc shows the key again. Ctrl-G shows the "
	                   "crisis lines while you type.");
	if (r->message.len > 0) {
		ui_text(ui, w, row, 1, width, 3, UI_ROLE_ALERT, str_cstr(&r->message));
	}
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TEXT));
	mvwprintw(w, field_row, 1, "Group %d: ", r->group + 1);
	ui_edit_draw(ui, &r->typed, w, field_row, r->group + 1 >= 10 ? 11 : 10, 10);
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct recovery_show *r = state;
	int width = getmaxx(w) - 2;
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(w, 0, 1, "Your recovery key");
	switch (r->step) {
	case STEP_SHOW:
		draw_show(ui, r, w, 2, width);
		break;
	case STEP_CHECK:
		draw_check(ui, r, w, 2, width);
		break;
	case STEP_MISSED:
		ui_text(ui, w, 2, 1, width, 8, UI_ROLE_TEXT,
		        "That group was not typed back, but your recovery key is set up all the "
		        "same.\n\n"
		        "If you did not write it down, make a new one: in a terminal, run "
		        "'wisemind recovery-key'. It asks for your passphrase and replaces this "
		        "key.\n\n"
		        "Press Enter to open your diary.");
		break;
	}
}

/* Enter on the typed group: a match opens the diary; three misses say
 * so plainly. */
static void check(struct ui *ui, struct recovery_show *r)
{
	bool match = front_recovery_group_matches(r->typed.buf, r->key.text, r->group);
	ui_edit_clear(&r->typed);
	if (match) {
		ui_unlocked(ui, r->session); /* this screen is gone now */
		ui_say(ui, false, "That matches. Your diary is ready.");
		return;
	}
	if (++r->misses >= TRIES) {
		r->step = STEP_MISSED;
		return;
	}
	str_clear(&r->message);
	str_appendf(&r->message, "That does not match. Look at what you wrote down and try "
	                         "again (%d %s left), or press Esc to see the key again.",
	            TRIES - r->misses, TRIES - r->misses == 1 ? "try" : "tries");
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct recovery_show *r = state;
	if (r->step == STEP_CHECK) {
		switch (ui_edit_key(&r->typed, action, ev)) {
		case UI_EDIT_DONE:
			if (r->typed.len > 0) {
				check(ui, r);
			}
			return UI_REACT_REDRAW;
		case UI_EDIT_CANCEL:
			ui_edit_clear(&r->typed);
			r->step = STEP_SHOW;
			return UI_REACT_REDRAW;
		case UI_EDIT_CHANGED:
			return UI_REACT_REDRAW;
		case UI_EDIT_NONE:
			return UI_REACT_NONE;
		}
	}
	switch (action) {
	case UI_ACTION_GO_ON:
		if (r->step == STEP_SHOW && r->group >= 0) {
			r->step = STEP_CHECK;
		} else if (r->session == NULL) {
			ui_pop(ui);
		} else {
			ui_unlocked(ui, r->session); /* this screen is gone now */
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_QUIT:
		/* the diary is saved and closed on the way out */
		return UI_REACT_QUIT;
	default:
		return UI_REACT_NONE;
	}
}

static bool typing(const void *state)
{
	const struct recovery_show *r = state;
	return r->step == STEP_CHECK;
}

const struct ui_screen ui_screen_recovery_show = {
	.name = "recovery_show",
	.contexts = {UI_CTX_SETUP},
	.state_size = sizeof(struct recovery_show),
	.enter = enter,
	.leave = leave,
	.draw = draw,
	.key = key,
	.typing = typing,
};
