#include "store/sql.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/str.h"

enum store_status sql_status(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return STORE_OK;
	case SQLITE_CONSTRAINT:
	case SQLITE_MISMATCH:
	case SQLITE_TOOBIG:
		return STORE_INVALID;
	case SQLITE_NOMEM:
		return STORE_NO_MEMORY;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return STORE_DAMAGED;
	default:
		return STORE_FAILED;
	}
}

enum store_status sql_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **out)
{
	*out = NULL;
	return sql_status(sqlite3_prepare_v2(db, sql, -1, out, NULL));
}

enum store_status sql_exec(sqlite3 *db, const char *sql)
{
	return sql_status(sqlite3_exec(db, sql, NULL, NULL, NULL));
}

enum store_status sql_step_done(sqlite3_stmt *stmt)
{
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		return STORE_FAILED; /* a statement meant to change, not to read */
	}
	return sql_status(rc);
}

enum store_status sql_query_int(sqlite3 *db, const char *sql, long long *out)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, sql, &stmt);
	if (st != STORE_OK) {
		return st;
	}
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int64(stmt, 0);
		st = STORE_OK;
	} else {
		st = rc == SQLITE_DONE ? STORE_FAILED : sql_status(rc);
	}
	sqlite3_finalize(stmt);
	return st;
}

bool sql_bind_text(sqlite3_stmt *stmt, int index, const char *text)
{
	if (text == NULL) {
		return sqlite3_bind_null(stmt, index) == SQLITE_OK;
	}
	size_t len = strlen(text);
	if (!str_is_utf8(text, len) || len > INT32_MAX) {
		return false;
	}
	return sqlite3_bind_text(stmt, index, text, (int)len, SQLITE_STATIC) == SQLITE_OK;
}

/* A savepoint, not BEGIN, so one change can run inside another's
 * transaction (an import, a merge) and still undo only itself. */
enum store_status sql_begin(sqlite3 *db)
{
	return sql_exec(db, "SAVEPOINT store_change");
}

enum store_status sql_end(sqlite3 *db, enum store_status status)
{
	if (status == STORE_OK) {
		status = sql_exec(db, "RELEASE store_change");
		if (status == STORE_OK) {
			return STORE_OK;
		}
	}
	/* These fail only when SQLite already rolled back by itself, which
	 * leaves the same state. */
	sqlite3_exec(db, "ROLLBACK TO store_change", NULL, NULL, NULL);
	sqlite3_exec(db, "RELEASE store_change", NULL, NULL, NULL);
	return status;
}
