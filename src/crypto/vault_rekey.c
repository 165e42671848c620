#include <sodium.h>
#include <string.h>

#include "crypto/secmem.h"
#include "crypto/vault_internal.h"

enum vault_status vault_check_passphrase(struct vault *v, const char *passphrase, size_t len)
{
	if (v == NULL || passphrase == NULL) {
		return VAULT_E_ARGUMENT;
	}
	uint8_t *buf = secmem_alloc(2 * VAULT_KEY_LEN);
	if (buf == NULL) {
		return VAULT_E_NOMEM;
	}
	uint8_t *kek = buf, *mk = buf + VAULT_KEY_LEN;
	enum vault_status status = VAULT_E_AUTH;
	for (unsigned i = 0; i < v->header.slot_count && status == VAULT_E_AUTH; i++) {
		if (v->header.slots[i].type != VAULT_SLOT_PASSPHRASE) {
			continue;
		}
		enum vault_status st =
		    vault_slot_kek(kek, &v->header.slots[i], passphrase, len, v->hooks);
		if (st != VAULT_OK) {
			status = st;
		} else if (vault_slot_unwrap(&v->header, i, kek, mk) &&
		           sodium_memcmp(mk, KEYS_MK(v->keys), VAULT_KEY_LEN) == 0) {
			status = VAULT_OK;
		}
	}
	secmem_free(buf);
	return status;
}

/* Saves image under h and keys; on success v takes them over. */
static enum vault_status commit_and_adopt(struct vault *v, const struct vault_header *h,
                                          const uint8_t *keys, const void *image, size_t image_len)
{
	enum vault_status status = vault_commit(v, h, keys, image, image_len);
	if (status == VAULT_OK) {
		v->header = *h;
		memcpy(v->keys, keys, VAULT_KEYS_LEN);
	}
	return status;
}

enum vault_status vault_change_passphrase(struct vault *v, const char *passphrase, size_t len,
                                          const void *image, size_t image_len)
{
	if (v == NULL || passphrase == NULL) {
		return VAULT_E_ARGUMENT;
	}
	if (len < VAULT_PASSPHRASE_MIN) {
		return VAULT_E_PASSPHRASE_SHORT;
	}
	int i = vault_slot_find(&v->header, VAULT_SLOT_PASSPHRASE);
	uint8_t *kek = secmem_alloc(VAULT_KEY_LEN);
	if (i < 0 || kek == NULL) {
		secmem_free(kek);
		return i < 0 ? VAULT_E_ARGUMENT : VAULT_E_NOMEM;
	}
	struct vault_header h = v->header;
	vault_slot_new_passphrase(&h.slots[i], v->hooks);
	enum vault_status status = vault_slot_kek(kek, &h.slots[i], passphrase, len, v->hooks);
	if (status == VAULT_OK) {
		/* Same slot count, same header bytes 0-27: the other slots' wraps
		 * stay valid. */
		vault_slot_wrap(&h, (unsigned)i, kek, KEYS_MK(v->keys));
		status = commit_and_adopt(v, &h, v->keys, image, image_len);
	}
	secmem_free(kek);
	return status;
}

enum vault_status vault_new_recovery_key(struct vault *v, const char *passphrase, size_t len,
                                         char *out, const void *image, size_t image_len)
{
	if (v == NULL || passphrase == NULL || out == NULL) {
		return VAULT_E_ARGUMENT;
	}
	int p = vault_slot_find(&v->header, VAULT_SLOT_PASSPHRASE);
	uint8_t *buf = secmem_alloc(3 * VAULT_KEY_LEN);
	if (p < 0 || buf == NULL) {
		secmem_free(buf);
		return p < 0 ? VAULT_E_ARGUMENT : VAULT_E_NOMEM;
	}
	uint8_t *kek = buf, *mk = buf + VAULT_KEY_LEN, *recovery = buf + 2 * VAULT_KEY_LEN;
	struct vault_header h = v->header;
	enum vault_status status = vault_slot_kek(kek, &h.slots[p], passphrase, len, v->hooks);
	if (status != VAULT_OK) {
		goto out;
	}
	if (!vault_slot_unwrap(&h, (unsigned)p, kek, mk) ||
	    sodium_memcmp(mk, KEYS_MK(v->keys), VAULT_KEY_LEN) != 0) {
		status = VAULT_E_AUTH;
		goto out;
	}
	int r = vault_slot_find(&h, VAULT_SLOT_RECOVERY);
	if (r < 0) {
		if (h.slot_count >= VAULT_SLOTS_MAX) {
			status = VAULT_E_ARGUMENT;
			goto out;
		}
		r = h.slot_count++;
	}
	vault_slot_new_recovery(&h.slots[r]);
	/* The passphrase has not changed, so its slot keeps its salt; the
	 * fresh nonce makes the re-wrap (needed when the slot count, and so
	 * the bound header length, changed) safe. */
	vault_slot_wrap(&h, (unsigned)p, kek, KEYS_MK(v->keys));
	randombytes_buf(recovery, VAULT_RECOVERY_KEY_LEN);
	vault_kdf_recovery(kek, recovery);
	vault_slot_wrap(&h, (unsigned)r, kek, KEYS_MK(v->keys));
	status = commit_and_adopt(v, &h, v->keys, image, image_len);
	if (status == VAULT_OK) {
		vault_recovery_encode(out, recovery);
	}
out:
	secmem_free(buf);
	return status;
}

enum vault_status vault_rekey(struct vault *v, const char *passphrase, size_t len,
                              char *recovery_out, const void *image, size_t image_len)
{
	if (v == NULL || passphrase == NULL) {
		return VAULT_E_ARGUMENT;
	}
	if (len < VAULT_PASSPHRASE_MIN) {
		return VAULT_E_PASSPHRASE_SHORT;
	}
	uint8_t *buf = secmem_alloc(VAULT_KEYS_LEN + 2 * VAULT_KEY_LEN);
	if (buf == NULL) {
		return VAULT_E_NOMEM;
	}
	uint8_t *keys = buf, *kek = buf + VAULT_KEYS_LEN, *recovery = kek + VAULT_KEY_LEN;
	randombytes_buf(KEYS_MK(keys), VAULT_KEY_LEN);
	vault_keys_derive(keys);
	struct vault_header h = {0};
	memcpy(h.file_id, v->header.file_id, VAULT_FILE_ID_LEN);
	h.slot_count = recovery_out != NULL ? 2 : 1;
	vault_slot_new_passphrase(&h.slots[0], v->hooks);
	enum vault_status status = vault_slot_kek(kek, &h.slots[0], passphrase, len, v->hooks);
	if (status == VAULT_OK) {
		vault_slot_wrap(&h, 0, kek, KEYS_MK(keys));
		if (recovery_out != NULL) {
			randombytes_buf(recovery, VAULT_RECOVERY_KEY_LEN);
			vault_kdf_recovery(kek, recovery);
			vault_slot_new_recovery(&h.slots[1]);
			vault_slot_wrap(&h, 1, kek, KEYS_MK(keys));
		}
		v->drop_prev = true;
		status = commit_and_adopt(v, &h, keys, image, image_len);
		v->drop_prev = false;
	}
	if (status == VAULT_OK && recovery_out != NULL) {
		vault_recovery_encode(recovery_out, recovery);
	}
	secmem_free(buf);
	return status;
}
