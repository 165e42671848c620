/* Merging the sealed inbox (urges logged while locked) at unlock: merge,
 * then save, then remove the inbox; a crash in between can only merge
 * twice, which the urge ids make harmless. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/session_internal.h"
#include "app/card.h"
#include "app/secret.h"
#include "app/urge.h"
#include "core/urge_record.h"
#include "crypto/inbox.h"
#include "crypto/secmem.h"
#include "store/inbox_key.h"

static struct app_notice *notice(struct session *s, enum app_notice_kind kind, uint64_t number)
{
	struct app_notice *n = app_notices_add(&s->notices, kind);
	if (n != NULL) {
		n->number = number;
	}
	return n;
}

/* The earliest and latest times of the merged urges (ISO 8601 text,
 * which sorts as time does for one offset). */
static void copy_time(char *dst, size_t size, const char *at)
{
	size_t len = strnlen(at, size - 1);
	memcpy(dst, at, len);
	dst[len] = '\0';
}

static void span_add(struct app_notice *n, const char *at)
{
	if (n->first[0] == '\0' || strcmp(at, n->first) < 0) {
		copy_time(n->first, sizeof(n->first), at);
	}
	if (strcmp(at, n->last) > 0) {
		copy_time(n->last, sizeof(n->last), at);
	}
}

/* The inbox key inside the diary (made now for a vault without one), and
 * inbox.pub beside the vault put right when it was changed or is
 * missing. */
static bool inbox_keys(const struct app *app, struct session *s, uint8_t *pk, uint8_t *sk,
                       struct app_error *err)
{
	const char *dir = str_cstr(&app->data_dir);
	enum store_status sst = store_inbox_key_get(s->store, pk, sk);
	if (sst == STORE_NOT_FOUND) {
		if (!inbox_keypair(pk, sk)) {
			return app_error_vault(err, VAULT_E_CRYPTO);
		}
		sst = store_inbox_key_set(s->store, pk, sk);
		if (sst != STORE_OK) {
			return app_error_store(err, sst);
		}
		if (!session_save(s, err)) {
			return false;
		}
	} else if (sst != STORE_OK) {
		return app_error_store(err, sst);
	}
	switch (inbox_pub_compare(dir, pk)) {
	case INBOX_PUB_SAME:
		break;
	case INBOX_PUB_CHANGED:
		notice(s, NOTICE_INBOX_PUB_CHANGED, 0);
		/* fall through */
	case INBOX_PUB_MISSING:
		if (inbox_publish(dir, pk) != VAULT_OK) {
			notice(s, NOTICE_INBOX_PUB_UNWRITABLE, 0);
		}
		break;
	}
	return true;
}

/* What a merge met besides the urges it added. */
struct merge_tally {
	size_t unreadable;
	size_t unmatched; /* after-ratings with no urge to rate again */
};

/* Says, once per name, that a merged urge names a target the card does
 * not have: kept, but worth a look (it may be a typo, or planted). */
static void flag_unknown_target(struct session *s, const struct card_template *t,
                                const char *target)
{
	if (card_template_target(t, target) != NULL) {
		return;
	}
	for (size_t i = 0; i < s->notices.count; i++) {
		const struct app_notice *n = &s->notices.items[i];
		if (n->kind == NOTICE_INBOX_UNKNOWN_TARGET && strcmp(n->name, target) == 0) {
			return;
		}
	}
	struct app_notice *n = app_notices_add(&s->notices, NOTICE_INBOX_UNKNOWN_TARGET);
	if (n != NULL) {
		snprintf(n->name, sizeof(n->name), "%s", target);
	}
}

static void merge_record(struct session *s, const struct card_template *t,
                         const struct urge_record *r, const unsigned char *id,
                         struct app_notice *span, struct merge_tally *tally)
{
	struct app_error why = {0};
	if (r->kind == URGE_RECORD_AFTER) {
		/* In time order, so "the latest" is the latest logged before it. */
		if (!session_urge_after_put(s, r->has_follows ? r->follows : NULL, r->rating,
		                            r->skill[0] ? r->skill : NULL, &s->unlock_urges, &why)) {
			tally->unmatched++;
		}
		app_error_finish(&why);
		return;
	}
	struct app_urge_item item = {
		.place = APP_URGE_LOGGED, .target = r->target, .rating = r->rating, .at = r->at,
		.note = r->note[0] ? r->note : NULL, .id = id, .via_inbox = true,
	};
	size_t added = 0;
	if (!session_urges_put(s, &item, 1, NULL, &s->unlock_urges, &added, &why)) {
		app_error_finish(&why);
		tally->unreadable++;
		return;
	}
	s->merged += added;
	if (added) {
		span_add(span, r->at);
		flag_unknown_target(s, t, r->target);
	}
}

struct decoded {
	struct urge_record r;
	size_t entry; /* its place in the batch: ties keep it */
};

static int by_time(const void *a, const void *b)
{
	const struct decoded *x = a, *y = b;
	int c = strcmp(x->r.at, y->r.at);
	return c != 0 ? c : (x->entry > y->entry) - (x->entry < y->entry);
}

/* Adds the batch's urges, marked as logged while locked, and applies its
 * after-ratings, in the order they were logged (an after-rating follows
 * its urge). */
static void add_urges(struct session *s, const struct inbox_batch *batch,
                      struct app_notice *span, struct merge_tally *tally)
{
	struct card_template t;
	struct app_error why = {0};
	if (!session_card_template(s, &t, &why)) {
		app_error_finish(&why);
	}
	struct decoded *all = calloc(batch->count + 1, sizeof(*all));
	size_t n = 0;
	for (size_t i = 0; i < batch->count; i++) {
		struct decoded d = {.entry = i};
		if (!urge_record_decode((const char *)batch->entries[i].payload, batch->entries[i].len,
		                        &d.r)) {
			tally->unreadable++;
		} else if (all == NULL) {
			/* No memory to sort: in the inbox's own order. */
			merge_record(s, &t, &d.r, batch->entries[i].id, span, tally);
		} else {
			all[n++] = d;
		}
		app_wipe(&d, sizeof(d));
	}
	if (all != NULL) {
		qsort(all, n, sizeof(*all), by_time);
	}
	for (size_t i = 0; i < n; i++) {
		merge_record(s, &t, &all[i].r, batch->entries[all[i].entry].id, span, tally);
	}
	if (all != NULL) {
		app_wipe(all, (batch->count + 1) * sizeof(*all));
	}
	free(all);
}

bool session_merge_inbox(const struct app *app, struct session *s, struct app_error *err)
{
	const char *dir = str_cstr(&app->data_dir);
	uint8_t pk[INBOX_KEY_LEN];
	uint8_t *sk = secmem_alloc(INBOX_KEY_LEN);
	if (sk == NULL) {
		return app_error_vault(err, VAULT_E_NOMEM);
	}
	bool ok = false;
	struct inbox_batch batch = {0};
	struct app_notice span = {0};
	if (!inbox_keys(app, s, pk, sk, err)) {
		goto out;
	}
	enum vault_status vst = inbox_take(dir, pk, sk, &batch);
	if (vst != VAULT_OK) {
		app_error_vault(err, vst);
		goto out;
	}
	struct merge_tally tally = {0};
	add_urges(s, &batch, &span, &tally);
	size_t unreadable = tally.unreadable;
	bool saved = true;
	if (batch.file_count > 0) {
		/* A merge that cannot be saved (a full disk) must not lock the
		 * person out of the diary: the urges stay in the inbox, to be added
		 * at an unlock that can save, and the diary opens (issue 8 #4). */
		struct app_error why = {0};
		saved = session_save(s, &why);
		if (!saved) {
			struct app_notice *n = notice(s, NOTICE_INBOX_NOT_SAVED, s->merged);
			if (n != NULL) {
				n->error = why;
			} else {
				app_error_finish(&why);
			}
			s->merged = 0;
		}
	}
	if (batch.file_count > 0 && saved && inbox_release(dir, &batch) != VAULT_OK) {
		notice(s, NOTICE_INBOX_NOT_REMOVED, 0);
	}
	if (s->merged > 0) {
		/* Anyone who can write the data folder can add to the inbox: say
		 * how many came and when, so a planted one can be noticed. */
		struct app_notice *n = notice(s, NOTICE_INBOX_MERGED, s->merged);
		if (n != NULL) {
			memcpy(n->first, span.first, sizeof(n->first));
			memcpy(n->last, span.last, sizeof(n->last));
		}
	}
	if (batch.odd > 0) {
		notice(s, NOTICE_INBOX_ODD_FILES, batch.odd);
	}
	if (tally.unmatched > 0) {
		notice(s, NOTICE_INBOX_AFTER_UNMATCHED, tally.unmatched);
	}
	if (unreadable + batch.torn > 0) {
		notice(s, NOTICE_INBOX_UNREADABLE, unreadable + batch.torn);
	}
	ok = true;
out:
	inbox_batch_finish(&batch);
	secmem_free(sk);
	return ok;
}
