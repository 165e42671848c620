#include "ui/tui.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/session.h"
#include "app/signals.h"
#include "core/wrap.h"
#include "ui/plain.h"
#include "ui/screens.h"
#include "ui/term.h"
#include "ui/ui.h"

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
static void status_from_warnings(struct ui *ui)
{
	for (size_t i = 0; i < ui->app.warnings.count && ui->status.len == 0; i++) {
		app_warning_summary(&ui->app.warnings.items[i], &ui->status);
		ui->status_alert = true;
	}
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

static int run_plain(struct ui *ui)
{
	print_warnings(&ui->app, 0);
	ui->app.hints.change_country = "type c and Enter";
	return plain_run(&ui->app, stdin, stdout);
}

void ui_unlocked(struct ui *ui, struct session *s)
{
	/* The library is read while the person still waits on the unlock,
	 * so the card and the skills open at once. */
	ui_skills(ui);
	ui->session = s;
	ui_reset(ui, &ui_screen_today, NULL);
}

int tui_run(const struct app_options *opt)
{
	struct ui ui = {0};
	app_init(&ui.app, opt);
	status_from_warnings(&ui);
	ui.app.hints.change_country = "press o";
	int rc = EXIT_SUCCESS;
	bool plain = opt->plain || !isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO);
	/* Only the screen needs the locale (for wide characters). The commands
	 * measure text themselves: setting a locale up costs the crisis card
	 * more than everything else it does. */
	setlocale(LC_CTYPE, "");
	/* Ctrl-C and termination signals are ours, not curses's (which would
	 * exit from its handler): the loop ends, work is kept, the diary
	 * wiped, the screen put back, and main exits 128 + the signal. */
	if (!plain) {
		app_signals_catch(APP_SIGNALS_TERMINATE | APP_SIGNALS_INTERRUPT);
	}
	if (!plain && !term_start()) {
		/* One line, then the same program line by line: a person who
		 * needs the crisis lines must never be turned away. */
		fputs("wisemind: this terminal (TERM) cannot show the full screen, so wisemind "
		      "continues line by line.\n", stderr);
		plain = true;
	}
	if (plain) {
		rc = run_plain(&ui);
		str_finish(&ui.status);
		app_finish(&ui.app);
		return rc;
	}
	theme_init(&ui.theme, !ui.app.ascii_only && strcmp(nl_langinfo(CODESET), "UTF-8") == 0);
	theme_start_colors(&ui.theme, !ui.app.opt.no_color && !ui.app.settings.monochrome);
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
	ui_clear(&ui);
	if (ui.body != NULL) {
		delwin(ui.body);
	}
	int width = COLS;
	term_stop();
	if (!kept) {
		fprintf(stderr, "wisemind: %s Nothing more could be done before closing.\n",
		        str_cstr(&ui.kept_why));
		session_close(ui.session);
		rc = EXIT_FAILURE;
	}
	print_warnings(&ui.app, width);
	str_finish(&ui.status);
	str_finish(&ui.kept_why);
	app_skills_finish(&ui.skills);
	app_finish(&ui.app);
	return rc;
}
