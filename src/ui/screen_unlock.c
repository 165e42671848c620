#include <stdio.h>
#include <string.h>

#include "app/session.h"
#include "app/urge.h"
#include "front/notice_words.h"
#include "front/recovery_known.h"
#include "ui/screens.h"
#include "ui/widgets.h"

/* The locked diary: the passphrase (or the recovery key) without echo,
 * the crisis lines and a quick urge without it. When work could not be
 * kept as a draft before locking, the diary is still open behind this
 * screen: the passphrase is checked against it, and the person goes back
 * to exactly where they were. */
struct unlock {
	struct ui_edit secret;
	bool typing;
	bool recovery;
	enum front_recovery has_recovery;
	bool kept; /* the diary is still open behind this screen: only its passphrase opens */
	bool pending; /* Enter was pressed: unlock on the next pass, once "Unlocking" shows */
	struct str message;
	bool alert;
};

static void enter(struct ui *ui, void *state, const void *arg)
{
	(void)arg;
	struct unlock *u = state;
	u->has_recovery = front_recovery_known(&ui->app);
	u->kept = ui->session != NULL;
	if (!ui_edit_init(&u->secret, 0, true)) {
		str_append(&u->message, "There is not enough memory to read a passphrase safely. "
		                        "Press ! for crisis lines, or q to quit.");
		u->alert = true;
	}
	struct app_error err = {0};
	if (ui->session == NULL && !session_precheck(&ui->app, &err)) {
		str_append(&u->message, "The diary cannot be opened now: ");
		ui_error_sentence(&err, false, &u->message);
		str_append(&u->message, ". The crisis lines (!) and logging an urge (u) still work.");
		u->alert = true;
	}
	app_error_finish(&err);
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct unlock *u = state;
	ui_edit_finish(&u->secret);
	str_finish(&u->message);
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct unlock *u = state;
	int width = getmaxx(w) - 2;
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(w, 0, 1, ui->session != NULL ? "Locked (your work is still open)" :
	                                         "Your diary is locked");
	int row = 2;
	row += ui_text(ui, w, row, 1, width, 3, UI_ROLE_TEXT,
	               "If you are in crisis, press ! now: crisis lines for your country are "
	               "one key away on every screen, and you do not need to unlock.");
	row++;
	const char *what = u->recovery ? "Recovery key" : "Passphrase";
	if (u->pending) {
		ui_text(ui, w, row, 1, width, 1, UI_ROLE_TEXT, "Unlocking...");
	} else if (u->typing) {
		wattrset(w, theme_attr(&ui->theme, UI_ROLE_TEXT));
		mvwprintw(w, row + 2, 1, "%s: ", what);
		ui_text(ui, w, row, 1, width, 2, UI_ROLE_HINT,
		        "Type it and press Enter. Nothing you type is shown. Esc stops typing; "
		        "Ctrl-G shows the crisis lines.");
	} else {
		struct str text = {0};
		str_appendf(&text, "Press Enter to type your %s.\n",
		            u->recovery ? "recovery key" : "passphrase");
		str_append(&text, "Press u to log an urge now, without unlocking: it is sealed and "
		                  "added to your diary when you next unlock.\n");
		if (ui->session == NULL && u->recovery) {
			str_append(&text, "Press r to unlock with your passphrase instead.\n");
		} else if (ui->session == NULL && u->has_recovery == FRONT_RECOVERY_YES) {
			str_append(&text, "Press r to unlock with your recovery key instead.\n");
		} else if (ui->session == NULL && u->has_recovery == FRONT_RECOVERY_UNKNOWN) {
			str_append(&text, "If you made a recovery key, press r to unlock with it "
			                  "instead.\n");
		}
		ui_text(ui, w, row, 1, width, 6, UI_ROLE_TEXT, str_cstr(&text));
		str_finish(&text);
	}
	if (u->message.len > 0) {
		ui_text(ui, w, row + 5, 1, width, 4, u->alert ? UI_ROLE_ALERT : UI_ROLE_TEXT,
		        str_cstr(&u->message));
	}
	if (u->typing && !u->pending) {
		ui_edit_draw(ui, &u->secret, w, row + 2, 1 + (int)strlen(what) + 2, 40);
	}
}

static void say_notices(struct ui *ui, struct session *s)
{
	const struct app_notices *n = session_notices(s);
	struct str text = {0};
	for (size_t i = 0; i < n->count; i++) {
		if (n->items[i].kind == NOTICE_LAST_SAVED || n->items[i].kind == NOTICE_INBOX_MERGED) {
			continue; /* said by today and by the crisis panel of the merged urges */
		}
		front_notice_words(&n->items[i], &text);
		str_append_char(&text, ' ');
	}
	if (text.len > 0) {
		ui_say(ui, true, "%s", str_cstr(&text));
	}
	str_finish(&text);
}

/* Not unlocked: why, and what to type next, for the secret being typed
 * and what the diary has. The field stays open for another try. */
static void refused(struct ui *ui, struct unlock *u, const struct app_error *err)
{
	str_clear(&u->message);
	str_append(&u->message, "Not unlocked: ");
	ui_error_sentence(err, false, &u->message);
	if (ui->session != NULL) {
		/* The diary kept open: only its passphrase is asked. */
		str_append(&u->message, ". Type it again and press Enter.");
	} else if (u->recovery) {
		/* A recovery key refused may be a diary without one: the header
		 * says, once the refusal shows it was worth a look. */
		u->has_recovery = front_recovery_known(&ui->app);
		if (u->has_recovery == FRONT_RECOVERY_NO) {
			u->recovery = false;
			str_clear(&u->message);
			str_append(&u->message, "Not unlocked: this diary has no recovery key; only its "
			                        "passphrase opens it. Type your passphrase and press "
			                        "Enter.");
		} else {
			str_append(&u->message, ". Type it again and press Enter, or press Esc, then r "
			                        "to use your passphrase instead.");
		}
	} else if (u->has_recovery == FRONT_RECOVERY_YES) {
		str_append(&u->message, ". Type it again and press Enter, or press Esc, then r for "
		                        "the recovery key.");
	} else if (u->has_recovery == FRONT_RECOVERY_NO) {
		str_append(&u->message, ". Type it again and press Enter.");
	} else {
		str_append(&u->message, ". Type it again and press Enter, or, if you made a recovery "
		                        "key, press Esc, then r to use it.");
	}
	u->alert = true;
}

/* Runs once "Unlocking..." is on the screen: the key derivation takes a
 * moment. */
static enum ui_reaction unlock_now(struct ui *ui, struct unlock *u)
{
	u->pending = false;
	struct app_secret secret = {0};
	if (!ui_edit_take_secret(&u->secret, &secret.text, &secret.len)) {
		str_clear(&u->message);
		str_append(&u->message, "There is not enough memory to read a passphrase safely.");
		u->alert = true;
		return UI_REACT_REDRAW;
	}
	struct app_error err = {0};
	struct session *s = NULL;
	bool ok = ui->session != NULL ? session_check_passphrase(ui->session, &secret, &err)
	                              : session_open(&ui->app, &secret, u->recovery, &s, &err);
	app_secret_finish(&secret);
	if (!ok) {
		refused(ui, u, &err);
		app_error_finish(&err);
		return UI_REACT_REDRAW;
	}
	if (ui->session != NULL) {
		/* The diary never closed: back to exactly where the person was,
		 * told why. */
		ui_say(ui, true, "%s The diary stayed open in memory: save your work when you can.",
		       str_cstr(&ui->kept_why));
		ui->kept_failed = false;
		ui_pop(ui);
		return UI_REACT_REDRAW;
	}
	ui_unlocked(ui, s);
	str_clear(&ui->status);
	say_notices(ui, s);
	size_t merged = session_urges_recorded(s);
	if (merged > 0) {
		/* Urges logged while locked were added: their crisis lines, once. */
		char status[128];
		snprintf(status, sizeof(status), "%zu urge%s logged while locked %s added to your diary.",
		         merged, merged == 1 ? "" : "s", merged == 1 ? "was" : "were");
		struct ui_urge_arg arg = {.result = session_unlock_urges(s), .status = status};
		ui_push(ui, &ui_screen_urge, &arg);
	}
	return UI_REACT_REDRAW;
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct unlock *u = state;
	if (u->pending) {
		return UI_REACT_NONE;
	}
	if (u->typing) {
		switch (ui_edit_key(&u->secret, action, ev)) {
		case UI_EDIT_DONE:
			/* An empty Enter does nothing: the field stays, so letters
			 * typed next are never read as commands. */
			u->pending = u->secret.len > 0;
			return UI_REACT_REDRAW;
		case UI_EDIT_CANCEL:
			ui_edit_clear(&u->secret);
			u->typing = false;
			return UI_REACT_REDRAW;
		case UI_EDIT_CHANGED:
			return UI_REACT_REDRAW;
		case UI_EDIT_NONE:
			return UI_REACT_NONE;
		}
	}
	/* r means what the mode's own context says: the loop reads the
	 * contexts in order, whichever mode the screen is in. */
	enum ui_action mode = ui_keys_lookup(u->recovery ? UI_CTX_UNLOCK_RECOVERY
	                                                 : UI_CTX_UNLOCK_PASSPHRASE, ev);
	if (mode != UI_ACTION_NONE) {
		action = mode;
	}
	switch (action) {
	case UI_ACTION_UNLOCK:
		if (u->secret.buf != NULL) {
			u->typing = true;
			str_clear(&u->message);
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_URGE:
		ui_push(ui, &ui_screen_urge, NULL);
		return UI_REACT_REDRAW;
	case UI_ACTION_RECOVERY:
		if (ui->session != NULL) {
			return UI_REACT_NONE;
		}
		str_clear(&u->message);
		if (u->has_recovery == FRONT_RECOVERY_NO) {
			str_append(&u->message, "This diary has no recovery key: only its passphrase "
			                        "opens it. Press Enter to type your passphrase.");
			u->alert = false;
		} else {
			u->recovery = true;
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_PASSPHRASE:
		if (ui->session == NULL) {
			u->recovery = false;
			str_clear(&u->message);
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_COUNTRY:
		ui_push(ui, &ui_screen_country, NULL);
		return UI_REACT_REDRAW;
	case UI_ACTION_QUIT:
		if (ui->session != NULL) {
			/* Quitting now would lose the work that could not be kept. */
			str_clear(&u->message);
			str_append(&u->message, "Your unsaved work is still open and could not be "
			                        "saved. Type your passphrase (Enter) to go back to it and "
			                        "save it once there is room.");
			u->alert = true;
			return UI_REACT_REDRAW;
		}
		return UI_REACT_QUIT;
	default:
		return UI_REACT_NONE;
	}
}

static enum ui_reaction tick(struct ui *ui, void *state)
{
	struct unlock *u = state;
	return u->pending ? unlock_now(ui, u) : UI_REACT_NONE;
}

static int tick_ms(const void *state)
{
	const struct unlock *u = state;
	return u->pending ? 1 : 0;
}

static bool typing(const void *state)
{
	const struct unlock *u = state;
	return u->typing;
}

/* r is hinted as what it does now: the recovery key, or back to the
 * passphrase; not at all where it does nothing (a diary with no recovery
 * key, or one kept open, which only its passphrase opens). */
static bool hints_now(const void *state, enum ui_context context)
{
	const struct unlock *u = state;
	switch (context) {
	case UI_CTX_UNLOCK_PASSPHRASE:
		return !u->recovery && !u->kept && u->has_recovery != FRONT_RECOVERY_NO;
	case UI_CTX_UNLOCK_RECOVERY:
		return u->recovery && !u->kept;
	default:
		return true;
	}
}

const struct ui_screen ui_screen_unlock = {
	.name = "unlock",
	.contexts = {UI_CTX_UNLOCK, UI_CTX_UNLOCK_PASSPHRASE, UI_CTX_UNLOCK_RECOVERY, UI_CTX_COUNT},
	.state_size = sizeof(struct unlock),
	.enter = enter,
	.leave = leave,
	.draw = draw,
	.key = key,
	.tick = tick,
	.tick_ms = tick_ms,
	.typing = typing,
	.hints_now = hints_now,
};
