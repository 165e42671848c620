#include "store/urge_event.h"

#include <sodium.h>
#include <string.h>

#include "store/sql.h"
#include "store/store_db.h"

void store_urge_id_new(unsigned char id[STORE_URGE_ID_SIZE])
{
	randombytes_buf(id, STORE_URGE_ID_SIZE);
}

static bool bind_rating_or_null(sqlite3_stmt *stmt, int index, int rating)
{
	if (rating == -1) {
		return sqlite3_bind_null(stmt, index) == SQLITE_OK;
	}
	return sqlite3_bind_int(stmt, index, rating) == SQLITE_OK;
}

enum store_status store_urge_add(struct store *store, const struct store_urge *urge,
                                 bool *added)
{
	if (added != NULL) {
		*added = false;
	}
	sqlite3 *db = store_db(store);
	sqlite3_stmt *stmt;
	/* Not INSERT OR IGNORE: that would also skip, silently, a row that
	 * fails a CHECK. ON CONFLICT (id) skips only an entry already there. */
	enum store_status st = sql_prepare(db,
	                                   "INSERT INTO urge_event"
	                                   " (id, at, target, before, after, skill, note,"
	                                   "  via_inbox)"
	                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
	                                   " ON CONFLICT (id) DO NOTHING",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (sqlite3_bind_blob(stmt, 1, urge->id, STORE_URGE_ID_SIZE, SQLITE_STATIC) != SQLITE_OK ||
	    !sql_bind_text(stmt, 2, urge->at) || !sql_bind_text(stmt, 3, urge->target) ||
	    sqlite3_bind_int(stmt, 4, urge->before) != SQLITE_OK ||
	    !bind_rating_or_null(stmt, 5, urge->after) || !sql_bind_text(stmt, 6, urge->skill) ||
	    !sql_bind_text(stmt, 7, urge->note) ||
	    sqlite3_bind_int(stmt, 8, urge->via_inbox ? 1 : 0) != SQLITE_OK) {
		st = STORE_INVALID;
		goto out;
	}
	st = sql_step_done(stmt);
	if (st == STORE_OK && added != NULL) {
		*added = sqlite3_changes(db) == 1;
	}
out:
	sqlite3_finalize(stmt);
	return st;
}

/* Runs sql on the entry with id: ?1 is the id; after >= 0 binds ?2.
 * STORE_NOT_FOUND when no entry has that id. */
static enum store_status change_one(struct store *store, const char *sql,
                                    const unsigned char id[STORE_URGE_ID_SIZE], int after)
{
	sqlite3 *db = store_db(store);
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, sql, &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (sqlite3_bind_blob(stmt, 1, id, STORE_URGE_ID_SIZE, SQLITE_STATIC) != SQLITE_OK ||
	    (after >= 0 && sqlite3_bind_int(stmt, 2, after) != SQLITE_OK)) {
		st = STORE_INVALID;
		goto out;
	}
	st = sql_step_done(stmt);
	if (st == STORE_OK && sqlite3_changes(db) == 0) {
		st = STORE_NOT_FOUND;
	}
out:
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_urge_set_after(struct store *store,
                                       const unsigned char id[STORE_URGE_ID_SIZE], int after,
                                       const char *skill)
{
	/* A rating out of range fails the table's CHECK: STORE_INVALID. */
	if (after < 0) {
		return STORE_INVALID;
	}
	sqlite3 *db = store_db(store);
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, "UPDATE urge_event SET after = ?2,"
	                                       " skill = coalesce(?3, skill) WHERE id = ?1",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (sqlite3_bind_blob(stmt, 1, id, STORE_URGE_ID_SIZE, SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_bind_int(stmt, 2, after) != SQLITE_OK || !sql_bind_text(stmt, 3, skill)) {
		st = STORE_INVALID;
	} else {
		st = sql_step_done(stmt);
		if (st == STORE_OK && sqlite3_changes(db) == 0) {
			st = STORE_NOT_FOUND;
		}
	}
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_urge_remove(struct store *store,
                                    const unsigned char id[STORE_URGE_ID_SIZE])
{
	return change_one(store, "DELETE FROM urge_event WHERE id = ?1", id, -1);
}

enum store_status store_urge_count(struct store *store, const char *day, size_t *out)
{
	*out = 0;
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(store_db(store),
	                                   "SELECT count(*) FROM urge_event"
	                                   " WHERE ?1 IS NULL OR substr(at, 1, 10) = ?1",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (!sql_bind_text(stmt, 1, day)) {
		st = STORE_INVALID;
		goto out;
	}
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*out = (size_t)sqlite3_column_int64(stmt, 0);
		st = STORE_OK;
	} else {
		st = sql_status(rc);
	}
out:
	sqlite3_finalize(stmt);
	return st;
}

static const char *column_text(sqlite3_stmt *stmt, int col)
{
	return (const char *)sqlite3_column_text(stmt, col);
}

/* Calls fn for each row of stmt (the columns of urge_event, in table
 * order), counting them in *rows. */
static enum store_status each_row(sqlite3_stmt *stmt, store_urge_fn *fn, void *data,
                                  size_t *rows)
{
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct store_urge urge = {
			.at = column_text(stmt, 1),
			.target = column_text(stmt, 2),
			.before = sqlite3_column_int(stmt, 3),
			.after = sqlite3_column_type(stmt, 4) == SQLITE_NULL
			                 ? -1
			                 : sqlite3_column_int(stmt, 4),
			.skill = column_text(stmt, 5),
			.note = column_text(stmt, 6),
			.via_inbox = sqlite3_column_int(stmt, 7) != 0,
		};
		if (sqlite3_column_bytes(stmt, 0) != STORE_URGE_ID_SIZE) {
			rc = SQLITE_CORRUPT;
			break;
		}
		memcpy(urge.id, sqlite3_column_blob(stmt, 0), STORE_URGE_ID_SIZE);
		(*rows)++;
		if (!fn(&urge, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return sql_status(rc);
}

#define URGE_COLUMNS "SELECT id, at, target, before, after, skill, note, via_inbox FROM urge_event"

/* Runs sql with its text parameters (count of them, in order; NULL binds
 * NULL) and calls fn for each urge it gives. */
static enum store_status each_query(struct store *store, const char *sql, int count,
                                    const char *p1, const char *p2, store_urge_fn *fn,
                                    void *data)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(store_db(store), sql, &stmt);
	if (st != STORE_OK) {
		return st;
	}
	size_t rows = 0;
	bool bound = (count < 1 || sql_bind_text(stmt, 1, p1)) &&
	             (count < 2 || sql_bind_text(stmt, 2, p2));
	st = bound ? each_row(stmt, fn, data, &rows) : STORE_INVALID;
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_urge_each(struct store *store, const char *day, store_urge_fn *fn,
                                  void *data)
{
	/* datetime() orders by the instant, across a change of UTC offset. */
	return each_query(store,
	                  URGE_COLUMNS " WHERE ?1 IS NULL OR substr(at, 1, 10) = ?1"
	                  " ORDER BY datetime(at), at, id",
	                  1, day, NULL, fn, data);
}

enum store_status store_urge_each_rated(struct store *store, store_urge_fn *fn, void *data)
{
	/* In no order: what is done with them (medians) does not depend on it,
	 * and sorting every urge of ten years by its instant costs more than
	 * the rest. */
	return each_query(store, URGE_COLUMNS " WHERE after IS NOT NULL AND skill IS NOT NULL", 0,
	                  NULL, NULL, fn, data);
}

enum store_status store_urge_each_between(struct store *store, const char *from, const char *to,
                                          store_urge_fn *fn, void *data)
{
	/* A time starts with its day and a 'T', so every time of day to sorts
	 * below to || 'U': a range on the text, which the index serves. */
	return each_query(store,
	                  URGE_COLUMNS " WHERE at >= ?1 AND at < ?2 || 'U'"
	                  " ORDER BY datetime(at), at, id",
	                  2, from, to, fn, data);
}

enum store_status store_urge_find(struct store *store, const unsigned char *id,
                                  store_urge_fn *fn, void *data)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(store_db(store),
	                                   id != NULL ? URGE_COLUMNS " WHERE id = ?1"
	                                              : URGE_COLUMNS " ORDER BY datetime(at) DESC,"
	                                                             " at DESC, id DESC LIMIT 1",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	size_t rows = 0;
	if (id != NULL &&
	    sqlite3_bind_blob(stmt, 1, id, STORE_URGE_ID_SIZE, SQLITE_STATIC) != SQLITE_OK) {
		st = STORE_INVALID;
	} else {
		st = each_row(stmt, fn, data, &rows);
	}
	sqlite3_finalize(stmt);
	return st == STORE_OK && rows == 0 ? STORE_NOT_FOUND : st;
}
