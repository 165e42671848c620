#ifndef WISEMIND_UI_PLAIN_H
#define WISEMIND_UI_PLAIN_H

#include <stdio.h>

#include "app/app.h"

/* The line-by-line front end (--plain) for screen readers and pipes: the
 * same choices as the screens, one line at a time, no cursor movement.
 * Reads commands from in until "q" or end of input. */
int plain_run(struct app *app, FILE *in, FILE *out);

/* Prints text wrapped to 80 columns, folded to ASCII when the terminal
 * cannot show UTF-8; phone numbers never break. */
void ui_plain_print(const struct app *app, FILE *out, const char *text);

#endif
