#ifndef WISEMIND_CLI_REPORT_H
#define WISEMIND_CLI_REPORT_H

#include <stddef.h>
#include <stdio.h>

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

/* After a command recorded urges (count of them): the crisis card, with
 * a line saying why it shows, on out (stderr when standard output
 * carries data, such as an export). DESIGN §2.2: every path that records
 * an urge shows crisis lines; a command shows one card. */
struct app;
void cli_print_urge_card(const struct app *app, size_t count, FILE *out);

#endif
