#ifndef WISEMIND_CLI_PLAIN_H
#define WISEMIND_CLI_PLAIN_H

#include "app/app.h"

/* Plain mode (wisemind --plain; also TERM=dumb, a terminal curses does
 * not know, or input or output that is not a terminal): the program's
 * flows as numbered line prompts, for screen readers and braille
 * displays. First run, unlock, today, the diary card, a quick urge with
 * its crisis lines, practising a skill (timers said in words), the week,
 * the safety plan, settings; ! and Enter at any prompt shows the crisis
 * lines. No cursor movement, no colour, no escape sequence: curses is
 * never started. It reads standard input a line at a time (a script can
 * drive it through a pipe), ends cleanly at the end of input or on q
 * (0), and on Ctrl-C or a termination signal closes and wipes the diary
 * first (main then exits 128 + the signal). Returns the exit code. */
int cli_plain_run(const struct app_options *opt);

#endif
