#ifndef WISEMIND_TESTS_CRYPTO_HELPERS_H
#define WISEMIND_TESTS_CRYPTO_HELPERS_H

/* Shared by the crypto tests: throw-away directories, fake SQLite
 * images, file surgery, and hooks with a cheap KDF. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crypto/vault.h"
#include "crypto/vault_hooks.h"

#define TEST_PASS "correct horse battery"
#define TEST_PASS_LEN (sizeof(TEST_PASS) - 1)

/* Counts and switches the hooks read; one per test. */
struct test_hooks {
	struct vault_hooks hooks;
	unsigned kdf_calls;
	int fail_encrypt_at; /* fail the Nth encrypt step (1-based); 0: never */
	int fail_verify;     /* fail the verify step when non-zero */
	unsigned encrypt_steps;
};

/* Hooks with Argon2id ops 1 / 8 MiB and a KDF counter. */
void test_hooks_init(struct test_hooks *t);

/* A fresh empty directory under $TMPDIR (or /tmp); free() the result
 * after test_rmdir. */
char *test_mkdtemp(void);

/* Deletes path and everything in it. */
void test_rmdir(const char *path);

/* "dir/name" in a static-free malloc'd string. */
char *test_path(const char *dir, const char *name);

/* A fake SQLite image of len bytes (a multiple of 4096): the magic, page
 * size 4096, then bytes derived from seed. malloc'd. */
uint8_t *test_image(size_t len, uint32_t seed);

/* Whole-file helpers; they fail the test on error. */
uint8_t *test_read(const char *path, size_t *len);
void test_write(const char *path, const uint8_t *buf, size_t len);
void test_copy(const char *from, const char *to);

/* Flips the low bit of one byte of path: at off, or, when off is
 * negative, -off bytes before the end. */
void test_flip(const char *path, long off);

/* A passphrase secret. */
struct vault_secret test_passphrase(const char *text);

/* Creates a vault with the cheap KDF in dir, an image of len bytes from
 * seed, optionally with a recovery key (recovery may be NULL), and closes
 * it. */
void test_make_vault(const char *dir, size_t len, uint32_t seed, char *recovery);

/* Opens dir with secret and the cheap hooks of t (t may be NULL), closes
 * the vault at once, and returns the status; opened is filled (finish it). */
enum vault_status test_open(const char *dir, const struct vault_secret *secret,
                            struct test_hooks *t, struct vault_opened *opened);

#endif
