#include "store/setting.h"

#include <stdbool.h>
#include <string.h>

#include "store/sql.h"
#include "store/store_db.h"

#define TEMPLATE_MAX (1024 * 1024)
/* A draft is a day's changes, the note at most 64 KiB of them: room to
 * spare, yet bounded so a damaged import cannot fill memory with one. */
#define DRAFT_MAX (256 * 1024)
/* A safety plan being changed: 7 parts of at most 20 lines of at most 500
 * characters (2000 bytes), with their part's id. */
#define PLAN_DRAFT_MAX (512 * 1024)

static bool valid_country(const char *value)
{
	return strlen(value) == 2 && value[0] >= 'A' && value[0] <= 'Z' && value[1] >= 'A' &&
	       value[1] <= 'Z';
}

static bool valid_text(const char *value, size_t max)
{
	size_t len = strlen(value);
	return len <= max && str_is_utf8(value, len);
}

enum store_status store_setting_check(const char *key, const char *value)
{
	if (strcmp(key, "country") == 0) {
		return valid_country(value) ? STORE_OK : STORE_INVALID;
	}
	if (strcmp(key, "card_template") == 0) {
		return valid_text(value, TEMPLATE_MAX) ? STORE_OK : STORE_INVALID;
	}
	if (strcmp(key, "draft.card") == 0) {
		return valid_text(value, DRAFT_MAX) ? STORE_OK : STORE_INVALID;
	}
	if (strcmp(key, "draft.safety-plan") == 0) {
		return valid_text(value, PLAN_DRAFT_MAX) ? STORE_OK : STORE_INVALID;
	}
	return STORE_UNKNOWN_SETTING;
}

enum store_status store_setting_get(struct store *store, const char *key, struct str *out)
{
	str_clear(out);
	enum store_status st = store_setting_check(key, "");
	if (st == STORE_UNKNOWN_SETTING) {
		return st;
	}
	sqlite3_stmt *stmt;
	st = sql_prepare(store_db(store), "SELECT value FROM setting WHERE key = ?", &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (!sql_bind_text(stmt, 1, key)) {
		st = STORE_INVALID;
		goto out;
	}
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		str_append_n(out, (const char *)sqlite3_column_text(stmt, 0),
		             (size_t)sqlite3_column_bytes(stmt, 0));
		st = STORE_OK;
	} else {
		st = rc == SQLITE_DONE ? STORE_NOT_FOUND : sql_status(rc);
	}
out:
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_setting_set(struct store *store, const char *key, const char *value)
{
	enum store_status st = store_setting_check(key, value);
	if (st != STORE_OK) {
		return st;
	}
	sqlite3_stmt *stmt;
	st = sql_prepare(store_db(store),
	                 "INSERT INTO setting (key, value) VALUES (?1, ?2)"
	                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
	                 &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (!sql_bind_text(stmt, 1, key) || !sql_bind_text(stmt, 2, value)) {
		st = STORE_INVALID;
	} else {
		st = sql_step_done(stmt);
	}
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_setting_delete(struct store *store, const char *key)
{
	enum store_status st = store_setting_check(key, "");
	if (st == STORE_UNKNOWN_SETTING) {
		return st;
	}
	sqlite3_stmt *stmt;
	st = sql_prepare(store_db(store), "DELETE FROM setting WHERE key = ?", &stmt);
	if (st != STORE_OK) {
		return st;
	}
	st = sql_bind_text(stmt, 1, key) ? sql_step_done(stmt) : STORE_INVALID;
	sqlite3_finalize(stmt);
	return st;
}
