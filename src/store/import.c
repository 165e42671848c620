/* Reading an export back (store/export.h). SQLite's own JSON functions
 * parse it, so there is no second JSON parser to trust; this file checks
 * the shape and every value, then inserts through the schema's CHECKs. */
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "store/export.h"
#include "store/setting.h"
#include "store/sql.h"
#include "store/store_db.h"
#include "store/tables.h"

#define ID_BYTES 16

/* Where the import is, for the one sentence of an error. */
struct import {
	sqlite3 *db;
	const char *json;
	int len;
	struct store_import_result *result;
	struct str *err;
	long long version; /* the export's format version */
};

static enum store_status fail(struct import *im, enum store_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static enum store_status fail(struct import *im, enum store_status st, const char *fmt, ...)
{
	if (im->err != NULL) {
		str_clear(im->err);
		va_list ap;
		va_start(ap, fmt);
		str_vappendf(im->err, fmt, ap);
		va_end(ap);
	}
	return st;
}

/* Prepares sql and binds the whole document as ?1. */
static enum store_status prepare_doc(struct import *im, const char *sql, sqlite3_stmt **stmt)
{
	enum store_status st = sql_prepare(im->db, sql, stmt);
	if (st == STORE_OK &&
	    sqlite3_bind_text(*stmt, 1, im->json, im->len, SQLITE_STATIC) != SQLITE_OK) {
		sqlite3_finalize(*stmt);
		*stmt = NULL;
		st = STORE_FAILED;
	}
	return st;
}

static const char *text_at(sqlite3_stmt *stmt, int col)
{
	const char *t = (const char *)sqlite3_column_text(stmt, col);
	return t != NULL ? t : "";
}

static const struct table *find_table(const char *name)
{
	for (size_t i = 0; i < export_table_count; i++) {
		if (strcmp(export_tables[i].name, name) == 0) {
			return &export_tables[i];
		}
	}
	return NULL;
}

/* A table that exports of version no longer list, and older ones do;
 * NULL when name is not one, or the export is new enough not to have it. */
static const struct retired_table *find_retired(const char *name, long long version)
{
	for (size_t i = 0; i < retired_table_count; i++) {
		if (strcmp(retired_tables[i].name, name) == 0 && version < retired_tables[i].until) {
			return &retired_tables[i];
		}
	}
	return NULL;
}

/* The shape older exports of version wrote name's rows in, when it is
 * not today's; else NULL. */
static const struct old_table *find_old(const char *name, long long version)
{
	for (size_t i = 0; i < old_table_count; i++) {
		if (strcmp(old_tables[i].table.name, name) == 0 && version < old_tables[i].until) {
			return &old_tables[i];
		}
	}
	return NULL;
}

/* The format marker and version first, so a newer export is reported as
 * newer even when everything after them has changed. */
static enum store_status check_header(struct import *im)
{
	sqlite3_stmt *stmt;
	enum store_status st = prepare_doc(im,
	                                   "SELECT json_type(?1), json_extract(?1, '$.format'),"
	                                   " json_type(?1, '$.version'),"
	                                   " json_extract(?1, '$.version'),"
	                                   " json_type(?1, '$.tables')",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	int rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		st = sql_status(rc);
	} else if (strcmp(text_at(stmt, 0), "object") != 0 ||
	           strcmp(text_at(stmt, 1), "wisemind-export") != 0) {
		st = fail(im, STORE_EXPORT_BAD, "the file does not start as a wisemind export does");
	} else if (strcmp(text_at(stmt, 2), "integer") != 0 || sqlite3_column_int64(stmt, 3) < 1) {
		st = fail(im, STORE_EXPORT_BAD, "the export has no valid \"version\"");
	} else if (sqlite3_column_int64(stmt, 3) > STORE_EXPORT_VERSION) {
		st = fail(im, STORE_EXPORT_TOO_NEW, "the export is version %lld; this wisemind reads "
		                                    "version %d and older",
		          (long long)sqlite3_column_int64(stmt, 3), STORE_EXPORT_VERSION);
	} else if (strcmp(text_at(stmt, 4), "object") != 0) {
		st = fail(im, STORE_EXPORT_BAD, "the export has no \"tables\" object");
	} else {
		im->version = sqlite3_column_int64(stmt, 3);
	}
	sqlite3_finalize(stmt);
	return st;
}

/* No key the format does not define, at the top or among the tables: a
 * misspelt table would otherwise be dropped without a word. */
static enum store_status check_keys(struct import *im)
{
	sqlite3_stmt *stmt;
	enum store_status st = prepare_doc(im,
	                                   "SELECT 'top', key, NULL, 0 FROM json_each(?1)"
	                                   " WHERE key NOT IN ('format', 'version', 'tables')"
	                                   " UNION ALL"
	                                   " SELECT 'table', key, json_type(value),"
	                                   " iif(json_type(value) = 'array',"
	                                   "     json_array_length(value), 0)"
	                                   " FROM json_each(?1, '$.tables')",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	int rc;
	while (st == STORE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *key = text_at(stmt, 1);
		const struct retired_table *old = find_retired(key, im->version);
		if (strcmp(text_at(stmt, 0), "top") == 0) {
			st = fail(im, STORE_EXPORT_BAD, "unknown key \"%s\" in the export", key);
		} else if (old != NULL && strcmp(text_at(stmt, 2), "array") == 0) {
			if (sqlite3_column_int64(stmt, 3) != 0) {
				st = fail(im, STORE_EXPORT_BAD,
				          "\"%s\" has entries, which no wisemind ever wrote there; "
				          "empty that list to import the rest",
				          key);
			}
		} else if (find_table(key) == NULL) {
			st = fail(im, STORE_EXPORT_BAD, "unknown table \"%s\" in the export", key);
		} else if (strcmp(text_at(stmt, 2), "array") != 0) {
			st = fail(im, STORE_EXPORT_BAD, "\"%s\" must be a list of entries", key);
		}
	}
	if (st == STORE_OK && rc != SQLITE_DONE) {
		st = sql_status(rc);
	}
	sqlite3_finalize(stmt);
	return st;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	return -1;
}

static bool parse_id(const char *text, size_t len, unsigned char id[ID_BYTES])
{
	if (len != 2 * ID_BYTES) {
		return false;
	}
	for (size_t i = 0; i < ID_BYTES; i++) {
		int hi = hex_digit(text[2 * i]);
		int lo = hex_digit(text[2 * i + 1]);
		if (hi < 0 || lo < 0) {
			return false;
		}
		id[i] = (unsigned char)(hi << 4 | lo);
	}
	return true;
}

/* The statements for one table: rows out of the document, rows into the
 * diary (old's when the rows are in an older shape, with its then). All
 * are built from the constant table lists only. */
static enum store_status prepare_table(struct import *im, const struct table *t,
                                       const struct old_table *old, sqlite3_stmt **rows,
                                       sqlite3_stmt **insert, sqlite3_stmt **then)
{
	struct str sql = {0};
	/* "row." keeps the subquery's json_each from reading its own value. */
	str_append(&sql, "SELECT row.key, json_type(row.value), row.value,"
	                 " (SELECT count(*) FROM json_each(row.value))");
	for (size_t c = 0; c < t->column_count; c++) {
		str_appendf(&sql, ", json_type(row.value, '$.%s'), json_extract(row.value, '$.%s')",
		            t->columns[c].name, t->columns[c].name);
	}
	str_appendf(&sql, " FROM json_each(?1, '$.tables.%s') AS row", t->name);
	enum store_status st = prepare_doc(im, str_cstr(&sql), rows);
	str_clear(&sql);
	str_appendf(&sql, "INSERT INTO %s (", t->name);
	for (size_t c = 0; c < t->column_count; c++) {
		str_appendf(&sql, "%s\"%s\"", c ? ", " : "", t->columns[c].name);
	}
	str_append(&sql, ") VALUES (");
	for (size_t c = 0; c < t->column_count; c++) {
		str_append(&sql, c ? ", ?" : "?");
	}
	/* Not INSERT OR IGNORE, which would also skip rows failing a CHECK:
	 * only a row whose key is already there is skipped. */
	str_append(&sql, ") ON CONFLICT DO NOTHING");
	if (st == STORE_OK) {
		st = sql_prepare(im->db, old != NULL ? old->insert : str_cstr(&sql), insert);
	}
	if (st == STORE_OK && old != NULL && old->then != NULL) {
		st = sql_prepare(im->db, old->then, then);
	}
	str_finish(&sql);
	return st;
}

/* Binds column c of the current row of rows to insert, checking its type. */
static enum store_status bind_column(struct import *im, const struct table *t, size_t c,
                                     sqlite3_stmt *rows, sqlite3_stmt *insert, long long entry,
                                     unsigned char id[ID_BYTES])
{
	const struct column *col = &t->columns[c];
	int type_col = 4 + 2 * (int)c;
	int value_col = type_col + 1;
	const char *type = (const char *)sqlite3_column_text(rows, type_col);
	int index = (int)c + 1;
	if (index > sqlite3_bind_parameter_count(insert)) {
		/* An older shape's statement that does not take this column. */
		return STORE_OK;
	}
	if (type == NULL && col->since > im->version) {
		/* Added after this export's version: the default of that time. */
		return sqlite3_bind_int(insert, index, 0) == SQLITE_OK ? STORE_OK : STORE_FAILED;
	}
	if (type == NULL || strcmp(type, "null") == 0) {
		/* Missing and null both mean "not set"; NOT NULL columns refuse. */
		return sqlite3_bind_null(insert, index) == SQLITE_OK ? STORE_OK : STORE_FAILED;
	}
	switch (col->kind) {
	case COLUMN_INT:
		if (strcmp(type, "integer") != 0 ||
		    sqlite3_column_type(rows, value_col) != SQLITE_INTEGER) {
			break;
		}
		return sqlite3_bind_int64(insert, index, sqlite3_column_int64(rows, value_col)) ==
		               SQLITE_OK
		               ? STORE_OK
		               : STORE_FAILED;
	case COLUMN_BOOL:
		if (strcmp(type, "true") != 0 && strcmp(type, "false") != 0) {
			break;
		}
		return sqlite3_bind_int(insert, index, strcmp(type, "true") == 0) == SQLITE_OK
		               ? STORE_OK
		               : STORE_FAILED;
	case COLUMN_TEXT:
		if (strcmp(type, "text") != 0) {
			break;
		}
		if (!sql_bind_text(insert, index, (const char *)sqlite3_column_text(rows, value_col))) {
			return fail(im, STORE_EXPORT_BAD, "\"%s\" entry %lld: \"%s\" is not valid UTF-8",
			            t->name, entry, col->name);
		}
		return STORE_OK;
	case COLUMN_ID:
		if (strcmp(type, "text") != 0 ||
		    !parse_id((const char *)sqlite3_column_text(rows, value_col),
		              (size_t)sqlite3_column_bytes(rows, value_col), id)) {
			return fail(im, STORE_EXPORT_BAD,
			            "\"%s\" entry %lld: \"%s\" must be 32 lower-case hex digits", t->name,
			            entry, col->name);
		}
		return sqlite3_bind_blob(insert, index, id, ID_BYTES, SQLITE_STATIC) == SQLITE_OK
		               ? STORE_OK
		               : STORE_FAILED;
	}
	return fail(im, STORE_EXPORT_BAD, "\"%s\" entry %lld: \"%s\" must be %s", t->name, entry,
	            col->name,
	            col->kind == COLUMN_INT    ? "a whole number"
	            : col->kind == COLUMN_BOOL ? "true or false"
	                                       : "text");
}

/* True when the JSON text holds the escape \u0000 (and not, say, an
 * escaped backslash followed by "u0000"). */
static bool has_escaped_nul(const char *json)
{
	for (const char *p = json; (p = strstr(p, "u0000")) != NULL; p++) {
		size_t slashes = 0;
		while (p - slashes > json && p[-1 - (ptrdiff_t)slashes] == '\\') {
			slashes++;
		}
		if (slashes % 2 == 1) {
			return true;
		}
	}
	return false;
}

/* Binds every column of the current row of rows to stmt. */
static enum store_status bind_row(struct import *im, const struct table *t, sqlite3_stmt *rows,
                                  sqlite3_stmt *stmt, long long entry,
                                  unsigned char id[ID_BYTES])
{
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	for (size_t c = 0; c < t->column_count; c++) {
		enum store_status st = bind_column(im, t, c, rows, stmt, entry, id);
		if (st != STORE_OK) {
			return st;
		}
	}
	return STORE_OK;
}

/* Runs stmt, bound; an entry's value that fails a CHECK is said where. */
static enum store_status step_entry(struct import *im, const struct table *t,
                                    sqlite3_stmt *stmt, long long entry)
{
	enum store_status st = sql_step_done(stmt);
	if (st == STORE_INVALID) {
		return fail(im, st, "\"%s\" entry %lld: a value is missing or out of range", t->name,
		            entry);
	}
	return st;
}

static enum store_status import_row(struct import *im, const struct table *t,
                                    sqlite3_stmt *rows, sqlite3_stmt *insert,
                                    sqlite3_stmt *then)
{
	long long entry = sqlite3_column_int64(rows, 0) + 1; /* as a person counts */
	if (strcmp(text_at(rows, 1), "object") != 0) {
		return fail(im, STORE_EXPORT_BAD, "\"%s\" entry %lld is not an object", t->name,
		            entry);
	}
	/* SQLite cuts text at an escaped NUL; refuse rather than shorten. */
	if (has_escaped_nul(text_at(rows, 2))) {
		return fail(im, STORE_EXPORT_BAD, "\"%s\" entry %lld contains a NUL character",
		            t->name, entry);
	}
	long long present = 0;
	for (size_t c = 0; c < t->column_count; c++) {
		present += sqlite3_column_type(rows, 4 + 2 * (int)c) != SQLITE_NULL;
	}
	if (sqlite3_column_int64(rows, 3) != present) {
		return fail(im, STORE_EXPORT_BAD, "\"%s\" entry %lld has an unknown or repeated field",
		            t->name, entry);
	}
	unsigned char id[ID_BYTES]; /* bound SQLITE_STATIC: lives until the step */
	enum store_status st = bind_row(im, t, rows, insert, entry, id);
	if (st == STORE_OK && then != NULL) {
		/* then takes every column, so each is checked, new row or not. */
		st = bind_row(im, t, rows, then, entry, id);
	}
	if (st != STORE_OK) {
		return st;
	}
	if (strcmp(t->name, "setting") == 0) {
		st = store_setting_check(text_at(rows, 5), text_at(rows, 7));
		if (st != STORE_OK) {
			return fail(im, st, "\"setting\" entry %lld: %s", entry,
			            st == STORE_UNKNOWN_SETTING ? "no such setting"
			                                        : "the value is not allowed");
		}
	}
	st = step_entry(im, t, insert, entry);
	if (st != STORE_OK) {
		return st;
	}
	bool added = sqlite3_changes(im->db) == 1;
	if (im->result != NULL) {
		/* An entry of the file is one, whatever rows it makes. */
		if (added) {
			im->result->added++;
			im->result->urges_added += strcmp(t->name, "urge_event") == 0;
		} else {
			im->result->kept++;
		}
	}
	if (added && then != NULL) {
		st = step_entry(im, t, then, entry);
	}
	return st;
}

static enum store_status import_table(struct import *im, const struct table *t)
{
	const struct old_table *old = find_old(t->name, im->version);
	if (old != NULL) {
		t = &old->table;
	}
	sqlite3_stmt *rows = NULL;
	sqlite3_stmt *insert = NULL;
	sqlite3_stmt *then = NULL;
	enum store_status st = prepare_table(im, t, old, &rows, &insert, &then);
	int rc = SQLITE_DONE;
	while (st == STORE_OK && (rc = sqlite3_step(rows)) == SQLITE_ROW) {
		st = import_row(im, t, rows, insert, then);
	}
	if (st == STORE_OK && rc != SQLITE_DONE) {
		st = sql_status(rc);
	}
	sqlite3_finalize(rows);
	sqlite3_finalize(insert);
	sqlite3_finalize(then);
	return st;
}

enum store_status store_import_json(struct store *store, const char *json, size_t len,
                                    struct store_import_result *result, struct str *err)
{
	struct import im = {.db = store_db(store), .json = json, .result = result, .err = err};
	if (result != NULL) {
		*result = (struct store_import_result){0};
	}
	if (err != NULL) {
		str_clear(err);
	}
	if (json == NULL || len > INT_MAX || !str_is_utf8(json, len)) {
		return fail(&im, STORE_EXPORT_BAD, "the file is not UTF-8 text");
	}
	im.len = (int)len;
	long long valid = 0;
	sqlite3_stmt *stmt;
	enum store_status st = prepare_doc(&im, "SELECT json_valid(?1)", &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		valid = sqlite3_column_int64(stmt, 0);
	}
	sqlite3_finalize(stmt);
	if (valid != 1) {
		return fail(&im, STORE_EXPORT_BAD, "the file is not valid JSON");
	}
	st = check_header(&im);
	if (st == STORE_OK) {
		st = check_keys(&im);
	}
	if (st != STORE_OK) {
		return st;
	}
	st = sql_begin(im.db);
	for (size_t i = 0; st == STORE_OK && i < export_table_count; i++) {
		st = import_table(&im, &export_tables[i]);
	}
	st = sql_end(im.db, st);
	if (st != STORE_OK && result != NULL) {
		*result = (struct store_import_result){0}; /* all or nothing */
	}
	return st;
}
