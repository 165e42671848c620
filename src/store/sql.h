#ifndef WISEMIND_STORE_SQL_H
#define WISEMIND_STORE_SQL_H

/* Small helpers over the SQLite C API, private to src/store. Every query
 * is a constant SQL string with ? parameters; values are always bound. */

#include <sqlite3.h>
#include <stdbool.h>

#include "store/status.h"

/* The store status for an SQLite result code: a constraint failure is
 * STORE_INVALID (a value out of range), corruption is STORE_DAMAGED. */
enum store_status sql_status(int rc);

/* Prepares one statement. */
enum store_status sql_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **out)
	__attribute__((warn_unused_result));

/* Runs SQL that takes no parameters (pragmas, schema, BEGIN, COMMIT). */
enum store_status sql_exec(sqlite3 *db, const char *sql)
	__attribute__((warn_unused_result));

/* Steps a statement that returns no rows; STORE_OK when it ran to the end. */
enum store_status sql_step_done(sqlite3_stmt *stmt) __attribute__((warn_unused_result));

/* Runs a parameterless query that returns one integer (a pragma). */
enum store_status sql_query_int(sqlite3 *db, const char *sql, long long *out)
	__attribute__((warn_unused_result));

/* Binds text, or NULL when text is NULL. The text must outlive the step.
 * False (nothing bound) when text is not valid UTF-8: what goes into the
 * diary must come out as valid JSON and print on a UTF-8 terminal. */
bool sql_bind_text(sqlite3_stmt *stmt, int index, const char *text)
	__attribute__((warn_unused_result));

/* The transaction every multi-statement change runs in: all or nothing. */
enum store_status sql_begin(sqlite3 *db) __attribute__((warn_unused_result));
/* Commits when status is STORE_OK, else rolls back; returns the outcome. */
enum store_status sql_end(sqlite3 *db, enum store_status status)
	__attribute__((warn_unused_result));

#endif
