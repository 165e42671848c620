/* Quick urges over a run of days (store/urge_range.h), for reports. */
#include "store/urge_range.h"

#include <string.h>

#include "store/sql.h"
#include "store/store_db.h"

static const char *column_text(sqlite3_stmt *stmt, int col)
{
	return (const char *)sqlite3_column_text(stmt, col);
}

enum store_status store_urge_each_between(struct store *store, const char *from, const char *to,
                                          store_urge_fn *fn, void *data)
{
	sqlite3_stmt *stmt;
	/* A time starts with its day and a 'T', so every time of day to sorts
	 * below to || 'U': a range on the text, which the index serves.
	 * datetime() orders by the instant, across a change of UTC offset. */
	enum store_status st = sql_prepare(store_db(store),
	                                   "SELECT id, at, target, before, after, skill, note,"
	                                   " via_inbox FROM urge_event"
	                                   " WHERE at >= ?1 AND at < ?2 || 'U'"
	                                   " ORDER BY datetime(at), at, id",
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
		if (sqlite3_column_bytes(stmt, 0) != STORE_URGE_ID_SIZE || urge.at == NULL ||
		    urge.target == NULL) {
			rc = SQLITE_CORRUPT;
			break;
		}
		memcpy(urge.id, sqlite3_column_blob(stmt, 0), STORE_URGE_ID_SIZE);
		if (!fn(&urge, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	st = sql_status(rc);
	sqlite3_finalize(stmt);
	return st;
}
