#ifndef WISEMIND_CRYPTO_INBOX_FORMAT_H
#define WISEMIND_CRYPTO_INBOX_FORMAT_H

/* The records of the sealed inbox (STORAGE.md, "Quick urges while
 * locked"): entries logged without the passphrase, sealed to the inbox
 * public key so only the unlocked vault can read them. Every record has
 * the same size, whatever it holds:
 *
 *   u32 LE length (= INBOX_SEALED_LEN) | crypto_box_seal(plaintext)
 *   plaintext = 16-byte random entry id | payload padded (sodium_pad)
 *               to INBOX_PAYLOAD_MAX + 1 bytes
 *
 * The payload's meaning (the serialised urge) belongs to the caller. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crypto/vault_status.h"

#define INBOX_KEY_LEN 32
#define INBOX_ID_LEN 16
#define INBOX_PAYLOAD_MAX 1007
#define INBOX_PLAIN_LEN (INBOX_ID_LEN + INBOX_PAYLOAD_MAX + 1)
#define INBOX_SEALED_LEN (48 + INBOX_PLAIN_LEN) /* crypto_box_SEALBYTES */
#define INBOX_RECORD_LEN (4 + INBOX_SEALED_LEN)

/* One entry read back. */
struct inbox_entry {
	uint8_t id[INBOX_ID_LEN];
	size_t len;
	uint8_t payload[INBOX_PAYLOAD_MAX];
};

/* Entries gathered from one or more inbox files, in secure memory. */
struct inbox_batch {
	struct inbox_entry *entries;
	size_t count;
	size_t cap;
	size_t torn;       /* incomplete records at a file's end: a crash during an append */
	size_t unreadable; /* complete records that did not open: damaged, or another key */
	size_t duplicates; /* records whose id was already in the batch */
	size_t odd;        /* inbox files that are not regular files (a pipe, a folder): skipped */
	char **files;      /* the files inbox_take set aside, for inbox_release */
	size_t *id_index;  /* open addressing over entries by id: entry + 1, or 0 */
	size_t id_index_cap;
	size_t file_count;
};

/* Makes the inbox key pair. The secret key belongs inside the vault's
 * database; the public key goes to inbox.pub (inbox_publish). */
bool inbox_keypair(uint8_t pk[INBOX_KEY_LEN], uint8_t sk[INBOX_KEY_LEN])
	__attribute__((warn_unused_result));

/* Seals payload (at most INBOX_PAYLOAD_MAX bytes) into one record of
 * INBOX_RECORD_LEN bytes with a fresh random entry id (written to id).
 * Returns VAULT_OK, VAULT_E_TOO_LONG or VAULT_E_CRYPTO. */
enum vault_status inbox_record_seal(uint8_t out[INBOX_RECORD_LEN], uint8_t id[INBOX_ID_LEN],
                                    const void *payload, size_t len,
                                    const uint8_t pk[INBOX_KEY_LEN])
	__attribute__((warn_unused_result));

/* Reads every complete record of an inbox file's bytes into b, counting
 * a torn tail, records that do not open, and ids already present.
 * Returns VAULT_OK or VAULT_E_NOMEM. */
enum vault_status inbox_parse(struct inbox_batch *b, const uint8_t *buf, size_t len,
                              const uint8_t pk[INBOX_KEY_LEN], const uint8_t sk[INBOX_KEY_LEN])
	__attribute__((warn_unused_result));

/* Wipes and frees the entries and file names; b is zeroed. */
void inbox_batch_finish(struct inbox_batch *b);

#endif
