#include "session.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/urge_record.h"
#include "crypto/inbox.h"
#include "crypto/secmem.h"
#include "crypto/vault_probe.h"
#include "store/alloc.h"
#include "store/inbox_key.h"
#include "store/urge_event.h"

void session_error_finish(struct session_error *err)
{
	if (err != NULL) {
		str_finish(&err->message);
		err->exit_code = 0;
	}
}

static bool vault_failed(struct session_error *err, enum vault_status st)
{
	err->exit_code = vault_status_exit_code(st);
	str_appendf(&err->message, "%s.", vault_status_message(st));
	return false;
}

static bool store_failed(struct session_error *err, enum store_status st)
{
	err->exit_code = st == STORE_DAMAGED || st == STORE_NOT_WISEMIND ? 3 : 1;
	str_append(&err->message, store_status_message(st));
	return false;
}

static void format_time(uint64_t t, char *buf, size_t size)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (gmtime_r(&tt, &tm) == NULL || strftime(buf, size, "%Y-%m-%d %H:%M UTC", &tm) == 0) {
		snprintf(buf, size, "an unknown time");
	}
}

/* The image the store holds, saved through fn (create, save, rekey...). */
static bool with_image(struct store *store, struct session_error *err,
                       struct store_image *image)
{
	enum store_status st = store_image_get(store, image);
	return st == STORE_OK || store_failed(err, st);
}

bool session_create(const struct app *app, const char *passphrase, size_t len,
                    char *recovery_out, struct session *out, struct session_error *err)
{
	*out = (struct session){0};
	const char *dir = str_cstr(&app->data_dir);
	if (!store_global_init()) {
		return store_failed(err, STORE_SETUP_FAILED);
	}
	uint8_t pk[INBOX_KEY_LEN];
	uint8_t *sk = secmem_alloc(INBOX_KEY_LEN);
	bool ok = false;
	struct store_image image = {0};
	enum store_status sst = sk == NULL ? STORE_NO_MEMORY : store_create(&out->store);
	if (sst != STORE_OK) {
		store_failed(err, sst);
		goto out;
	}
	if (!inbox_keypair(pk, sk)) {
		vault_failed(err, VAULT_E_CRYPTO);
		goto out;
	}
	sst = store_inbox_key_set(out->store, pk, sk);
	if (sst != STORE_OK) {
		store_failed(err, sst);
		goto out;
	}
	if (!with_image(out->store, err, &image)) {
		goto out;
	}
	enum vault_status vst = vault_create(dir, str_cstr(&app->state_dir), passphrase, len,
	                                     recovery_out, image.data, image.len, &out->vault);
	if (vst != VAULT_OK) {
		vault_failed(err, vst);
		goto out;
	}
	vst = inbox_publish(dir, pk);
	if (vst != VAULT_OK) {
		vault_failed(err, vst);
		goto out;
	}
	out->generation = vault_generation(out->vault);
	out->has_recovery = recovery_out != NULL;
	ok = true;
out:
	store_image_release(&image);
	secmem_free(sk);
	if (!ok) {
		session_close(out);
	}
	return ok;
}

/* Merges the sealed inbox (urges logged while locked), then saves, then
 * removes the inbox: a crash in between can only merge twice, which the
 * urge ids make harmless. */
/* The earliest and latest times of the merged urges (ISO 8601 text,
 * which sorts as time does for one offset). */
struct span {
	char first[40];
	char last[40];
};

static void span_add(struct span *span, const char *at)
{
	if (span->first[0] == '\0' || strcmp(at, span->first) < 0) {
		snprintf(span->first, sizeof(span->first), "%s", at);
	}
	if (strcmp(at, span->last) > 0) {
		snprintf(span->last, sizeof(span->last), "%s", at);
	}
}

static bool merge_inbox(const struct app *app, struct session *s, struct session_error *err)
{
	const char *dir = str_cstr(&app->data_dir);
	uint8_t pk[INBOX_KEY_LEN];
	uint8_t *sk = secmem_alloc(INBOX_KEY_LEN);
	if (sk == NULL) {
		return vault_failed(err, VAULT_E_NOMEM);
	}
	bool ok = false;
	struct inbox_batch batch = {0};
	enum store_status sst = store_inbox_key_get(s->store, pk, sk);
	if (sst == STORE_NOT_FOUND) {
		/* A vault without an inbox key: make one now. */
		if (!inbox_keypair(pk, sk)) {
			vault_failed(err, VAULT_E_CRYPTO);
			goto out;
		}
		sst = store_inbox_key_set(s->store, pk, sk);
		if (sst != STORE_OK) {
			store_failed(err, sst);
			goto out;
		}
		if (!session_save(s, err)) {
			goto out;
		}
	} else if (sst != STORE_OK) {
		store_failed(err, sst);
		goto out;
	}
	switch (inbox_pub_compare(dir, pk)) {
	case INBOX_PUB_SAME:
		break;
	case INBOX_PUB_CHANGED:
		str_append(&s->notices,
			"WARNING: inbox.pub in the data directory was changed or damaged. Someone may "
			"have replaced it to read urges logged while locked. wisemind has put the right "
			"key back; urges logged since the change could not be read.\n");
		/* fall through */
	case INBOX_PUB_MISSING:
		if (inbox_publish(dir, pk) != VAULT_OK) {
			str_append(&s->notices, "inbox.pub could not be rewritten, so urges cannot be "
			                        "logged while locked; check the data directory.\n");
		}
		break;
	}
	enum vault_status vst = inbox_take(dir, pk, sk, &batch);
	if (vst != VAULT_OK) {
		vault_failed(err, vst);
		goto out;
	}
	size_t unreadable = batch.unreadable;
	struct span span = {0};
	for (size_t i = 0; i < batch.count; i++) {
		struct urge_record r;
		if (!urge_record_decode((const char *)batch.entries[i].payload, batch.entries[i].len,
		                        &r)) {
			unreadable++;
			continue;
		}
		struct store_urge urge = {.at = r.at, .target = r.target, .before = r.rating,
		                          .after = -1, .note = r.note[0] ? r.note : NULL,
		                          .via_inbox = true};
		memcpy(urge.id, batch.entries[i].id, sizeof(urge.id));
		bool added = false;
		sst = store_urge_add(s->store, &urge, &added);
		if (sst != STORE_OK) {
			unreadable++;
			continue;
		}
		s->merged += added;
		if (added) {
			span_add(&span, r.at);
		}
	}
	bool saved = true;
	if (batch.file_count > 0) {
		/* A merge that cannot be saved (a full disk) must not lock the
		 * person out of the diary: the urges stay in the inbox, to be added
		 * at an unlock that can save, and the diary opens (issue 8 #4). */
		struct session_error why = {0};
		saved = session_save(s, &why);
		if (!saved) {
			str_appendf(&s->notices, "%zu urge%s logged while wisemind was locked could not "
			                         "be added to the diary yet (%s). They are kept in the "
			                         "locked inbox and will be added at the next unlock once "
			                         "that is fixed.\n",
			            s->merged, s->merged == 1 ? "" : "s", str_cstr(&why.message));
			s->merged = 0;
			session_error_finish(&why);
		}
	}
	if (batch.file_count > 0 && saved) {
		if (inbox_release(dir, &batch) != VAULT_OK) {
			str_append(&s->notices, "The merged inbox could not be removed; it will be "
			                        "merged again next time, without duplicates.\n");
		}
	}
	if (s->merged > 0) {
		/* Anyone who can write the data folder can add to the inbox: say
		 * how many came and when, so a planted one can be noticed. */
		str_appendf(&s->notices, "Added %zu urge%s logged while wisemind was locked",
		            s->merged, s->merged == 1 ? "" : "s");
		if (s->merged == 1 || strcmp(span.first, span.last) == 0) {
			str_appendf(&s->notices, " (logged %s).", span.first);
		} else {
			str_appendf(&s->notices, " (logged from %s to %s).", span.first, span.last);
		}
		str_append(&s->notices, " They are marked in your diary as logged while locked; "
		                        "if any is not yours, someone who can write your data folder "
		                        "added it.\n");
	}
	if (batch.odd > 0) {
		str_appendf(&s->notices, "%zu file%s named inbox or inbox.taken.* in the data "
		                         "directory %s not a regular file (a pipe or a folder) and "
		                         "%s skipped; move %s out of the data directory.\n",
		            batch.odd, batch.odd == 1 ? "" : "s", batch.odd == 1 ? "is" : "are",
		            batch.odd == 1 ? "was" : "were", batch.odd == 1 ? "it" : "them");
	}
	if (unreadable > 0 || batch.torn > 0) {
		str_appendf(&s->notices, "%zu entr%s in the locked inbox could not be read and %s "
		                         "left out.\n", unreadable + batch.torn,
		            unreadable + batch.torn == 1 ? "y" : "ies",
		            unreadable + batch.torn == 1 ? "was" : "were");
	}
	ok = true;
out:
	inbox_batch_finish(&batch);
	secmem_free(sk);
	return ok;
}

/* The secret opens only the older copy: it was changed since. Saying
 * when lets the person recall which one is current. */
static bool secret_changed(struct session_error *err, enum vault_secret_kind kind,
                           uint64_t saved_at)
{
	char when[40];
	format_time(saved_at, when, sizeof(when));
	err->exit_code = vault_status_exit_code(VAULT_E_SECRET_CHANGED);
	if (kind == VAULT_SECRET_RECOVERY) {
		str_appendf(&err->message, "that recovery key no longer opens this diary: a new one "
		                           "was made since (the diary was last saved %s). Use the "
		                           "newest recovery key, or your passphrase.", when);
	} else {
		str_appendf(&err->message, "this passphrase no longer opens this diary: it was "
		                           "changed since (the diary was last saved %s). Type the "
		                           "current passphrase, or use your recovery key.", when);
	}
	return false;
}

static void open_notices(struct session *s, const struct vault_opened *o)
{
	char when[40];
	if (o->from_prev && o->damage == VAULT_E_NO_VAULT) {
		format_time(o->saved_at, when, sizeof(when));
		str_appendf(&s->notices,
			"diary.vault is missing, so wisemind opened the backup copy, diary.vault.prev, "
			"which is OLDER: it was saved %s, so anything saved after that is not in it. "
			"Your next save makes this copy the current one.\n", when);
	} else if (o->from_prev) {
		format_time(o->saved_at, when, sizeof(when));
		str_appendf(&s->notices,
			"diary.vault did not pass its integrity check: it is damaged, or was changed. "
			"wisemind opened the backup copy, diary.vault.prev, which is OLDER: it was "
			"saved %s, so anything saved after that is not in it. Your next save makes "
			"this copy the current one and keeps the damaged file aside as "
			"diary.vault.damaged.\n", when);
	}
	if (o->kept_older & (1u << VAULT_SLOT_PASSPHRASE)) {
		str_append(&s->notices,
			"The damaged file's passphrase differs from the older copy's (set after that "
			"copy was saved, or damaged); it could not be checked, so the passphrase you "
			"typed is the one that keeps working. To choose a new one: wisemind passwd\n");
	}
	if (o->kept_older & (1u << VAULT_SLOT_RECOVERY)) {
		str_append(&s->notices,
			"The damaged file held a different recovery key, made after that copy was "
			"saved; it could not be checked, so the recovery key of that older copy works "
			"again. If you made a new one since, make another now: wisemind recovery-key\n");
	}
	if (o->lost & (1u << VAULT_SLOT_PASSPHRASE)) {
		str_append(&s->notices,
			"Your passphrase could not be carried over from the older copy: after the next "
			"save only your recovery key opens the diary. Set a passphrase now: "
			"wisemind passwd\n");
	}
	if (o->lost & (1u << VAULT_SLOT_RECOVERY)) {
		str_append(&s->notices,
			"Your recovery key could not be carried over from the older copy: after the "
			"next save only your passphrase opens the diary. Make a new recovery key: "
			"wisemind recovery-key\n");
	}
	/* A backup is older by nature; the notice above already says so. */
	if (o->freshness == FRESHNESS_OLDER && !o->from_prev) {
		str_appendf(&s->notices,
			"WARNING: this vault (save #%llu) is older than one this computer opened before "
			"(save #%llu). Someone may have put an old copy back.\n",
			(unsigned long long)o->generation, (unsigned long long)o->highest_seen);
	} else if (o->freshness == FRESHNESS_NO_RECORD) {
		str_append(&s->notices, "This computer has no record of this vault's earlier saves "
		                        "(new computer, or the state folder was removed), so it cannot "
		                        "tell whether an old copy was put back; it keeps one from now "
		                        "on.\n");
	} else if (o->freshness == FRESHNESS_INVALID) {
		str_append(&s->notices, "WARNING: the record of the last save this computer saw is "
		                        "damaged, so wisemind cannot tell whether an old copy was put "
		                        "back.\n");
	}
	format_time(o->saved_at, when, sizeof(when));
	str_appendf(&s->notices, "Last saved: %s, save #%llu.\n", when,
	            (unsigned long long)o->generation);
}

bool session_precheck(const struct app *app, struct session_error *err)
{
	struct vault_probe p;
	if (vault_probe(str_cstr(&app->data_dir), &p) != VAULT_OK) {
		return true; /* the open itself says what is wrong */
	}
	if (p.in_use) {
		return vault_failed(err, VAULT_E_IN_USE);
	}
	if (!p.exists && !p.prev_exists) {
		return vault_failed(err, VAULT_E_NO_VAULT);
	}
	if (p.header == VAULT_E_VERSION || p.header == VAULT_E_ODD_FILE) {
		return vault_failed(err, p.header);
	}
	if (p.header != VAULT_OK && p.prev_header != VAULT_OK) {
		return vault_failed(err, p.header == VAULT_E_NO_VAULT ? p.prev_header : p.header);
	}
	return true;
}

bool session_open(const struct app *app, const struct vault_secret *secret,
                  struct session *out, struct session_error *err)
{
	*out = (struct session){0};
	if (!store_global_init()) {
		return store_failed(err, STORE_SETUP_FAILED);
	}
	struct vault_opened opened = {0};
	enum vault_status vst = vault_open(str_cstr(&app->data_dir), str_cstr(&app->state_dir),
	                                   secret, &out->vault, &opened);
	if (vst == VAULT_E_SECRET_CHANGED) {
		return secret_changed(err, secret->kind, opened.saved_at);
	}
	if (vst != VAULT_OK) {
		return vault_failed(err, vst);
	}
	enum store_status sst = store_open_image_copy(opened.image, opened.image_len, &out->store);
	if ((sst == STORE_DAMAGED || sst == STORE_NOT_WISEMIND) && !opened.from_prev) {
		/* Damage that only shows after decryption (a database that fails
		 * its checks) falls back like any other damage (issue 8 #3). */
		vault_opened_finish(&opened);
		vault_close(out->vault);
		out->vault = NULL;
		vst = vault_open_prev(str_cstr(&app->data_dir), str_cstr(&app->state_dir), secret,
		                      &out->vault, &opened);
		if (vst != VAULT_OK) {
			return store_failed(err, sst);
		}
		sst = store_open_image_copy(opened.image, opened.image_len, &out->store);
	}
	out->generation = opened.generation;
	out->saved_at = opened.saved_at;
	out->has_recovery = opened.has_recovery;
	bool read_only = opened.read_only;
	if (sst == STORE_OK) {
		open_notices(out, &opened);
		if (store_alloc_unlocked_bytes() > 0) {
			str_append(&out->notices, "This system lets wisemind lock only part of the diary "
			                          "in RAM, so while it is open parts of it may be written "
			                          "to swap; encrypted swap keeps them private.\n");
		}
	}
	vault_opened_finish(&opened);
	if (sst != STORE_OK) {
		session_close(out);
		return store_failed(err, sst);
	}
	if (read_only) {
		/* Reading works; nothing can be saved, so the inbox waits. */
		str_append(&out->notices, "The data directory is read-only (a read-only disk or "
		                          "mount): you can read and export the diary, but nothing can "
		                          "be saved here, and urges logged while locked wait in the "
		                          "inbox.\n");
	} else if (!merge_inbox(app, out, err)) {
		session_close(out);
		return false;
	}
	return true;
}

bool session_save(struct session *s, struct session_error *err)
{
	struct store_image image = {0};
	if (!with_image(s->store, err, &image)) {
		return false;
	}
	enum vault_status vst = vault_save(s->vault, image.data, image.len);
	store_image_release(&image);
	if (vst != VAULT_OK) {
		return vault_failed(err, vst);
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
	str_finish(&s->notices);
	*s = (struct session){0};
}
