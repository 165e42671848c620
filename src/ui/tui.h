#ifndef WISEMIND_UI_TUI_H
#define WISEMIND_UI_TUI_H

#include "app/app.h"

/* Why a run without a command goes line by line (plain mode, in
 * src/cli) instead of the full screen. main decides: the layers below it
 * may not call each other's front ends. */
enum tui_plain {
	TUI_PLAIN_NO,       /* the full screen */
	TUI_PLAIN_ASKED,    /* --plain, or standard input or output is not a terminal */
	TUI_PLAIN_NO_SCREEN, /* TERM is unset, "dumb" or unknown to terminfo */
};

/* Which of the two the options and the terminal call for. Starts nothing
 * and prints nothing. */
enum tui_plain tui_wants_plain(const struct app_options *opt);

/* The one line said on stderr when the full screen was wanted but the
 * terminal cannot show it, before plain mode starts. */
void tui_say_no_screen(void);

/* What tui_run returns when curses could not start on this terminal: main
 * says so (tui_say_no_screen) and runs plain mode instead. Not an exit
 * code: those are 0 to 255. */
#define TUI_RUN_PLAIN (-1)

/* Runs the full screen until the person quits; returns the exit code, or
 * TUI_RUN_PLAIN when the screen could not start. */
int tui_run(const struct app_options *opt);

/* The presenter for a group (wisemind class) on the full screen, until
 * the teacher quits: no diary is opened and nothing is written. Returns
 * the exit code, or TUI_RUN_PLAIN when the screen could not start. */
struct app_group;
int tui_class_run(const struct app_options *opt, const struct app_group *group);

#endif
