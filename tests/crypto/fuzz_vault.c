/* libFuzzer target for the vault file parser (STORAGE.md §5 #20). The
 * first input byte picks a mode:
 *   even: the rest is a whole diary.vault: header decode, then payload
 *         decode with a fixed key (almost always a MAC failure, which is
 *         the point: nothing before the MAC may misbehave);
 *   odd:  the rest describes a stream that is then properly encrypted
 *         with the fixed key (message 0's fields, each chunk's length and
 *         tag, trailing bytes), so the checks after the MAC are reached.
 * Built only with -Dfuzz=true (clang). */
#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "crypto/vault_format.h"
#include "crypto/vault_keys.h"
#include "crypto/vault_payload.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct bounds {
	uint64_t db_len;
	uint64_t seen;
};

static enum vault_status fz_begin(void *ctx, const struct vault_inner *inner)
{
	struct bounds *b = ctx;
	b->db_len = inner->db_len;
	if (inner->db_len > inner->padded_len) {
		abort(); /* the decoder must have refused this */
	}
	return VAULT_OK;
}

static enum vault_status fz_put(void *ctx, uint64_t offset, const uint8_t *d, size_t n)
{
	struct bounds *b = ctx;
	if (offset != b->seen || offset + n > b->db_len) {
		abort();
	}
	volatile uint8_t sink = 0;
	for (size_t i = 0; i < n; i++) {
		sink ^= d[i]; /* touch every byte: ASan checks the reads */
	}
	(void)sink;
	b->seen += n;
	return VAULT_OK;
}

static void decode(const uint8_t *file, size_t len, const uint8_t pk[32])
{
	static const struct vault_kdf_caps caps = {1, 16, 8u << 20, 2ull << 30};
	struct vault_header h;
	if (vault_header_decode(file, len, &caps, &h) != VAULT_OK) {
		return;
	}
	uint8_t ad[VAULT_SLOT_AD_LEN];
	for (unsigned i = 0; i < h.slot_count; i++) {
		vault_slot_ad(file, i, ad);
	}
	struct bounds b = {0, 0};
	struct vault_sink sink = {fz_begin, fz_put, &b};
	if (vault_payload_decode(pk, file, len, h.header_len, NULL, false, &sink) == VAULT_OK &&
	    (b.seen != b.db_len ||
	     vault_file_len(h.header_len, vault_padded_len(b.db_len)) != len)) {
		abort();
	}
}

struct reader {
	const uint8_t *p;
	size_t n;
};

static uint64_t take(struct reader *r, size_t bytes)
{
	uint64_t v = 0;
	for (size_t i = 0; i < bytes && r->n > 0; i++, r->p++, r->n--) {
		v |= (uint64_t)*r->p << (8 * i);
	}
	return v;
}

/* Builds a valid header and an encrypted stream shaped by the input. */
static void structured(struct reader *r, const uint8_t pk[32])
{
	enum { MAX_FILE = 3 << 20 };
	uint8_t *file = malloc(MAX_FILE);
	uint8_t *chunk = calloc(1, 65536 + 2);
	uint8_t *cbuf = malloc(65536 + 2 + crypto_secretstream_xchacha20poly1305_ABYTES);
	if (file == NULL || chunk == NULL || cbuf == NULL) {
		goto out;
	}
	struct vault_header h = {0};
	h.slot_count = 1;
	h.slots[0].type = VAULT_SLOT_PASSPHRASE;
	h.slots[0].kdf = VAULT_KDF_ARGON2ID13;
	h.slots[0].opslimit = 1;
	h.slots[0].memlimit = 8u << 20;
	size_t len = vault_header_encode(&h, file, MAX_FILE);
	crypto_secretstream_xchacha20poly1305_state st;
	crypto_secretstream_xchacha20poly1305_init_push(&st, file + len - VAULT_STREAM_HEADER_LEN,
	                                                pk);

	uint8_t flags = (uint8_t)take(r, 1);
	struct vault_inner in = {
	    .version = flags & 1 ? (uint32_t)take(r, 1) : VAULT_INNER_VERSION,
	    .flags = flags & 2 ? (uint32_t)take(r, 1) : 0,
	    .generation = take(r, 2),
	    .saved_at = 0,
	    .db_len = take(r, 3) & 0x3fffff,
	};
	in.padded_len = flags & 4 ? take(r, 3) : vault_padded_len(in.db_len);
	uint8_t m0[VAULT_INNER_LEN + 1];
	vault_inner_encode(&in, m0);
	m0[VAULT_INNER_LEN] = 0;
	size_t m0_len = flags & 8 ? VAULT_INNER_LEN + 1 : VAULT_INNER_LEN;
	unsigned long long clen = 0;
	crypto_secretstream_xchacha20poly1305_push(
	    &st, file + len, &clen, m0, m0_len, file, len,
	    flags & 16 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
	len += clen;
	/* Chunks: the input gives each one's length and tag, or (flag 32)
	 * the lengths the format expects, so the padding checks run. */
	uint64_t left = in.padded_len;
	for (unsigned i = 0; i < 40 && r->n > 0; i++) {
		size_t n = (size_t)(take(r, 2) % 65538);
		if (flags & 32) {
			n = left < 65536 ? (size_t)left : 65536;
		}
		uint8_t tag_sel = (uint8_t)take(r, 1);
		unsigned char tag =
		    (tag_sel & 3) == 3   ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
		    : (tag_sel & 3) == 1 ? crypto_secretstream_xchacha20poly1305_TAG_PUSH
		                         : 0;
		if (flags & 32 && (tag_sel & 4) == 0) {
			tag = left <= 65536 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
		}
		memset(chunk, 0, n);
		if (tag_sel & 8 && n > 0) {
			chunk[(tag_sel >> 4) % n] = tag_sel; /* non-zero padding or data */
		}
		if (len + n + 17 > MAX_FILE) {
			break;
		}
		crypto_secretstream_xchacha20poly1305_push(&st, cbuf, &clen, chunk, n, NULL, 0,
		                                           tag);
		memcpy(file + len, cbuf, (size_t)clen);
		len += (size_t)clen;
		left = left > n ? left - n : 0;
	}
	/* Whatever input is left is appended as trailing bytes. */
	size_t extra = r->n < 64 ? r->n : 64;
	memcpy(file + len, r->p, extra);
	len += extra;
	decode(file, len, pk);
out:
	free(file);
	free(chunk);
	free(cbuf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t pk[32];
	static int ready;
	if (!ready) {
		if (sodium_init() < 0) {
			abort();
		}
		for (int i = 0; i < 32; i++) {
			pk[i] = (uint8_t)i;
		}
		ready = 1;
	}
	if (size == 0) {
		return 0;
	}
	struct reader r = {data + 1, size - 1};
	if (data[0] & 1) {
		structured(&r, pk);
	} else {
		decode(data + 1, size - 1, pk);
	}
	return 0;
}
