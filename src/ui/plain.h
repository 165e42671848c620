#ifndef WISEMIND_UI_PLAIN_H
#define WISEMIND_UI_PLAIN_H

#include <stdio.h>

#include "app.h"

/* The line-by-line front end (--plain) for screen readers and pipes: the
 * same choices as the screens, one line at a time, no cursor movement.
 * Reads commands from in until "q" or end of input. */
int plain_run(struct app *app, FILE *in, FILE *out);

#endif
