#include "ui/screens.h"

/* Quick-hide: a blank screen. The diary is already locked beneath it
 * (or, when work could not be kept, guarded by the locked screen); any
 * key shows that screen, and the crisis key the crisis lines over it.
 * Nothing of the diary is drawn here. */
static void draw(struct ui *ui, void *state, WINDOW *w)
{
	(void)ui;
	(void)state;
	werase(w);
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	(void)state;
	(void)action;
	ui_pop(ui);
	/* The crisis key goes straight to the lines, over the locked screen. */
	if (ui_keys_lookup(UI_CTX_ALWAYS, ev) == UI_ACTION_CRISIS ||
	    ui_keys_lookup(UI_CTX_GLOBAL, ev) == UI_ACTION_CRISIS) {
		ui_push(ui, &ui_screen_crisis, NULL);
	}
	return UI_REACT_REDRAW;
}

const struct ui_screen ui_screen_hidden = {
	.name = "hidden",
	.any_size = true,
	.blank = true,
	.draw = draw,
	.key = key,
};
