#include "store/setting.h"

#include <stdbool.h>
#include <string.h>

#include "store/sql.h"
#include "store/store_db.h"

#define THRESHOLD_PREFIX "urge_threshold."
#define TEMPLATE_MAX (1024 * 1024)

/* The same rule as the schema's identifiers (schema.c). */
static bool is_id(const char *s)
{
	size_t len = strlen(s);
	if (len == 0 || len > 64 || s[0] < 'a' || s[0] > 'z') {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
			return false;
		}
	}
	return true;
}

static int default_threshold(const char *target)
{
	return strcmp(target, "suicide") == 0 ? STORE_URGE_THRESHOLD_SUICIDE
	                                      : STORE_URGE_THRESHOLD_DEFAULT;
}

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
	if (strncmp(key, THRESHOLD_PREFIX, strlen(THRESHOLD_PREFIX)) == 0) {
		const char *target = key + strlen(THRESHOLD_PREFIX);
		if (!is_id(target)) {
			return STORE_UNKNOWN_SETTING;
		}
		/* One digit from 1 to the default: lower is more careful, and
		 * nothing can raise it out of reach. */
		int max = default_threshold(target);
		if (strlen(value) != 1 || value[0] < '1' || value[0] > '0' + max) {
			return STORE_INVALID;
		}
		return STORE_OK;
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

enum store_status store_urge_threshold(struct store *store, const char *target, int *out)
{
	*out = 0;
	if (!is_id(target)) {
		return STORE_INVALID;
	}
	struct str key = {0};
	struct str value = {0};
	str_appendf(&key, THRESHOLD_PREFIX "%s", target);
	enum store_status st = store_setting_get(store, str_cstr(&key), &value);
	if (st == STORE_NOT_FOUND) {
		*out = default_threshold(target);
		st = STORE_OK;
	} else if (st == STORE_OK) {
		/* Checked on the way in; checked again in case the image was
		 * edited, so a damaged value can only ever fall back to safe. */
		if (store_setting_check(str_cstr(&key), str_cstr(&value)) == STORE_OK) {
			*out = value.buf[0] - '0';
		} else {
			*out = default_threshold(target);
		}
	}
	str_finish(&key);
	str_finish(&value);
	return st;
}
