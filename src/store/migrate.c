#include "store/migrate.h"

#include <stdio.h>

#include "store/sql.h"

static enum store_status run_step(sqlite3 *db, const struct migration *step, size_t to)
{
	enum store_status st = sql_begin(db);
	if (st != STORE_OK) {
		return st;
	}
	st = sql_exec(db, step->sql);
	if (st == STORE_OK) {
		/* A pragma takes no parameters; the number is ours, not data. */
		char set[48];
		snprintf(set, sizeof(set), "PRAGMA user_version = %zu", to);
		st = sql_exec(db, set);
	}
	return sql_end(db, st);
}

enum store_status migrate_run(sqlite3 *db, const struct migration *steps, size_t count)
{
	long long version;
	enum store_status st = sql_query_int(db, "PRAGMA user_version", &version);
	if (st != STORE_OK) {
		return st;
	}
	if (version < 0) {
		return STORE_DAMAGED;
	}
	if ((unsigned long long)version > count) {
		return STORE_TOO_NEW;
	}
	for (size_t i = (size_t)version; i < count; i++) {
		st = run_step(db, &steps[i], i + 1);
		if (st != STORE_OK) {
			return st;
		}
	}
	return STORE_OK;
}
