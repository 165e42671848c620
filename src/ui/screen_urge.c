#include <stdio.h>
#include <string.h>

#include "app/card.h"
#include "app/session.h"
#include "app/urge.h"
#include "core/skill.h"
#include "core/urge_record.h"
#include "front/urge_line.h"
#include "ui/screens.h"
#include "ui/widgets.h"

/* A quick urge: target, rating, an optional note; then, always, the
 * crisis panel (DESIGN §2.2: every path that records an urge shows the
 * crisis lines, saved or not). A strong urge fills the screen and waits
 * for a key; two crisis-survival skills start from it, and the urge is
 * asked again after the skill. Works locked (sealed into the inbox) and
 * unlocked (into the diary, saved). */
enum urge_phase { PICK, RATE, NOTE, PANEL };

struct urge {
	enum urge_phase phase;
	struct card_template card;
	struct ui_list targets;
	struct ui_rating rating;
	struct ui_edit note;
	struct app_urge_result result;
	struct str status;
	bool status_alert;
	struct ui_textview tv;
};

static void enter(struct ui *ui, void *state, const void *arg)
{
	struct urge *u = state;
	const struct ui_urge_arg *a = arg;
	struct app_error err = {0};
	if (ui->session == NULL || !session_card_template(ui->session, &u->card, &err)) {
		card_template_default(&u->card);
	}
	app_error_finish(&err);
	size_t shown = 0;
	for (size_t i = 0; i < u->card.target_count; i++) {
		if (!u->card.targets[i].retired) {
			u->card.targets[shown++] = u->card.targets[i];
		}
	}
	u->card.target_count = shown;
	u->targets.count = shown;
	u->rating = (struct ui_rating){.value = 0, .max = CARD_RATING_MAX};
	if (!ui_edit_init(&u->note, APP_URGE_NOTE_MAX + 1, false)) {
		ui->quit = true;
	}
	if (a != NULL) {
		u->result = *a->result;
		str_append(&u->status, a->status != NULL ? a->status : "");
		u->phase = PANEL;
	}
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct urge *u = state;
	ui_edit_finish(&u->note);
	str_finish(&u->status);
}

static const char *target_label(const struct urge *u)
{
	return u->card.targets[u->targets.selected].label;
}

static void draw_target(struct ui *ui, WINDOW *w, int row, int width, size_t i, bool selected,
                        void *data)
{
	(void)ui;
	(void)selected;
	const struct urge *u = data;
	mvwaddnstr(w, row, 2, u->card.targets[i].label, width - 2);
}

static void draw_rating(struct ui *ui, struct urge *u, WINDOW *w, int row)
{
	for (int v = 0; v <= CARD_RATING_MAX; v++) {
		bool on = v == u->rating.value;
		wattrset(w, theme_attr(&ui->theme, on ? UI_ROLE_SELECTED : UI_ROLE_TEXT));
		mvwprintw(w, row + v, 3, "%s %d %s %s", on ? ui->theme.g->marker : " ", v,
		          ui->theme.g->dash, skill_scale_words(SKILL_SCALE_URGE, v));
	}
}

/* The panel's page, first what matters most: whether the urge was kept,
 * then the emergency number and the lines, then the person's own plan. */
static void panel_text(struct ui *ui, struct urge *u, struct str *text)
{
	if (u->status.len > 0) {
		str_appendf(text, "%s\n\n", str_cstr(&u->status));
	}
	if (u->result.high) {
		str_append(text, "This urge is strong. You do not have to face it alone: these lines "
		                 "are there for you now.\n\n");
	} else {
		str_append(text, "If an urge gets strong, these lines are there for you:\n\n");
	}
	app_crisis_card(&ui->app, text);
	ui_crisis_safety_lines(ui, text);
}

/* The two crisis-survival skills of a strong urge, by name; "" when none
 * are offered. */
static void skills_text(struct ui *ui, const struct urge *u, struct str *text)
{
	if (u->result.suggest[0][0] == '\0') {
		return;
	}
	const struct skill_library *lib = ui_skills(ui);
	str_appendf(text, "Two skills to start now%s: press 1 for %s, 2 for %s. Afterwards "
	                  "wisemind asks how strong the urge is then.",
	            u->result.suggest_from_data ? " (the two that have helped you most)" : "",
	            front_skill_name(lib, u->result.suggest[0]),
	            front_skill_name(lib, u->result.suggest[1]));
}

/* Rows the page keeps at the least when the skills take fixed rows under
 * it: the status, the emergency number and the first lines. */
#define PANEL_PAGE_MIN 8

/* The page scrolls; the two skills stay in fixed rows at the bottom, so
 * a person in crisis sees them without scrolling, whatever the length of
 * the lines above. A window too short for both gives the page the room,
 * with the skills at its end. */
static void draw_panel(struct ui *ui, struct urge *u, WINDOW *w)
{
	int rows = getmaxy(w);
	int width = getmaxx(w) - 2;
	struct str text = {0}, skills = {0};
	panel_text(ui, u, &text);
	skills_text(ui, u, &skills);
	int skill_rows = skills.len > 0 ? ui_text_rows(ui, width, str_cstr(&skills)) : 0;
	int page = rows - 2 - (skill_rows > 0 ? skill_rows + 1 : 0);
	WINDOW *area = skill_rows > 0 && page >= PANEL_PAGE_MIN
	                   ? derwin(w, page, getmaxx(w), 2, 0) : NULL;
	if (area != NULL) {
		ui_textview_draw(ui, &u->tv, area, 0, str_cstr(&text));
		delwin(area);
		ui_text(ui, w, rows - skill_rows, 1, width, skill_rows, UI_ROLE_TITLE,
		        str_cstr(&skills));
	} else {
		if (skills.len > 0) {
			str_appendf(&text, "\n%s\n", str_cstr(&skills));
		}
		ui_textview_draw(ui, &u->tv, w, 2, str_cstr(&text));
	}
	str_finish(&text);
	str_finish(&skills);
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct urge *u = state;
	int width = getmaxx(w) - 2;
	wattrset(w, theme_attr(&ui->theme, u->phase == PANEL ? UI_ROLE_ALERT : UI_ROLE_TITLE));
	mvwaddstr(w, 0, 1, u->phase == PANEL ? "Crisis lines" : "Log an urge");
	switch (u->phase) {
	case PICK:
		ui_text(ui, w, 2, 1, width, 1, UI_ROLE_TEXT, "An urge to... (Up, Down, Enter)");
		ui_list_draw(ui, &u->targets, w, 4, getmaxy(w) - 5, draw_target, u);
		break;
	case RATE: {
		char q[160];
		snprintf(q, sizeof(q), "How strong is the urge (%s) now? 0 to 5: a digit, or Up "
		                       "and Down, then Enter.", target_label(u));
		int row = 2 + ui_text(ui, w, 2, 1, width, 2, UI_ROLE_TEXT, q);
		draw_rating(ui, u, w, row + 1);
		break;
	}
	case NOTE:
		ui_text(ui, w, 2, 1, width, 2, UI_ROLE_TEXT,
		        "A note, if you want one (what happened, where you are). Enter logs the "
		        "urge; an empty note is fine.");
		ui_edit_draw(ui, &u->note, w, 5, 1, width);
		break;
	case PANEL:
		draw_panel(ui, u, w);
		break;
	}
}

/* How many characters of note a locked record keeps: its first
 * URGE_NOTE_MAX bytes, cut between characters as app_urge_record_locked
 * cuts it. */
static size_t kept_characters(const char *note)
{
	size_t n = strlen(note);
	if (n > URGE_NOTE_MAX) {
		n = URGE_NOTE_MAX;
		while (n > 0 && ((unsigned char)note[n] & 0xC0) == 0x80) {
			n--;
		}
	}
	size_t count = 0;
	for (size_t i = 0; i < n; i++) {
		count += ((unsigned char)note[i] & 0xC0) != 0x80;
	}
	return count;
}

/* Records the urge where it can be kept, and says what happened; the
 * panel shows whatever happened. */
static void record(struct ui *ui, struct urge *u)
{
	struct app_urge urge = {
		.target = u->card.targets[u->targets.selected].id,
		.rating = u->rating.value,
		.note = u->note.len > 0 ? u->note.buf : NULL,
	};
	struct app_error err = {0};
	bool ok = ui->session != NULL ? session_record_urge(ui->session, &urge, &u->result, &err)
	                              : app_urge_record_locked(&ui->app, &urge, &u->result, &err);
	str_clear(&u->status);
	if (ok) {
		str_append(&u->status, ui->session != NULL
		                       ? "Saved in your diary."
		                       : "Logged, sealed while locked: it is added to your diary "
		                         "when you next unlock.");
		if (u->result.note_cut) {
			str_appendf(&u->status, " Your note was kept to its first %zu characters: that "
			                        "is all a note logged while locked holds. Once you "
			                        "unlock, the rest can go in today's diary card.",
			            kept_characters(u->note.buf));
		}
		u->status_alert = false;
	} else {
		ui_not_saved_sentence("This urge", &err, &u->status);
		str_append(&u->status, ". The crisis lines are below.");
		u->status_alert = true;
	}
	app_error_finish(&err);
	ui_edit_clear(&u->note);
	u->phase = PANEL;
}

static void start_skill(struct ui *ui, struct urge *u, int which)
{
	if (u->result.suggest[which][0] == '\0') {
		return;
	}
	char skill[APP_URGE_SKILL_ID_MAX + 1];
	char id[33];
	char target[CARD_ID_MAX + 1] = "";
	memcpy(skill, u->result.suggest[which], sizeof(skill));
	memcpy(id, u->result.id, sizeof(id));
	if (u->targets.count > 0) {
		memcpy(target, u->card.targets[u->targets.selected].id, sizeof(target));
	}
	struct ui_practice_arg arg = {.skill = skill, .urge_id = id, .target = target};
	ui_replace(ui, &ui_screen_practice, &arg);
}

static enum ui_reaction key_panel(struct ui *ui, struct urge *u, enum ui_action action,
                                  const struct ui_event *ev)
{
	if (ui_textview_key(&u->tv, action)) {
		return UI_REACT_REDRAW;
	}
	if (!ev->fn && (ev->code == '1' || ev->code == '2')) {
		start_skill(ui, u, ev->code - '1');
	} else if (action == UI_ACTION_COUNTRY) {
		ui_push(ui, &ui_screen_country, NULL);
	} else if (action == UI_ACTION_BACK || action == UI_ACTION_OPEN) {
		ui_pop(ui);
	} else {
		return UI_REACT_NONE;
	}
	return UI_REACT_REDRAW;
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct urge *u = state;
	switch (u->phase) {
	case PICK:
		if (ui_list_key(&u->targets, action, 10)) {
			return UI_REACT_REDRAW;
		}
		if (action == UI_ACTION_OPEN && u->targets.count > 0) {
			u->phase = RATE;
		} else if (action == UI_ACTION_BACK) {
			ui_pop(ui);
		} else {
			return UI_REACT_NONE;
		}
		return UI_REACT_REDRAW;
	case RATE:
		switch (ui_rating_key(&u->rating, action, ev)) {
		case UI_RATING_CHANGED:
			return UI_REACT_REDRAW;
		case UI_RATING_BEYOND:
			ui_say(ui, true, "0 to %d: %d is the strongest. Press %d if the urge is that "
			                 "strong, then Enter.",
			       CARD_RATING_MAX, CARD_RATING_MAX, CARD_RATING_MAX);
			return UI_REACT_REDRAW;
		case UI_RATING_NONE:
			break;
		}
		if (action == UI_ACTION_OPEN) {
			u->phase = NOTE;
		} else if (action == UI_ACTION_BACK) {
			u->phase = PICK;
		} else {
			return UI_REACT_NONE;
		}
		return UI_REACT_REDRAW;
	case NOTE:
		switch (ui_edit_key(&u->note, action, ev)) {
		case UI_EDIT_DONE:
			record(ui, u);
			return UI_REACT_REDRAW;
		case UI_EDIT_CANCEL:
			u->phase = RATE;
			return UI_REACT_REDRAW;
		case UI_EDIT_CHANGED:
			return UI_REACT_REDRAW;
		case UI_EDIT_NONE:
			return UI_REACT_NONE;
		}
		return UI_REACT_NONE;
	case PANEL:
		return key_panel(ui, u, action, ev);
	}
	return UI_REACT_NONE;
}

static bool typing(const void *state)
{
	const struct urge *u = state;
	return u->phase == NOTE;
}

/* The panel is the crisis lines: drawn at any size, and never locked
 * away while idle. */
static bool shows_crisis(const void *state)
{
	const struct urge *u = state;
	return u->phase == PANEL;
}

/* The panel is only to read (Enter or Esc closes it, 1 and 2 start a
 * skill, as it says): its hints are the crisis lines' own. */
static bool hints_now(const void *state, enum ui_context context)
{
	const struct urge *u = state;
	return (u->phase == PANEL) == (context == UI_CTX_READ || context == UI_CTX_CRISIS);
}

const struct ui_screen ui_screen_urge = {
	.name = "urge",
	.contexts = {UI_CTX_RATING, UI_CTX_CRISIS, UI_CTX_MOVE, UI_CTX_READ},
	.state_size = sizeof(struct urge),
	.enter = enter,
	.leave = leave,
	.draw = draw,
	.key = key,
	.typing = typing,
	.shows_crisis = shows_crisis,
	.hints_now = hints_now,
};
