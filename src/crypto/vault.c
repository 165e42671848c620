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

static struct vault *vault_alloc(const struct vault_hooks *hooks, const char *state_dir)
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

/* Opens dir and takes the lock into v. */
static enum vault_status lock_dir(struct vault *v, const char *dir, bool create)
{
	v->dirfd = vault_io_open_dir(dir, create);
	if (v->dirfd < 0) {
		if (v->dirfd == -ENOENT || v->dirfd == -ENOTDIR) {
			return VAULT_E_NO_VAULT;
		}
		return create ? vault_status_from_errno(-v->dirfd) : VAULT_E_READ;
	}
	v->lockfd = vault_lock_acquire(v->dirfd);
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
	if (v == NULL || secrets == NULL) {
		goto out;
	}
	status = lock_dir(v, dir, true);
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

/* What one open needs across its attempts (diary.vault, then maybe
 * diary.vault.prev): the secret, and the last KEK with the slot
 * parameters it came from, so the fallback rarely runs Argon2id again. */
struct unlock {
	const struct vault_hooks *hooks;
	const struct vault_secret *secret;
	struct vault_kdf_caps caps;
	uint8_t *kek; /* secmem */
	struct vault_slot kek_slot;
	bool kek_valid;
};

static enum vault_status unlock_passphrase(struct unlock *u, const struct vault_header *h,
                                           uint8_t mk[VAULT_KEY_LEN])
{
	for (unsigned i = 0; i < h->slot_count; i++) {
		const struct vault_slot *s = &h->slots[i];
		if (s->type != VAULT_SLOT_PASSPHRASE) {
			continue;
		}
		bool cached = u->kek_valid && s->opslimit == u->kek_slot.opslimit &&
		              s->memlimit == u->kek_slot.memlimit &&
		              memcmp(s->salt, u->kek_slot.salt, VAULT_SALT_LEN) == 0;
		if (!cached) {
			u->kek_valid = false;
			enum vault_status st =
			    vault_slot_kek(u->kek, s, u->secret->text, u->secret->len, u->hooks);
			if (st != VAULT_OK) {
				return st;
			}
			u->kek_slot = *s;
			u->kek_valid = true;
		}
		if (vault_slot_unwrap(h, i, u->kek, mk)) {
			return VAULT_OK;
		}
	}
	return VAULT_E_AUTH;
}

static enum vault_status unlock_recovery(struct unlock *u, const struct vault_header *h,
                                         uint8_t mk[VAULT_KEY_LEN])
{
	if (vault_slot_find(h, VAULT_SLOT_RECOVERY) < 0) {
		return VAULT_E_NO_RECOVERY_SLOT;
	}
	uint8_t *key = secmem_alloc(VAULT_RECOVERY_KEY_LEN);
	if (key == NULL) {
		return VAULT_E_NOMEM;
	}
	enum vault_status status = VAULT_E_RECOVERY_FORMAT;
	if (vault_recovery_decode(key, u->secret->text, u->secret->len)) {
		status = VAULT_E_RECOVERY_AUTH;
		vault_kdf_recovery(u->kek, key);
		u->kek_valid = false; /* not a passphrase KEK */
		for (unsigned i = 0; i < h->slot_count; i++) {
			if (h->slots[i].type == VAULT_SLOT_RECOVERY &&
			    vault_slot_unwrap(h, i, u->kek, mk)) {
				status = VAULT_OK;
				break;
			}
		}
	}
	secmem_free(key);
	return status;
}

/* Copies the decrypted image into secure memory sized from message 0,
 * and keeps message 0 for the generation and time. */
struct image_sink {
	uint8_t *image;
	size_t len;
	struct vault_inner inner;
};

static enum vault_status image_begin(void *ctx, const struct vault_inner *inner)
{
	struct image_sink *s = ctx;
	s->inner = *inner;
	s->len = (size_t)inner->db_len;
	s->image = secmem_alloc(s->len);
	return s->image != NULL ? VAULT_OK : VAULT_E_NOMEM;
}

static enum vault_status image_put(void *ctx, uint64_t offset, const uint8_t *data, size_t n)
{
	struct image_sink *s = ctx;
	memcpy(s->image + offset, data, n);
	return VAULT_OK;
}

/* The outcome of opening one file's bytes. keys holds the MK as soon as
 * a slot unwrapped, even when the payload then failed (VAULT_E_DAMAGED). */
struct attempt {
	struct vault_header header;
	uint8_t *keys; /* VAULT_KEYS_LEN, secmem, owned by the caller */
	bool have_mk;
	bool via_known_mk; /* decrypted with the MK from the damaged current file */
	struct image_sink image;
};

static enum vault_status decrypt(struct unlock *u, const uint8_t *file, size_t len,
                                 struct attempt *a)
{
	vault_keys_derive(a->keys);
	struct image_sink *img = &a->image;
	struct vault_sink sink = {image_begin, image_put, img};
	enum vault_status status = vault_payload_decode(
	    KEYS_PK(a->keys), file, len, a->header.header_len, u->hooks, false, &sink);
	if (status == VAULT_OK && !vault_image_valid(img->image, img->len)) {
		status = VAULT_E_DAMAGED;
	}
	if (status != VAULT_OK) {
		secmem_free(img->image);
		img->image = NULL;
		img->len = 0;
	}
	return status;
}

/* Opens one file's bytes. known_mk, when non-NULL, is tried before the
 * slots (the MK that unwrapped from the damaged current file). */
static enum vault_status attempt_open(struct unlock *u, const uint8_t *file, size_t len,
                                      const uint8_t *known_mk, struct attempt *a)
{
	enum vault_status status = vault_header_decode(file, len, &u->caps, &a->header);
	if (status != VAULT_OK) {
		return status;
	}
	if (known_mk != NULL) {
		memcpy(KEYS_MK(a->keys), known_mk, VAULT_KEY_LEN);
		a->have_mk = true;
		if (decrypt(u, file, len, a) == VAULT_OK) {
			a->via_known_mk = true;
			return VAULT_OK;
		}
	}
	a->have_mk = false;
	if (u->secret->kind == VAULT_SECRET_RECOVERY) {
		status = unlock_recovery(u, &a->header, KEYS_MK(a->keys));
	} else {
		status = unlock_passphrase(u, &a->header, KEYS_MK(a->keys));
	}
	if (status != VAULT_OK) {
		return status;
	}
	a->have_mk = true;
	return decrypt(u, file, len, a);
}

static bool damage_allows_prev(enum vault_status s)
{
	return s == VAULT_E_DAMAGED || s == VAULT_E_HEADER || s == VAULT_E_NOT_VAULT;
}

/* The largest file a vault can be. */
static size_t file_max(void)
{
	return (size_t)vault_file_len(VAULT_HEADER_MAX, vault_padded_len(VAULT_IMAGE_MAX));
}

/* Reads dir/name and attempts it. VAULT_E_NO_VAULT when it is missing. */
static enum vault_status attempt_file(struct unlock *u, int dirfd, const char *name,
                                      const uint8_t *known_mk, struct attempt *a)
{
	uint8_t *file;
	size_t len;
	int rc = vault_io_read_file(dirfd, name, file_max(), &file, &len);
	if (rc == -ENOENT) {
		return VAULT_E_NO_VAULT;
	}
	if (rc == -EFBIG) {
		return VAULT_E_HEADER;
	}
	if (rc != 0) {
		return rc == -ENOMEM ? VAULT_E_NOMEM : VAULT_E_READ;
	}
	enum vault_status status = attempt_open(u, file, len, known_mk, a);
	free(file);
	return status;
}

static void fill_opened(struct vault_opened *o, struct attempt *a)
{
	o->image = a->image.image;
	o->image_len = a->image.len;
	a->image.image = NULL;
	o->generation = a->image.inner.generation;
	o->saved_at = a->image.inner.saved_at;
	o->has_recovery = vault_slot_find(&a->header, VAULT_SLOT_RECOVERY) >= 0;
}

/* §4.10: compare with the highest generation seen, then remember this
 * one (the record only ever moves up). */
static void check_freshness(const struct vault *v, struct vault_opened *o)
{
	if (v->state_dir == NULL) {
		return;
	}
	o->freshness = freshness_check(v->state_dir, KEYS_FK(v->keys), v->header.file_id,
	                               v->generation, &o->highest_seen);
	(void)!freshness_record(v->state_dir, KEYS_FK(v->keys), v->header.file_id, v->generation);
}

enum vault_status vault_open_hooked(const struct vault_hooks *hooks, const char *dir,
                                    const char *state_dir, const struct vault_secret *secret,
                                    struct vault **out, struct vault_opened *opened)
{
	*out = NULL;
	memset(opened, 0, sizeof(*opened));
	opened->freshness = FRESHNESS_NO_RECORD;
	if (dir == NULL || secret == NULL || secret->text == NULL) {
		return VAULT_E_ARGUMENT;
	}
	if (!secmem_init()) {
		return VAULT_E_CRYPTO;
	}
	struct unlock u = {.hooks = hooks, .secret = secret, .caps = vault_kdf_caps_default()};
	struct attempt cur = {0}, prev = {0};
	enum vault_status status = VAULT_E_NOMEM;
	struct vault *v = vault_alloc(hooks, state_dir);
	u.kek = secmem_alloc(VAULT_KEY_LEN);
	cur.keys = secmem_alloc(VAULT_KEYS_LEN);
	prev.keys = secmem_alloc(VAULT_KEYS_LEN);
	if (v == NULL || u.kek == NULL || cur.keys == NULL || prev.keys == NULL) {
		goto out;
	}
	status = lock_dir(v, dir, false);
	if (status != VAULT_OK) {
		goto out;
	}
	opened->stale_removed = vault_io_remove_stale(v->dirfd, VAULT_FILE_NAME);

	struct attempt *used = &cur;
	status = attempt_file(&u, v->dirfd, VAULT_FILE_NAME, NULL, &cur);
	if (damage_allows_prev(status)) {
		const uint8_t *known =
		    status == VAULT_E_DAMAGED && cur.have_mk ? KEYS_MK(cur.keys) : NULL;
		if (attempt_file(&u, v->dirfd, VAULT_PREV_NAME, known, &prev) == VAULT_OK) {
			opened->from_prev = true;
			opened->damage = status;
			used = &prev;
			status = VAULT_OK;
		}
	}
	if (status != VAULT_OK) {
		goto out;
	}
	/* When the current file's slots unwrapped the MK that opens prev, keep
	 * those slots: prev may predate a passphrase change, and saving its
	 * slots again would bring the old passphrase back. */
	v->header = used->via_known_mk ? cur.header : used->header;
	memcpy(v->keys, used->keys, VAULT_KEYS_LEN);
	v->generation = used->image.inner.generation;
	v->keep_prev = opened->from_prev;
	fill_opened(opened, used);
	check_freshness(v, opened);
out:
	secmem_free(cur.image.image);
	secmem_free(prev.image.image);
	secmem_free(cur.keys);
	secmem_free(prev.keys);
	secmem_free(u.kek);
	if (status == VAULT_OK) {
		*out = v;
		v = NULL;
	}
	vault_close(v);
	return status;
}

enum vault_status vault_open(const char *dir, const char *state_dir,
                             const struct vault_secret *secret, struct vault **out,
                             struct vault_opened *opened)
{
	return vault_open_hooked(NULL, dir, state_dir, secret, out, opened);
}
