#include "store/safety_plan.h"

#include "store/sql.h"
#include "store/store_db.h"

enum store_status store_safety_plan_get(struct store *store, struct safety_plan *out)
{
	safety_plan_finish(out);
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(store_db(store),
	                                   "SELECT section, text, shown FROM safety_line"
	                                   " ORDER BY section, n",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		enum safety_section section;
		if (!safety_section_find((const char *)sqlite3_column_text(stmt, 0), &section)) {
			rc = SQLITE_CORRUPT;
			break;
		}
		safety_plan_add(out, section, (const char *)sqlite3_column_text(stmt, 1),
		                (size_t)sqlite3_column_bytes(stmt, 1),
		                sqlite3_column_int(stmt, 2) != 0);
	}
	st = sql_status(rc);
	sqlite3_finalize(stmt);
	if (st != STORE_OK) {
		safety_plan_finish(out);
	}
	return st;
}

static enum store_status insert_all(sqlite3 *db, const struct safety_plan *plan)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db,
	                                   "INSERT INTO safety_line (section, n, text, shown)"
	                                   " VALUES (?, ?, ?, ?)",
	                                   &stmt);
	for (int s = 0; st == STORE_OK && s < SAFETY_SECTION_COUNT; s++) {
		const struct safety_lines *l = &plan->sections[s];
		if (l->count > SAFETY_LINES_MAX) {
			st = STORE_INVALID;
			break;
		}
		for (size_t i = 0; st == STORE_OK && i < l->count; i++) {
			sqlite3_reset(stmt);
			if (!sql_bind_text(stmt, 1,
			                   safety_section_info((enum safety_section)s)->id) ||
			    sqlite3_bind_int(stmt, 2, (int)i + 1) != SQLITE_OK ||
			    !sql_bind_text(stmt, 3, str_cstr(&l->items[i].text)) ||
			    sqlite3_bind_int(stmt, 4, l->items[i].shown) != SQLITE_OK) {
				st = STORE_INVALID;
			} else {
				st = sql_step_done(stmt);
			}
		}
	}
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_safety_plan_set(struct store *store, const struct safety_plan *plan)
{
	sqlite3 *db = store_db(store);
	enum store_status st = sql_begin(db);
	if (st != STORE_OK) {
		return st;
	}
	st = sql_exec(db, "DELETE FROM safety_line");
	if (st == STORE_OK) {
		st = insert_all(db, plan);
	}
	return sql_end(db, st);
}
