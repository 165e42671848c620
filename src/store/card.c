#include "store/card.h"

#include <stdio.h>
#include <string.h>

#include "store/sql.h"
#include "store/store_db.h"

/* Every value of the days in [?1, ?2], one row per value: what it is, the
 * day, an id, a number and text. Logged urges come as their day's peak
 * per target ('P'); the time is local with its offset, so its first ten
 * characters are the day the person lived it. */
static const char range_sql[] =
	"SELECT 'D', date, NULL, skills_used, note FROM diary_day WHERE date BETWEEN ?1 AND ?2"
	" UNION ALL SELECT 'U', date, target, rating, NULL FROM diary_urge"
	"  WHERE date BETWEEN ?1 AND ?2"
	" UNION ALL SELECT 'A', date, target, acted, counted FROM diary_action"
	"  WHERE date BETWEEN ?1 AND ?2"
	" UNION ALL SELECT 'E', date, emotion, rating, NULL FROM diary_emotion"
	"  WHERE date BETWEEN ?1 AND ?2"
	" UNION ALL SELECT 'S', date, name, rating, NULL FROM diary_session"
	"  WHERE date BETWEEN ?1 AND ?2"
	" UNION ALL SELECT 'M', date, name, NULL, taken FROM diary_medication"
	"  WHERE date BETWEEN ?1 AND ?2"
	" UNION ALL SELECT 'K', date, skill, NULL, NULL FROM diary_skill"
	"  WHERE date BETWEEN ?1 AND ?2"
	" UNION ALL SELECT 'P', substr(at, 1, 10), target, max(before), NULL FROM urge_event"
	"  WHERE at >= ?1 AND at < ?2 || 'U' GROUP BY substr(at, 1, 10), target"
	" ORDER BY 2";

static const char *column_text(sqlite3_stmt *stmt, int col)
{
	const char *t = (const char *)sqlite3_column_text(stmt, col);
	return t != NULL ? t : "";
}

/* Puts one row into day. False when the day holds more than a card can
 * (an import of a hand-made file): the row is left out. */
static bool add_row(struct card_day *day, sqlite3_stmt *stmt)
{
	const char *what = column_text(stmt, 0);
	const char *id = column_text(stmt, 2);
	int num = sqlite3_column_int(stmt, 3);
	switch (what[0]) {
	case 'D':
		day->skills_used = sqlite3_column_type(stmt, 3) == SQLITE_NULL ? -1 : num;
		day->has_note = sqlite3_column_type(stmt, 4) != SQLITE_NULL;
		str_clear(&day->note);
		str_append_n(&day->note, column_text(stmt, 4), (size_t)sqlite3_column_bytes(stmt, 4));
		return true;
	case 'U':
		return card_rating_put(day->urges, &day->urge_count, id, num);
	case 'A':
		return card_day_put_action(day, id, num, sqlite3_column_int(stmt, 4) != 0);
	case 'E':
		return card_rating_put(day->emotions, &day->emotion_count, id, num);
	case 'S':
		return card_rating_put(day->session, &day->session_count, id, num);
	case 'M':
		return card_day_put_med(day, id, column_text(stmt, 4));
	case 'K':
		return card_day_put_skill(day, id, true);
	case 'P':
		return card_rating_put(day->peaks, &day->peak_count, id, num);
	}
	return true;
}

static enum store_status each(struct store *store, const char *from, const char *to,
                              struct card_day *day, store_card_fn *fn, void *data)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(store_db(store), range_sql, &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (!sql_bind_text(stmt, 1, from) || !sql_bind_text(stmt, 2, to)) {
		sqlite3_finalize(stmt);
		return STORE_INVALID;
	}
	bool have = false;
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *date = column_text(stmt, 1);
		if (!have || strcmp(date, day->date) != 0) {
			if (have && !fn(day, data)) {
				have = false;
				break;
			}
			card_day_reset(day, date);
			have = true;
		}
		(void)add_row(day, stmt);
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		st = sql_status(rc);
	} else if (have) {
		(void)fn(day, data);
	}
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_card_each(struct store *store, const char *from, const char *to,
                                  store_card_fn *fn, void *data)
{
	struct card_day day;
	card_day_init(&day, from);
	enum store_status st = each(store, from, to, &day, fn, data);
	card_day_finish(&day);
	return st;
}

static bool copy_day(const struct card_day *day, void *data)
{
	struct card_day *out = data;
	struct str note = out->note;
	str_clear(&note);
	str_append_n(&note, str_cstr(&day->note), day->note.len);
	*out = *day;
	out->note = note;
	return false;
}

enum store_status store_card_get(struct store *store, const char *date, struct card_day *day)
{
	card_day_reset(day, date);
	struct card_day scratch;
	card_day_init(&scratch, date);
	enum store_status st = each(store, date, date, &scratch, copy_day, day);
	card_day_finish(&scratch);
	snprintf(day->date, sizeof(day->date), "%s", date);
	return st;
}

static enum store_status exec_bound(sqlite3 *db, const char *sql, const char *date,
                                    const char *id, int num, bool has_num, const char *text)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, sql, &stmt);
	if (st != STORE_OK) {
		return st;
	}
	bool ok = sql_bind_text(stmt, 1, date) && (id == NULL || sql_bind_text(stmt, 2, id)) &&
	          (!has_num || sqlite3_bind_int(stmt, 3, num) == SQLITE_OK) &&
	          (text == NULL || sql_bind_text(stmt, 4, text));
	st = ok ? sql_step_done(stmt) : STORE_INVALID;
	sqlite3_finalize(stmt);
	return st;
}

static enum store_status put_ratings(sqlite3 *db, const char *sql, const char *date,
                                     const struct card_rating *list, size_t count)
{
	enum store_status st = STORE_OK;
	for (size_t i = 0; st == STORE_OK && i < count; i++) {
		st = exec_bound(db, sql, date, list[i].id, list[i].value, true, NULL);
	}
	return st;
}

static enum store_status put_rows(sqlite3 *db, const struct card_day *d)
{
	enum store_status st = STORE_OK;
	static const char *const clear[] = {
		"DELETE FROM diary_urge WHERE date = ?1",
		"DELETE FROM diary_action WHERE date = ?1",
		"DELETE FROM diary_emotion WHERE date = ?1",
		"DELETE FROM diary_session WHERE date = ?1",
		"DELETE FROM diary_medication WHERE date = ?1",
		"DELETE FROM diary_skill WHERE date = ?1",
		"DELETE FROM diary_day WHERE date = ?1",
	};
	for (size_t i = 0; st == STORE_OK && i < sizeof(clear) / sizeof(clear[0]); i++) {
		st = exec_bound(db, clear[i], d->date, NULL, 0, false, NULL);
	}
	if (st != STORE_OK || card_day_is_empty(d)) {
		return st;
	}
	sqlite3_stmt *stmt;
	st = sql_prepare(db, "INSERT INTO diary_day (date, skills_used, note) VALUES (?1, ?2, ?3)",
	                 &stmt);
	if (st != STORE_OK) {
		return st;
	}
	bool ok = sql_bind_text(stmt, 1, d->date) &&
	          (d->skills_used < 0 ? sqlite3_bind_null(stmt, 2)
	                              : sqlite3_bind_int(stmt, 2, d->skills_used)) == SQLITE_OK &&
	          sql_bind_text(stmt, 3, d->has_note ? str_cstr(&d->note) : NULL);
	st = ok ? sql_step_done(stmt) : STORE_INVALID;
	sqlite3_finalize(stmt);
	if (st == STORE_OK) {
		st = put_ratings(db, "INSERT INTO diary_urge VALUES (?1, ?2, ?3)", d->date, d->urges,
		                 d->urge_count);
	}
	if (st == STORE_OK) {
		st = put_ratings(db, "INSERT INTO diary_emotion VALUES (?1, ?2, ?3)", d->date,
		                 d->emotions, d->emotion_count);
	}
	if (st == STORE_OK) {
		st = put_ratings(db, "INSERT INTO diary_session VALUES (?1, ?2, ?3)", d->date,
		                 d->session, d->session_count);
	}
	for (size_t i = 0; st == STORE_OK && i < d->action_count; i++) {
		const struct card_action *a = &d->actions[i];
		st = exec_bound(db, "INSERT INTO diary_action VALUES (?1, ?2, ?3, CAST(?4 AS INTEGER))", d->date, a->id,
		                a->acted, true, a->counted ? "1" : "0");
	}
	for (size_t i = 0; st == STORE_OK && i < d->med_count; i++) {
		st = exec_bound(db, "INSERT INTO diary_medication VALUES (?1, ?2, ?4)", d->date,
		                d->meds[i].name, 0, false, d->meds[i].taken);
	}
	for (size_t i = 0; st == STORE_OK && i < d->skill_count; i++) {
		st = exec_bound(db, "INSERT INTO diary_skill VALUES (?1, ?2)", d->date, d->skills[i], 0,
		                false, NULL);
	}
	return st;
}

enum store_status store_card_put(struct store *store, const struct card_day *day)
{
	sqlite3 *db = store_db(store);
	enum store_status st = sql_begin(db);
	if (st != STORE_OK) {
		return st;
	}
	return sql_end(db, put_rows(db, day));
}
