#include "crypto/inbox_format.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "crypto/secmem.h"

bool inbox_keypair(uint8_t pk[INBOX_KEY_LEN], uint8_t sk[INBOX_KEY_LEN])
{
	return secmem_init() && crypto_box_keypair(pk, sk) == 0;
}

enum vault_status inbox_record_seal(uint8_t out[INBOX_RECORD_LEN], uint8_t id[INBOX_ID_LEN],
                                    const void *payload, size_t len,
                                    const uint8_t pk[INBOX_KEY_LEN])
{
	if (len > INBOX_PAYLOAD_MAX) {
		return VAULT_E_TOO_LONG;
	}
	if (!secmem_init()) {
		return VAULT_E_CRYPTO;
	}
	uint8_t *plain = secmem_alloc(INBOX_PLAIN_LEN);
	if (plain == NULL) {
		return VAULT_E_NOMEM;
	}
	randombytes_buf(id, INBOX_ID_LEN);
	memcpy(plain, id, INBOX_ID_LEN);
	memcpy(plain + INBOX_ID_LEN, payload, len);
	size_t padded = 0;
	enum vault_status status = VAULT_E_CRYPTO;
	/* One block as large as the biggest payload: every record the same size. */
	if (sodium_pad(&padded, plain + INBOX_ID_LEN, len, INBOX_PAYLOAD_MAX + 1,
	               INBOX_PAYLOAD_MAX + 1) == 0 &&
	    padded == INBOX_PAYLOAD_MAX + 1) {
		for (int i = 0; i < 4; i++) {
			out[i] = (uint8_t)(INBOX_SEALED_LEN >> (8 * i));
		}
		if (crypto_box_seal(out + 4, plain, INBOX_PLAIN_LEN, pk) == 0) {
			status = VAULT_OK;
		}
	}
	secmem_free(plain);
	return status;
}

/* Ids are random, so their first bytes are a good hash. The index keeps
 * the merge linear: 40,000 urges took 10 s when every record was compared
 * with every other (issue 8). */
static size_t id_hash(const uint8_t *id)
{
	size_t h = 0;
	memcpy(&h, id, sizeof(h) < INBOX_ID_LEN ? sizeof(h) : INBOX_ID_LEN);
	return h;
}

/* The slot of id in the index: where it is, or the empty one it goes to. */
static size_t id_slot(const struct inbox_batch *b, const uint8_t *id)
{
	size_t mask = b->id_index_cap - 1;
	size_t i = id_hash(id) & mask;
	while (b->id_index[i] != 0 &&
	       memcmp(b->entries[b->id_index[i] - 1].id, id, INBOX_ID_LEN) != 0) {
		i = (i + 1) & mask;
	}
	return i;
}

/* Grows the index to hold want entries at most half full. */
static bool index_reserve(struct inbox_batch *b, size_t want)
{
	if (b->id_index_cap >= 2 * want && b->id_index_cap > 0) {
		return true;
	}
	size_t cap = 64;
	while (cap < 2 * want) {
		cap *= 2;
	}
	size_t *index = calloc(cap, sizeof(*index));
	if (index == NULL) {
		return false;
	}
	free(b->id_index);
	b->id_index = index;
	b->id_index_cap = cap;
	for (size_t e = 0; e < b->count; e++) {
		b->id_index[id_slot(b, b->entries[e].id)] = e + 1;
	}
	return true;
}

/* Makes room for n more entries (secure memory cannot be realloc'd). */
static bool reserve(struct inbox_batch *b, size_t n)
{
	if (b->count + n <= b->cap) {
		return true;
	}
	size_t cap = b->count + n;
	struct inbox_entry *e = secmem_alloc(cap * sizeof(*e));
	if (e == NULL) {
		return false;
	}
	if (b->count > 0) {
		memcpy(e, b->entries, b->count * sizeof(*e));
	}
	secmem_free(b->entries);
	b->entries = e;
	b->cap = cap;
	return true;
}

enum vault_status inbox_parse(struct inbox_batch *b, const uint8_t *buf, size_t len,
                              const uint8_t pk[INBOX_KEY_LEN], const uint8_t sk[INBOX_KEY_LEN])
{
	size_t records = len / INBOX_RECORD_LEN;
	if (len % INBOX_RECORD_LEN != 0) {
		b->torn++;
	}
	if (records == 0) {
		return VAULT_OK;
	}
	if (!secmem_init() || !reserve(b, records) || !index_reserve(b, b->count + records)) {
		return VAULT_E_NOMEM;
	}
	uint8_t *plain = secmem_alloc(INBOX_PLAIN_LEN);
	if (plain == NULL) {
		return VAULT_E_NOMEM;
	}
	for (size_t r = 0; r < records; r++) {
		const uint8_t *rec = buf + r * INBOX_RECORD_LEN;
		uint32_t n = (uint32_t)rec[0] | (uint32_t)rec[1] << 8 | (uint32_t)rec[2] << 16 |
		             (uint32_t)rec[3] << 24;
		size_t unpadded = 0;
		if (n != INBOX_SEALED_LEN ||
		    crypto_box_seal_open(plain, rec + 4, INBOX_SEALED_LEN, pk, sk) != 0 ||
		    sodium_unpad(&unpadded, plain + INBOX_ID_LEN, INBOX_PAYLOAD_MAX + 1,
		                 INBOX_PAYLOAD_MAX + 1) != 0 ||
		    unpadded > INBOX_PAYLOAD_MAX) {
			b->unreadable++;
			continue;
		}
		size_t slot = id_slot(b, plain);
		if (b->id_index[slot] != 0) {
			b->duplicates++;
			continue;
		}
		b->id_index[slot] = b->count + 1;
		struct inbox_entry *e = &b->entries[b->count++];
		memcpy(e->id, plain, INBOX_ID_LEN);
		e->len = unpadded;
		memcpy(e->payload, plain + INBOX_ID_LEN, unpadded);
	}
	secmem_free(plain);
	return VAULT_OK;
}

void inbox_batch_finish(struct inbox_batch *b)
{
	secmem_free(b->entries);
	free(b->id_index);
	for (size_t i = 0; i < b->file_count; i++) {
		free(b->files[i]);
	}
	free(b->files);
	memset(b, 0, sizeof(*b));
}
