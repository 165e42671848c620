#include "crypto/vault.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crypto/secmem.h"
#include "crypto/vault_internal.h"
#include "crypto/vault_io.h"
#include "crypto/vault_lock.h"
#include "crypto/vault_payload.h"

struct vault *vault_alloc(const struct vault_hooks *hooks, const char *state_dir)
{
	struct vault *v = calloc(1, sizeof(*v));
	if (v == NULL) {
		return NULL;
	}
	v->dirfd = -1;
	v->lockfd = -1;
	v->hooks = hooks;
	v->keys = secmem_alloc(VAULT_KEYS_LEN);
	if (state_dir != NULL && state_dir[0] != '\0') {
		v->state_dir = strdup(state_dir);
		if (v->state_dir == NULL) {
			vault_close(v);
			return NULL;
		}
	}
	if (v->keys == NULL) {
		vault_close(v);
		return NULL;
	}
	return v;
}

void vault_close(struct vault *v)
{
	if (v == NULL) {
		return;
	}
	secmem_free(v->keys);
	vault_lock_release(v->lockfd);
	if (v->dirfd >= 0) {
		close(v->dirfd);
	}
	free(v->state_dir);
	sodium_memzero(v, sizeof(*v));
	free(v);
}

uint64_t vault_generation(const struct vault *v)
{
	return v->generation;
}

bool vault_has_recovery(const struct vault *v)
{
	return vault_slot_find(&v->header, VAULT_SLOT_RECOVERY) >= 0;
}

void vault_opened_finish(struct vault_opened *opened)
{
	if (opened == NULL) {
		return;
	}
	secmem_free(opened->image);
	opened->image = NULL;
	opened->image_len = 0;
}

enum vault_status vault_lock_dir(struct vault *v, const char *dir, bool create)
{
	v->dirfd = vault_io_open_dir(dir, create);
	if (v->dirfd < 0) {
		if (v->dirfd == -ENOENT || v->dirfd == -ENOTDIR) {
			return VAULT_E_NO_VAULT;
		}
		return create ? vault_status_from_errno(-v->dirfd) : VAULT_E_READ;
	}
	v->lockfd = vault_lock_acquire(vault_io_of(v->hooks), v->dirfd);
	if (!create && (v->lockfd == -EROFS || v->lockfd == -EACCES || v->lockfd == -EPERM)) {
		/* A read-only folder (a read-only mount, a backup disk): reading
		 * works under a shared lock, or none when there is no lock file;
		 * every save is refused, saying why (issue 8 #5). */
		v->read_only = true;
		v->lockfd = vault_lock_acquire_shared(vault_io_of(v->hooks), v->dirfd);
		if (v->lockfd == -ENOENT) {
			v->lockfd = -1;
			return VAULT_OK;
		}
	}
	if (v->lockfd == -EWOULDBLOCK) {
		return VAULT_E_IN_USE;
	}
	if (v->lockfd < 0) {
		return create ? vault_status_from_errno(-v->lockfd) : VAULT_E_READ;
	}
	return VAULT_OK;
}

enum vault_status vault_create_hooked(const struct vault_hooks *hooks, const char *dir,
                                      const char *state_dir, const char *passphrase,
                                      size_t passphrase_len, char *recovery_out, const void *image,
                                      size_t image_len, struct vault **out)
{
	*out = NULL;
	if (dir == NULL || passphrase == NULL || image == NULL) {
		return VAULT_E_ARGUMENT;
	}
	if (passphrase_len < VAULT_PASSPHRASE_MIN) {
		return VAULT_E_PASSPHRASE_SHORT;
	}
	if (!vault_image_valid(image, image_len)) {
		return VAULT_E_IMAGE;
	}
	if (!secmem_init()) {
		return VAULT_E_CRYPTO;
	}
	enum vault_status status = VAULT_E_NOMEM;
	uint8_t *secrets = secmem_alloc(2 * VAULT_KEY_LEN); /* KEK, recovery key */
	struct vault *v = vault_alloc(hooks, state_dir);
	struct stat before;
	bool dir_is_new = stat(dir, &before) != 0 && errno == ENOENT;
	if (v == NULL || secrets == NULL) {
		goto out;
	}
	status = vault_lock_dir(v, dir, true);
	if (status != VAULT_OK) {
		goto out;
	}
	if (fchmod(v->dirfd, 0700) != 0) {
		status = vault_status_from_errno(errno);
		goto out;
	}
	/* An orphaned diary.vault.prev counts too: a new vault's first save
	 * would delete it. */
	const char *const existing[] = {VAULT_FILE_NAME, VAULT_PREV_NAME};
	for (size_t i = 0; i < 2; i++) {
		struct stat st;
		if (fstatat(v->dirfd, existing[i], &st, AT_SYMLINK_NOFOLLOW) == 0 ||
		    errno != ENOENT) {
			status = VAULT_E_EXISTS;
			goto out;
		}
	}
	vault_io_remove_stale(v->dirfd, VAULT_FILE_NAME);

	uint8_t *kek = secrets;
	uint8_t *recovery = secrets + VAULT_KEY_LEN;
	randombytes_buf(KEYS_MK(v->keys), VAULT_KEY_LEN);
	vault_keys_derive(v->keys);
	struct vault_header *h = &v->header;
	randombytes_buf(h->file_id, sizeof(h->file_id));
	h->slot_count = recovery_out != NULL ? 2 : 1;
	vault_slot_new_passphrase(&h->slots[0], hooks);
	status = vault_slot_kek(kek, &h->slots[0], passphrase, passphrase_len, hooks);
	if (status != VAULT_OK) {
		goto out;
	}
	vault_slot_wrap(h, 0, kek, KEYS_MK(v->keys));
	if (recovery_out != NULL) {
		randombytes_buf(recovery, VAULT_RECOVERY_KEY_LEN);
		vault_kdf_recovery(kek, recovery);
		vault_slot_new_recovery(&h->slots[1]);
		vault_slot_wrap(h, 1, kek, KEYS_MK(v->keys));
	}
	status = vault_commit(v, h, v->keys, image, image_len);
	if (status != VAULT_OK) {
		goto out;
	}
	if (recovery_out != NULL) {
		vault_recovery_encode(recovery_out, recovery);
	}
	*out = v;
	v = NULL;
out:
	if (status != VAULT_OK && v != NULL && v->dirfd >= 0 && dir_is_new) {
		/* A failed init leaves nothing behind in a folder it made: the
		 * next init must not find a half-made data folder (issue 8 #9). */
		unlinkat(v->dirfd, VAULT_LOCK_NAME, 0);
		vault_close(v);
		v = NULL;
		rmdir(dir); /* only when empty */
	}
	secmem_free(secrets);
	vault_close(v);
	return status;
}

enum vault_status vault_create(const char *dir, const char *state_dir, const char *passphrase,
                               size_t passphrase_len, char *recovery_out, const void *image,
                               size_t image_len, struct vault **out)
{
	return vault_create_hooked(NULL, dir, state_dir, passphrase, passphrase_len, recovery_out,
	                           image, image_len, out);
}

enum vault_status vault_open(const char *dir, const char *state_dir,
                             const struct vault_secret *secret, struct vault **out,
                             struct vault_opened *opened)
{
	return vault_open_hooked(NULL, dir, state_dir, secret, out, opened);
}
