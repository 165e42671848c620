#include "crypto/vault_format.h"

#include <string.h>

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++) {
		p[i] = (uint8_t)(v >> (8 * i));
	}
}

static void put64(uint8_t *p, uint64_t v)
{
	for (int i = 0; i < 8; i++) {
		p[i] = (uint8_t)(v >> (8 * i));
	}
}

static uint16_t get16(const uint8_t *p)
{
	return (uint16_t)(p[0] | (p[1] << 8));
}

static uint32_t get32(const uint8_t *p)
{
	uint32_t v = 0;
	for (int i = 3; i >= 0; i--) {
		v = (v << 8) | p[i];
	}
	return v;
}

static uint64_t get64(const uint8_t *p)
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--) {
		v = (v << 8) | p[i];
	}
	return v;
}

static bool all_zero(const uint8_t *p, size_t n)
{
	uint8_t acc = 0;
	for (size_t i = 0; i < n; i++) {
		acc |= p[i];
	}
	return acc == 0;
}

size_t vault_header_len(unsigned slot_count)
{
	return VAULT_FIXED_LEN + (size_t)slot_count * VAULT_SLOT_LEN + VAULT_STREAM_HEADER_LEN;
}

void vault_slot_encode(const struct vault_slot *s, uint8_t out[VAULT_SLOT_LEN])
{
	memset(out, 0, VAULT_SLOT_LEN);
	out[0] = s->type;
	out[1] = s->kdf;
	put32(out + 4, s->opslimit);
	put64(out + 8, s->memlimit);
	memcpy(out + 16, s->salt, VAULT_SALT_LEN);
	memcpy(out + 32, s->nonce, VAULT_WRAP_NONCE_LEN);
	memcpy(out + 56, s->wrapped, VAULT_WRAPPED_LEN);
}

size_t vault_header_encode(const struct vault_header *h, uint8_t *out, size_t cap)
{
	if (h->slot_count < 1 || h->slot_count > VAULT_SLOTS_MAX) {
		return 0;
	}
	size_t len = vault_header_len(h->slot_count);
	if (cap < len) {
		return 0;
	}
	memset(out, 0, len);
	memcpy(out, VAULT_MAGIC, VAULT_MAGIC_LEN);
	put16(out + 8, VAULT_FORMAT_VERSION);
	put16(out + 10, (uint16_t)len);
	memcpy(out + 12, h->file_id, VAULT_FILE_ID_LEN);
	out[28] = h->slot_count;
	for (unsigned i = 0; i < h->slot_count; i++) {
		vault_slot_encode(&h->slots[i], out + VAULT_FIXED_LEN + i * VAULT_SLOT_LEN);
	}
	memcpy(out + len - VAULT_STREAM_HEADER_LEN, h->stream_header, VAULT_STREAM_HEADER_LEN);
	return len;
}

static bool slot_decode(const uint8_t *p, const struct vault_kdf_caps *caps, struct vault_slot *s)
{
	s->type = p[0];
	s->kdf = p[1];
	s->opslimit = get32(p + 4);
	s->memlimit = get64(p + 8);
	memcpy(s->salt, p + 16, VAULT_SALT_LEN);
	memcpy(s->nonce, p + 32, VAULT_WRAP_NONCE_LEN);
	memcpy(s->wrapped, p + 56, VAULT_WRAPPED_LEN);
	if (!all_zero(p + 2, 2)) {
		return false;
	}
	switch (s->type) {
	case VAULT_SLOT_PASSPHRASE:
		return s->kdf == VAULT_KDF_ARGON2ID13 && s->opslimit >= caps->ops_min &&
		       s->opslimit <= caps->ops_max && s->memlimit >= caps->mem_min &&
		       s->memlimit <= caps->mem_max;
	case VAULT_SLOT_RECOVERY:
		/* A 256-bit random key needs no slow KDF: no parameters, no salt. */
		return s->kdf == VAULT_KDF_NONE && s->opslimit == 0 && s->memlimit == 0 &&
		       all_zero(s->salt, VAULT_SALT_LEN);
	default:
		return false;
	}
}

enum vault_status vault_header_decode(const uint8_t *buf, size_t len,
                                      const struct vault_kdf_caps *caps, struct vault_header *h)
{
	memset(h, 0, sizeof(*h));
	if (len < VAULT_MAGIC_LEN || memcmp(buf, VAULT_MAGIC, VAULT_MAGIC_LEN) != 0) {
		return VAULT_E_NOT_VAULT;
	}
	if (len < VAULT_FIXED_LEN) {
		return VAULT_E_HEADER;
	}
	h->version = get16(buf + 8);
	if (h->version > VAULT_FORMAT_VERSION) {
		return VAULT_E_VERSION;
	}
	if (h->version != VAULT_FORMAT_VERSION) {
		return VAULT_E_HEADER;
	}
	h->header_len = get16(buf + 10);
	memcpy(h->file_id, buf + 12, VAULT_FILE_ID_LEN);
	h->slot_count = buf[28];
	if (h->slot_count < 1 || h->slot_count > VAULT_SLOTS_MAX || !all_zero(buf + 29, 3)) {
		return VAULT_E_HEADER;
	}
	if (h->header_len != vault_header_len(h->slot_count) || h->header_len > len) {
		return VAULT_E_HEADER;
	}
	for (unsigned i = 0; i < h->slot_count; i++) {
		if (!slot_decode(buf + VAULT_FIXED_LEN + i * VAULT_SLOT_LEN, caps, &h->slots[i])) {
			return VAULT_E_HEADER;
		}
	}
	memcpy(h->stream_header, buf + h->header_len - VAULT_STREAM_HEADER_LEN,
	       VAULT_STREAM_HEADER_LEN);
	return VAULT_OK;
}

void vault_slot_ad(const uint8_t *header, unsigned i, uint8_t ad[VAULT_SLOT_AD_LEN])
{
	memcpy(ad, VAULT_SLOT_AD_PREFIX, 16);
	memcpy(ad + 16, header, 28);
	memcpy(ad + 44, header + VAULT_FIXED_LEN + i * VAULT_SLOT_LEN, 56);
}

void vault_inner_encode(const struct vault_inner *in, uint8_t out[VAULT_INNER_LEN])
{
	memset(out, 0, VAULT_INNER_LEN);
	put32(out, in->version);
	put32(out + 4, in->flags);
	put64(out + 8, in->generation);
	put64(out + 16, in->saved_at);
	put64(out + 24, in->db_len);
	put64(out + 32, in->padded_len);
}

enum vault_status vault_inner_decode(const uint8_t buf[VAULT_INNER_LEN], struct vault_inner *in)
{
	in->version = get32(buf);
	in->flags = get32(buf + 4);
	in->generation = get64(buf + 8);
	in->saved_at = get64(buf + 16);
	in->db_len = get64(buf + 24);
	in->padded_len = get64(buf + 32);
	if (in->version != VAULT_INNER_VERSION || in->flags != 0 || !all_zero(buf + 40, 8)) {
		return VAULT_E_DAMAGED;
	}
	if (in->db_len == 0 || in->db_len > VAULT_IMAGE_MAX) {
		return VAULT_E_DAMAGED;
	}
	if (in->padded_len != vault_padded_len(in->db_len)) {
		return VAULT_E_DAMAGED;
	}
	return VAULT_OK;
}

uint64_t vault_padded_len(uint64_t db_len)
{
	uint64_t total = VAULT_INNER_LEN + db_len;
	uint64_t buckets = (total + VAULT_PAD_BUCKET - 1) / VAULT_PAD_BUCKET;
	return buckets * VAULT_PAD_BUCKET - VAULT_INNER_LEN;
}

uint64_t vault_chunk_count(uint64_t padded_len)
{
	return (padded_len + VAULT_CHUNK_LEN - 1) / VAULT_CHUNK_LEN;
}

uint64_t vault_file_len(size_t header_len, uint64_t padded_len)
{
	uint64_t messages = 1 + vault_chunk_count(padded_len);
	return header_len + VAULT_INNER_LEN + padded_len + messages * VAULT_STREAM_ABYTES;
}

bool vault_image_valid(const uint8_t *image, size_t len)
{
	static const char sqlite_magic[16] = "SQLite format 3";
	if (len < 100 || memcmp(image, sqlite_magic, sizeof(sqlite_magic)) != 0) {
		return false;
	}
	/* Page size: big-endian at offset 16, where 1 stands for 65536. */
	uint32_t page = (uint32_t)(image[16] << 8 | image[17]);
	if (page == 1) {
		page = 65536;
	}
	if (page < 512 || page > 65536 || (page & (page - 1)) != 0) {
		return false;
	}
	return len % page == 0;
}
