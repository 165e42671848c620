#ifndef WISEMIND_CRYPTO_VAULT_INTERNAL_H
#define WISEMIND_CRYPTO_VAULT_INTERNAL_H

/* Shared by the vault_*.c files only: the body of struct vault and the
 * steps that create, open, save and rekey have in common. */

#include <stdbool.h>
#include <stdint.h>

#include "crypto/vault.h"
#include "crypto/vault_format.h"
#include "crypto/vault_hooks.h"

/* The three keys, one secure allocation: MK, payload key, freshness key. */
#define VAULT_KEYS_LEN (3 * VAULT_KEY_LEN)
#define KEYS_MK(k) (k)
#define KEYS_PK(k) ((k) + VAULT_KEY_LEN)
#define KEYS_FK(k) ((k) + 2 * VAULT_KEY_LEN)

struct vault {
	int dirfd;
	int lockfd;
	char *state_dir;                 /* NULL: no freshness record */
	const struct vault_hooks *hooks; /* NULL outside tests */
	struct vault_header header;      /* the slots every save writes again */
	uint8_t *keys;                   /* VAULT_KEYS_LEN bytes of secmem */
	uint64_t generation;
	bool keep_prev; /* opened from diary.vault.prev: do not link the damaged file over it */
	bool drop_prev; /* the next save changes the master key: no copy under the old one stays */
	bool read_only; /* the data directory cannot be written: saves are refused */
};

/* A closed vault with its key memory (NULL when out of memory). */
struct vault *vault_alloc(const struct vault_hooks *hooks, const char *state_dir);

/* Opens dir (creating it when asked) and takes the lock into v. */
enum vault_status vault_lock_dir(struct vault *v, const char *dir, bool create);

/* The system calls to use. */
const struct vault_io *vault_io_of(const struct vault_hooks *hooks);

/* Fills keys' payload and freshness keys from its MK. */
void vault_keys_derive(uint8_t *keys);

/* A new passphrase slot with a random salt and the KDF parameters of
 * hooks (MODERATE without hooks); its wrap is filled by vault_slot_wrap. */
void vault_slot_new_passphrase(struct vault_slot *s, const struct vault_hooks *hooks);

/* A new recovery slot (no KDF parameters). */
void vault_slot_new_recovery(struct vault_slot *s);

/* Runs Argon2id for slot (calling the on_kdf hook first). Returns
 * VAULT_OK or VAULT_E_NOMEM. */
enum vault_status vault_slot_kek(uint8_t kek[VAULT_KEY_LEN], const struct vault_slot *slot,
                                 const char *passphrase, size_t len,
                                 const struct vault_hooks *hooks)
	__attribute__((warn_unused_result));

/* Wraps mk into slot i of h under kek with a fresh nonce. h's slot_count
 * must be final: the AD covers the header length. */
void vault_slot_wrap(struct vault_header *h, unsigned i, const uint8_t kek[VAULT_KEY_LEN],
                     const uint8_t mk[VAULT_KEY_LEN]);

/* Unwraps slot i of h; false when the tag fails. */
bool vault_slot_unwrap(const struct vault_header *h, unsigned i, const uint8_t kek[VAULT_KEY_LEN],
                       uint8_t mk[VAULT_KEY_LEN]) __attribute__((warn_unused_result));

/* The index of the first slot of type, or -1. */
int vault_slot_find(const struct vault_header *h, enum vault_slot_type type);

/* Writes image under h and keys as generation v->generation + 1 with the
 * save protocol. On VAULT_OK the file is durable, v->generation moved on
 * and the freshness record follows (best effort). Does not adopt h or
 * keys: the caller does on success. */
enum vault_status vault_commit(struct vault *v, const struct vault_header *h, const uint8_t *keys,
                               const uint8_t *image, size_t image_len)
	__attribute__((warn_unused_result));

#endif
