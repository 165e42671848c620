#ifndef WISEMIND_UI_TERM_TYPE_H
#define WISEMIND_UI_TERM_TYPE_H

#include <stdbool.h>

/* True when TERM names a terminal that terminfo knows and that is not
 * "dumb": only then can curses draw the screen. Asked before newterm,
 * which leaves memory behind when it fails. */
bool term_type_usable(void);

#endif
