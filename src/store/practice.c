/* The practice log (store/practice.h): a practice, its answers and its
 * ratings, in three tables that the schema ties together. */
#include "store/practice.h"

#include <stdlib.h>

#include "store/sql.h"
#include "store/store_db.h"

/* Binds the practice's key, at and skill, as ?1 and ?2. */
static bool bind_key(sqlite3_stmt *stmt, const char *at, const char *skill)
{
	return sql_bind_text(stmt, 1, at) && sql_bind_text(stmt, 2, skill);
}

static enum store_status insert_practice(sqlite3 *db, const struct store_practice *p)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db,
	                                   "INSERT INTO practice (at, skill, seconds, finished)"
	                                   " VALUES (?1, ?2, ?3, ?4)",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (!bind_key(stmt, p->at, p->skill) ||
	    sqlite3_bind_int64(stmt, 3, p->seconds) != SQLITE_OK ||
	    sqlite3_bind_int(stmt, 4, p->finished ? 1 : 0) != SQLITE_OK) {
		st = STORE_INVALID;
	} else {
		st = sql_step_done(stmt);
	}
	sqlite3_finalize(stmt);
	return st;
}

static enum store_status insert_fields(sqlite3 *db, const struct store_practice *p)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db,
	                                   "INSERT INTO practice_field"
	                                   " (at, skill, n, field, question, answer)"
	                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	                                   &stmt);
	for (size_t i = 0; st == STORE_OK && i < p->field_count; i++) {
		const struct store_practice_field *f = &p->fields[i];
		sqlite3_reset(stmt);
		/* NULL text would bind NULL, which the NOT NULL columns refuse. */
		if (!bind_key(stmt, p->at, p->skill) ||
		    sqlite3_bind_int64(stmt, 3, (sqlite3_int64)i) != SQLITE_OK ||
		    !sql_bind_text(stmt, 4, f->field) || !sql_bind_text(stmt, 5, f->question) ||
		    !sql_bind_text(stmt, 6, f->answer)) {
			st = STORE_INVALID;
		} else {
			st = sql_step_done(stmt);
		}
	}
	sqlite3_finalize(stmt);
	return st;
}

static enum store_status insert_ratings(sqlite3 *db, const struct store_practice *p)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db,
	                                   "INSERT INTO practice_rating"
	                                   " (at, skill, n, scale, question, value)"
	                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	                                   &stmt);
	for (size_t i = 0; st == STORE_OK && i < p->rating_count; i++) {
		const struct store_practice_rating *r = &p->ratings[i];
		sqlite3_reset(stmt);
		if (!bind_key(stmt, p->at, p->skill) ||
		    sqlite3_bind_int64(stmt, 3, (sqlite3_int64)i) != SQLITE_OK ||
		    !sql_bind_text(stmt, 4, r->scale) || !sql_bind_text(stmt, 5, r->question) ||
		    sqlite3_bind_int(stmt, 6, r->value) != SQLITE_OK) {
			st = STORE_INVALID;
		} else {
			st = sql_step_done(stmt);
		}
	}
	sqlite3_finalize(stmt);
	return st;
}

/* Removes the practice of skill at at, if there is one; its fields and
 * ratings go with it (ON DELETE CASCADE). */
static enum store_status remove_practice(sqlite3 *db, const char *at, const char *skill)
{
	sqlite3_stmt *stmt;
	enum store_status st =
	    sql_prepare(db, "DELETE FROM practice WHERE at = ?1 AND skill = ?2", &stmt);
	if (st != STORE_OK) {
		return st;
	}
	st = bind_key(stmt, at, skill) ? sql_step_done(stmt) : STORE_INVALID;
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_practice_put(struct store *store, const struct store_practice *p)
{
	if (p->at == NULL || p->skill == NULL || (p->field_count > 0 && p->fields == NULL) ||
	    (p->rating_count > 0 && p->ratings == NULL)) {
		return STORE_INVALID;
	}
	sqlite3 *db = store_db(store);
	enum store_status st = sql_begin(db);
	if (st != STORE_OK) {
		return st;
	}
	st = remove_practice(db, p->at, p->skill);
	if (st == STORE_OK) {
		st = insert_practice(db, p);
	}
	if (st == STORE_OK) {
		st = insert_fields(db, p);
	}
	if (st == STORE_OK) {
		st = insert_ratings(db, p);
	}
	return sql_end(db, st);
}

/* The last practice as read: every string copied into text (the rows'
 * own text lasts only until the next step), found by its offset, as text
 * moves while it grows; the pointers are made once all is read. */
struct last {
	struct str text;
	size_t at, skill;
	long long seconds;
	bool finished;
	size_t *field_text; /* three offsets a field: field, question, answer */
	size_t field_count;
	size_t *rating_text; /* two a rating: scale, question */
	int *rating_value;
	size_t rating_count;
};

static size_t keep(struct last *l, sqlite3_stmt *stmt, int col)
{
	size_t at = l->text.len;
	const unsigned char *t = sqlite3_column_text(stmt, col);
	if (t != NULL) {
		str_append_n(&l->text, (const char *)t, (size_t)sqlite3_column_bytes(stmt, col));
	}
	str_append_char(&l->text, '\0');
	return at;
}

/* Steps stmt (bound to the practice's key) to the end, keeping, for each
 * row, its first `texts` columns and, when values is not NULL, the integer
 * in the next one. */
static enum store_status read_rows(struct last *l, sqlite3_stmt *stmt, int texts,
                                   size_t **offsets, int **values, size_t *count)
{
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*count == cap) {
			cap = cap ? 2 * cap : 8;
			size_t *o = realloc(*offsets, cap * (size_t)texts * sizeof(*o));
			if (o == NULL) {
				return STORE_NO_MEMORY;
			}
			*offsets = o;
			if (values != NULL) {
				int *v = realloc(*values, cap * sizeof(*v));
				if (v == NULL) {
					return STORE_NO_MEMORY;
				}
				*values = v;
			}
		}
		for (int c = 0; c < texts; c++) {
			(*offsets)[*count * (size_t)texts + (size_t)c] = keep(l, stmt, c);
		}
		if (values != NULL) {
			(*values)[*count] = sqlite3_column_int(stmt, texts);
		}
		(*count)++;
	}
	return sql_status(rc);
}

static enum store_status read_children(sqlite3 *db, struct last *l, const char *sql,
                                       int texts, size_t **offsets, int **values,
                                       size_t *count)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, sql, &stmt);
	if (st != STORE_OK) {
		return st;
	}
	/* SQLite's own copy (its allocator wipes it): text moves as the rows
	 * are kept. */
	if (sqlite3_bind_text(stmt, 1, l->text.buf + l->at, -1, SQLITE_TRANSIENT) != SQLITE_OK ||
	    sqlite3_bind_text(stmt, 2, l->text.buf + l->skill, -1, SQLITE_TRANSIENT) !=
	        SQLITE_OK) {
		st = STORE_NO_MEMORY;
	} else {
		st = read_rows(l, stmt, texts, offsets, values, count);
	}
	sqlite3_finalize(stmt);
	return st;
}

/* Reads skill's last practice into l; STORE_NOT_FOUND when none. */
static enum store_status read_last(sqlite3 *db, const char *skill, struct last *l)
{
	sqlite3_stmt *stmt;
	/* datetime() orders by the instant, across a change of UTC offset. */
	enum store_status st = sql_prepare(db,
	                                   "SELECT at, skill, seconds, finished FROM practice"
	                                   " WHERE skill = ?1 ORDER BY datetime(at) DESC, at DESC"
	                                   " LIMIT 1",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (!sql_bind_text(stmt, 1, skill)) {
		st = STORE_INVALID;
	} else {
		int rc = sqlite3_step(stmt);
		if (rc == SQLITE_ROW) {
			l->at = keep(l, stmt, 0);
			l->skill = keep(l, stmt, 1);
			l->seconds = sqlite3_column_int64(stmt, 2);
			l->finished = sqlite3_column_int(stmt, 3) != 0;
		} else {
			st = rc == SQLITE_DONE ? STORE_NOT_FOUND : sql_status(rc);
		}
	}
	sqlite3_finalize(stmt);
	if (st == STORE_OK) {
		st = read_children(db, l,
		                   "SELECT field, question, answer FROM practice_field"
		                   " WHERE at = ?1 AND skill = ?2 ORDER BY n",
		                   3, &l->field_text, NULL, &l->field_count);
	}
	if (st == STORE_OK) {
		st = read_children(db, l,
		                   "SELECT scale, question, value FROM practice_rating"
		                   " WHERE at = ?1 AND skill = ?2 ORDER BY n",
		                   2, &l->rating_text, &l->rating_value, &l->rating_count);
	}
	return st;
}

/* Hands l to fn as a struct store_practice. */
static enum store_status give(const struct last *l, store_practice_fn *fn, void *data)
{
	struct store_practice_field *fields = calloc(l->field_count + 1, sizeof(*fields));
	struct store_practice_rating *ratings = calloc(l->rating_count + 1, sizeof(*ratings));
	if (fields == NULL || ratings == NULL) {
		free(fields);
		free(ratings);
		return STORE_NO_MEMORY;
	}
	const char *t = l->text.buf;
	for (size_t i = 0; i < l->field_count; i++) {
		const size_t *o = &l->field_text[3 * i];
		fields[i] = (struct store_practice_field){t + o[0], t + o[1], t + o[2]};
	}
	for (size_t i = 0; i < l->rating_count; i++) {
		const size_t *o = &l->rating_text[2 * i];
		ratings[i] = (struct store_practice_rating){t + o[0], t + o[1], l->rating_value[i]};
	}
	struct store_practice p = {
		.at = t + l->at, .skill = t + l->skill, .seconds = l->seconds,
		.finished = l->finished, .fields = fields, .field_count = l->field_count,
		.ratings = ratings, .rating_count = l->rating_count,
	};
	fn(&p, data);
	free(fields);
	free(ratings);
	return STORE_OK;
}

enum store_status store_practice_last(struct store *store, const char *skill,
                                      store_practice_fn *fn, void *data)
{
	sqlite3 *db = store_db(store);
	struct last l = {0};
	/* One read transaction, so the practice and its rows agree. */
	enum store_status st = sql_begin(db);
	if (st != STORE_OK) {
		return st;
	}
	st = read_last(db, skill, &l);
	st = sql_end(db, st);
	if (st == STORE_OK) {
		st = give(&l, fn, data);
	}
	str_wipe(&l.text);
	free(l.field_text);
	free(l.rating_text);
	free(l.rating_value);
	return st;
}

enum store_status store_practice_kit(struct store *store, const char *skill, const char *field,
                                     struct str *out)
{
	sqlite3_stmt *stmt;
	/* White space alone is no kit: the next answer back is offered. */
	enum store_status st = sql_prepare(store_db(store),
	                                   "SELECT answer FROM practice_field"
	                                   " WHERE skill = ?1 AND field = ?2 AND"
	                                   " trim(answer, ' ' || char(9, 10, 13)) <> ''"
	                                   " ORDER BY datetime(at) DESC, at DESC, n DESC LIMIT 1",
	                                   &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (!sql_bind_text(stmt, 1, skill) || !sql_bind_text(stmt, 2, field)) {
		st = STORE_INVALID;
	} else {
		int rc = sqlite3_step(stmt);
		const char *answer = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(stmt, 0)
		                                      : NULL;
		if (answer != NULL) {
			str_append_n(out, answer, (size_t)sqlite3_column_bytes(stmt, 0));
		} else if (rc == SQLITE_ROW) {
			st = STORE_NO_MEMORY; /* the column is NOT NULL */
		} else {
			st = rc == SQLITE_DONE ? STORE_NOT_FOUND : sql_status(rc);
		}
	}
	sqlite3_finalize(stmt);
	return st;
}
