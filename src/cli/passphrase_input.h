#ifndef WISEMIND_CLI_PASSPHRASE_INPUT_H
#define WISEMIND_CLI_PASSPHRASE_INPUT_H

#include <stdbool.h>

#include "app/secret.h"
#include "core/str.h"

/* Reads one line as a secret into secure memory: from file descriptor fd
 * when fd >= 0 (for scripts and tests), else from the terminal with echo
 * off, after showing prompt there. Returns false, with one sentence in
 * err, when nothing can be read (no terminal, end of input) or the line
 * is longer than APP_SECRET_MAX. */
bool passphrase_input_read(int fd, const char *prompt, struct app_secret *out, struct str *err)
	__attribute__((warn_unused_result));

#endif
