#ifndef WISEMIND_CRYPTO_VAULT_HOOKS_H
#define WISEMIND_CRYPTO_VAULT_HOOKS_H

/* Test-only seams into the vault. The shipped program never includes
 * this header: it calls vault_create and vault_open, which pass no hooks
 * and so always use the real system calls, Argon2id MODERATE and
 * libsodium's own MAC checks. Tests pass hooks to vault_create_hooked and
 * vault_open_hooked to inject faults and use a cheap KDF. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crypto/vault_io.h"
#include "crypto/vault_status.h"

struct crypto_secretstream_xchacha20poly1305_state;

/* Where a crypto failure can be injected. */
enum vault_hook_step {
	VAULT_STEP_ENCRYPT, /* pushing one stream message during a save */
	VAULT_STEP_VERIFY,  /* decrypting the temp file before the rename */
};

struct vault_hooks {
	/* System calls; NULL: the real ones. */
	const struct vault_io *io;
	/* Argon2id parameters for new passphrase slots; 0: MODERATE. */
	uint32_t kdf_opslimit;
	uint64_t kdf_memlimit;
	/* Called before every Argon2id run. */
	void (*on_kdf)(void *ctx);
	/* Return true to make that step fail as if libsodium had. */
	bool (*fail_crypto)(void *ctx, enum vault_hook_step step);
	/* Replaces crypto_secretstream_xchacha20poly1305_pull when reading
	 * (same contract): lets a test show a tamper test would go unseen
	 * without the MAC check (STORAGE.md §5 #2). */
	int (*pull)(struct crypto_secretstream_xchacha20poly1305_state *state, unsigned char *m,
	            unsigned long long *mlen_p, unsigned char *tag_p, const unsigned char *c,
	            unsigned long long clen, const unsigned char *ad, unsigned long long adlen);
	/* The saved_at time to write; NULL: time(NULL). */
	uint64_t (*now)(void *ctx);
	void *ctx;
};

struct vault;
struct vault_secret;
struct vault_opened;

/* vault_create and vault_open with hooks (NULL: none). hooks must stay
 * valid until the vault is closed: saves use them too. */
enum vault_status vault_create_hooked(const struct vault_hooks *hooks, const char *dir,
                                      const char *state_dir, const char *passphrase,
                                      size_t passphrase_len, char *recovery_out, const void *image,
                                      size_t image_len, struct vault **out)
	__attribute__((warn_unused_result));
enum vault_status vault_open_hooked(const struct vault_hooks *hooks, const char *dir,
                                    const char *state_dir, const struct vault_secret *secret,
                                    struct vault **out, struct vault_opened *opened)
	__attribute__((warn_unused_result));

#endif
