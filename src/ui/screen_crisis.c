#include "front/safety_lines.h"
#include "ui/screens.h"
#include "ui/widgets.h"

/* The crisis lines, over whatever the person was doing: Esc returns to
 * exactly that place. Drawn at any size, so a small window still shows
 * them. */
struct crisis {
	struct ui_textview tv;
};

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct crisis *c = state;
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_ALERT));
	mvwaddstr(w, 0, 1, "Crisis lines");
	struct str card = {0};
	app_crisis_card(&ui->app, &card);
	/* In a room (wisemind class) the lines are for anyone there: never
	 * the person's own safety plan. */
	if (!ui->room) {
		ui_crisis_safety_lines(ui, &card);
	}
	ui_textview_draw(ui, &c->tv, w, 2, str_cstr(&card));
	str_finish(&card);
}

void ui_crisis_safety_lines(struct ui *ui, struct str *card)
{
	/* Locked (or the diary kept open behind the locked screen), there is
	 * no today's screen to go to until the passphrase is typed. */
	bool locked = ui->session == NULL || ui_on_stack(ui, &ui_screen_unlock);
	struct str warning = {0};
	front_add_safety_lines(&ui->app,
	                       locked ? "after you unlock, press p on today's screen"
	                              : "press p on today's screen",
	                       card, &warning);
	str_append(card, str_cstr(&warning));
	str_finish(&warning);
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	(void)ev;
	struct crisis *c = state;
	if (ui_textview_key(&c->tv, action)) {
		return UI_REACT_REDRAW;
	}
	if (action == UI_ACTION_BACK) {
		ui_pop(ui);
		return UI_REACT_REDRAW;
	}
	if (action == UI_ACTION_COUNTRY) {
		ui_push(ui, &ui_screen_country, NULL);
		return UI_REACT_REDRAW;
	}
	return UI_REACT_NONE;
}

static bool shows_crisis(const void *state)
{
	(void)state;
	return true;
}

const struct ui_screen ui_screen_crisis = {
	.name = "crisis",
	.contexts = {UI_CTX_CRISIS, UI_CTX_READ},
	.state_size = sizeof(struct crisis),
	.any_size = true,
	.draw = draw,
	.key = key,
	.shows_crisis = shows_crisis,
};
