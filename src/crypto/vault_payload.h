#ifndef WISEMIND_CRYPTO_VAULT_PAYLOAD_H
#define WISEMIND_CRYPTO_VAULT_PAYLOAD_H

/* The encrypted payload of diary.vault (STORAGE.md §4.2): a secretstream
 * under the payload key whose message 0 is the inner header, with the
 * whole outer header as its associated data, followed by the image and
 * its zero padding in 64 KiB messages, the last one tagged FINAL. Every
 * message length follows from padded_len, so the file carries no length
 * fields to trust: a file of any other size is rejected unread. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crypto/vault_format.h"
#include "crypto/vault_hooks.h"
#include "crypto/vault_status.h"

/* Where encoded bytes go: write returns 0 or -errno. */
struct vault_writer {
	int (*write)(void *ctx, const uint8_t *buf, size_t n);
	void *ctx;
};

/* Where decoded bytes go. begin sees the authenticated inner header
 * before any image byte and may refuse it; put receives the image in
 * order. Both return VAULT_OK or a status that stops the decoding. */
struct vault_sink {
	enum vault_status (*begin)(void *ctx, const struct vault_inner *inner);
	enum vault_status (*put)(void *ctx, uint64_t offset, const uint8_t *data, size_t n);
	void *ctx;
};

/* Encrypts inner (db_len and padded_len are set here from image_len) and
 * the image, writing the whole file: header (whose stream-header bytes are
 * filled in here, header_len bytes), message 0, the chunks. hooks may be
 * NULL. Returns VAULT_OK, VAULT_E_CRYPTO or a status from the writer's
 * errno. */
enum vault_status
vault_payload_encode(const uint8_t pk[VAULT_KEY_LEN], uint8_t *header, size_t header_len,
                     struct vault_inner *inner, const uint8_t *image, size_t image_len,
                     const struct vault_hooks *hooks, const struct vault_writer *w)
	__attribute__((warn_unused_result));

/* Decrypts and checks the payload of a whole file of len bytes whose
 * decoded outer header is header_len bytes long: message 0 authenticated
 * with the header, exact file size, every tag, zero padding. The sink
 * gets the image; a failure after some put calls means the caller must
 * wipe and drop what it received. verifying: a save's check of its temp
 * file (a hook can fail it). Returns VAULT_OK, VAULT_E_DAMAGED,
 * VAULT_E_CRYPTO (hook), VAULT_E_NOMEM or the sink's status. */
enum vault_status vault_payload_decode(const uint8_t pk[VAULT_KEY_LEN], const uint8_t *file,
                                       size_t len, size_t header_len,
                                       const struct vault_hooks *hooks, bool verifying,
                                       const struct vault_sink *sink)
	__attribute__((warn_unused_result));

#endif
