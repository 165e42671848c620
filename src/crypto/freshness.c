#include "crypto/freshness.h"

#include <errno.h>
#include <sodium.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crypto/vault_io.h"

#define MAGIC "WMFRESH1"
#define MAGIC_LEN 8
#define MAC_LEN 32
#define RECORD_LEN (VAULT_FILE_ID_LEN + 8 + MAC_LEN)
#define RECORDS_MAX 32

static void record_mac(uint8_t mac[MAC_LEN], const uint8_t key[VAULT_KEY_LEN],
                       const uint8_t *record)
{
	crypto_generichash_state st;
	crypto_generichash_init(&st, key, VAULT_KEY_LEN, MAC_LEN);
	crypto_generichash_update(&st, (const uint8_t *)MAGIC, MAGIC_LEN);
	crypto_generichash_update(&st, record, VAULT_FILE_ID_LEN + 8);
	crypto_generichash_final(&st, mac, MAC_LEN);
}

static uint64_t get64(const uint8_t *p)
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--) {
		v = (v << 8) | p[i];
	}
	return v;
}

/* Reads the state file. Returns 0 with *buf NULL when it is missing,
 * -EINVAL when malformed, or -errno. */
static int load(const char *state_dir, uint8_t **buf, size_t *len)
{
	*buf = NULL;
	*len = 0;
	int dirfd = vault_io_open_dir(state_dir, false);
	if (dirfd == -ENOENT) {
		return 0;
	}
	if (dirfd < 0) {
		return dirfd;
	}
	int rc = vault_io_read_file(dirfd, FRESHNESS_NAME, MAGIC_LEN + RECORDS_MAX * RECORD_LEN,
	                            buf, len);
	close(dirfd);
	if (rc == -ENOENT) {
		return 0;
	}
	if (rc == -EFBIG) {
		return -EINVAL;
	}
	if (rc != 0) {
		return rc;
	}
	if (*len < MAGIC_LEN || memcmp(*buf, MAGIC, MAGIC_LEN) != 0 ||
	    (*len - MAGIC_LEN) % RECORD_LEN != 0) {
		free(*buf);
		*buf = NULL;
		return -EINVAL;
	}
	return 0;
}

static uint8_t *find(uint8_t *buf, size_t len, const uint8_t file_id[VAULT_FILE_ID_LEN])
{
	for (size_t off = MAGIC_LEN; off + RECORD_LEN <= len; off += RECORD_LEN) {
		if (memcmp(buf + off, file_id, VAULT_FILE_ID_LEN) == 0) {
			return buf + off;
		}
	}
	return NULL;
}

static bool record_valid(const uint8_t *rec, const uint8_t key[VAULT_KEY_LEN])
{
	uint8_t mac[MAC_LEN];
	record_mac(mac, key, rec);
	return sodium_memcmp(mac, rec + VAULT_FILE_ID_LEN + 8, MAC_LEN) == 0;
}

enum freshness freshness_check(const char *state_dir, const uint8_t key[VAULT_KEY_LEN],
                               const uint8_t file_id[VAULT_FILE_ID_LEN], uint64_t generation,
                               uint64_t *seen)
{
	*seen = 0;
	uint8_t *buf;
	size_t len;
	int rc = load(state_dir, &buf, &len);
	if (rc != 0) {
		return FRESHNESS_INVALID;
	}
	enum freshness f = FRESHNESS_NO_RECORD;
	uint8_t *rec = buf != NULL ? find(buf, len, file_id) : NULL;
	if (rec != NULL && !record_valid(rec, key)) {
		f = FRESHNESS_INVALID;
	} else if (rec != NULL) {
		*seen = get64(rec + VAULT_FILE_ID_LEN);
		f = generation < *seen ? FRESHNESS_OLDER : FRESHNESS_OK;
	}
	free(buf);
	return f;
}

int freshness_record(const char *state_dir, const uint8_t key[VAULT_KEY_LEN],
                     const uint8_t file_id[VAULT_FILE_ID_LEN], uint64_t generation)
{
	uint8_t *old;
	size_t old_len;
	if (load(state_dir, &old, &old_len) != 0) {
		old = NULL; /* a malformed file is replaced */
		old_len = 0;
	}
	uint8_t *rec = old != NULL ? find(old, old_len, file_id) : NULL;
	if (rec != NULL && record_valid(rec, key) && get64(rec + VAULT_FILE_ID_LEN) >= generation) {
		free(old);
		return 0;
	}
	/* New file: the other vaults' records (the newest RECORDS_MAX - 1),
	 * then this one's. */
	uint8_t out[MAGIC_LEN + RECORDS_MAX * RECORD_LEN];
	size_t n = MAGIC_LEN;
	memcpy(out, MAGIC, MAGIC_LEN);
	size_t others = 0;
	if (old != NULL) {
		others = (old_len - MAGIC_LEN) / RECORD_LEN - (rec != NULL ? 1 : 0);
	}
	size_t skip = others > RECORDS_MAX - 1 ? others - (RECORDS_MAX - 1) : 0;
	for (size_t off = MAGIC_LEN; old != NULL && off + RECORD_LEN <= old_len;
	     off += RECORD_LEN) {
		if (old + off == rec) {
			continue;
		}
		if (skip > 0) {
			skip--;
			continue;
		}
		memcpy(out + n, old + off, RECORD_LEN);
		n += RECORD_LEN;
	}
	free(old);
	uint8_t *mine = out + n;
	memcpy(mine, file_id, VAULT_FILE_ID_LEN);
	for (int i = 0; i < 8; i++) {
		mine[VAULT_FILE_ID_LEN + i] = (uint8_t)(generation >> (8 * i));
	}
	record_mac(mine + VAULT_FILE_ID_LEN + 8, key, mine);
	n += RECORD_LEN;

	int dirfd = vault_io_open_dir(state_dir, true);
	if (dirfd < 0) {
		return dirfd;
	}
	int rc = vault_io_replace_small(vault_io_default(), dirfd, FRESHNESS_NAME, out, n);
	close(dirfd);
	return rc;
}
