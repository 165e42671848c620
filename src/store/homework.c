#include "store/homework.h"

#include "store/sql.h"
#include "store/store_db.h"

static enum store_status put_row(sqlite3 *db, const struct store_homework *h, bool *added)
{
	long long before;
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, "SELECT count(*) FROM homework WHERE id = ?", &stmt);
	if (st != STORE_OK) {
		return st;
	}
	st = sql_bind_text(stmt, 1, h->id) ? STORE_OK : STORE_INVALID;
	if (st == STORE_OK) {
		st = sqlite3_step(stmt) == SQLITE_ROW ? STORE_OK : sql_status(sqlite3_errcode(db));
		before = sqlite3_column_int64(stmt, 0);
	}
	sqlite3_finalize(stmt);
	if (st != STORE_OK) {
		return st;
	}
	*added = before == 0;
	/* An upsert, not a replace: a replace would delete the row, and its
	 * skill files with it, and forget the day it was marked done. */
	st = sql_prepare(db,
	                 "INSERT INTO homework (id, title, assigned, due, body, skills, every)"
	                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO UPDATE SET"
	                 " title = ?2, assigned = ?3, due = ?4, body = ?5, skills = ?6, every = ?7",
	                 &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (!sql_bind_text(stmt, 1, h->id) || !sql_bind_text(stmt, 2, h->title) ||
	    !sql_bind_text(stmt, 3, h->from) ||
	    (h->until != NULL ? !sql_bind_text(stmt, 4, h->until)
	                      : sqlite3_bind_null(stmt, 4) != SQLITE_OK) ||
	    !sql_bind_text(stmt, 5, h->note) || !sql_bind_text(stmt, 6, h->skills) ||
	    !sql_bind_text(stmt, 7, h->every)) {
		st = STORE_INVALID;
	} else {
		st = sql_step_done(stmt);
	}
	sqlite3_finalize(stmt);
	return st;
}

static enum store_status put_files(sqlite3 *db, const char *homework,
                                   const struct store_skill_file *files, size_t count)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, "DELETE FROM skill_file WHERE homework = ?", &stmt);
	if (st != STORE_OK) {
		return st;
	}
	st = sql_bind_text(stmt, 1, homework) ? sql_step_done(stmt) : STORE_INVALID;
	sqlite3_finalize(stmt);
	if (st != STORE_OK) {
		return st;
	}
	st = sql_prepare(db,
	                 "INSERT INTO skill_file (id, homework, text) VALUES (?, ?, ?)"
	                 " ON CONFLICT (id) DO UPDATE SET homework = excluded.homework,"
	                 " text = excluded.text",
	                 &stmt);
	for (size_t i = 0; st == STORE_OK && i < count; i++) {
		sqlite3_reset(stmt);
		if (!sql_bind_text(stmt, 1, files[i].id) || !sql_bind_text(stmt, 2, homework) ||
		    !sql_bind_text(stmt, 3, files[i].text)) {
			st = STORE_INVALID;
		} else {
			st = sql_step_done(stmt);
		}
	}
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_homework_put(struct store *store, const struct store_homework *h,
                                     const struct store_skill_file *files, size_t count,
                                     bool *added)
{
	sqlite3 *db = store_db(store);
	enum store_status st = sql_begin(db);
	if (st != STORE_OK) {
		return st;
	}
	st = put_row(db, h, added);
	if (st == STORE_OK) {
		st = put_files(db, h->id, files, count);
	}
	return sql_end(db, st);
}

static const char *column_text(sqlite3_stmt *stmt, int i)
{
	return (const char *)sqlite3_column_text(stmt, i);
}

enum store_status store_homework_each(struct store *store, store_homework_fn *fn, void *data)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(store_db(store),
	                                   "SELECT id, title, assigned, due, body, skills, every,"
	                                   " done FROM homework ORDER BY assigned, id",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct store_homework h = {
			.id = column_text(stmt, 0),
			.title = column_text(stmt, 1),
			.from = column_text(stmt, 2),
			.until = column_text(stmt, 3),
			.note = column_text(stmt, 4),
			.skills = column_text(stmt, 5),
			.every = column_text(stmt, 6),
			.done = column_text(stmt, 7),
		};
		fn(&h, data);
	}
	st = sql_status(rc);
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_homework_done(struct store *store, const char *id, const char *day)
{
	sqlite3 *db = store_db(store);
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, "UPDATE homework SET done = ?2 WHERE id = ?1", &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (!sql_bind_text(stmt, 1, id) || !sql_bind_text(stmt, 2, day)) {
		st = STORE_INVALID;
	} else {
		st = sql_step_done(stmt);
	}
	sqlite3_finalize(stmt);
	if (st == STORE_OK && sqlite3_changes(db) == 0) {
		st = STORE_NOT_FOUND;
	}
	return st;
}

enum store_status store_skill_file_each(struct store *store, store_skill_file_fn *fn, void *data)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(store_db(store),
	                                   "SELECT id, homework, text FROM skill_file ORDER BY id",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct store_skill_file f = {
			.id = column_text(stmt, 0),
			.homework = column_text(stmt, 1),
			.text = column_text(stmt, 2),
		};
		fn(&f, data);
	}
	st = sql_status(rc);
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_practice_days(struct store *store, const char *from, const char *to,
                                      store_practice_day_fn *fn, void *data)
{
	sqlite3_stmt *stmt;
	/* at starts with the day the person lived it ("2026-11-22T14:03..."),
	 * so the range is a range of text, and the primary key's order. */
	enum store_status st = sql_prepare(store_db(store),
	                                   "SELECT DISTINCT substr(at, 1, 10) AS day, skill"
	                                   " FROM practice WHERE at >= ?1 AND at < ?2 || 'U'"
	                                   " ORDER BY day, skill",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (!sql_bind_text(stmt, 1, from) || !sql_bind_text(stmt, 2, to)) {
		sqlite3_finalize(stmt);
		return STORE_INVALID;
	}
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		fn(column_text(stmt, 0), column_text(stmt, 1), data);
	}
	st = sql_status(rc);
	sqlite3_finalize(stmt);
	return st;
}
