#include "app/session.h"

#include <stdlib.h>
#include <string.h>

#include "app/session_internal.h"
#include "crypto/vault_probe.h"
#include "store/alloc.h"

static struct app_notice *notice(struct session *s, enum app_notice_kind kind)
{
	return app_notices_add(&s->notices, kind);
}

/* What the person must know about the copy that opened (DESIGN.md §2:
 * never silent about damage, rollback or secrets that changed). */
static void open_notices(struct session *s, const struct vault_opened *o)
{
	struct app_notice *n;
	if (o->from_prev) {
		n = notice(s, o->damage == VAULT_E_NO_VAULT ? NOTICE_OPENED_BACKUP_MISSING
		                                            : NOTICE_OPENED_BACKUP_DAMAGED);
		if (n != NULL) {
			n->when = o->saved_at;
		}
	}
	if (o->kept_older & (1u << VAULT_SLOT_PASSPHRASE)) {
		notice(s, NOTICE_PASSPHRASE_KEPT_OLDER);
	}
	if (o->kept_older & (1u << VAULT_SLOT_RECOVERY)) {
		notice(s, NOTICE_RECOVERY_KEPT_OLDER);
	}
	if (o->lost & (1u << VAULT_SLOT_PASSPHRASE)) {
		notice(s, NOTICE_PASSPHRASE_LOST);
	}
	if (o->lost & (1u << VAULT_SLOT_RECOVERY)) {
		notice(s, NOTICE_RECOVERY_LOST);
	}
	/* A backup is older by nature; the notice above already says so. */
	if (o->freshness == FRESHNESS_OLDER && !o->from_prev) {
		n = notice(s, NOTICE_ROLLBACK);
		if (n != NULL) {
			n->number = o->generation;
			n->highest = o->highest_seen;
		}
	} else if (o->freshness == FRESHNESS_NO_RECORD) {
		notice(s, NOTICE_NO_FRESHNESS_RECORD);
	} else if (o->freshness == FRESHNESS_INVALID) {
		notice(s, NOTICE_FRESHNESS_DAMAGED);
	}
	n = notice(s, NOTICE_LAST_SAVED);
	if (n != NULL) {
		n->when = o->saved_at;
		n->number = o->generation;
	}
}

bool session_precheck(const struct app *app, struct app_error *err)
{
	struct vault_probe p;
	if (vault_probe(str_cstr(&app->data_dir), &p) != VAULT_OK) {
		return true; /* the open itself says what is wrong */
	}
	if (p.in_use) {
		return app_error_vault(err, VAULT_E_IN_USE);
	}
	if (!p.exists && !p.prev_exists) {
		return app_error_vault(err, VAULT_E_NO_VAULT);
	}
	if (p.header == VAULT_E_VERSION || p.header == VAULT_E_ODD_FILE) {
		return app_error_vault(err, p.header);
	}
	if (p.header != VAULT_OK && p.prev_header != VAULT_OK) {
		return app_error_vault(err, p.header == VAULT_E_NO_VAULT ? p.prev_header : p.header);
	}
	return true;
}

/* Opens the vault and the store. Damage that only shows after decryption
 * (a database that fails its checks) falls back to the backup copy like
 * any other damage (issue 8 #3). */
static bool open_store(const struct app *app, const struct vault_secret *secret,
                       struct session *s, struct vault_opened *opened, struct app_error *err)
{
	const char *dir = str_cstr(&app->data_dir);
	const char *state = str_cstr(&app->state_dir);
	enum vault_status vst = vault_open(dir, state, secret, &s->vault, opened);
	if (vst == VAULT_E_SECRET_CHANGED) {
		err->when = opened->saved_at;
		err->recovery = secret->kind == VAULT_SECRET_RECOVERY;
		return app_error_app(err, APP_E_SECRET_CHANGED);
	}
	if (vst != VAULT_OK) {
		return app_error_vault(err, vst);
	}
	enum store_status sst = store_open_image_copy(opened->image, opened->image_len, &s->store);
	if ((sst == STORE_DAMAGED || sst == STORE_NOT_WISEMIND) && !opened->from_prev) {
		vault_opened_finish(opened);
		vault_close(s->vault);
		s->vault = NULL;
		if (vault_open_prev(dir, state, secret, &s->vault, opened) != VAULT_OK) {
			return app_error_store(err, sst);
		}
		sst = store_open_image_copy(opened->image, opened->image_len, &s->store);
	}
	return sst == STORE_OK || app_error_store(err, sst);
}

/* A refused passphrase on a vault with no recovery key: its sentence
 * then offers none (one look at the header, no key derivation). */
static void note_passphrase_only(const struct app *app, struct app_error *err)
{
	bool refused = (err->source == APP_ERROR_VAULT && err->status == VAULT_E_AUTH) ||
	               (err->source == APP_ERROR_APP && err->status == APP_E_SECRET_CHANGED);
	struct vault_probe p;
	if (refused && vault_probe(str_cstr(&app->data_dir), &p) == VAULT_OK && p.exists &&
	    p.header == VAULT_OK && !p.has_recovery) {
		err->passphrase_only = true;
	}
}

bool session_open(const struct app *app, const struct app_secret *secret, bool recovery,
                  struct session **out, struct app_error *err)
{
	*out = NULL;
	if (!store_global_init()) {
		return app_error_store(err, STORE_SETUP_FAILED);
	}
	struct session *s = calloc(1, sizeof(*s));
	if (s == NULL) {
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	s->app = app;
	struct vault_secret vs = {
		.kind = recovery ? VAULT_SECRET_RECOVERY : VAULT_SECRET_PASSPHRASE,
		.text = secret->text != NULL ? secret->text : "",
		.len = secret->len,
	};
	str_append(&s->data_dir, str_cstr(&app->data_dir));
	struct vault_opened opened = {0};
	bool ok = open_store(app, &vs, s, &opened, err);
	if (ok) {
		s->generation = opened.generation;
		s->saved_at = opened.saved_at;
		s->has_recovery = opened.has_recovery;
		open_notices(s, &opened);
		if (store_alloc_unlocked_bytes() > 0) {
			notice(s, NOTICE_MEMORY_NOT_LOCKED);
		}
		if (opened.read_only) {
			/* Reading works; nothing can be saved, so the inbox waits. */
			notice(s, NOTICE_READ_ONLY);
		} else {
			ok = session_merge_inbox(app, s, err);
			if (ok) {
				session_safety_shown_sync(s, true);
			}
		}
	}
	vault_opened_finish(&opened);
	if (!ok) {
		session_close(s);
		if (!recovery) {
			note_passphrase_only(app, err);
		}
		return false;
	}
	*out = s;
	return true;
}

const struct app_notices *session_notices(const struct session *s)
{
	return &s->notices;
}

size_t session_urges_recorded(const struct session *s)
{
	return s->merged;
}

const struct app_urge_result *session_unlock_urges(const struct session *s)
{
	return &s->unlock_urges;
}

bool session_image(struct session *s, struct store_image *image, struct app_error *err)
{
	enum store_status st = store_image_get(s->store, image);
	return st == STORE_OK || app_error_store(err, st);
}

bool session_save(struct session *s, struct app_error *err)
{
	struct store_image image = {0};
	if (!session_image(s, &image, err)) {
		return false;
	}
	enum vault_status vst = vault_save(s->vault, image.data, image.len);
	store_image_release(&image);
	if (vst != VAULT_OK) {
		return app_error_vault(err, vst);
	}
	s->generation = vault_generation(s->vault);
	return true;
}

void session_close(struct session *s)
{
	if (s == NULL) {
		return;
	}
	store_destroy(s->store);
	vault_close(s->vault);
	app_notices_finish(&s->notices);
	str_finish(&s->data_dir);
	free(s);
}
