/* Opening a vault (STORAGE.md §4.8), and the rule that decides every
 * damaged or unusual state: message 0 authenticates the whole outer
 * header, slots included, so once a master key is in hand a file either
 * authenticates as a whole (it is intact) or it does not (it is damaged).
 * diary.vault.prev is opened only when diary.vault is damaged; a
 * diary.vault that is intact but does not accept this secret means the
 * secret was changed after prev was written, and is refused. */
#include <errno.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "crypto/inbox.h"
#include "crypto/secmem.h"
#include "crypto/vault.h"
#include "crypto/vault_hooks.h"
#include "crypto/vault_internal.h"
#include "crypto/vault_io.h"
#include "crypto/vault_payload.h"

/* What one open needs across its files: the secret, and the last KEK
 * with the slot it was derived for, so a second file with the same slot
 * does not run Argon2id again. */
struct unlock {
	const struct vault_hooks *hooks;
	const struct vault_secret *secret;
	struct vault_kdf_caps caps;
	uint8_t *kek; /* secmem: the KEK that unwrapped the MK, once one did */
	struct vault_slot kek_slot;
	bool kek_valid;
};

/* One file: its bytes and header, and what decrypting it gave. */
struct file_view {
	uint8_t *bytes;
	size_t len;
	enum vault_status parsed; /* VAULT_OK, VAULT_E_NO_VAULT, or why the header failed */
	struct vault_header header;
	struct vault_inner inner; /* after a successful decrypt */
	uint8_t *image;           /* secmem, after a successful decrypt */
	size_t image_len;
};

static enum vault_status unlock_passphrase(struct unlock *u, const struct vault_header *h,
                                           uint8_t mk[VAULT_KEY_LEN], unsigned *slot)
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
			*slot = i;
			return VAULT_OK;
		}
	}
	return VAULT_E_AUTH;
}

static enum vault_status unlock_recovery(struct unlock *u, const struct vault_header *h,
                                         uint8_t mk[VAULT_KEY_LEN], unsigned *slot)
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
				*slot = i;
				status = VAULT_OK;
				break;
			}
		}
	}
	secmem_free(key);
	return status;
}

static enum vault_status unlock_file(struct unlock *u, const struct file_view *f,
                                     uint8_t mk[VAULT_KEY_LEN], unsigned *slot)
{
	if (u->secret->kind == VAULT_SECRET_RECOVERY) {
		return unlock_recovery(u, &f->header, mk, slot);
	}
	return unlock_passphrase(u, &f->header, mk, slot);
}

/* Copies the decrypted image into secure memory sized from message 0. */
static enum vault_status image_begin(void *ctx, const struct vault_inner *inner)
{
	struct file_view *f = ctx;
	f->inner = *inner;
	f->image_len = (size_t)inner->db_len;
	f->image = secmem_alloc(f->image_len);
	return f->image != NULL ? VAULT_OK : VAULT_E_NOMEM;
}

static enum vault_status image_put(void *ctx, uint64_t offset, const uint8_t *data, size_t n)
{
	struct file_view *f = ctx;
	memcpy(f->image + offset, data, n);
	return VAULT_OK;
}

/* Authenticates and decrypts the whole file under keys (MK and PK). Not
 * VAULT_OK means the file is damaged: with the right MK, every byte of
 * it, header and slots included, is checked. */
static enum vault_status decrypt(struct unlock *u, const uint8_t *keys, struct file_view *f)
{
	if (f->parsed != VAULT_OK) {
		return f->parsed;
	}
	struct vault_sink sink = {image_begin, image_put, f};
	enum vault_status status = vault_payload_decode(KEYS_PK(keys), f->bytes, f->len,
	                                                f->header.header_len, u->hooks, false, &sink);
	if (status == VAULT_OK && !vault_image_valid(f->image, f->image_len)) {
		status = VAULT_E_DAMAGED;
	}
	if (status != VAULT_OK) {
		secmem_free(f->image);
		f->image = NULL;
		f->image_len = 0;
	}
	return status == VAULT_E_NOMEM ? status : (status == VAULT_OK ? VAULT_OK : VAULT_E_DAMAGED);
}

/* The largest file a vault can be. */
static size_t file_max(void)
{
	return (size_t)vault_file_len(VAULT_HEADER_MAX, vault_padded_len(VAULT_IMAGE_MAX));
}

/* Reads dir/name and parses its header. Returns VAULT_OK or why the file
 * cannot be read at all (the read error); a missing file or a bad header
 * is recorded in f->parsed instead. */
static enum vault_status read_file(struct unlock *u, int dirfd, const char *name,
                                   struct file_view *f)
{
	int rc = vault_io_read_file(dirfd, name, file_max(), &f->bytes, &f->len);
	if (rc == -ENOENT) {
		f->parsed = VAULT_E_NO_VAULT;
		return VAULT_OK;
	}
	if (rc == -EFBIG) {
		f->parsed = VAULT_E_HEADER;
		return VAULT_OK;
	}
	if (rc == -EINVAL) {
		f->parsed = VAULT_E_ODD_FILE;
		return VAULT_OK;
	}
	if (rc != 0) {
		return rc == -ENOMEM ? VAULT_E_NOMEM : VAULT_E_READ;
	}
	f->parsed = vault_header_decode(f->bytes, f->len, &u->caps, &f->header);
	return VAULT_OK;
}

/* The file id is the same in every copy for the diary's whole life, and
 * every slot's associated data binds it: one damaged byte of it in
 * diary.vault breaks all its slots. Its slots are tried again under
 * prev's file id, so a secret only the newer copy holds (a passwd between
 * the two saves) still opens; the file itself then fails to authenticate,
 * and is damaged as before. */
static enum vault_status unlock_under_prev_id(struct unlock *u, const struct file_view *cur,
                                              const struct file_view *prev,
                                              uint8_t mk[VAULT_KEY_LEN], unsigned *slot)
{
	if (cur->parsed != VAULT_OK || prev->parsed != VAULT_OK ||
	    memcmp(cur->header.file_id, prev->header.file_id, VAULT_FILE_ID_LEN) == 0) {
		return VAULT_E_AUTH;
	}
	struct file_view alt = *cur;
	memcpy(alt.header.file_id, prev->header.file_id, VAULT_FILE_ID_LEN);
	return unlock_file(u, &alt, mk, slot);
}

static void file_finish(struct file_view *f)
{
	free(f->bytes);
	secmem_free(f->image);
	*f = (struct file_view){0};
}

/* Whether two slots of one kind stand for the same secret, when one of
 * them may be damaged. Each wrap draws a new random nonce, and a new
 * secret means a new wrap (and, for a passphrase, a new salt); a
 * passphrase slot is also re-wrapped, keeping its salt, when the other
 * secret changes. One damaged field leaves the others as they were, so a
 * slot is the same secret when the untouched fields say so: a damaged
 * slot is not mistaken for a secret changed since. */
static bool same_secret(const struct vault_slot *a, const struct vault_slot *b)
{
	bool same_nonce = memcmp(a->nonce, b->nonce, sizeof(a->nonce)) == 0;
	if (a->type == VAULT_SLOT_PASSPHRASE) {
		bool same_salt = memcmp(a->salt, b->salt, VAULT_SALT_LEN) == 0 &&
		                 a->opslimit == b->opslimit && a->memlimit == b->memlimit;
		return same_salt || same_nonce;
	}
	return same_nonce || memcmp(a->wrapped, b->wrapped, sizeof(a->wrapped)) == 0;
}

/* The slots the next saves write after opening prev because diary.vault
 * was damaged (issue 8's principles): (a) the secret that opened now keeps
 * working, its slot verified by unwrapping, wherever it came from; (b) no
 * slot is written unless verified, by unwrapping now or by belonging to
 * prev, which authenticated; (c) a secret that (a) and (b) leave
 * unverified is named in opened->kept_older or opened->lost. */
static void compose_slots(struct unlock *u, const uint8_t mk[VAULT_KEY_LEN],
                          const struct file_view *cur, const struct file_view *prev,
                          bool from_cur, unsigned slot, struct vault_header *out,
                          struct vault_opened *o)
{
	const struct vault_header *used = from_cur ? &cur->header : &prev->header;
	enum vault_slot_type type = used->slots[slot].type;
	*out = prev->header;
	if (from_cur) {
		int j = vault_slot_find(out, type);
		if (j < 0) {
			/* prev has no slot of this kind: adding one changes the header
			 * that binds prev's other slots, whose keys are not here. */
			for (unsigned i = 0; i < prev->header.slot_count; i++) {
				o->lost |= 1u << prev->header.slots[i].type;
			}
			out->slot_count = 1;
			j = 0;
		}
		out->slots[j] = used->slots[slot];
		vault_slot_wrap(out, (unsigned)j, u->kek, mk);
	}
	/* A slot of the damaged file that is not what is kept: a change made
	 * after prev was saved, which nothing here can check. */
	if (cur->parsed != VAULT_OK) {
		return;
	}
	for (unsigned i = 0; i < cur->header.slot_count; i++) {
		const struct vault_slot *s = &cur->header.slots[i];
		if (from_cur && i == slot) {
			continue;
		}
		int k = vault_slot_find(out, (enum vault_slot_type)s->type);
		if (k < 0 || !same_secret(&out->slots[k], s)) {
			if (k >= 0) {
				o->kept_older |= 1u << s->type;
			} else {
				o->lost |= 1u << s->type;
			}
		}
	}
}

static void fill_opened(struct vault_opened *o, struct file_view *f)
{
	o->image = f->image;
	o->image_len = f->image_len;
	f->image = NULL;
	o->generation = f->inner.generation;
	o->saved_at = f->inner.saved_at;
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

/* The status for a secret that opened neither file: the current file's
 * answer when its header could be read, else prev's, else why the
 * current file could not be used. */
static enum vault_status refused(const struct file_view *cur, enum vault_status cur_try,
                                 const struct file_view *prev, enum vault_status prev_try)
{
	if (cur->parsed == VAULT_OK) {
		return cur_try;
	}
	if (prev->parsed == VAULT_OK) {
		return prev_try;
	}
	return cur->parsed;
}

/* Opens with the master key in keys: diary.vault when it authenticates;
 * else prev, with the slots to save composed. With cur_bad, diary.vault
 * authenticated but its database did not pass: prev is opened with the
 * current file's slots, which are verified. */
static enum vault_status open_with_key(struct unlock *u, struct vault *v, struct file_view *cur,
                                       struct file_view *prev, bool from_cur, unsigned slot,
                                       bool cur_bad, struct vault_opened *o)
{
	vault_keys_derive(v->keys);
	enum vault_status cur_status = decrypt(u, v->keys, cur);
	if (cur_bad && cur_status == VAULT_OK) {
		if (!from_cur || prev->parsed != VAULT_OK || decrypt(u, v->keys, prev) != VAULT_OK) {
			return VAULT_E_DAMAGED;
		}
		v->header = cur->header;
		v->generation = cur->inner.generation; /* the next save comes after it */
		v->keep_prev = true;
		o->from_prev = true;
		o->damage = VAULT_E_DAMAGED;
		fill_opened(o, prev);
		return VAULT_OK;
	}
	if (cur_status == VAULT_E_NOMEM) {
		return cur_status;
	}
	if (cur_status == VAULT_OK) {
		if (!from_cur) {
			/* diary.vault is intact and the secret opens only the older
			 * copy: it was changed since. Opening prev would roll the
			 * diary back and bring a retired secret back to life. */
			o->saved_at = cur->inner.saved_at;
			return VAULT_E_SECRET_CHANGED;
		}
		v->header = cur->header;
		v->generation = cur->inner.generation;
		fill_opened(o, cur);
		return VAULT_OK;
	}
	enum vault_status damage = cur->parsed != VAULT_OK ? cur->parsed : cur_status;
	if (prev->parsed != VAULT_OK || decrypt(u, v->keys, prev) != VAULT_OK) {
		return damage == VAULT_E_NO_VAULT ? VAULT_E_DAMAGED : damage;
	}
	compose_slots(u, KEYS_MK(v->keys), cur, prev, from_cur, slot, &v->header, o);
	v->generation = prev->inner.generation;
	v->keep_prev = true;
	o->from_prev = true;
	o->damage = damage;
	fill_opened(o, prev);
	return VAULT_OK;
}

static enum vault_status open_files(const struct vault_hooks *hooks, const char *dir,
                                    const char *state_dir, const struct vault_secret *secret,
                                    bool cur_bad, struct vault **out, struct vault_opened *opened)
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
	struct file_view cur = {0}, prev = {0};
	enum vault_status status = VAULT_E_NOMEM;
	struct vault *v = vault_alloc(hooks, state_dir);
	u.kek = secmem_alloc(VAULT_KEY_LEN);
	if (v == NULL || u.kek == NULL) {
		goto out;
	}
	status = vault_lock_dir(v, dir, false);
	if (status != VAULT_OK) {
		goto out;
	}
	/* Temp files a kill left behind (issue 8 #9): the vault's own, and
	 * inbox.pub's, which is only written under this lock too. */
	opened->read_only = v->read_only;
	if (!v->read_only) {
		opened->stale_removed = vault_io_remove_stale(v->dirfd, VAULT_FILE_NAME) +
		                        vault_io_remove_stale(v->dirfd, INBOX_PUB_NAME);
	}
	status = read_file(&u, v->dirfd, VAULT_FILE_NAME, &cur);
	if (status == VAULT_OK) {
		status = read_file(&u, v->dirfd, VAULT_PREV_NAME, &prev);
	}
	if (status != VAULT_OK) {
		goto out;
	}
	/* A newer format is not damage: never roll it back to an older copy.
	 * Nor is an odd file in the vault's place: the person moves it. */
	if (cur.parsed == VAULT_E_VERSION || cur.parsed == VAULT_E_ODD_FILE) {
		status = cur.parsed;
		goto out;
	}
	if (cur.parsed == VAULT_E_NO_VAULT && prev.parsed == VAULT_E_NO_VAULT) {
		status = VAULT_E_NO_VAULT;
		goto out;
	}
	unsigned slot = 0;
	enum vault_status cur_try = VAULT_E_AUTH, prev_try = VAULT_E_AUTH;
	bool from_cur = false;
	if (cur.parsed == VAULT_OK) {
		cur_try = unlock_file(&u, &cur, KEYS_MK(v->keys), &slot);
		from_cur = cur_try == VAULT_OK;
	}
	if (!from_cur && prev.parsed == VAULT_OK) {
		prev_try = unlock_file(&u, &prev, KEYS_MK(v->keys), &slot);
	}
	if (!from_cur && prev_try != VAULT_OK) {
		from_cur = unlock_under_prev_id(&u, &cur, &prev, KEYS_MK(v->keys), &slot) == VAULT_OK;
	}
	if (!from_cur && prev_try != VAULT_OK) {
		status = refused(&cur, cur_try, &prev, prev_try);
		goto out;
	}
	status = open_with_key(&u, v, &cur, &prev, from_cur, slot, cur_bad, opened);
	if (status != VAULT_OK) {
		goto out;
	}
	opened->has_recovery = vault_slot_find(&v->header, VAULT_SLOT_RECOVERY) >= 0;
	check_freshness(v, opened);
out:
	file_finish(&cur);
	file_finish(&prev);
	secmem_free(u.kek);
	if (status == VAULT_OK) {
		*out = v;
		v = NULL;
	}
	vault_close(v);
	return status;
}

enum vault_status vault_open_hooked(const struct vault_hooks *hooks, const char *dir,
                                    const char *state_dir, const struct vault_secret *secret,
                                    struct vault **out, struct vault_opened *opened)
{
	return open_files(hooks, dir, state_dir, secret, false, out, opened);
}

enum vault_status vault_open_prev(const char *dir, const char *state_dir,
                                  const struct vault_secret *secret, struct vault **out,
                                  struct vault_opened *opened)
{
	return open_files(NULL, dir, state_dir, secret, true, out, opened);
}
