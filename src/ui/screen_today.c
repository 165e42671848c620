#include <stdio.h>
#include <string.h>

#include "app/card.h"
#include "app/card_draft.h"
#include "app/clock.h"
#include "app/helps.h"
#include "app/homework.h"
#include "app/urge.h"
#include "front/homework_words.h"
#include "front/urge_line.h"
#include "ui/screens.h"
#include "ui/widgets.h"

/* Home, once unlocked: today's card, the urges logged today, and one key
 * for each thing a person comes to do. */
struct today {
	char date[DATE_TEXT_SIZE];
	struct str urges; /* today's urges, one line each */
	size_t urge_count;
	bool card_empty;
	char draft[DATE_TEXT_SIZE]; /* the day of an unsaved card kept at a lock, or "" */
	struct str homework;        /* what homework is due today, or "" */
	struct card_template card;  /* the targets' labels, for the urges */
	const struct skill_library *lib;
	bool loaded;
};

static void add_urge(const struct app_urge_entry *e, void *data)
{
	struct today *t = data;
	front_urge_line(e, &t->card, t->lib, "  ", &t->urges);
	t->urge_count++;
}

static bool read_card(const struct card_day *day, void *data)
{
	struct today *t = data;
	t->card_empty = card_day_is_empty(day);
	return false;
}

/* "Homework due today: Paced breathing, STOP (h)", each skill named
 * once; "all done for today" when homework is in force and nothing is
 * due; nothing without homework in force. */
static void load_homework(struct ui *ui, struct today *t)
{
	str_clear(&t->homework);
	struct app_homework_list l = {0};
	struct app_error err = {0};
	if (!session_homework_today(ui->session, &l, &err)) {
		ui_say_error(ui, "Your homework could not be read: ", &err);
		app_error_finish(&err);
		return;
	}
	if (front_homework_due(&l, ui_skills(ui), &t->homework) != FRONT_HOMEWORK_NONE) {
		str_appendf(&t->homework, " (%s).", ui_keys_label(UI_CTX_TODAY, UI_ACTION_HOMEWORK));
	}
	app_homework_list_finish(&l);
}

/* Read again each time today shows: a saved card or a logged urge
 * changes it. */
static void load(struct ui *ui, struct today *t)
{
	app_today(t->date);
	str_clear(&t->urges);
	t->urge_count = 0;
	t->card_empty = true;
	struct app_error err = {0};
	if (!session_card_template(ui->session, &t->card, &err)) {
		card_template_default(&t->card);
		app_error_finish(&err);
	}
	t->lib = ui_skills(ui);
	if (!session_urges_each(ui->session, t->date, add_urge, t, &err) ||
	    !session_card_each(ui->session, t->date, t->date, read_card, t, &err)) {
		ui_say_error(ui, "Today's entries could not be read: ", &err);
	}
	app_error_finish(&err);
	session_card_draft_waiting(ui->session, t->draft);
	load_homework(ui, t);
	t->loaded = true;
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
	struct today *t = state;
	str_wipe(&t->urges); /* diary text */
	str_wipe(&t->homework);
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct today *t = state;
	int width = getmaxx(w) - 2;
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwprintw(w, 0, 1, "Today, %s", t->date);
	int row = 2;
	row += ui_text(ui, w, row, 1, width, 1, UI_ROLE_TEXT,
	               t->card_empty ? "Today's diary card: not filled in yet (c)."
	                             : "Today's diary card: started; c opens it.");
	if (t->draft[0] != '\0') {
		char line[128];
		snprintf(line, sizeof(line), "Your unsaved card for %s is kept: c brings it back.",
		         t->draft);
		row += ui_text(ui, w, row, 1, width, 1, UI_ROLE_ALERT, line);
	}
	if (t->homework.len > 0) {
		row += ui_text(ui, w, row, 1, width, 2, UI_ROLE_TEXT, str_cstr(&t->homework));
	}
	row++;
	if (t->urge_count == 0) {
		row += ui_text(ui, w, row, 1, width, 1, UI_ROLE_TEXT, "No urges logged today.");
	} else {
		char head[64];
		snprintf(head, sizeof(head), "Urges logged today (%zu):", t->urge_count);
		row += ui_text(ui, w, row, 1, width, 1, UI_ROLE_TEXT, head);
		/* Room is kept for the actions below (one row each) and the
		 * blank rows around them. */
		int room = getmaxy(w) - row - 13;
		row += ui_text(ui, w, row, 1, width, room > 1 ? room : 1, UI_ROLE_TEXT,
		               str_cstr(&t->urges));
	}
	row++;
	static const enum ui_action actions[] = {
		UI_ACTION_CARD, UI_ACTION_URGE, UI_ACTION_SKILLS, UI_ACTION_STRUGGLING,
		UI_ACTION_HOMEWORK, UI_ACTION_WEEK, UI_ACTION_PLAN, UI_ACTION_SETTINGS,
		UI_ACTION_COUNTRY, UI_ACTION_LOCK, UI_ACTION_QUIT,
	};
	for (size_t i = 0; i < sizeof(actions) / sizeof(actions[0]) && row < getmaxy(w); i++) {
		wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
		mvwprintw(w, row, 3, "%-3s", ui_keys_label(UI_CTX_TODAY, actions[i]));
		wattrset(w, theme_attr(&ui->theme, UI_ROLE_TEXT));
		mvwaddstr(w, row++, 7, ui_action_help(actions[i]));
	}
}

/* "I'm struggling now": straight into a crisis-survival skill, the one
 * that has helped this person most, else STOP. */
static void struggling(struct ui *ui)
{
	char suggest[2][APP_URGE_SKILL_ID_MAX + 1] = {{0}};
	session_helps_suggest(ui->session, suggest);
	struct ui_practice_arg arg = {.skill = suggest[0][0] != '\0' ? suggest[0] : "stop"};
	ui_push(ui, &ui_screen_practice, &arg);
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	(void)state;
	(void)ev;
	switch (action) {
	case UI_ACTION_CARD:
		ui_push(ui, &ui_screen_card, NULL);
		return UI_REACT_REDRAW;
	case UI_ACTION_URGE:
		ui_push(ui, &ui_screen_urge, NULL);
		return UI_REACT_REDRAW;
	case UI_ACTION_SKILLS:
		ui_push(ui, &ui_screen_skills, NULL);
		return UI_REACT_REDRAW;
	case UI_ACTION_STRUGGLING:
		struggling(ui);
		return UI_REACT_REDRAW;
	case UI_ACTION_HOMEWORK:
		ui_push(ui, &ui_screen_homework, NULL);
		return UI_REACT_REDRAW;
	case UI_ACTION_WEEK:
		ui_push(ui, &ui_screen_week, NULL);
		return UI_REACT_REDRAW;
	case UI_ACTION_COUNTRY:
		ui_push(ui, &ui_screen_country, NULL);
		return UI_REACT_REDRAW;
	case UI_ACTION_PLAN:
		ui_push(ui, &ui_screen_plan, NULL);
		return UI_REACT_REDRAW;
	case UI_ACTION_SETTINGS:
		ui_push(ui, &ui_screen_settings, NULL);
		return UI_REACT_REDRAW;
	case UI_ACTION_LOCK:
		ui_lock(ui);
		return UI_REACT_REDRAW;
	case UI_ACTION_QUIT:
		return UI_REACT_QUIT;
	default:
		return UI_REACT_NONE;
	}
}

const struct ui_screen ui_screen_today = {
	.name = "today",
	.contexts = {UI_CTX_TODAY},
	.state_size = sizeof(struct today),
	.leave = leave,
	.layout = layout,
	.draw = draw,
	.key = key,
};
