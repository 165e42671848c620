#ifndef WISEMIND_CLI_REPORT_H
#define WISEMIND_CLI_REPORT_H

#include "app/error.h"
#include "app/notice.h"

/* The shell's words for what the application layer reports as data. */

/* Prints "wisemind: <what is true>; <the next step, as a command>." on
 * stderr, finishes err and returns its exit code (DESIGN.md §4). */
int cli_error(struct app_error *err);

/* Appends the shell's words for step ("`wisemind init` creates one");
 * nothing for NEXT_NONE. */
void cli_next_step(enum next_step step, struct str *out);

/* Prints each notice on stderr, one paragraph each, wrapped. */
void cli_print_notices(const struct app_notices *notices);

#endif
