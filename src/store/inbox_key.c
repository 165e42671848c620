#include "store/inbox_key.h"

#include <string.h>

#include "store/sql.h"
#include "store/store_db.h"

enum store_status store_inbox_key_set(struct store *store,
                                      const unsigned char pk[STORE_INBOX_KEY_LEN],
                                      const unsigned char sk[STORE_INBOX_KEY_LEN])
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(store_db(store),
		"INSERT INTO inbox_key (id, public_key, secret_key) VALUES (1, ?1, ?2)"
		" ON CONFLICT (id) DO UPDATE SET public_key = excluded.public_key,"
		" secret_key = excluded.secret_key", &stmt);
	if (st != STORE_OK) {
		return st;
	}
	if (sqlite3_bind_blob(stmt, 1, pk, STORE_INBOX_KEY_LEN, SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_bind_blob(stmt, 2, sk, STORE_INBOX_KEY_LEN, SQLITE_STATIC) != SQLITE_OK) {
		st = STORE_FAILED;
	} else {
		st = sql_step_done(stmt);
	}
	sqlite3_finalize(stmt);
	return st;
}

enum store_status store_inbox_key_get(struct store *store, unsigned char pk[STORE_INBOX_KEY_LEN],
                                      unsigned char sk[STORE_INBOX_KEY_LEN])
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(store_db(store),
		"SELECT public_key, secret_key FROM inbox_key WHERE id = 1", &stmt);
	if (st != STORE_OK) {
		return st;
	}
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW && sqlite3_column_bytes(stmt, 0) == STORE_INBOX_KEY_LEN &&
	    sqlite3_column_bytes(stmt, 1) == STORE_INBOX_KEY_LEN) {
		memcpy(pk, sqlite3_column_blob(stmt, 0), STORE_INBOX_KEY_LEN);
		memcpy(sk, sqlite3_column_blob(stmt, 1), STORE_INBOX_KEY_LEN);
		st = STORE_OK;
	} else {
		st = rc == SQLITE_DONE ? STORE_NOT_FOUND : rc == SQLITE_ROW ? STORE_DAMAGED
		                                                              : sql_status(rc);
	}
	sqlite3_finalize(stmt);
	return st;
}
