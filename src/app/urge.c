/* Recording an urge, locked or unlocked. Every front end records urges
 * through here, and shows the crisis card whatever the result. */
#include "app/urge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/clock.h"
#include "app/helps.h"
#include "app/skills.h"
#include "app/urge_threshold.h"
#include "app/session_internal.h"
#include "core/diary_card.h"
#include "core/urge_level.h"
#include "core/urge_record.h"
#include "crypto/inbox.h"
#include "crypto/vault_probe.h"
#include "store/card.h"
#include "store/store.h"
#include "store/urge_event.h"

/* The thresholds in force; the same on the locked and unlocked paths. */
static void thresholds_in_force(const struct app *app, struct urge_thresholds *t)
{
	/* False when settings.yaml held something that was not honoured: the
	 * defaults (or what could be read of it) apply, never a raise. */
	(void)app_urge_thresholds(app, t);
}

/* Counts one urge into result: given, and high at its kind's threshold. */
static void count_urge(struct app_urge_result *result, const struct urge_thresholds *t,
                       enum urge_kind kind, int rating)
{
	result->given++;
	if (urge_is_high(t, kind, rating)) {
		result->high = true;
	}
}

/* The two crisis-survival skills to suggest for a high urge. */
static void suggest(struct app_urge_result *result)
{
	if (!result->high || result->suggest[0][0] != '\0') {
		return;
	}
	snprintf(result->suggest[0], sizeof(result->suggest[0]), "%s", "stop");
	snprintf(result->suggest[1], sizeof(result->suggest[1]), "%s", "tip");
	result->suggest_from_data = false;
}

void app_urge_result_add(struct app_urge_result *into, const struct app_urge_result *from)
{
	into->given += from->given;
	if (from->high && !into->high) {
		memcpy(into->suggest, from->suggest, sizeof(into->suggest));
		into->suggest_from_data = from->suggest_from_data;
	}
	into->high = into->high || from->high;
}

/* With a diary open: the two skills from this person's own data when it
 * can tell (app/helps.c), else STOP and TIP. */
static void suggest_for(struct session *s, struct app_urge_result *result)
{
	if (result->high && result->suggest[0][0] == '\0') {
		char two[2][APP_URGE_SKILL_ID_MAX + 1] = {{0}};
		result->suggest_from_data = session_helps_suggest(s, two) > 0;
		memcpy(result->suggest, two, sizeof(two));
	}
	suggest(result);
}

static bool note_ok(const char *note)
{
	size_t n = note != NULL ? strlen(note) : 0;
	return n <= APP_URGE_NOTE_MAX && str_is_utf8(note != NULL ? note : "", n);
}

bool app_urge_check(const struct app *app, const struct app_urge *u,
                    struct app_urge_result *result, struct app_error *err)
{
	*result = (struct app_urge_result){0};
	struct urge_thresholds t;
	thresholds_in_force(app, &t);
	/* High even when the rest is mistyped: a rating above the scale is a
	 * strong urge too, and the full card must show. */
	enum urge_kind kind = u->target != NULL ? urge_kind_of_default(u->target) : URGE_KIND_UNKNOWN;
	count_urge(result, &t, kind, u->rating);
	suggest(result);
	if (u->target == NULL || !card_id_valid(u->target)) {
		return app_error_app(err, APP_E_URGE_TARGET);
	}
	if (!urge_rating_valid(u->rating)) {
		return app_error_app(err, APP_E_URGE_RATING);
	}
	if (!note_ok(u->note)) {
		return app_error_app(err, APP_E_URGE_NOTE);
	}
	return true;
}

/* No diary at all: say so (init makes one), rather than that the inbox
 * key is missing. */
static bool diary_there(const struct app *app, struct app_error *err)
{
	struct vault_probe p;
	if (vault_probe(str_cstr(&app->data_dir), &p) == VAULT_OK && !p.exists && !p.prev_exists) {
		return app_error_vault(err, VAULT_E_NO_VAULT);
	}
	return true;
}

/* The urge id as app_urge_result keeps it. */
static void id_hex(const unsigned char *id, char hex[33])
{
	for (size_t i = 0; i < 16; i++) {
		snprintf(hex + 2 * i, 3, "%02x", id[i]);
	}
}

/* Seals r into the inbox beside the vault; result says it was kept there.
 * fails is the status when r cannot be encoded. */
static bool seal(const struct app *app, const struct urge_record *r, enum app_status fails,
                 struct app_urge_result *result, struct app_error *err)
{
	struct str payload = {0};
	bool ok = urge_record_encode(r, &payload) || app_error_app(err, fails);
	if (ok) {
		uint8_t id[INBOX_ID_LEN];
		enum vault_status st =
		    inbox_append(str_cstr(&app->data_dir), payload.buf, payload.len, id);
		ok = st == VAULT_OK || app_error_vault(err, st);
		if (ok && r->kind == URGE_RECORD_BEFORE) {
			_Static_assert(INBOX_ID_LEN == 16, "an urge id is 16 bytes");
			id_hex(id, result->id);
		}
	}
	str_wipe(&payload);
	result->saved = ok;
	result->locked = ok;
	return ok;
}

bool app_urge_record_locked(const struct app *app, const struct app_urge *u,
                            struct app_urge_result *result, struct app_error *err)
{
	if (!app_urge_check(app, u, result, err)) {
		return false;
	}
	if (!diary_there(app, err)) {
		return false;
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
	/* Checked above, and the note cut between characters: it encodes. */
	return seal(app, &r, APP_E_URGE_NOTE, result, err);
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

/* An urge's id as typed: 32 hex digits. */
static bool id_read(const char *id, unsigned char raw[STORE_URGE_ID_SIZE])
{
	if (strlen(id) != 2 * STORE_URGE_ID_SIZE) {
		return false;
	}
	for (size_t i = 0; i < STORE_URGE_ID_SIZE; i++) {
		int hi = hex_value(id[2 * i]);
		int lo = hex_value(id[2 * i + 1]);
		if (hi < 0 || lo < 0) {
			return false;
		}
		raw[i] = (unsigned char)(hi << 4 | lo);
	}
	return true;
}

bool session_urge_remove(struct session *s, const char *id, struct app_error *err)
{
	unsigned char raw[STORE_URGE_ID_SIZE];
	if (!id_read(id, raw)) {
		return app_error_app(err, APP_E_URGE_ID);
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

struct found {
	unsigned char id[STORE_URGE_ID_SIZE];
	char target[CARD_ID_MAX + 1];
};

static bool found_one(const struct store_urge *u, void *data)
{
	struct found *f = data;
	memcpy(f->id, u->id, sizeof(f->id));
	snprintf(f->target, sizeof(f->target), "%s", u->target);
	return false;
}

bool session_urge_after_put(struct session *s, const unsigned char *id, int after,
                            const char *skill, struct app_urge_result *result,
                            struct app_error *err)
{
	struct found f = {0};
	enum store_status st = store_urge_find(s->store, id, found_one, &f);
	/* Counted at the kind of the urge it follows (unknown: suicide's). */
	struct app_urge_item item = {.place = APP_URGE_LOGGED, .target = f.target, .rating = after};
	session_urges_count(s, &item, result);
	if (st == STORE_NOT_FOUND) {
		return app_error_app(err, id != NULL ? APP_E_URGE_ID : APP_E_NO_URGE_YET);
	}
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	if (!urge_rating_valid(after)) {
		return app_error_app(err, APP_E_URGE_RATING);
	}
	st = store_urge_set_after(s->store, f.id, after, skill);
	return st == STORE_OK || app_error_store(err, st);
}

bool session_urge_after(struct session *s, const char *id, int after, const char *skill,
                        struct app_urge_result *result, struct app_error *err)
{
	unsigned char raw[STORE_URGE_ID_SIZE];
	if (id != NULL && !id_read(id, raw)) {
		app_urges_count(s->app, &(struct app_urge_item){.rating = after}, result);
		return app_error_app(err, APP_E_URGE_ID);
	}
	struct app_skills skills = {0};
	bool ok = skill == NULL || app_skill_check(s->app, &skills, skill, err);
	app_skills_finish(&skills);
	if (!ok) {
		app_urges_count(s->app, &(struct app_urge_item){.rating = after}, result);
		return false;
	}
	if (!session_urge_after_put(s, id != NULL ? raw : NULL, after, skill, result, err)) {
		return false;
	}
	result->saved = session_save(s, err);
	return result->saved;
}

bool app_urge_after_locked(const struct app *app, const char *id, int after, const char *skill,
                           struct app_urge_result *result, struct app_error *err)
{
	app_urges_count(app, &(struct app_urge_item){.rating = after}, result);
	struct urge_record r = {.kind = URGE_RECORD_AFTER, .rating = after};
	if (id != NULL && !id_read(id, r.follows)) {
		return app_error_app(err, APP_E_URGE_ID);
	}
	r.has_follows = id != NULL;
	if (!urge_rating_valid(after)) {
		return app_error_app(err, APP_E_URGE_RATING);
	}
	struct app_skills skills = {0};
	bool ok = skill == NULL || app_skill_check(app, &skills, skill, err);
	app_skills_finish(&skills);
	if (!ok) {
		return false;
	}
	if (!diary_there(app, err)) {
		return false;
	}
	app_time_iso_now(r.at);
	if (skill != NULL) {
		snprintf(r.skill, sizeof(r.skill), "%s", skill);
	}
	return seal(app, &r, APP_E_SKILL, result, err);
}

bool session_record_urge(struct session *s, const struct app_urge *u,
                         struct app_urge_result *result, struct app_error *err)
{
	if (!app_urge_check(s->app, u, result, err)) {
		return false;
	}
	*result = (struct app_urge_result){0};
	struct app_urge_item item = {
		.place = APP_URGE_LOGGED, .target = u->target, .rating = u->rating,
		.note = u->note != NULL && u->note[0] != '\0' ? u->note : NULL,
	};
	if (!session_urges_put(s, &item, 1, NULL, result, NULL, err)) {
		return false;
	}
	result->saved = session_save(s, err);
	return result->saved;
}

/* The day's card (with_day's when it is that day, else the diary's)
 * with the card and session urges of items on it, put back whole. */
static enum store_status put_card_urges(struct store *store, const struct app_urge_item *items,
                                        size_t count, const char *date,
                                        const struct card_day *with_day)
{
	struct card_day day;
	card_day_init(&day, date);
	enum store_status st = STORE_OK;
	if (with_day != NULL && strcmp(with_day->date, date) == 0) {
		struct str note = day.note;
		day = *with_day;
		day.note = note;
		str_append_n(&day.note, str_cstr(&with_day->note), with_day->note.len);
	} else {
		st = store_card_get(store, date, &day);
	}
	for (size_t i = 0; st == STORE_OK && i < count; i++) {
		const struct app_urge_item *it = &items[i];
		if (it->kept || it->place == APP_URGE_LOGGED || strcmp(it->date, date) != 0) {
			continue;
		}
		bool room = it->place == APP_URGE_CARD
		                ? card_rating_put(day.urges, &day.urge_count, it->target, it->rating)
		                : card_rating_put(day.session, &day.session_count, it->target,
		                                  it->rating);
		st = room ? STORE_OK : STORE_INVALID;
	}
	if (st == STORE_OK) {
		st = store_card_put(store, &day);
	}
	card_day_finish(&day);
	return st;
}

static enum store_status put_logged(struct store *store, const struct app_urge_item *it,
                                    size_t *added, char id[33])
{
	char now[APP_TIME_ISO_SIZE];
	struct store_urge urge = {
		.at = it->at, .target = it->target, .before = it->rating, .after = -1,
		.note = it->note != NULL && it->note[0] != '\0' ? it->note : NULL,
		.via_inbox = it->via_inbox,
	};
	if (urge.at == NULL) {
		app_time_iso_now(now);
		urge.at = now;
	}
	if (it->id != NULL) {
		memcpy(urge.id, it->id, sizeof(urge.id));
	} else {
		store_urge_id_new(urge.id);
	}
	bool was_new = false;
	enum store_status st = store_urge_add(store, &urge, &was_new);
	*added += was_new;
	id_hex(urge.id, id);
	return st;
}

/* The kind of an item's urge: the template's for its target; a session
 * urge's own. */
static enum urge_kind item_kind(const struct card_template *tmpl, const struct app_urge_item *it)
{
	if (it->place == APP_URGE_SESSION) {
		const struct card_session_item *si = card_session_item(it->target);
		return si != NULL && si->is_urge ? si->kind : URGE_KIND_UNKNOWN;
	}
	return card_template_kind(tmpl, it->target);
}

static bool item_valid(const struct app_urge_item *it)
{
	if (!urge_rating_valid(it->rating) || it->target == NULL || !card_id_valid(it->target)) {
		return false;
	}
	if (it->place == APP_URGE_SESSION) {
		const struct card_session_item *si = card_session_item(it->target);
		return si != NULL && si->is_urge;
	}
	return it->place == APP_URGE_LOGGED ? note_ok(it->note) : true;
}

void session_urges_count(struct session *s, const struct app_urge_item *item,
                         struct app_urge_result *result)
{
	struct card_template tmpl;
	struct app_error why = {0};
	if (!session_card_template(s, &tmpl, &why)) {
		app_error_finish(&why);
		tmpl = (struct card_template){0};
	}
	struct urge_thresholds t;
	thresholds_in_force(s->app, &t);
	count_urge(result, &t, item->target != NULL ? item_kind(&tmpl, item) : URGE_KIND_UNKNOWN,
	           item->rating);
	suggest_for(s, result);
}

void app_urges_count(const struct app *app, const struct app_urge_item *item,
                     struct app_urge_result *result)
{
	struct card_template none = {0};
	struct urge_thresholds t;
	thresholds_in_force(app, &t);
	count_urge(result, &t, item->target != NULL ? item_kind(&none, item) : URGE_KIND_UNKNOWN,
	           item->rating);
	suggest(result);
}

int app_urge_rating_read(const char *text)
{
	char *end;
	long v = strtol(text, &end, 10);
	if (end == text || *end != '\0' || v < 0) {
		return -1;
	}
	return v > 1000 ? 1000 : (int)v;
}

bool session_urges_put(struct session *s, const struct app_urge_item *items, size_t count,
                       const struct card_day *day, struct app_urge_result *result,
                       size_t *added, struct app_error *err)
{
	struct card_template tmpl;
	struct app_error why = {0};
	if (!session_card_template(s, &tmpl, &why)) {
		/* The kinds fall back to the defaults'; unknown names to suicide's. */
		app_error_finish(&why);
		tmpl = (struct card_template){0};
	}
	struct urge_thresholds t;
	thresholds_in_force(s->app, &t);
	bool valid = true;
	for (size_t i = 0; i < count; i++) {
		count_urge(result, &t, item_kind(&tmpl, &items[i]), items[i].rating);
		valid = valid && item_valid(&items[i]);
	}
	suggest_for(s, result);
	if (!valid) {
		return app_error_app(err, APP_E_URGE_RATING);
	}
	size_t new_logged = 0;
	enum store_status st = store_begin(s->store);
	for (size_t i = 0; st == STORE_OK && i < count; i++) {
		const struct app_urge_item *it = &items[i];
		if (it->kept) {
			continue;
		}
		if (it->place == APP_URGE_LOGGED) {
			st = put_logged(s->store, it, &new_logged, result->id);
			continue;
		}
		/* Card urges: each day once, with all of its items. */
		bool first_of_day = true;
		for (size_t j = 0; j < i; j++) {
			if (!items[j].kept && items[j].place != APP_URGE_LOGGED &&
			    strcmp(items[j].date, it->date) == 0) {
				first_of_day = false;
			}
		}
		if (first_of_day) {
			st = put_card_urges(s->store, items, count, it->date, day);
		}
	}
	/* The day itself, when none of the items was on it. */
	bool day_done = false;
	for (size_t i = 0; day != NULL && i < count; i++) {
		day_done = day_done || (!items[i].kept && items[i].place != APP_URGE_LOGGED &&
		                        strcmp(items[i].date, day->date) == 0);
	}
	if (st == STORE_OK && day != NULL && !day_done) {
		st = put_card_urges(s->store, items, 0, day->date, day);
	}
	st = store_end(s->store, st);
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	if (added != NULL) {
		*added += new_logged;
	}
	return true;
}
