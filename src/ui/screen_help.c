#include "ui/screens.h"
#include "ui/widgets.h"

/* Built from the key map, every key included, so help cannot drift from
 * the bindings. */
struct help {
	struct ui_textview tv;
};

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct help *h = state;
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(w, 0, 1, "Keys");
	struct str text = {0};
	ui_keys_describe(&text);
	ui_textview_draw(ui, &h->tv, w, 2, str_cstr(&text));
	str_finish(&text);
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	(void)ev;
	struct help *h = state;
	if (ui_textview_key(&h->tv, action)) {
		return UI_REACT_REDRAW;
	}
	if (action == UI_ACTION_BACK) {
		ui_pop(ui);
		return UI_REACT_REDRAW;
	}
	return UI_REACT_NONE;
}

const struct ui_screen ui_screen_help = {
	.name = "help",
	.contexts = {UI_CTX_READ},
	.state_size = sizeof(struct help),
	.any_size = true,
	.draw = draw,
	.key = key,
};
