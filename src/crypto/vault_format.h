#ifndef WISEMIND_CRYPTO_VAULT_FORMAT_H
#define WISEMIND_CRYPTO_VAULT_FORMAT_H

/* The bytes of diary.vault (STORAGE.md §4.2), encoded and decoded with
 * strict bounds. No keys and no I/O here: this is the part a fuzzer
 * drives, and a damaged or hostile file must never make it read out of
 * bounds or accept parameters that would make Argon2id run for hours. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crypto/vault_status.h"

#define VAULT_MAGIC "WISEMIND"
#define VAULT_MAGIC_LEN 8
#define VAULT_FORMAT_VERSION 1
#define VAULT_FILE_ID_LEN 16
#define VAULT_FIXED_LEN 32 /* magic .. reserved, before the slots */
#define VAULT_SLOT_LEN 104
#define VAULT_SLOTS_MAX 4
#define VAULT_STREAM_HEADER_LEN 24
#define VAULT_HEADER_MAX                                                                           \
	(VAULT_FIXED_LEN + VAULT_SLOTS_MAX * VAULT_SLOT_LEN + VAULT_STREAM_HEADER_LEN)

#define VAULT_SALT_LEN 16
#define VAULT_WRAP_NONCE_LEN 24
#define VAULT_KEY_LEN 32
#define VAULT_WRAPPED_LEN 48 /* the 32-byte MK plus a 16-byte tag */
#define VAULT_SLOT_AD_PREFIX "wisemind-slot-v1"
#define VAULT_SLOT_AD_LEN (16 + 28 + 56)

#define VAULT_INNER_LEN 48 /* message 0 */
#define VAULT_INNER_VERSION 1
#define VAULT_CHUNK_LEN 65536  /* plaintext bytes per stream message */
#define VAULT_STREAM_ABYTES 17 /* secretstream overhead per message */
#define VAULT_PAD_BUCKET (1024 * 1024)
#define VAULT_IMAGE_MAX ((uint64_t)1 << 30)

enum vault_slot_type {
	VAULT_SLOT_PASSPHRASE = 1,
	VAULT_SLOT_RECOVERY = 2,
};

#define VAULT_KDF_NONE 0
#define VAULT_KDF_ARGON2ID13 2

/* One key slot: the MK wrapped under a key-encryption key. */
struct vault_slot {
	uint8_t type; /* enum vault_slot_type */
	uint8_t kdf;  /* VAULT_KDF_ARGON2ID13 for passphrases, else NONE */
	uint32_t opslimit;
	uint64_t memlimit;
	uint8_t salt[VAULT_SALT_LEN];
	uint8_t nonce[VAULT_WRAP_NONCE_LEN];
	uint8_t wrapped[VAULT_WRAPPED_LEN];
};

/* The plaintext outer header, authenticated as associated data. */
struct vault_header {
	uint16_t version;
	uint16_t header_len;
	uint8_t file_id[VAULT_FILE_ID_LEN];
	uint8_t slot_count;
	struct vault_slot slots[VAULT_SLOTS_MAX];
	uint8_t stream_header[VAULT_STREAM_HEADER_LEN];
};

/* The limits on Argon2id parameters a file may ask for (§4.4). */
struct vault_kdf_caps {
	uint64_t ops_min, ops_max;
	uint64_t mem_min, mem_max;
};

/* Message 0 of the payload: the inner header. */
struct vault_inner {
	uint32_t version;
	uint32_t flags;
	uint64_t generation;
	uint64_t saved_at; /* UTC seconds */
	uint64_t db_len;
	uint64_t padded_len;
};

/* The header's length for slot_count slots. */
size_t vault_header_len(unsigned slot_count);

/* Encodes h (slot_count slots; header_len is recomputed) into out, which
 * holds at least vault_header_len(h->slot_count) bytes. Returns the
 * length written, or 0 when h is invalid. */
size_t vault_header_encode(const struct vault_header *h, uint8_t *out, size_t cap);

/* Decodes and checks the outer header at the start of a file of len
 * bytes: magic, version, lengths, reserved bytes, each slot's type, KDF
 * and parameters within caps. Nothing is derived or decrypted. Returns
 * VAULT_OK, or VAULT_E_NOT_VAULT, VAULT_E_VERSION or VAULT_E_HEADER. */
enum vault_status vault_header_decode(const uint8_t *buf, size_t len,
                                      const struct vault_kdf_caps *caps, struct vault_header *h)
	__attribute__((warn_unused_result));

/* Encodes one slot into its 104 bytes. */
void vault_slot_encode(const struct vault_slot *s, uint8_t out[VAULT_SLOT_LEN]);

/* The associated data that binds slot i's wrap to the file: the prefix,
 * header bytes 0-27 and the slot's bytes 0-55 (§4.2). header is the
 * encoded header, at least vault_header_len(i + 1) bytes. */
void vault_slot_ad(const uint8_t *header, unsigned i, uint8_t ad[VAULT_SLOT_AD_LEN]);

/* Encodes and decodes message 0. Decoding checks version, flags, the
 * reserved bytes, db_len <= padded_len, that padded_len fills whole
 * buckets, and the size limit. */
void vault_inner_encode(const struct vault_inner *in, uint8_t out[VAULT_INNER_LEN]);
enum vault_status vault_inner_decode(const uint8_t buf[VAULT_INNER_LEN], struct vault_inner *in)
	__attribute__((warn_unused_result));

/* The padded payload length for an image of db_len bytes: inner header
 * plus image rounded up to the next whole 1 MiB bucket, minus the inner
 * header. Equal for every image in the same bucket. */
uint64_t vault_padded_len(uint64_t db_len);

/* The number of stream messages after message 0 for padded_len bytes. */
uint64_t vault_chunk_count(uint64_t padded_len);

/* The exact file size for a header of header_len bytes and padded_len
 * payload bytes: any other size is truncated or has garbage appended. */
uint64_t vault_file_len(size_t header_len, uint64_t padded_len);

/* True when image looks like a whole SQLite database: it starts with
 * "SQLite format 3\0", its page size is valid, and len is a non-zero
 * multiple of that page size. */
bool vault_image_valid(const uint8_t *image, size_t len);

#endif
