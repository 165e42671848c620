#include "store/export.h"

#include <inttypes.h>
#include <sodium.h>

#include "store/json_write.h"
#include "store/sql.h"
#include "store/store_db.h"
#include "store/tables.h"

static enum store_status write_value(sqlite3_stmt *stmt, int col, enum column_kind kind,
                                     struct str *out)
{
	switch (sqlite3_column_type(stmt, col)) {
	case SQLITE_NULL:
		str_append(out, "null");
		return STORE_OK;
	case SQLITE_INTEGER:
		if (kind == COLUMN_BOOL) {
			str_append(out, sqlite3_column_int64(stmt, col) ? "true" : "false");
			return STORE_OK;
		}
		if (kind != COLUMN_INT) {
			return STORE_DAMAGED;
		}
		str_appendf(out, "%" PRId64, (int64_t)sqlite3_column_int64(stmt, col));
		return STORE_OK;
	case SQLITE_TEXT:
		if (kind != COLUMN_TEXT) {
			return STORE_DAMAGED;
		}
		json_write_string(out, (const char *)sqlite3_column_text(stmt, col),
		                  (size_t)sqlite3_column_bytes(stmt, col));
		return STORE_OK;
	case SQLITE_BLOB:
		if (kind != COLUMN_ID) {
			return STORE_DAMAGED;
		}
		json_write_hex(out, sqlite3_column_blob(stmt, col),
		               (size_t)sqlite3_column_bytes(stmt, col));
		return STORE_OK;
	default:
		/* A real number: no column of ours holds one, and the CHECKs
		 * keep it that way. */
		return STORE_DAMAGED;
	}
}

static enum store_status write_table(sqlite3 *db, const struct table *t, struct str *out)
{
	/* Built from the constant table list only; no data goes into SQL. */
	struct str sql = {0};
	str_append(&sql, "SELECT ");
	for (size_t c = 0; c < t->column_count; c++) {
		str_appendf(&sql, "%s\"%s\"", c ? ", " : "", t->columns[c].name);
	}
	str_appendf(&sql, " FROM %s ORDER BY %s", t->name, t->order);
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, str_cstr(&sql), &stmt);
	str_finish(&sql);
	if (st != STORE_OK) {
		return st;
	}
	str_appendf(out, "    \"%s\": [", t->name);
	int rc;
	size_t rows = 0;
	while (st == STORE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		str_append(out, rows++ ? ",\n      {" : "\n      {");
		for (size_t c = 0; st == STORE_OK && c < t->column_count; c++) {
			str_appendf(out, "%s\"%s\": ", c ? ", " : "", t->columns[c].name);
			st = write_value(stmt, (int)c, t->columns[c].kind, out);
		}
		str_append_char(out, '}');
	}
	if (st == STORE_OK) {
		st = sql_status(rc);
	}
	sqlite3_finalize(stmt);
	str_append(out, rows ? "\n    ]" : "]");
	return st;
}

enum store_status store_export_json(struct store *store, struct str *out)
{
	sqlite3 *db = store_db(store);
	size_t start = out->len;
	/* One read transaction, so the tables agree with each other. */
	enum store_status st = sql_begin(db);
	if (st != STORE_OK) {
		return st;
	}
	str_appendf(out, "{\n  \"format\": \"wisemind-export\",\n  \"version\": %d,\n"
	                 "  \"tables\": {\n",
	            STORE_EXPORT_VERSION);
	for (size_t i = 0; st == STORE_OK && i < export_table_count; i++) {
		st = write_table(db, &export_tables[i], out);
		str_append(out, i + 1 < export_table_count ? ",\n" : "\n");
	}
	str_append(out, "  }\n}\n");
	st = sql_end(db, st);
	if (st != STORE_OK) {
		/* Never half an export, and no plaintext left past the end. */
		sodium_memzero(out->buf + start, out->len - start);
		out->len = start;
	}
	return st;
}
