#ifndef WISEMIND_CLI_REPORT_H
#define WISEMIND_CLI_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "app/error.h"
#include "app/notice.h"
#include "app/urge.h"

/* The shell's words for what the application layer reports as data. */

/* Prints "wisemind: <what is true>; <the next step, as a command>." on
 * stderr, finishes err and returns its exit code (DESIGN.md §4). */
int cli_error(struct app_error *err);

/* What went wrong and what to do next, as one sentence ending in a full
 * stop, appended to out: what cli_error prints, for a front end that says
 * it in the middle of other output (a practice's urge rating). */
void cli_error_sentence(const struct app_error *err, struct str *out);

/* Appends the shell's words for step ("`wisemind init` creates one");
 * nothing for NEXT_NONE. */
void cli_next_step(enum next_step step, struct str *out);

/* Prints each notice on stderr, one paragraph each, wrapped. */
void cli_print_notices(const struct app_notices *notices);

/* After a command was given urges, whatever happened (DESIGN §2.2):
 * status (whether they were saved, one sentence or two, or NULL), the
 * crisis card for the person's country, and for a strong urge two skills
 * for the moment. On out (stderr when stdout carries data). One command,
 * one card: call it once with everything the command was given. */
void cli_print_urge_outcome(const struct app *app, const struct app_urge_result *r,
                            const char *status, FILE *out);

#endif
