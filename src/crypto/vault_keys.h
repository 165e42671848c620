#ifndef WISEMIND_CRYPTO_VAULT_KEYS_H
#define WISEMIND_CRYPTO_VAULT_KEYS_H

/* The key hierarchy of STORAGE.md §4.3: passphrase -> Argon2id -> KEK,
 * recovery key -> crypto_kdf -> KEK, KEK wraps the master key (MK), and
 * the MK gives the payload and freshness keys. Keys are 32-byte arrays the
 * caller keeps in secmem_alloc memory. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crypto/vault_format.h"

/* Argon2id MODERATE, the parameters of every shipped passphrase slot. */
#define VAULT_KDF_OPSLIMIT 3
#define VAULT_KDF_MEMLIMIT ((uint64_t)256 * 1024 * 1024)

#define VAULT_RECOVERY_KEY_LEN 32
/* 52 base32 digits in 13 groups of 4, a dash, the check character:
 * "XXXX-XXXX-...-XXXX-C" plus the NUL. */
#define VAULT_RECOVERY_TEXT_LEN (13 * 5 + 1)
#define VAULT_RECOVERY_TEXT_SIZE (VAULT_RECOVERY_TEXT_LEN + 1)

/* The Argon2id parameters a file may ask for at open (§4.4): ops 1..16,
 * memory 8 MiB .. min(2 GiB, half the physical RAM). */
struct vault_kdf_caps vault_kdf_caps_default(void);

/* Derives a passphrase KEK with Argon2id13 and the slot's salt and
 * parameters. Returns false when Argon2id cannot get its memory. */
bool vault_kdf_passphrase(uint8_t kek[VAULT_KEY_LEN], const char *passphrase, size_t len,
                          const struct vault_slot *slot) __attribute__((warn_unused_result));

/* Derives the recovery KEK: crypto_kdf(id 1, "WMrecov1") of the key. */
void vault_kdf_recovery(uint8_t kek[VAULT_KEY_LEN], const uint8_t key[VAULT_RECOVERY_KEY_LEN]);

/* Derives the payload key (id 1, "WMpayld1") and the freshness MAC key
 * (id 2, "WMfresh1") from the MK. */
void vault_kdf_payload(uint8_t pk[VAULT_KEY_LEN], const uint8_t mk[VAULT_KEY_LEN]);
void vault_kdf_freshness(uint8_t fk[VAULT_KEY_LEN], const uint8_t mk[VAULT_KEY_LEN]);

/* Wraps the MK under kek with XChaCha20-Poly1305, the given 24-byte nonce
 * and ad (vault_slot_ad). Callers draw a fresh random nonce for every
 * wrap; tests pass a fixed one for a known-answer check. */
void vault_wrap(uint8_t out[VAULT_WRAPPED_LEN], const uint8_t mk[VAULT_KEY_LEN],
                const uint8_t kek[VAULT_KEY_LEN], const uint8_t nonce[VAULT_WRAP_NONCE_LEN],
                const uint8_t ad[VAULT_SLOT_AD_LEN]);

/* Unwraps; false when the tag does not verify (wrong key, or any slot or
 * header byte in the AD changed). mk is zeroed then. */
bool vault_unwrap(uint8_t mk[VAULT_KEY_LEN], const uint8_t wrapped[VAULT_WRAPPED_LEN],
                  const uint8_t kek[VAULT_KEY_LEN], const uint8_t nonce[VAULT_WRAP_NONCE_LEN],
                  const uint8_t ad[VAULT_SLOT_AD_LEN]) __attribute__((warn_unused_result));

/* Writes the recovery key as Crockford base32 in groups of 4 with the
 * mod-37 check character last (VAULT_RECOVERY_TEXT_LEN characters). */
void vault_recovery_encode(char out[VAULT_RECOVERY_TEXT_SIZE],
                           const uint8_t key[VAULT_RECOVERY_KEY_LEN]);

/* Reads a recovery key typed by a person: case, dashes and spaces do not
 * matter, and O/I/L read as 0/1/1 (Crockford). Returns false for a wrong
 * length, a bad character or a failed check; key is zeroed then. */
bool vault_recovery_decode(uint8_t key[VAULT_RECOVERY_KEY_LEN], const char *text, size_t len)
	__attribute__((warn_unused_result));

#endif
