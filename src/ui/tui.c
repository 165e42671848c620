#include "ui/tui.h"

#include <locale.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "app/signals.h"
#include "core/wrap.h"
#include "ui/curses.h"
#include "ui/plain.h"
#include "ui/tui_state.h"

/* A warning about the person's own files (a malformed crisis or settings
 * file) stays on the line above the hints, where the person is looking,
 * not only on stderr after quitting. */
static void draw_status(struct tui *t)
{
	int rows = ui_status_rows(t);
	if (rows == 0) {
		return;
	}
	attrset(term_attr(&t->term, UI_ROLE_ALERT));
	ui_text_draw(t, LINES - 1 - rows, 1, COLS - 2, rows, str_cstr(&t->status));
}

static void draw_frame(struct tui *t)
{
	erase();
	attrset(term_attr(&t->term, UI_ROLE_TITLE));
	mvaddstr(0, 1, "wisemind");
	attrset(term_attr(&t->term, UI_ROLE_HINT));
	const char *hint = t->screen == UI_SCREEN_HOME ? "! crisis lines   ? keys   q quit"
	                   : t->screen == UI_SCREEN_COUNTRY ? "! crisis lines   Enter confirm   Esc skip"
	                   : t->screen == UI_SCREEN_CRISIS ? "! crisis lines   c country   Esc back"
	                   : "! crisis lines   Esc back";
	mvaddstr(LINES - 1, 1, hint);
	draw_status(t);
	switch (t->screen) {
	case UI_SCREEN_HOME:
		ui_home_draw(t);
		break;
	case UI_SCREEN_CRISIS:
		ui_crisis_draw(t);
		break;
	case UI_SCREEN_HELP:
		ui_help_draw(t);
		break;
	case UI_SCREEN_COUNTRY:
		ui_country_draw(t);
		break;
	}
	attrset(A_NORMAL);
	refresh();
}

static void go(struct tui *t, enum ui_screen screen)
{
	if (t->screen != screen) {
		if (t->screen == UI_SCREEN_HOME) {
			t->back = UI_SCREEN_HOME;
		}
		t->screen = screen;
		t->scroll = 0;
	}
}

enum ui_reaction ui_handle(struct tui *t, enum ui_action action)
{
	switch (action) {
	case UI_ACTION_CRISIS:
		go(t, UI_SCREEN_CRISIS);
		return UI_REACT_REDRAW;
	case UI_ACTION_HELP:
		go(t, UI_SCREEN_HELP);
		return UI_REACT_REDRAW;
	case UI_ACTION_COUNTRY:
		t->back = UI_SCREEN_HOME;
		t->screen = UI_SCREEN_COUNTRY;
		t->typed[0] = '\0';
		t->pending[0] = '\0';
		return UI_REACT_REDRAW;
	case UI_ACTION_BACK:
		go(t, t->back);
		return UI_REACT_REDRAW;
	case UI_ACTION_QUIT:
		if (t->screen == UI_SCREEN_HOME) {
			return UI_REACT_QUIT;
		}
		go(t, t->back);
		return UI_REACT_REDRAW;
	case UI_ACTION_SCROLL_UP:
		if (t->scroll > 0) {
			t->scroll--;
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_SCROLL_DOWN:
		t->scroll++;
		return UI_REACT_REDRAW;
	case UI_ACTION_NONE:
		break;
	}
	return UI_REACT_NONE;
}

/* The whole story of each warning, on stderr once the screen is closed,
 * wrapped to the terminal's width as the commands' are (width 0: as it
 * is, for plain mode, whose output may be read by a program). */
static void print_warnings(const struct app *app, int width)
{
	for (size_t i = 0; i < app->warnings.count; i++) {
		struct str line = {0};
		str_append(&line, "wisemind: ");
		app_warning_describe(&app->warnings.items[i], &line);
		str_append_char(&line, '.');
		if (width <= 0) {
			fprintf(stderr, "%s\n", str_cstr(&line));
		} else {
			struct wrapped w;
			wrap_for_terminal(str_cstr(&line), width, app->ascii_only, &w);
			for (size_t j = 0; j < w.count; j++) {
				fprintf(stderr, "%s\n", w.lines[j]);
			}
			wrapped_finish(&w);
		}
		str_finish(&line);
	}
}

/* The first warning that has a short form, for the status line. */
static void status_from_warnings(struct tui *t)
{
	for (size_t i = 0; i < t->app.warnings.count && t->status.len == 0; i++) {
		app_warning_summary(&t->app.warnings.items[i], &t->status);
	}
}

int tui_run(const struct app_options *opt)
{
	struct tui t = {.screen = UI_SCREEN_HOME};
	app_init(&t.app, opt);
	status_from_warnings(&t);
	t.app.hints.change_country = "press c";
	if (app_country_unconfirmed(&t.app)) {
		t.screen = UI_SCREEN_COUNTRY;
	}
	int rc = EXIT_SUCCESS;
	bool plain = opt->plain || !isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO);
	/* Only curses needs the locale (for wide characters). The commands
	 * measure text themselves: setting a locale up costs the crisis card
	 * more than everything else it does. */
	setlocale(LC_CTYPE, "");
	/* Ctrl-C and termination signals are ours, not curses's (which would
	 * exit from its handler): the loop ends, the screen is put back, and
	 * main exits 128 + the signal, 130 for Ctrl-C, as every command does.
	 * Caught before curses starts, which then leaves them alone. */
	if (!plain) {
		app_signals_catch(APP_SIGNALS_TERMINATE | APP_SIGNALS_INTERRUPT);
	}
	if (!plain && !term_start(&t.term, t.app.opt.no_color)) {
		/* One line, then the same program line by line: a person who
		 * needs the crisis lines must never be turned away. */
		fputs("wisemind: this terminal (TERM) cannot show the full screen, so wisemind "
		      "continues line by line.\n", stderr);
		plain = true;
	}
	if (plain) {
		print_warnings(&t.app, 0);
		t.app.hints.change_country = "type c and Enter";
		rc = plain_run(&t.app, stdin, stdout);
		str_finish(&t.status);
		app_finish(&t.app);
		return rc;
	}
	draw_frame(&t);
	for (;;) {
		int key = getch();
		if (app_signals_pending() != 0) {
			break;
		}
		enum ui_reaction r = key == KEY_RESIZE ? UI_REACT_REDRAW
		                     : t.screen == UI_SCREEN_COUNTRY ? ui_country_key(&t, key)
		                     : ui_handle(&t, ui_keys_action(key));
		if (r & UI_REACT_QUIT) {
			break;
		}
		if (r & UI_REACT_REDRAW) {
			draw_frame(&t);
		}
	}
	int width = COLS;
	term_stop();
	print_warnings(&t.app, width);
	str_finish(&t.message);
	str_finish(&t.status);
	app_finish(&t.app);
	return rc;
}
