#include <string.h>

#include "ui/screens.h"
#include "ui/widgets.h"

/* The country whose crisis lines are shown: the one the locale suggests
 * is offered, never assumed; a code or an English name is read and its
 * name shown before Enter saves it. */
struct country {
	struct ui_edit typed;
	char pending[COUNTRY_CODE_SIZE]; /* read from typed, waiting for Enter */
	struct str message;
	bool message_alert;
};

static void enter(struct ui *ui, void *state, const void *arg)
{
	(void)ui;
	(void)arg;
	struct country *c = state;
	if (!ui_edit_init(&c->typed, 48, false)) {
		ui->quit = true;
	}
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct country *c = state;
	ui_edit_finish(&c->typed);
	str_finish(&c->message);
}

static void explain(struct ui *ui, struct country *c, struct str *text)
{
	const struct app *app = &ui->app;
	str_append(text, "wisemind shows the crisis lines of the country you are in. It does "
	                 "not guess a country from a language alone.\n\n");
	if (c->pending[0] != '\0') {
		str_appendf(text, "%s (%s). Press Enter to %s, or type another country.\n",
		            app_country_name(app, c->pending), c->pending,
		            ui->room ? "show its lines (for this class only; nothing is saved)"
		                     : "save it");
		if (!app_country_has_lines(app, c->pending)) {
			str_appendf(text, "wisemind has no crisis lines for %s yet; the crisis card "
			                  "will show its emergency number instead.\n",
			            app_country_name(app, c->pending));
		}
	} else if (app->who.code[0] != '\0' && app->who.source == COUNTRY_FROM_LOCALE) {
		str_appendf(text, "Your language setting (%s) suggests %s (%s).\n\n"
		                  "Press Enter to use %s, or type another two-letter country code "
		                  "or the country's English name, and press Enter.\n",
		            app->who.locale != NULL ? app->who.locale : "locale",
		            app_country_name(app, app->who.code), app->who.code, app->who.code);
	} else {
		str_append(text, "Type your two-letter country code (for example GB, US, AU or DE) "
		                 "or the country's English name, and press Enter.\n");
	}
	str_append(text, "Press Esc to skip for now. Ctrl-G shows the crisis lines at any time.\n");
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct country *c = state;
	int width = getmaxx(w) - 2;
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(w, 0, 1, "Your country");
	struct str text = {0};
	explain(ui, c, &text);
	int row = 2 + ui_text(ui, w, 2, 1, width, getmaxy(w) - 6, UI_ROLE_TEXT, str_cstr(&text));
	str_finish(&text);
	if (c->message.len > 0) {
		ui_text(ui, w, row + 3, 1, width, 2, c->message_alert ? UI_ROLE_ALERT : UI_ROLE_GOOD,
		        str_cstr(&c->message));
	}
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TEXT));
	mvwaddstr(w, row + 1, 1, "Country: ");
	ui_edit_draw(ui, &c->typed, w, row + 1, 10, 30);
}

static void say(struct country *c, bool alert, const char *text)
{
	str_clear(&c->message);
	str_append(&c->message, text);
	c->message_alert = alert;
}

/* What was typed is not a country: the one it stands for (an alpha-3
 * code), else the codes one letter away, else how to type one. */
static void suggest(struct ui *ui, struct country *c)
{
	struct country_suggestion s;
	app_country_suggest(&ui->app, c->typed.buf, &s);
	c->pending[0] = '\0';
	if (s.exact) {
		memcpy(c->pending, s.codes[0], sizeof(c->pending));
		str_clear(&c->message);
		return;
	}
	str_clear(&c->message);
	c->message_alert = true;
	str_append(&c->message, "That is not a country wisemind knows.");
	if (s.count > 0) {
		str_append(&c->message, " Did you mean");
		for (size_t i = 0; i < s.count; i++) {
			str_appendf(&c->message, "%s %s (%s)", i == 0 ? "" : i + 1 == s.count ? " or" : ",",
			            s.codes[i], app_country_name(&ui->app, s.codes[i]));
		}
		str_append(&c->message, "? Type the code and press Enter.");
	} else {
		str_append(&c->message, " Type a two-letter code such as GB, or a name such as "
		                        "Germany.");
	}
}

/* Enter: save the country read before, or read what was typed (a code or
 * a name) and show its name to confirm. */
static enum ui_reaction confirm(struct ui *ui, struct country *c)
{
	char code[COUNTRY_CODE_SIZE];
	if (c->typed.len == 0 && c->pending[0] == '\0' && ui->app.who.code[0] != '\0') {
		memcpy(c->pending, ui->app.who.code, sizeof(code));
	}
	if (c->typed.len > 0) {
		if (app_country_read(&ui->app, c->typed.buf, code)) {
			memcpy(c->pending, code, sizeof(code));
			str_clear(&c->message);
		} else {
			suggest(ui, c);
		}
		ui_edit_clear(&c->typed);
		return UI_REACT_REDRAW;
	}
	if (c->pending[0] == '\0') {
		say(c, true, "Type your country's two-letter code, such as GB, US or AU.");
		return UI_REACT_REDRAW;
	}
	struct str err = {0};
	if (ui->room) {
		/* A room's screen is no one's: the country is for this class. */
		app_use_country(&ui->app, c->pending);
		ui_say(ui, false, "Showing the lines of %s (%s) for this class; nothing was saved.",
		       app_country_name(&ui->app, c->pending), c->pending);
	} else if (app_confirm_country(&ui->app, c->pending, &err)) {
		ui_say(ui, false, "Saved: %s (%s).", app_country_name(&ui->app, c->pending), c->pending);
	} else {
		ui_say(ui, true, "%s", str_cstr(&err));
	}
	str_finish(&err);
	ui_pop(ui);
	return UI_REACT_REDRAW;
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct country *c = state;
	switch (ui_edit_key(&c->typed, action, ev)) {
	case UI_EDIT_DONE:
		return confirm(ui, c);
	case UI_EDIT_CANCEL:
		ui_pop(ui);
		return UI_REACT_REDRAW;
	case UI_EDIT_CHANGED:
		return UI_REACT_REDRAW;
	case UI_EDIT_NONE:
		break;
	}
	return UI_REACT_NONE;
}

static bool typing(const void *state)
{
	(void)state;
	return true;
}

const struct ui_screen ui_screen_country = {
	.name = "country",
	.state_size = sizeof(struct country),
	.enter = enter,
	.leave = leave,
	.draw = draw,
	.key = key,
	.typing = typing,
};
