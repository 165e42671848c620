/* Recording an urge, locked or unlocked. Every front end records urges
 * through here, and shows the crisis card whatever the result. */
#include "app/urge.h"

#include <stdio.h>
#include <string.h>

#include "app/clock.h"
#include "app/session_internal.h"
#include "core/urge_level.h"
#include "core/urge_record.h"
#include "crypto/inbox.h"
#include "crypto/vault_probe.h"
#include "store/urge_event.h"

bool app_urge_check(const struct app_urge *u, struct app_urge_result *result,
                    struct app_error *err)
{
	*result = (struct app_urge_result){0};
	struct urge_thresholds t;
	urge_thresholds_default(&t);
	/* High even when the rest is mistyped: a rating above the scale is a
	 * strong urge too, and the full card must show. */
	enum urge_kind kind = u->target != NULL ? urge_kind_of_default(u->target) : URGE_KIND_UNKNOWN;
	result->high = urge_is_high(&t, kind, u->rating);
	if (u->target == NULL || !urge_target_valid(u->target)) {
		return app_error_app(err, APP_E_URGE_TARGET);
	}
	if (!urge_rating_valid(u->rating)) {
		return app_error_app(err, APP_E_URGE_RATING);
	}
	size_t n = u->note != NULL ? strlen(u->note) : 0;
	if (n > APP_URGE_NOTE_MAX || !str_is_utf8(u->note != NULL ? u->note : "", n)) {
		return app_error_app(err, APP_E_URGE_NOTE);
	}
	return true;
}

bool app_urge_record_locked(const struct app *app, const struct app_urge *u,
                            struct app_urge_result *result, struct app_error *err)
{
	if (!app_urge_check(u, result, err)) {
		return false;
	}
	/* No diary at all: say so (init makes one), rather than that the
	 * inbox key is missing. */
	struct vault_probe p;
	if (vault_probe(str_cstr(&app->data_dir), &p) == VAULT_OK && !p.exists && !p.prev_exists) {
		return app_error_vault(err, VAULT_E_NO_VAULT);
	}
	struct urge_record r = {.rating = u->rating};
	app_time_iso_now(r.at);
	snprintf(r.target, sizeof(r.target), "%s", u->target);
	if (u->note != NULL) {
		size_t n = strlen(u->note);
		result->note_cut = n > URGE_NOTE_MAX;
		if (result->note_cut) {
			/* Cut between characters, never inside one. */
			n = URGE_NOTE_MAX;
			while (n > 0 && ((unsigned char)u->note[n] & 0xC0) == 0x80) {
				n--;
			}
		}
		memcpy(r.note, u->note, n);
		r.note[n] = '\0';
	}
	struct str payload = {0};
	/* Checked above, and the note cut between characters: it encodes. */
	bool ok = urge_record_encode(&r, &payload);
	if (!ok) {
		app_error_app(err, APP_E_URGE_NOTE);
	} else {
		uint8_t id[INBOX_ID_LEN];
		enum vault_status st =
		    inbox_append(str_cstr(&app->data_dir), payload.buf, payload.len, id);
		ok = st == VAULT_OK || app_error_vault(err, st);
	}
	str_wipe(&payload);
	result->saved = ok;
	result->locked = ok;
	return ok;
}

struct each_ctx {
	app_urge_fn *fn;
	void *data;
};

static bool each_entry(const struct store_urge *u, void *data)
{
	struct each_ctx *ctx = data;
	struct app_urge_entry e = {.at = u->at, .target = u->target, .before = u->before,
	                           .after = u->after, .skill = u->skill, .note = u->note,
	                           .via_inbox = u->via_inbox};
	for (size_t i = 0; i < STORE_URGE_ID_SIZE; i++) {
		snprintf(e.id + 2 * i, 3, "%02x", u->id[i]);
	}
	ctx->fn(&e, ctx->data);
	return true;
}

bool session_urges_each(struct session *s, const char *day, app_urge_fn *fn, void *data,
                        struct app_error *err)
{
	struct each_ctx ctx = {fn, data};
	enum store_status st = store_urge_each(s->store, day, each_entry, &ctx);
	return st == STORE_OK || app_error_store(err, st);
}

static int hex_value(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

bool session_urge_remove(struct session *s, const char *id, struct app_error *err)
{
	unsigned char raw[STORE_URGE_ID_SIZE];
	if (strlen(id) != 2 * STORE_URGE_ID_SIZE) {
		return app_error_app(err, APP_E_URGE_ID);
	}
	for (size_t i = 0; i < STORE_URGE_ID_SIZE; i++) {
		int hi = hex_value(id[2 * i]);
		int lo = hex_value(id[2 * i + 1]);
		if (hi < 0 || lo < 0) {
			return app_error_app(err, APP_E_URGE_ID);
		}
		raw[i] = (unsigned char)(hi << 4 | lo);
	}
	enum store_status st = store_urge_remove(s->store, raw);
	if (st == STORE_NOT_FOUND) {
		return app_error_app(err, APP_E_URGE_ID);
	}
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	return session_save(s, err);
}

bool session_record_urge(struct session *s, const struct app_urge *u,
                         struct app_urge_result *result, struct app_error *err)
{
	if (!app_urge_check(u, result, err)) {
		return false;
	}
	char at[APP_TIME_ISO_SIZE];
	app_time_iso_now(at);
	struct store_urge urge = {.at = at, .target = u->target, .before = u->rating, .after = -1,
	                          .note = u->note != NULL && u->note[0] != '\0' ? u->note : NULL};
	store_urge_id_new(urge.id);
	enum store_status st = store_urge_add(s->store, &urge, NULL);
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	result->saved = session_save(s, err);
	return result->saved;
}
