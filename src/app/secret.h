#ifndef WISEMIND_APP_SECRET_H
#define WISEMIND_APP_SECRET_H

#include <stdbool.h>
#include <stddef.h>

/* A secret (a passphrase, a recovery key) in memory that is locked out of
 * swap and wiped when freed. Front ends read into one and pass it to the
 * session; they never touch the crypto layer. */
struct app_secret {
	char *text; /* NUL-terminated; NULL when empty */
	size_t len;
};

/* Largest passphrase or recovery key read, in bytes. */
#define APP_SECRET_MAX 1024

/* Secure memory for a secret of at most APP_SECRET_MAX bytes and its
 * NUL; NULL when out of memory. Free it with app_secret_finish (after
 * putting it in a struct app_secret) or app_secret_free. */
char *app_secret_buffer(void) __attribute__((warn_unused_result));
void app_secret_free(char *buffer);

/* Wipes and frees the secret; safe on a zeroed one. */
void app_secret_finish(struct app_secret *secret);

/* True when the two secrets are the same, compared in constant time. */
bool app_secret_equal(const struct app_secret *a, const struct app_secret *b);

/* Wipes n bytes at p so the compiler cannot skip it. */
void app_wipe(void *p, size_t n);

/* A uniformly random number below bound (> 0), from the system's
 * cryptographic generator: for suggested words and which part of a
 * recovery key to ask back. */
unsigned app_random_below(unsigned bound);

/* Turns core dumps off for the process before a secret or the diary is
 * in memory. False when the system refuses: nothing secret may then be
 * read. */
bool app_secrets_protect(void) __attribute__((warn_unused_result));

#endif
