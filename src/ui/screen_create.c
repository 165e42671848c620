#include <string.h>

#include "app/session.h"
#include "core/passphrase_strength.h"
#include "front/passphrase_words.h"
#include "ui/screens.h"
#include "ui/widgets.h"

/* The first run's passphrase: typed twice without echo, its strength
 * said as it is typed, a too-short or guessable one refused; then the
 * recovery key question (yes by default), then the diary is made. */
enum create_step {
	STEP_FIRST,    /* typing the passphrase */
	STEP_AGAIN,    /* typing it again */
	STEP_RECOVERY, /* "Make a recovery key?" */
	STEP_MAKING,   /* Enter was answered: make it on the next pass, once "Making" shows */
	STEP_FAILED,   /* it could not be made: try again, or choose another passphrase */
};

struct create {
	enum create_step step;
	struct ui_edit field;
	struct app_secret first; /* the passphrase, once typed the first time */
	bool recovery;
	bool making_shown;       /* "Making your diary..." is on the screen */
	bool rated;              /* something is typed: strength is worth saying */
	enum passphrase_strength strength;
	struct str idea;         /* suggested words */
	struct str message;
	bool alert;
};

static void say(struct create *c, bool alert, const char *text)
{
	str_clear(&c->message);
	str_append(&c->message, text);
	c->alert = alert;
}

static void enter(struct ui *ui, void *state, const void *arg)
{
	(void)ui;
	(void)arg;
	struct create *c = state;
	front_passphrase_suggest(&c->idea);
	if (!ui_edit_init(&c->field, 0, true)) {
		say(c, true, "There is not enough memory to read a passphrase safely. Press Ctrl-G "
		             "for crisis lines; closing other programs may help.");
	}
}

/* Back to the start: both entries wiped. */
static void start_over(struct create *c)
{
	app_secret_finish(&c->first);
	ui_edit_clear(&c->field);
	c->rated = false;
	c->step = STEP_FIRST;
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct create *c = state;
	app_secret_finish(&c->first);
	ui_edit_finish(&c->field);
	str_finish(&c->idea);
	str_finish(&c->message);
}

static const char *strength_words(enum passphrase_strength s)
{
	switch (s) {
	case PASSPHRASE_TOO_SHORT:
		return "too short";
	case PASSPHRASE_VERY_WEAK:
		return "easy to guess";
	case PASSPHRASE_WEAK:
		return "on the weak side";
	case PASSPHRASE_GOOD:
		return "good";
	}
	return "";
}

static enum ui_role strength_role(enum passphrase_strength s)
{
	return s == PASSPHRASE_GOOD ? UI_ROLE_GOOD : s == PASSPHRASE_WEAK ? UI_ROLE_TEXT :
	                                                                    UI_ROLE_ALERT;
}

/* The two typing steps: the field, the strength under it, the idea. */
static int draw_typing(struct ui *ui, struct create *c, WINDOW *w, int row, int width)
{
	bool again = c->step == STEP_AGAIN;
	row += ui_text(ui, w, row, 1, width, 4, UI_ROLE_TEXT,
	               again ? "Type the same passphrase again, to be sure there is no typo." :
	                       "Choose a passphrase. It opens your diary, and nobody can reset it "
	                       "for you. A few random words are easy to remember and hard to "
	                       "guess.");
	row++;
	const char *label = again ? "Again: " : "Passphrase: ";
	int field_row = row;
	row += 2;
	if (!again) {
		wattrset(w, theme_attr(&ui->theme, UI_ROLE_TEXT));
		mvwaddstr(w, row - 1, 1, "Strength: ");
		if (c->rated) {
			wattrset(w, theme_attr(&ui->theme, strength_role(c->strength)));
			waddstr(w, strength_words(c->strength));
		}
		row++;
		struct str idea = {0};
		str_appendf(&idea, "An idea: \"%s\" (or any words of your own).", str_cstr(&c->idea));
		row += ui_text(ui, w, row, 1, width, 2, UI_ROLE_HINT, str_cstr(&idea));
		str_finish(&idea);
	}
	row += 1 + ui_text(ui, w, row + 1, 1, width, 2, UI_ROLE_HINT,
	                   "Nothing you type is shown. Press Enter when done, Esc to go back. "
	                   "Ctrl-G shows the crisis lines while you type.");
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TEXT));
	mvwaddstr(w, field_row, 1, label);
	/* Last, so the terminal's cursor is left in the field. */
	ui_edit_draw(ui, &c->field, w, field_row, 1 + (int)strlen(label), 40);
	return row;
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct create *c = state;
	int width = getmaxx(w) - 2;
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(w, 0, 1, c->step == STEP_RECOVERY ? "A recovery key" : "Your passphrase");
	int row = 2;
	switch (c->step) {
	case STEP_FIRST:
	case STEP_AGAIN:
		if (c->message.len > 0) {
			ui_text(ui, w, getmaxy(w) - 3, 1, width, 3, c->alert ? UI_ROLE_ALERT : UI_ROLE_TEXT,
			        str_cstr(&c->message));
		}
		draw_typing(ui, c, w, row, width);
		return;
	case STEP_RECOVERY:
		row += 1 + ui_text(ui, w, row, 1, width, 6, UI_ROLE_TEXT,
		                   "Make a recovery key?\n\n"
		                   "A recovery key is a second way in: a line of letters and digits "
		                   "to write down and keep away from this computer. Without it, a "
		                   "forgotten passphrase means your diary cannot be opened by anyone, "
		                   "you included.");
		ui_text(ui, w, row, 1, width, 2, UI_ROLE_TEXT,
		        "Press Enter (or y) to make one, or n to go without.");
		break;
	case STEP_MAKING:
		ui_text(ui, w, row, 1, width, 1, UI_ROLE_TEXT, "Making your diary...");
		c->making_shown = true;
		break;
	case STEP_FAILED:
		row += 1 + ui_text(ui, w, row, 1, width, 4, UI_ROLE_ALERT, str_cstr(&c->message));
		ui_text(ui, w, row, 1, width, 2, UI_ROLE_TEXT,
		        "Press Enter (or y) to try again, or n to choose another passphrase.");
		break;
	}
}

/* Enter on the first entry: a too-short or guessable passphrase is sent
 * back with the fix; any other is kept, to be typed again. */
static void first_done(struct create *c)
{
	enum passphrase_strength s = passphrase_rate(c->field.buf, c->field.len, NULL);
	if (s == PASSPHRASE_TOO_SHORT) {
		say(c, true, "That is too short: use at least 8 characters, such as a few random "
		             "words.");
		ui_edit_clear(&c->field);
		c->rated = false;
		return;
	}
	if (s == PASSPHRASE_VERY_WEAK) {
		say(c, true, "That would be easy to guess: try a few random words instead, like the "
		             "idea above.");
		ui_edit_clear(&c->field);
		c->rated = false;
		return;
	}
	if (!ui_edit_take_secret(&c->field, &c->first.text, &c->first.len)) {
		say(c, true, "There is not enough memory to read a passphrase safely.");
		return;
	}
	say(c, false, s == PASSPHRASE_WEAK ? "That is on the weak side. It is accepted, but a "
	                                     "few more random words would make it much stronger." :
	                                     "");
	c->step = STEP_AGAIN;
}

/* Enter on the second entry: the same, or both typed again. */
static void again_done(struct create *c)
{
	struct app_secret again = {0};
	if (!ui_edit_take_secret(&c->field, &again.text, &again.len)) {
		say(c, true, "There is not enough memory to read a passphrase safely.");
		return;
	}
	bool same = app_secret_equal(&again, &c->first);
	app_secret_finish(&again);
	if (!same) {
		start_over(c);
		say(c, true, "The two were not the same. Please type your passphrase again, twice.");
		return;
	}
	str_clear(&c->message);
	c->step = STEP_RECOVERY;
}

static enum ui_reaction typing_key(struct create *c, enum ui_action action,
                                   const struct ui_event *ev, struct ui *ui)
{
	switch (ui_edit_key(&c->field, action, ev)) {
	case UI_EDIT_DONE:
		if (c->field.len > 0 && c->step == STEP_FIRST) {
			first_done(c);
		} else if (c->field.len > 0) {
			again_done(c);
		}
		return UI_REACT_REDRAW;
	case UI_EDIT_CANCEL:
		if (c->step == STEP_AGAIN) {
			start_over(c);
			str_clear(&c->message);
		} else {
			ui_pop(ui); /* back to the welcome */
		}
		return UI_REACT_REDRAW;
	case UI_EDIT_CHANGED:
		if (c->step == STEP_FIRST) {
			str_clear(&c->message); /* read already; the strength now speaks */
			c->rated = c->field.len > 0;
			c->strength = passphrase_rate(c->field.buf, c->field.len, NULL);
		}
		return UI_REACT_REDRAW;
	case UI_EDIT_NONE:
		break;
	}
	return UI_REACT_NONE;
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct create *c = state;
	if (c->field.buf == NULL) {
		return UI_REACT_NONE; /* out of memory: only the crisis lines */
	}
	switch (c->step) {
	case STEP_FIRST:
	case STEP_AGAIN:
		return typing_key(c, action, ev, ui);
	case STEP_RECOVERY:
		if (action != UI_ACTION_YES && action != UI_ACTION_NO) {
			return UI_REACT_NONE;
		}
		c->recovery = action == UI_ACTION_YES;
		c->step = STEP_MAKING;
		return UI_REACT_REDRAW;
	case STEP_FAILED:
		if (action == UI_ACTION_YES) {
			c->step = STEP_MAKING;
		} else if (action == UI_ACTION_NO) {
			start_over(c);
			str_clear(&c->message);
		}
		return UI_REACT_REDRAW;
	case STEP_MAKING:
		break;
	}
	return UI_REACT_NONE;
}

/* Runs once "Making your diary..." is on the screen: the key derivation
 * takes a moment. On success this screen is gone when it returns. */
static enum ui_reaction make(struct ui *ui, struct create *c)
{
	struct ui_recovery_arg made = {0};
	struct app_error err = {0};
	if (!session_create(&ui->app, &c->first, c->recovery ? &made.key : NULL, &made.session,
	                    &err)) {
		str_clear(&c->message);
		str_append(&c->message, "Your diary could not be made: ");
		ui_error_sentence(&err, false, &c->message);
		str_append_char(&c->message, '.');
		app_error_finish(&err);
		c->step = STEP_FAILED;
		c->making_shown = false;
		return UI_REACT_REDRAW;
	}
	app_secret_finish(&c->first);
	str_clear(&ui->status); /* "Saved: <country>" is old news now */
	if (made.key.text != NULL) {
		/* The recovery screen owns the key and the diary from here. */
		ui_replace(ui, &ui_screen_recovery_show, &made);
	} else {
		ui_unlocked(ui, made.session);
		ui_say(ui, false, "Your diary is ready. 'wisemind recovery-key' makes a recovery key "
		                  "at any time.");
	}
	return UI_REACT_REDRAW;
}

static enum ui_reaction tick(struct ui *ui, void *state)
{
	struct create *c = state;
	/* The loop ticks right after the key, before it draws: wait for a
	 * pass that has drawn the words first. */
	return c->step == STEP_MAKING && c->making_shown ? make(ui, c) : UI_REACT_NONE;
}

static int tick_ms(const void *state)
{
	const struct create *c = state;
	return c->step == STEP_MAKING ? 1 : 0;
}

static bool typing(const void *state)
{
	const struct create *c = state;
	return c->step == STEP_FIRST || c->step == STEP_AGAIN;
}

const struct ui_screen ui_screen_create = {
	.name = "create",
	.contexts = {UI_CTX_QUESTION},
	.state_size = sizeof(struct create),
	.enter = enter,
	.leave = leave,
	.draw = draw,
	.key = key,
	.tick = tick,
	.tick_ms = tick_ms,
	.typing = typing,
};
