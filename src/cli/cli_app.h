#ifndef WISEMIND_CLI_CLI_APP_H
#define WISEMIND_CLI_CLI_APP_H

#include <stdbool.h>
#include <stdio.h>

#include "app/app.h"

/* app_init with the shell's words for the hints, then prints the
 * warnings and any --country mistake on stderr. False when --country was
 * not a country code: the caller exits with CLI_USAGE (crisis shows the
 * card for an unknown country first). */
bool cli_app_start(struct app *app, const struct app_options *opt);

/* Prints one sentence on stderr: typed is not a country code, and the
 * code that fits (an alpha-3 code's or a name's), or the codes one
 * letter away that have crisis lines. use_code is the command to run
 * with a code in place of "%s", e.g. "wisemind --country %s crisis";
 * names_ok when an English name would have been read too. */
void cli_country_mistake(const struct app *app, const char *typed, const char *use_code,
                         bool names_ok);

/* Creates path for a command's -o: a new file only the person can read
 * (0600), never over one that is there. Returns its descriptor, or -1
 * after saying why and what to do. */
int cli_create_output(const char *path);

/* Prints text wrapped to the width of out, folded to ASCII when the
 * terminal cannot show UTF-8: the one way the shell prints prose. */
void cli_print_text(FILE *out, const char *text);

#endif
