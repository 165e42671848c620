/* PLACEHOLDER while the screen is being built: replaced before issue 13 is done. */
#include "ui/screens.h"
#include "ui/widgets.h"

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	(void)state;
	ui_text(ui, w, 2, 1, getmaxx(w) - 2, 2, UI_ROLE_TEXT, "This screen (card) is not built yet.");
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	(void)state;
	(void)ev;
	if (action == UI_ACTION_BACK) {
		ui_pop(ui);
		return UI_REACT_REDRAW;
	}
	return UI_REACT_NONE;
}

const struct ui_screen ui_screen_card = {
	.name = "card",
	.contexts = {UI_CTX_MOVE},
	.draw = draw,
	.key = key,
};
