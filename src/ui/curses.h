#ifndef WISEMIND_UI_CURSES_H
#define WISEMIND_UI_CURSES_H

/* The one place curses is included: the wide-character API needs
 * _XOPEN_SOURCE_EXTENDED before the header. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>

#endif
