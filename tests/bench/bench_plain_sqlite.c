/* The plain-SQLite side of bench_vault's comparison (STORAGE.md §3.1,
 * "Performance"): the same diary as an ordinary SQLite file on disk, with
 * SQLite's own durability (journal_mode=DELETE, synchronous=FULL). Test
 * code: only src/store runs SQL in the program. */
#include <sqlite3.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "store/urge_event.h"

/* The prototypes bench_vault.c repeats (a header for three functions of
 * one benchmark would be noise). */
struct plain_db;
struct plain_db *plain_db_open(const char *path);
bool plain_db_check(struct plain_db *db);
bool plain_db_save(struct plain_db *db, const char *date, const char *note,
                   const struct store_urge *urge);
void plain_db_close(struct plain_db *db);

struct plain_db {
	sqlite3 *db;
};

static bool exec(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK;
}

/* Opens the file as a program keeping its diary in plain SQLite would:
 * rollback journal deleted at commit, every commit fsynced. NULL on
 * failure. */
struct plain_db *plain_db_open(const char *path)
{
	struct plain_db *p = calloc(1, sizeof(*p));
	if (p == NULL) {
		return NULL;
	}
	if (sqlite3_open_v2(path, &p->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    !exec(p->db, "PRAGMA journal_mode = DELETE;"
	                 "PRAGMA synchronous = FULL;"
	                 "PRAGMA foreign_keys = ON;")) {
		plain_db_close(p);
		return NULL;
	}
	return p;
}

/* PRAGMA quick_check(1), as store_open_image runs it: true when "ok". */
bool plain_db_check(struct plain_db *p)
{
	sqlite3_stmt *stmt;
	if (sqlite3_prepare_v2(p->db, "PRAGMA quick_check(1)", -1, &stmt, NULL) != SQLITE_OK) {
		return false;
	}
	bool ok = sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != NULL &&
	          strcmp((const char *)sqlite3_column_text(stmt, 0), "ok") == 0;
	sqlite3_finalize(stmt);
	return ok;
}

static bool bind_text(sqlite3_stmt *stmt, int index, const char *text)
{
	return (text == NULL
	            ? sqlite3_bind_null(stmt, index)
	            : sqlite3_bind_text(stmt, index, text, -1, SQLITE_STATIC)) == SQLITE_OK;
}

/* One durable change, the plain-SQLite counterpart of what the vault
 * saves after a card edit and a quick urge: in one transaction, the
 * day's note is set and the urge inserted; COMMIT returns once the
 * journal and the database are fsynced and the journal deleted. */
bool plain_db_save(struct plain_db *p, const char *date, const char *note,
                   const struct store_urge *urge)
{
	if (!exec(p->db, "BEGIN IMMEDIATE")) {
		return false;
	}
	sqlite3_stmt *day = NULL;
	sqlite3_stmt *ins = NULL;
	bool ok = sqlite3_prepare_v2(p->db,
	                             "INSERT INTO diary_day (date, note) VALUES (?1, ?2)"
	                             " ON CONFLICT (date) DO UPDATE SET note = excluded.note",
	                             -1, &day, NULL) == SQLITE_OK &&
	          bind_text(day, 1, date) && bind_text(day, 2, note) &&
	          sqlite3_step(day) == SQLITE_DONE;
	ok =
	    ok &&
	    sqlite3_prepare_v2(p->db,
	                       "INSERT INTO urge_event (id, at, target, before, after, skill, note)"
	                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
	                       -1, &ins, NULL) == SQLITE_OK &&
	    sqlite3_bind_blob(ins, 1, urge->id, STORE_URGE_ID_SIZE, SQLITE_STATIC) == SQLITE_OK &&
	    bind_text(ins, 2, urge->at) && bind_text(ins, 3, urge->target) &&
	    sqlite3_bind_int(ins, 4, urge->before) == SQLITE_OK &&
	    (urge->after < 0 ? sqlite3_bind_null(ins, 5) : sqlite3_bind_int(ins, 5, urge->after)) ==
	        SQLITE_OK &&
	    bind_text(ins, 6, urge->skill) && bind_text(ins, 7, urge->note) &&
	    sqlite3_step(ins) == SQLITE_DONE;
	sqlite3_finalize(day);
	sqlite3_finalize(ins);
	return exec(p->db, ok ? "COMMIT" : "ROLLBACK") && ok;
}

/* NULL is accepted. */
void plain_db_close(struct plain_db *p)
{
	if (p == NULL) {
		return;
	}
	sqlite3_close(p->db);
	free(p);
}
