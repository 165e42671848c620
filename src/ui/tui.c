#include "ui/tui.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/homework.h"
#include "app/session.h"
#include "app/signals.h"
#include "core/wrap.h"
#include "ui/screens.h"
#include "ui/term.h"
#include "ui/term_type.h"
#include "ui/ui.h"

/* The whole story of each warning, on stderr once the screen is closed,
 * wrapped to the terminal's width as the commands' are. */
static void print_warnings(const struct app *app, int width)
{
	for (size_t i = 0; i < app->warnings.count; i++) {
		struct str line = {0};
		str_append(&line, "wisemind: ");
		app_warning_describe(&app->warnings.items[i], &line);
		str_append_char(&line, '.');
		struct wrapped w;
		wrap_for_terminal(str_cstr(&line), width > 0 ? width : 80, app->ascii_only, &w);
		for (size_t j = 0; j < w.count; j++) {
			fprintf(stderr, "%s\n", w.lines[j]);
		}
		wrapped_finish(&w);
		str_finish(&line);
	}
}

/* The first warning that has a short form, for the status line. */
static void status_from_warnings(struct ui *ui)
{
	for (size_t i = 0; i < ui->app.warnings.count && ui->status.len == 0; i++) {
		app_warning_summary(&ui->app.warnings.items[i], &ui->status);
		ui->status_alert = true;
	}
	ui->warnings_said = ui->app.warnings.count;
}

static bool has_vault(struct ui *ui)
{
	struct app_error err = {0};
	bool ok = session_precheck(&ui->app, &err);
	/* Only "there is no vault" leads to the first run; anything else
	 * (held by another wisemind, a newer version, an odd file) is said on
	 * the locked screen, which still has the crisis lines. */
	bool missing = !ok && app_error_next(&err) == NEXT_INIT;
	app_error_finish(&err);
	return !missing;
}

void ui_unlocked(struct ui *ui, struct session *s)
{
	/* The library is read while the person still waits on the unlock,
	 * so the card and the skills open at once. */
	ui_skills(ui);
	ui->session = s;
	/* and with it the skills that came with homework, kept in the diary
	 * (let go again at the lock) */
	struct app_error err = {0};
	bool ok = session_skills_load(s, &ui->skills, &err);
	ui_reset(ui, &ui_screen_today, NULL);
	if (!ok) {
		ui_say_error(ui,
		             "The skills that came with your homework could not be read: ", &err);
	}
	app_error_finish(&err);
}

enum tui_plain tui_wants_plain(const struct app_options *opt)
{
	if (opt->plain || !isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		return TUI_PLAIN_ASKED;
	}
	/* Asked before curses starts: a dumb or unknown terminal never sees
	 * an escape sequence. */
	return term_type_usable() ? TUI_PLAIN_NO : TUI_PLAIN_NO_SCREEN;
}

void tui_say_no_screen(void)
{
	/* One line, then the same program line by line: a person who needs
	 * the crisis lines must never be turned away. */
	fputs("wisemind: this terminal (TERM) cannot show the full screen, so wisemind "
	      "continues line by line.\n", stderr);
}

/* Starts the screen: the app (settings, country, crisis lines), the
 * signals, curses and the theme. False when curses could not start; the
 * app is finished then. */
static bool screen_start(struct ui *ui, const struct app_options *opt)
{
	app_init(&ui->app, opt);
	status_from_warnings(ui);
	ui->app.hints.change_country = "press o";
	/* Only the screen needs the locale (for wide characters). The commands
	 * measure text themselves: setting a locale up costs the crisis card
	 * more than everything else it does. */
	setlocale(LC_CTYPE, "");
	/* Ctrl-C and termination signals are ours, not curses's (which would
	 * exit from its handler): the loop ends, work is kept, the diary
	 * wiped, the screen put back, and main exits 128 + the signal. */
	app_signals_catch(APP_SIGNALS_TERMINATE | APP_SIGNALS_INTERRUPT);
	if (!term_start()) {
		/* main goes on line by line; plain mode reads the settings and
		 * says their warnings itself. */
		str_finish(&ui->status);
		app_finish(&ui->app);
		return false;
	}
	theme_init(&ui->theme, !ui->app.ascii_only && strcmp(nl_langinfo(CODESET), "UTF-8") == 0);
	theme_start_colors(&ui->theme, !ui->app.opt.no_color && !ui->app.settings.monochrome);
	return true;
}

/* Leaves every screen, puts the terminal back and says the warnings. */
static int screen_stop(struct ui *ui, bool kept)
{
	ui_clear(ui);
	if (ui->body != NULL) {
		delwin(ui->body);
	}
	int width = COLS;
	term_stop();
	int rc = EXIT_SUCCESS;
	if (!kept) {
		fprintf(stderr, "wisemind: %s Nothing more could be done before closing.\n",
		        str_cstr(&ui->kept_why));
		session_close(ui->session);
		rc = EXIT_FAILURE;
	}
	print_warnings(&ui->app, width);
	str_finish(&ui->status);
	str_finish(&ui->kept_why);
	app_skills_finish(&ui->skills);
	app_finish(&ui->app);
	return rc;
}

int tui_run(const struct app_options *opt)
{
	struct ui ui = {0};
	if (!screen_start(&ui, opt)) {
		return TUI_RUN_PLAIN;
	}
	if (!app_secrets_protect()) {
		ui_say(&ui, true, "Core dumps could not be turned off, so wisemind will not ask "
		                  "for a passphrase here; the crisis lines still work (press !).");
	}
	if (!has_vault(&ui)) {
		/* The first run: the welcome says what wisemind is, then asks
		 * the country itself, before the passphrase. */
		ui_push(&ui, &ui_screen_welcome, NULL);
	} else {
		ui_push(&ui, &ui_screen_unlock, NULL);
		if (app_country_unconfirmed(&ui.app)) {
			ui_push(&ui, &ui_screen_country, NULL);
		}
	}
	ui_loop(&ui);
	/* Quitting, Ctrl-C or a termination signal: keep what is open, save,
	 * wipe. A draft that cannot be kept is said on stderr. */
	bool kept = ui_close_session(&ui);
	return screen_stop(&ui, kept);
}

int tui_class_run(const struct app_options *opt, const struct app_group *group)
{
	struct ui ui = {0};
	if (!term_type_usable() || !screen_start(&ui, opt)) {
		return TUI_RUN_PLAIN;
	}
	/* No diary: no vault is looked for, no first-run question is asked
	 * or saved, and nothing is written anywhere. */
	ui.room = true;
	ui_push(&ui, &ui_screen_class, group);
	ui_loop(&ui);
	return screen_stop(&ui, true);
}
