/* Writing an export (store/export.h). SQLite's json_object writes each
 * row, values and escapes included; this file lays the rows out and makes
 * sure what comes out is valid UTF-8. */
#include "store/export.h"

#include <sodium.h>
#include <stdbool.h>

#include "store/sql.h"
#include "store/store_db.h"
#include "store/tables.h"

/* A query giving each row of t in key order: the row as one JSON object,
 * then its values as they are, for their types to be checked. Built from
 * the constant table list only; no data goes into SQL. */
static void row_query(const struct table *t, struct str *sql)
{
	str_append(sql, "SELECT json_object(");
	for (size_t c = 0; c < t->column_count; c++) {
		const char *name = t->columns[c].name;
		str_appendf(sql, "%s'%s', ", c ? ", " : "", name);
		switch (t->columns[c].kind) {
		case COLUMN_TEXT:
		case COLUMN_INT:
			str_appendf(sql, "\"%s\"", name);
			break;
		case COLUMN_ID:
			/* hex(NULL) is '', not NULL. */
			str_appendf(sql, "iif(\"%s\" IS NULL, NULL, lower(hex(\"%s\")))", name,
			            name);
			break;
		case COLUMN_BOOL:
			str_appendf(sql,
			            "CASE WHEN \"%s\" IS NULL THEN NULL"
			            " WHEN \"%s\" THEN json('true') ELSE json('false') END",
			            name, name);
			break;
		}
	}
	str_append(sql, ")");
	for (size_t c = 0; c < t->column_count; c++) {
		str_appendf(sql, ", \"%s\"", t->columns[c].name);
	}
	str_appendf(sql, " FROM %s ORDER BY %s", t->name, t->order);
}

/* False when a value has a type its column never holds: a real, or text
 * where a number belongs. The CHECKs keep these out of an undamaged
 * diary; json_object would write them without a word. */
static bool types_ok(sqlite3_stmt *stmt, const struct table *t)
{
	for (size_t c = 0; c < t->column_count; c++) {
		int type = sqlite3_column_type(stmt, (int)c + 1);
		enum column_kind kind = t->columns[c].kind;
		if (type != SQLITE_NULL && type != (kind == COLUMN_TEXT ? SQLITE_TEXT
		                                    : kind == COLUMN_ID ? SQLITE_BLOB
		                                                        : SQLITE_INTEGER)) {
			return false;
		}
	}
	return true;
}

/* The length of the valid UTF-8 sequence at p (at most left bytes), or 0
 * when there is none. */
static size_t utf8_len(const unsigned char *p, size_t left)
{
	size_t need = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : 2;
	return need <= left && str_is_utf8((const char *)p, need) ? need : 0;
}

/* The bytes that end a run of plain text inside a JSON string that
 * json_object wrote: '"', '\\', and DEL and above (control characters
 * are escaped already). A table, as this loop sees every byte of the
 * export. */
/* clang-format off */
#define SAME16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
static const bool string_stop[256] = {
	SAME16(0), SAME16(0),
	0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* '"' */
	SAME16(0), SAME16(0),
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, /* '\\' */
	SAME16(0),
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, /* DEL */
	SAME16(1), SAME16(1), SAME16(1), SAME16(1),
	SAME16(1), SAME16(1), SAME16(1), SAME16(1),
};
#undef SAME16
/* clang-format on */

/* Appends a row as json_object wrote it ({"a":1,"b":"x"}) with a space
 * after each ':' and ',' between values, as exports have always been laid
 * out, and with two changes inside strings, where json_object copies
 * bytes at or above 0x7F as they are:
 *   - a byte that is not part of valid UTF-8 becomes U+FFFD, so the export
 *     is valid JSON (which is UTF-8) even from a damaged diary, and its
 *     owner still gets everything else out;
 *   - DEL, U+2028 and U+2029 are escaped, as some JavaScript parsers take
 *     the last two for line ends.
 * Outside strings a row is ASCII below 0x7F: names, numbers, literals. */
static void append_row(struct str *out, const unsigned char *row, size_t len)
{
	size_t start = 0; /* bytes from here on are not appended yet */
	size_t i = 0;
	while (i < len) {
		unsigned char c = row[i++];
		if (c == ':' || c == ',') {
			str_append_n(out, (const char *)row + start, i - start);
			str_append_char(out, ' ');
			start = i;
			continue;
		}
		if (c != '"') {
			continue;
		}
		/* A string, up to its closing quote. */
		for (;;) {
			while (i < len && !string_stop[row[i]]) {
				i++;
			}
			if (i >= len || row[i] == '"') {
				break;
			}
			c = row[i];
			if (c == '\\') {
				i += 2; /* an escaped '"' does not end the string */
				continue;
			}
			const char *escape = "\\u007f";
			size_t n = 1; /* the bytes escape replaces */
			if (c > 0x7F) {
				n = utf8_len(row + i, len - i);
				if (n == 3 && c == 0xE2 && row[i + 1] == 0x80 &&
				    (row[i + 2] == 0xA8 || row[i + 2] == 0xA9)) {
					escape = row[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
				} else if (n == 0) {
					escape = "\\ufffd";
					n = 1;
				} else {
					i += n;
					continue;
				}
			}
			str_append_n(out, (const char *)row + start, i - start);
			str_append(out, escape);
			i += n;
			start = i;
		}
		i++;
	}
	str_append_n(out, (const char *)row + start, len - start);
}

static enum store_status write_table(sqlite3 *db, const struct table *t, struct str *out)
{
	struct str sql = {0};
	row_query(t, &sql);
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
		const unsigned char *row = sqlite3_column_text(stmt, 0);
		if (row == NULL) {
			st = STORE_NO_MEMORY; /* json_object is never NULL */
		} else if (!types_ok(stmt, t)) {
			st = STORE_DAMAGED;
		} else {
			str_append(out, rows++ ? ",\n      " : "\n      ");
			append_row(out, row, (size_t)sqlite3_column_bytes(stmt, 0));
		}
	}
	if (st == STORE_OK && rc == SQLITE_ERROR) {
		/* The one error a prepared constant query meets at run time:
		 * json_object refusing a blob where text or a number belongs. */
		st = STORE_DAMAGED;
	} else if (st == STORE_OK) {
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
	str_appendf(out,
	            "{\n  \"format\": \"wisemind-export\",\n  \"version\": %d,\n"
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
