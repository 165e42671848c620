#ifndef WISEMIND_CLI_TERM_WIDTH_H
#define WISEMIND_CLI_TERM_WIDTH_H

#include <stdbool.h>
#include <stdio.h>

/* The width to wrap text printed to out: the terminal's when out is one,
 * else $COLUMNS, else 80; kept between 40 and 100 columns so lines stay
 * readable. */
int term_width(FILE *out);

/* Wraps text to term_width(out) and prints it, folded to ASCII (ascii_fold)
 * when the locale is not UTF-8. Phone numbers glued with no-break spaces
 * never break. */
void term_print_wrapped(FILE *out, const char *text);

/* True when the locale's codeset is UTF-8; else text is folded to ASCII. */
bool term_is_utf8(void);

#endif
