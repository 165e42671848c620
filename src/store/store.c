#include "store/store.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store/alloc.h"
#include "store/migrate.h"
#include "store/sql.h"
#include "store/store_db.h"

struct store {
	sqlite3 *db; /* owned; the main schema is a memdb over the image */
};

sqlite3 *store_db(struct store *store)
{
	return store->db;
}

/* The first 100 bytes of an SQLite file: the checks SQLite itself would
 * make late or not at all on a deserialized buffer. */
static bool looks_like_sqlite(const unsigned char *image, size_t len)
{
	static const char magic[16] = "SQLite format 3";
	if (len < 512 || memcmp(image, magic, sizeof(magic)) != 0) {
		return false;
	}
	size_t page = ((size_t)image[16] << 8) | image[17];
	if (page == 1) {
		page = 65536;
	}
	if (page < 512 || (page & (page - 1)) != 0 || len % page != 0) {
		return false;
	}
	/* A memdb cannot hold a WAL-mode database; ours never are. */
	return image[18] == 1 && image[19] == 1;
}

/* The settings STORAGE.md §4.9 asks of every connection. temp_store is
 * read back: it is what keeps sorts and temporary tables off the disk. */
static enum store_status configure(sqlite3 *db)
{
	if (sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL) != SQLITE_OK ||
	    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL) != SQLITE_OK) {
		return STORE_FAILED;
	}
	enum store_status st = sql_exec(db, "PRAGMA temp_store = MEMORY;"
	                                    "PRAGMA secure_delete = ON;"
	                                    "PRAGMA foreign_keys = ON;");
	if (st != STORE_OK) {
		return st;
	}
	long long temp_store;
	st = sql_query_int(db, "PRAGMA temp_store", &temp_store);
	if (st == STORE_OK && temp_store != 2) {
		st = STORE_FAILED;
	}
	return st;
}

static enum store_status quick_check(sqlite3 *db)
{
	sqlite3_stmt *stmt;
	enum store_status st = sql_prepare(db, "PRAGMA quick_check(1)", &stmt);
	if (st != STORE_OK) {
		return st == STORE_FAILED ? STORE_DAMAGED : st;
	}
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		const unsigned char *verdict = sqlite3_column_text(stmt, 0);
		st = verdict != NULL && strcmp((const char *)verdict, "ok") == 0 ? STORE_OK
		                                                                  : STORE_DAMAGED;
	} else {
		st = rc == SQLITE_NOMEM ? STORE_NO_MEMORY : STORE_DAMAGED;
	}
	sqlite3_finalize(stmt);
	return st;
}

/* Opens a connection whose main database is image (NULL for an empty
 * one). image is consumed whatever happens. */
static enum store_status open_memdb(void *image, size_t len, struct store **out)
{
	*out = NULL;
	if (!store_global_init()) {
		sqlite3_free(image);
		return STORE_SETUP_FAILED;
	}
	struct store *store = calloc(1, sizeof(*store));
	if (store == NULL) {
		sqlite3_free(image);
		return STORE_NO_MEMORY;
	}
	/* ":memory:" opens no file; deserialize then swaps in the memdb, which
	 * can be serialized without a copy. */
	int rc = sqlite3_open_v2(":memory:", &store->db,
	                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		sqlite3_free(image);
		store_destroy(store);
		return rc == SQLITE_NOMEM ? STORE_NO_MEMORY : STORE_FAILED;
	}
	/* On failure sqlite3_deserialize frees image itself (FREEONCLOSE). */
	rc = sqlite3_deserialize(store->db, "main", image, (sqlite3_int64)len, (sqlite3_int64)len,
	                         SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
	enum store_status st = rc == SQLITE_OK ? configure(store->db) : sql_status(rc);
	if (st != STORE_OK) {
		store_destroy(store);
		return st;
	}
	*out = store;
	return STORE_OK;
}

enum store_status store_create(struct store **out)
{
	struct store *store;
	enum store_status st = open_memdb(NULL, 0, &store);
	if (st != STORE_OK) {
		*out = NULL;
		return st;
	}
	st = migrate_run(store->db, store_migrations, STORE_SCHEMA_VERSION);
	if (st != STORE_OK) {
		store_destroy(store);
		store = NULL;
	}
	*out = store;
	return st;
}

void *store_image_alloc(size_t len)
{
	if (!store_global_init() || len == 0 || len > (uint64_t)INT64_MAX) {
		return NULL;
	}
	return sqlite3_malloc64(len);
}

void store_image_free(void *image)
{
	sqlite3_free(image);
}

enum store_status store_open_image(void *image, size_t len, struct store **out)
{
	*out = NULL;
	if (image == NULL || !looks_like_sqlite(image, len)) {
		store_image_free(image);
		return STORE_DAMAGED;
	}
	struct store *store;
	enum store_status st = open_memdb(image, len, &store);
	if (st != STORE_OK) {
		return st;
	}
	st = quick_check(store->db);
	long long app_id = 0;
	if (st == STORE_OK) {
		st = sql_query_int(store->db, "PRAGMA application_id", &app_id);
	}
	if (st == STORE_OK && app_id != STORE_APPLICATION_ID) {
		st = STORE_NOT_WISEMIND;
	}
	if (st == STORE_OK) {
		st = migrate_run(store->db, store_migrations, STORE_SCHEMA_VERSION);
	}
	if (st != STORE_OK) {
		store_destroy(store);
		return st;
	}
	*out = store;
	return STORE_OK;
}

enum store_status store_open_image_copy(const void *image, size_t len, struct store **out)
{
	*out = NULL;
	if (image == NULL || len == 0) {
		return STORE_DAMAGED;
	}
	void *copy = store_image_alloc(len);
	if (copy == NULL) {
		return store_global_init() ? STORE_NO_MEMORY : STORE_SETUP_FAILED;
	}
	memcpy(copy, image, len);
	return store_open_image(copy, len, out);
}

enum store_status store_image_get(struct store *store, struct store_image *out)
{
	*out = (struct store_image){0};
	sqlite3_int64 len = 0;
	unsigned char *data = sqlite3_serialize(store->db, "main", &len, SQLITE_SERIALIZE_NOCOPY);
	if (data == NULL) {
		/* Not a memdb after all: take a copy, which release wipes. */
		data = sqlite3_serialize(store->db, "main", &len, 0);
		if (data == NULL) {
			return STORE_NO_MEMORY;
		}
		out->copy = data;
	}
	if (len <= 0) {
		store_image_release(out);
		return STORE_FAILED;
	}
	out->data = data;
	out->len = (size_t)len;
	return STORE_OK;
}

void store_image_release(struct store_image *image)
{
	if (image == NULL) {
		return;
	}
	sqlite3_free(image->copy); /* the zeroing allocator wipes it */
	*image = (struct store_image){0};
}

void store_destroy(struct store *store)
{
	if (store == NULL) {
		return;
	}
	/* Every statement is finalized where it was prepared, so the close
	 * happens now, and the allocator wipes the image and page cache. */
	sqlite3_close(store->db);
	free(store);
}

enum store_status store_begin(struct store *store)
{
	return sql_begin(store->db);
}

enum store_status store_end(struct store *store, enum store_status status)
{
	return sql_end(store->db, status);
}
