#include "store/diary.h"

#include <stddef.h>

#include "store/sql.h"
#include "store/store_db.h"

/* A value bound to a statement: text (NULL binds NULL) or an integer. */
struct arg {
	bool is_int;
	const char *text;
	int num;
};

static struct arg text_arg(const char *text)
{
	return (struct arg){.text = text};
}

static struct arg int_arg(int num)
{
	return (struct arg){.is_int = true, .num = num};
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool bind_args(sqlite3_stmt *stmt, const struct arg *args, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int index = (int)i + 1;
		bool ok = args[i].is_int ? sqlite3_bind_int(stmt, index, args[i].num) == SQLITE_OK
		                         : sql_bind_text(stmt, index, args[i].text);
		if (!ok) {
			return false;
		}
	}
	return true;
}

static enum store_status run(sqlite3 *db, const char *sql, const struct arg *args, size_t n)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, sql, &stmt);
	if (st != STORE_OK) {
		return st;
	}
	st = bind_args(stmt, args, n) ? sql_step_done(stmt) : STORE_INVALID;
	sqlite3_finalize(stmt);
	return st;
}

/* Runs sql (whose ?1 is the date) after making sure the day exists, in
 * one transaction: a value out of range leaves no empty day behind. */
static enum store_status change(struct store *store, const char *sql, const struct arg *args,
                                size_t n)
{
	sqlite3 *db = store_db(store);
	enum store_status st = sql_begin(db);
	if (st != STORE_OK) {
		return st;
	}
	st = run(db, "INSERT INTO diary_day (date) VALUES (?) ON CONFLICT (date) DO NOTHING",
	         args, 1);
	if (st == STORE_OK) {
		st = run(db, sql, args, n);
	}
	return sql_end(db, st);
}

/* Runs a query and steps to its first row. STORE_OK leaves *out on that
 * row for the caller to read and finalize; otherwise *out is NULL. A
 * NULL in column 0 counts as nothing recorded. */
static enum store_status lookup(struct store *store, const char *sql, const struct arg *args,
                                size_t n, sqlite3_stmt **out)
{
	enum store_status st = sql_prepare(store_db(store), sql, out);
	if (st != STORE_OK) {
		return st;
	}
	if (!bind_args(*out, args, n)) {
		st = STORE_INVALID;
		goto fail;
	}
	int rc = sqlite3_step(*out);
	if (rc == SQLITE_ROW && sqlite3_column_type(*out, 0) != SQLITE_NULL) {
		return STORE_OK;
	}
	st = rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_NOT_FOUND : sql_status(rc);
fail:
	sqlite3_finalize(*out);
	*out = NULL;
	return st;
}

static enum store_status lookup_int(struct store *store, const char *sql,
                                    const struct arg *args, size_t n, int *out)
{
	*out = 0;
	sqlite3_stmt *stmt;
	enum store_status st = lookup(store, sql, args, n, &stmt);
	if (st == STORE_OK) {
		*out = sqlite3_column_int(stmt, 0);
		sqlite3_finalize(stmt);
	}
	return st;
}

static enum store_status lookup_text(struct store *store, const char *sql,
                                     const struct arg *args, size_t n, struct str *out)
{
	str_clear(out);
	sqlite3_stmt *stmt;
	enum store_status st = lookup(store, sql, args, n, &stmt);
	if (st == STORE_OK) {
		str_append_n(out, (const char *)sqlite3_column_text(stmt, 0),
		             (size_t)sqlite3_column_bytes(stmt, 0));
		sqlite3_finalize(stmt);
	}
	return st;
}

enum store_status store_diary_set_urge(struct store *store, const char *date,
                                       const char *target, int rating)
{
	const struct arg args[] = {text_arg(date), text_arg(target), int_arg(rating)};
	return change(store,
	              "INSERT INTO diary_urge (date, target, rating) VALUES (?1, ?2, ?3)"
	              " ON CONFLICT (date, target) DO UPDATE SET rating = excluded.rating",
	              args, COUNT(args));
}

enum store_status store_diary_get_urge(struct store *store, const char *date,
                                       const char *target, int *rating)
{
	const struct arg args[] = {text_arg(date), text_arg(target)};
	return lookup_int(store, "SELECT rating FROM diary_urge WHERE date = ? AND target = ?",
	                  args, COUNT(args), rating);
}

enum store_status store_diary_set_action(struct store *store, const char *date,
                                         const char *target, int acted, bool counted)
{
	const struct arg args[] = {text_arg(date), text_arg(target), int_arg(acted),
	                           int_arg(counted)};
	return change(store,
	              "INSERT INTO diary_action (date, target, acted, counted)"
	              " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (date, target) DO UPDATE"
	              " SET acted = excluded.acted, counted = excluded.counted",
	              args, COUNT(args));
}

enum store_status store_diary_get_action(struct store *store, const char *date,
                                         const char *target, int *acted, bool *counted)
{
	*acted = 0;
	*counted = false;
	const struct arg args[] = {text_arg(date), text_arg(target)};
	sqlite3_stmt *stmt;
	enum store_status st = lookup(
		store, "SELECT acted, counted FROM diary_action WHERE date = ? AND target = ?",
		args, COUNT(args), &stmt);
	if (st == STORE_OK) {
		*acted = sqlite3_column_int(stmt, 0);
		*counted = sqlite3_column_int(stmt, 1) != 0;
		sqlite3_finalize(stmt);
	}
	return st;
}

enum store_status store_diary_set_emotion(struct store *store, const char *date,
                                          const char *emotion, int rating)
{
	const struct arg args[] = {text_arg(date), text_arg(emotion), int_arg(rating)};
	return change(store,
	              "INSERT INTO diary_emotion (date, emotion, rating) VALUES (?1, ?2, ?3)"
	              " ON CONFLICT (date, emotion) DO UPDATE SET rating = excluded.rating",
	              args, COUNT(args));
}

enum store_status store_diary_get_emotion(struct store *store, const char *date,
                                          const char *emotion, int *rating)
{
	const struct arg args[] = {text_arg(date), text_arg(emotion)};
	return lookup_int(store,
	                  "SELECT rating FROM diary_emotion WHERE date = ? AND emotion = ?", args,
	                  COUNT(args), rating);
}

enum store_status store_diary_set_medication(struct store *store, const char *date,
                                             const char *name, const char *taken)
{
	if (taken == NULL) {
		return STORE_INVALID;
	}
	const struct arg args[] = {text_arg(date), text_arg(name), text_arg(taken)};
	return change(store,
	              "INSERT INTO diary_medication (date, name, taken) VALUES (?1, ?2, ?3)"
	              " ON CONFLICT (date, name) DO UPDATE SET taken = excluded.taken",
	              args, COUNT(args));
}

enum store_status store_diary_get_medication(struct store *store, const char *date,
                                             const char *name, struct str *taken)
{
	const struct arg args[] = {text_arg(date), text_arg(name)};
	return lookup_text(store,
	                   "SELECT taken FROM diary_medication WHERE date = ? AND name = ?", args,
	                   COUNT(args), taken);
}

enum store_status store_diary_set_skills_used(struct store *store, const char *date, int rating)
{
	/* -1 binds NULL, "not rated"; any other value meets the CHECK. */
	const struct arg args[] = {text_arg(date), rating == -1 ? text_arg(NULL) : int_arg(rating)};
	return change(store, "UPDATE diary_day SET skills_used = ?2 WHERE date = ?1", args,
	              COUNT(args));
}

enum store_status store_diary_get_skills_used(struct store *store, const char *date,
                                              int *rating)
{
	const struct arg args[] = {text_arg(date)};
	return lookup_int(store, "SELECT skills_used FROM diary_day WHERE date = ?", args,
	                  COUNT(args), rating);
}

enum store_status store_diary_set_skill(struct store *store, const char *date,
                                        const char *skill, bool practised)
{
	const struct arg args[] = {text_arg(date), text_arg(skill)};
	return change(store,
	              practised ? "INSERT INTO diary_skill (date, skill) VALUES (?1, ?2)"
	                          " ON CONFLICT (date, skill) DO NOTHING"
	                        : "DELETE FROM diary_skill WHERE date = ?1 AND skill = ?2",
	              args, COUNT(args));
}

enum store_status store_diary_get_skill(struct store *store, const char *date,
                                        const char *skill, bool *practised)
{
	const struct arg args[] = {text_arg(date), text_arg(skill)};
	int found;
	enum store_status st = lookup_int(
		store, "SELECT 1 FROM diary_skill WHERE date = ? AND skill = ?", args,
		COUNT(args), &found);
	*practised = st == STORE_OK;
	return st == STORE_NOT_FOUND ? STORE_OK : st;
}

enum store_status store_diary_set_note(struct store *store, const char *date, const char *note)
{
	const struct arg args[] = {text_arg(date), text_arg(note)};
	return change(store, "UPDATE diary_day SET note = ?2 WHERE date = ?1", args, COUNT(args));
}

enum store_status store_diary_get_note(struct store *store, const char *date, struct str *note)
{
	const struct arg args[] = {text_arg(date)};
	return lookup_text(store, "SELECT note FROM diary_day WHERE date = ?", args, COUNT(args),
	                   note);
}
