#include "crypto/vault_payload.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "crypto/secmem.h"

#define TAG_MESSAGE crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
#define TAG_FINAL crypto_secretstream_xchacha20poly1305_TAG_FINAL

typedef int (*pull_fn)(crypto_secretstream_xchacha20poly1305_state *state, unsigned char *m,
                       unsigned long long *mlen_p, unsigned char *tag_p, const unsigned char *c,
                       unsigned long long clen, const unsigned char *ad, unsigned long long adlen);

static bool hook_fails(const struct vault_hooks *hooks, enum vault_hook_step step)
{
	return hooks != NULL && hooks->fail_crypto != NULL && hooks->fail_crypto(hooks->ctx, step);
}

static enum vault_status push_and_write(crypto_secretstream_xchacha20poly1305_state *st,
                                        uint8_t *cbuf, const uint8_t *m, size_t mlen,
                                        const uint8_t *ad, size_t adlen, unsigned char tag,
                                        const struct vault_hooks *hooks,
                                        const struct vault_writer *w)
{
	unsigned long long clen = 0;
	if (hook_fails(hooks, VAULT_STEP_ENCRYPT) ||
	    crypto_secretstream_xchacha20poly1305_push(st, cbuf, &clen, m, mlen, ad, adlen, tag) !=
	        0) {
		return VAULT_E_CRYPTO;
	}
	int rc = w->write(w->ctx, cbuf, (size_t)clen);
	return rc == 0 ? VAULT_OK : vault_status_from_errno(-rc);
}

enum vault_status vault_payload_encode(const uint8_t pk[VAULT_KEY_LEN], uint8_t *header,
                                       size_t header_len, struct vault_inner *inner,
                                       const uint8_t *image, size_t image_len,
                                       const struct vault_hooks *hooks,
                                       const struct vault_writer *w)
{
	if ((uint64_t)image_len > VAULT_IMAGE_MAX) {
		return VAULT_E_TOO_LARGE;
	}
	inner->version = VAULT_INNER_VERSION;
	inner->flags = 0;
	inner->db_len = image_len;
	inner->padded_len = vault_padded_len(image_len);

	enum vault_status status = VAULT_E_NOMEM;
	crypto_secretstream_xchacha20poly1305_state st;
	uint8_t *cbuf = malloc(VAULT_CHUNK_LEN + VAULT_STREAM_ABYTES);
	uint8_t *plain = secmem_alloc(VAULT_CHUNK_LEN);
	if (cbuf == NULL || plain == NULL) {
		goto out;
	}
	crypto_secretstream_xchacha20poly1305_init_push(
	    &st, header + header_len - VAULT_STREAM_HEADER_LEN, pk);
	int rc = w->write(w->ctx, header, header_len);
	if (rc != 0) {
		status = vault_status_from_errno(-rc);
		goto out;
	}
	uint8_t m0[VAULT_INNER_LEN];
	vault_inner_encode(inner, m0);
	status =
	    push_and_write(&st, cbuf, m0, sizeof(m0), header, header_len, TAG_MESSAGE, hooks, w);
	sodium_memzero(m0, sizeof(m0));
	uint64_t chunks = vault_chunk_count(inner->padded_len);
	for (uint64_t i = 0; i < chunks && status == VAULT_OK; i++) {
		uint64_t off = i * VAULT_CHUNK_LEN;
		size_t n =
		    (size_t)(inner->padded_len - off < VAULT_CHUNK_LEN ? inner->padded_len - off
		                                                       : VAULT_CHUNK_LEN);
		const uint8_t *m = plain;
		if (off + n <= image_len) {
			m = image + off; /* a whole slice of the image: no copy */
		} else {
			size_t have = off < image_len ? (size_t)(image_len - off) : 0;
			memcpy(plain, image + off, have);
			memset(plain + have, 0, n - have);
		}
		unsigned char tag = i + 1 == chunks ? TAG_FINAL : TAG_MESSAGE;
		status = push_and_write(&st, cbuf, m, n, NULL, 0, tag, hooks, w);
	}
out:
	sodium_memzero(&st, sizeof(st));
	secmem_free(plain);
	free(cbuf);
	return status;
}

static bool all_zero(const uint8_t *p, size_t n)
{
	uint8_t acc = 0;
	for (size_t i = 0; i < n; i++) {
		acc |= p[i];
	}
	return acc == 0;
}

enum vault_status vault_payload_decode(const uint8_t pk[VAULT_KEY_LEN], const uint8_t *file,
                                       size_t len, size_t header_len,
                                       const struct vault_hooks *hooks, bool verifying,
                                       const struct vault_sink *sink)
{
	pull_fn pull = crypto_secretstream_xchacha20poly1305_pull;
	if (hooks != NULL && hooks->pull != NULL) {
		pull = hooks->pull;
	}
	if (header_len < VAULT_STREAM_HEADER_LEN ||
	    len < header_len + VAULT_INNER_LEN + VAULT_STREAM_ABYTES) {
		return VAULT_E_DAMAGED;
	}
	crypto_secretstream_xchacha20poly1305_state st;
	uint8_t *plain = secmem_alloc(VAULT_CHUNK_LEN);
	if (plain == NULL) {
		return VAULT_E_NOMEM;
	}
	enum vault_status status = VAULT_E_DAMAGED;
	if (crypto_secretstream_xchacha20poly1305_init_pull(
	        &st, file + header_len - VAULT_STREAM_HEADER_LEN, pk) != 0) {
		goto out;
	}
	unsigned long long mlen = 0;
	unsigned char tag = 0xff;
	const uint8_t *c = file + header_len;
	if (pull(&st, plain, &mlen, &tag, c, VAULT_INNER_LEN + VAULT_STREAM_ABYTES, file,
	         header_len) != 0 ||
	    mlen != VAULT_INNER_LEN || tag != TAG_MESSAGE) {
		goto out;
	}
	c += VAULT_INNER_LEN + VAULT_STREAM_ABYTES;
	struct vault_inner inner;
	if (vault_inner_decode(plain, &inner) != VAULT_OK ||
	    vault_file_len(header_len, inner.padded_len) != len) {
		goto out; /* truncated, extended, or a chunk dropped or repeated */
	}
	status = sink->begin(sink->ctx, &inner);
	if (status != VAULT_OK) {
		goto out;
	}
	if (verifying && hook_fails(hooks, VAULT_STEP_VERIFY)) {
		status = VAULT_E_CRYPTO;
		goto out;
	}
	status = VAULT_E_DAMAGED;
	uint64_t chunks = vault_chunk_count(inner.padded_len);
	for (uint64_t i = 0; i < chunks; i++) {
		uint64_t off = i * VAULT_CHUNK_LEN;
		size_t n =
		    (size_t)(inner.padded_len - off < VAULT_CHUNK_LEN ? inner.padded_len - off
		                                                      : VAULT_CHUNK_LEN);
		unsigned char want = i + 1 == chunks ? TAG_FINAL : TAG_MESSAGE;
		if (pull(&st, plain, &mlen, &tag, c, n + VAULT_STREAM_ABYTES, NULL, 0) != 0 ||
		    mlen != n || tag != want) {
			goto out;
		}
		c += n + VAULT_STREAM_ABYTES;
		size_t data = 0;
		if (off < inner.db_len) {
			data = inner.db_len - off < n ? (size_t)(inner.db_len - off) : n;
			enum vault_status s = sink->put(sink->ctx, off, plain, data);
			if (s != VAULT_OK) {
				status = s;
				goto out;
			}
		}
		if (!all_zero(plain + data, n - data)) {
			goto out;
		}
	}
	status = VAULT_OK;
out:
	sodium_memzero(&st, sizeof(st));
	secmem_free(plain);
	return status;
}
