#ifndef WISEMIND_UI_TERM_H
#define WISEMIND_UI_TERM_H

#include <stdbool.h>

/* Starts curses on the terminal, in the alternate screen, so nothing
 * shown is left in the scrollback. Returns false, with the terminal left
 * as it was, when it cannot be driven: TERM unset, "dumb", or unknown to
 * terminfo. */
bool term_start(void);
void term_stop(void);

#endif
