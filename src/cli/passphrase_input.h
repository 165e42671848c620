#ifndef WISEMIND_CLI_PASSPHRASE_INPUT_H
#define WISEMIND_CLI_PASSPHRASE_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"

/* A secret typed by the person, held in secure memory (crypto/secmem). */
struct secret_text {
	char *text; /* NUL-terminated; NULL when empty */
	size_t len;
};

/* Largest passphrase or recovery key read, in bytes. */
#define SECRET_TEXT_MAX 1024

/* Reads one line as a secret: from file descriptor fd when fd >= 0 (for
 * scripts and tests), else from the terminal with echo off, after showing
 * prompt there. Returns false, with one sentence in err, when nothing can
 * be read (no terminal, end of input) or the line is too long. */
bool secret_text_read(int fd, const char *prompt, struct secret_text *out, struct str *err)
	__attribute__((warn_unused_result));

/* Wipes and frees the secret; safe on a zeroed one. */
void secret_text_finish(struct secret_text *secret);

#endif
