#ifndef WISEMIND_CLI_TERM_WIDTH_H
#define WISEMIND_CLI_TERM_WIDTH_H

#include <stdbool.h>
#include <stdio.h>

#include "core/str.h"

/* The width to wrap text printed to out: the terminal's when out is one,
 * else $COLUMNS, else 80; kept between 40 and 100 columns so lines stay
 * readable. */
int term_width(FILE *out);

/* Wraps text to term_width(out) and prints it, folded to ASCII (ascii_fold)
 * when the locale is not UTF-8, through term_printable. Phone numbers
 * glued with no-break spaces never break. */
void term_print_wrapped(FILE *out, const char *text);

/* Appends text with every control character but the newline shown as
 * "?" (a tab as a space), C1 controls (U+0080 to U+009F) too, so that no
 * escape sequence from a skill file or from what was typed (an arrow key
 * in a note) ever reaches the terminal: plain mode promises screen
 * readers no cursor movement at all. */
void term_printable(const char *text, struct str *out);

/* True when the locale's codeset is UTF-8; else text is folded to ASCII. */
bool term_is_utf8(void);

#endif
