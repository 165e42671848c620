#ifndef WISEMIND_CLI_PASSPHRASE_ADVICE_H
#define WISEMIND_CLI_PASSPHRASE_ADVICE_H

#include <stdbool.h>
#include <stddef.h>

#include "cli/passphrase_input.h"
#include "core/str.h"

/* Checks a new passphrase for init and passwd. A too-short or very weak
 * one is refused: one sentence with a suggestion goes to stderr and the
 * result is false. A weak one is accepted with a warning. */
bool passphrase_acceptable(const char *passphrase, size_t len);

/* Reads a new passphrase from fd (once), or from the terminal (twice, to
 * catch typos), and checks it. Returns 0, or an exit code after saying
 * why; out is then empty. */
int passphrase_read_new(int fd, const char *prompt, struct app_secret *out);

/* Shows a new recovery key once, then asks for one group of it back (from
 * standard input) so the person proves it was written down. Prints a
 * warning when it is not given back correctly in three tries; the key is
 * in place either way. */
void recovery_key_show(const char *key_text);

#endif
