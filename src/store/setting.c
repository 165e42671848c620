#include "store/setting.h"

#include <stdbool.h>
#include <string.h>

#include "store/sql.h"
#include "store/store_db.h"

#define TEMPLATE_MAX (1024 * 1024)

static bool valid_country(const char *value)
{
	return strlen(value) == 2 && value[0] >= 'A' && value[0] <= 'Z' && value[1] >= 'A' &&
	       value[1] <= 'Z';
}

static bool valid_template(const char *value)
{
	size_t len = strlen(value);
	return len <= TEMPLATE_MAX && str_is_utf8(value, len);
}

enum store_status store_setting_check(const char *key, const char *value)
{
	if (strcmp(key, "country") == 0) {
		return valid_country(value) ? STORE_OK : STORE_INVALID;
	}
	if (strcmp(key, "card_template") == 0) {
		return valid_template(value) ? STORE_OK : STORE_INVALID;
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
