#ifndef WISEMIND_UI_TUI_H
#define WISEMIND_UI_TUI_H

#include "app/app.h"

/* Runs the interactive program until the person quits; returns the exit
 * code. With --plain, or when stdin/stdout is not a terminal, runs the
 * line-by-line mode instead of curses. */
int tui_run(const struct app_options *opt);

#endif
