#include "store/import_urges.h"

#include "store/sql.h"
#include "store/store_db.h"

static const char urges_sql[] =
	"SELECT 0, json_extract(value, '$.target'), json_extract(value, '$.before')"
	" FROM json_each(?1, '$.tables.urge_event')"
	" UNION ALL SELECT 1, json_extract(value, '$.target'), json_extract(value, '$.rating')"
	" FROM json_each(?1, '$.tables.diary_urge')"
	" UNION ALL SELECT 2, json_extract(value, '$.name'), json_extract(value, '$.rating')"
	" FROM json_each(?1, '$.tables.diary_session')"
	"  WHERE json_extract(value, '$.name') GLOB 'urge-*'";

enum store_status store_import_urges(struct store *store, const char *json, size_t len,
                                     store_import_urge_fn *fn, void *data)
{
	sqlite3 *db = store_db(store);
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, urges_sql, &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (sqlite3_bind_text(stmt, 1, json, (int)len, SQLITE_STATIC) != SQLITE_OK) {
		sqlite3_finalize(stmt);
		return STORE_FAILED;
	}
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *target = (const char *)sqlite3_column_text(stmt, 1);
		int rating = sqlite3_column_type(stmt, 2) == SQLITE_INTEGER
		                 ? (int)sqlite3_column_int64(stmt, 2) : -1;
		fn(sqlite3_column_int(stmt, 0), target != NULL ? target : "", rating, data);
	}
	sqlite3_finalize(stmt);
	/* Malformed JSON ends the walk early: what was read still counts, and
	 * the import says what is wrong. */
	(void)rc;
	return STORE_OK;
}
