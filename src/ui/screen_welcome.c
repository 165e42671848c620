#include "ui/screens.h"
#include "ui/widgets.h"

/* The first start (no diary yet): what wisemind is and is not, the
 * crisis lines first, then Enter to set up: the country (when it is not
 * settled), then the passphrase. The country screen pops itself when it
 * is done; this screen notices its return and goes on. */
struct welcome {
	bool country_asked; /* the country screen is above: go on when it pops */
};

static const char intro[] =
	"wisemind is a private, offline coach for DBT skills and your diary card. Nothing "
	"leaves this computer: your diary is kept encrypted, and only your passphrase opens "
	"it.\n\n"
	"It is no substitute for therapy or for emergency services. \"DBT\" (dialectical "
	"behaviour therapy) only describes the skills; DBT's creators have not endorsed "
	"wisemind.\n\n"
	"If you are in crisis, press ! now: crisis lines for your country are one key away on "
	"every screen (Ctrl-G while you are typing).\n\n"
	"Press Enter to set up your diary: your country, a passphrase and a recovery key. "
	"It takes a minute or two. Press q to leave for now.";

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	(void)state;
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(w, 0, 1, "Welcome to wisemind");
	ui_text(ui, w, 2, 1, getmaxx(w) - 2, getmaxy(w) - 2, UI_ROLE_TEXT, intro);
}

static void set_up(struct ui *ui, struct welcome *wl)
{
	if (app_country_unconfirmed(&ui->app)) {
		wl->country_asked = true;
		ui_push(ui, &ui_screen_country, NULL);
	} else {
		ui_push(ui, &ui_screen_create, NULL);
	}
}

/* Called when a screen above pops (and on resize): after the country
 * step, saved or skipped, the passphrase comes next. */
static void layout(struct ui *ui, void *state, int lines, int cols)
{
	(void)lines;
	(void)cols;
	struct welcome *wl = state;
	if (wl->country_asked && ui_top(ui)->state == state) {
		wl->country_asked = false;
		ui_push(ui, &ui_screen_create, NULL);
	}
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	(void)ev;
	switch (action) {
	case UI_ACTION_GO_ON:
		set_up(ui, state);
		return UI_REACT_REDRAW;
	case UI_ACTION_QUIT:
		return UI_REACT_QUIT;
	default:
		return UI_REACT_NONE;
	}
}

const struct ui_screen ui_screen_welcome = {
	.name = "welcome",
	.contexts = {UI_CTX_SETUP},
	.state_size = sizeof(struct welcome),
	.layout = layout,
	.draw = draw,
	.key = key,
};
