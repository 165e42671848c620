/* store/store.c: creating, opening and saving the in-memory diary
 * (STORAGE.md §4.8, §4.9).
 *   enum store_status store_create(struct store **out);
 *   enum store_status store_open_image(void *image, size_t len, struct store **out);
 *   enum store_status store_image_get(struct store *store, struct store_image *out);
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/alloc.h"
#include "store/diary.h"
#include "store/migrate.h"
#include "store/setting.h"
#include "store/store.h"
#include "store/store_db.h"
#include "store/urge_event.h"
#include "store_test.h"

/* A private copy of a store's image, as src/crypto would hand it over. */
static unsigned char *image_of(struct store *store, size_t *len)
{
	struct store_image img;
	assert_status(store_image_get(store, &img), STORE_OK);
	unsigned char *copy = malloc(img.len);
	assert_non_null(copy);
	memcpy(copy, img.data, img.len);
	*len = img.len;
	store_image_release(&img);
	return copy;
}

static void put_u32_be(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static void fill(struct store *store)
{
	assert_status(store_setting_set(store, "country", "GB"), STORE_OK);
	assert_status(store_diary_set_urge(store, "2026-11-22", "self-harm", 3), STORE_OK);
	assert_status(store_diary_set_note(store, "2026-11-22", "walked by the river"), STORE_OK);
	struct store_urge urge = {.at = "2026-11-22T14:03:00+01:00", .target = "suicide",
	                          .before = 2, .after = 1, .skill = "tip"};
	memset(urge.id, 0xA5, sizeof(urge.id));
	assert_status(store_urge_add(store, &urge, NULL), STORE_OK);
}

static void check_filled(struct store *store)
{
	struct str s = {0};
	assert_status(store_setting_get(store, "country", &s), STORE_OK);
	assert_string_equal(str_cstr(&s), "GB");
	int rating;
	assert_status(store_diary_get_urge(store, "2026-11-22", "self-harm", &rating), STORE_OK);
	assert_int_equal(rating, 3);
	assert_status(store_diary_get_note(store, "2026-11-22", &s), STORE_OK);
	assert_string_equal(str_cstr(&s), "walked by the river");
	size_t n;
	assert_status(store_urge_count(store, NULL, &n), STORE_OK);
	assert_int_equal(n, 1);
	str_finish(&s);
}

static void test_create_has_schema(void **state)
{
	(void)state;
	struct store *store;
	assert_status(store_create(&store), STORE_OK);
	assert_int_equal(store_test_count(store, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	assert_int_equal(store_test_count(store, "PRAGMA application_id"), STORE_APPLICATION_ID);
	static const char *const tables[] = {
		"diary_action", "diary_day", "diary_emotion", "diary_medication", "diary_session", "diary_skill",
		"diary_urge", "homework", "inbox_key", "practice", "practice_field",
		"practice_rating", "safety_line", "setting", "skill_file", "urge_event",
	};
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(store_db(store),
	                                    "SELECT name FROM sqlite_schema WHERE type = 'table'"
	                                    " ORDER BY name",
	                                    -1, &stmt, NULL),
	                 SQLITE_OK);
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
		assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
		assert_string_equal((const char *)sqlite3_column_text(stmt, 0), tables[i]);
	}
	assert_int_equal(sqlite3_step(stmt), SQLITE_DONE);
	sqlite3_finalize(stmt);
	assert_int_equal(store_test_count(store, "PRAGMA foreign_keys"), 1);
	store_destroy(store);
	store_destroy(NULL);
}

static void test_round_trip(void **state)
{
	(void)state;
	struct store *store;
	assert_status(store_create(&store), STORE_OK);
	fill(store);

	/* A created store hands out its own memory: no plaintext copy. */
	struct store_image img;
	assert_status(store_image_get(store, &img), STORE_OK);
	assert_null(img.copy);
	assert_memory_equal(img.data, "SQLite format 3", 16);
	assert_int_equal(img.data[68], 'W');
	assert_int_equal(img.data[71], 'M');
	store_image_release(&img);

	size_t len;
	unsigned char *bytes = image_of(store, &len);
	store_destroy(store);

	/* image -> store (owned buffer) -> image -> store (copied) */
	void *owned = store_image_alloc(len);
	assert_non_null(owned);
	memcpy(owned, bytes, len);
	free(bytes);
	assert_status(store_open_image(owned, len, &store), STORE_OK);
	check_filled(store);
	assert_status(store_image_get(store, &img), STORE_OK);
	assert_null(img.copy);
	store_image_release(&img);
	assert_status(store_diary_set_emotion(store, "2026-11-23", "joy", 4), STORE_OK);
	bytes = image_of(store, &len);
	store_destroy(store);

	assert_status(store_open_image_copy(bytes, len, &store), STORE_OK);
	free(bytes);
	check_filled(store);
	int rating;
	assert_status(store_diary_get_emotion(store, "2026-11-23", "joy", &rating), STORE_OK);
	assert_int_equal(rating, 4);
	store_destroy(store);
}

static void expect_open(const unsigned char *bytes, size_t len, enum store_status want)
{
	struct store *store = (struct store *)&store; /* must be reset to NULL */
	assert_status(store_open_image_copy(bytes, len, &store), want);
	assert_null(store);
}

static void test_not_an_image(void **state)
{
	(void)state;
	unsigned char junk[4096];
	memset(junk, 0x5A, sizeof(junk));
	expect_open(junk, sizeof(junk), STORE_DAMAGED);
	expect_open(junk, 0, STORE_DAMAGED);
	struct store *store;
	assert_status(store_open_image(NULL, 10, &store), STORE_DAMAGED);

	assert_status(store_create(&store), STORE_OK);
	size_t len;
	unsigned char *bytes = image_of(store, &len);
	store_destroy(store);
	expect_open(bytes, len - 100, STORE_DAMAGED); /* not whole pages */
	expect_open(bytes, len - 4096, STORE_DAMAGED); /* whole pages missing */
	free(bytes);
}

/* Breaks the b-tree page of a table that holds rows: quick_check must
 * report it, not crash and not open. */
static void test_corrupt_page_is_damaged(void **state)
{
	(void)state;
	struct store *store;
	assert_status(store_create(&store), STORE_OK);
	fill(store);
	long long root = 0;
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(store_db(store),
	                                    "SELECT rootpage FROM sqlite_schema"
	                                    " WHERE name = 'urge_event'",
	                                    -1, &stmt, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	root = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	size_t page = (size_t)store_test_count(store, "PRAGMA page_size");
	size_t len;
	unsigned char *bytes = image_of(store, &len);
	store_destroy(store);
	assert_true(root > 1 && (size_t)root * page <= len);

	/* The page's type byte (a leaf is 0x0a for an index b-tree, which a
	 * WITHOUT ROWID table is), then its cell pointers. */
	unsigned char *p = bytes + ((size_t)root - 1) * page;
	unsigned char saved[16];
	memcpy(saved, p, sizeof(saved));
	p[0] = 0x63;
	expect_open(bytes, len, STORE_DAMAGED);
	memcpy(p, saved, sizeof(saved));
	memset(p + 8, 0xFF, 4);
	expect_open(bytes, len, STORE_DAMAGED);
	memcpy(p, saved, sizeof(saved));

	/* The schema itself, on page 1 after the 100-byte file header. */
	memset(bytes + 100, 0xFF, 12);
	expect_open(bytes, len, STORE_DAMAGED);
	free(bytes);
}

static void test_newer_schema_refused(void **state)
{
	(void)state;
	struct store *store;
	assert_status(store_create(&store), STORE_OK);
	size_t len;
	unsigned char *bytes = image_of(store, &len);
	store_destroy(store);
	put_u32_be(bytes + 60, STORE_SCHEMA_VERSION + 1); /* user_version */
	expect_open(bytes, len, STORE_TOO_NEW);
	assert_non_null(strstr(store_status_message(STORE_TOO_NEW),
	                       "written by a newer wisemind; update wisemind"));
	free(bytes);
}

static void test_other_application_refused(void **state)
{
	(void)state;
	struct store *store;
	assert_status(store_create(&store), STORE_OK);
	size_t len;
	unsigned char *bytes = image_of(store, &len);
	store_destroy(store);
	put_u32_be(bytes + 68, 0x0F0E0D0C); /* application_id */
	expect_open(bytes, len, STORE_NOT_WISEMIND);
	put_u32_be(bytes + 68, 0);
	expect_open(bytes, len, STORE_NOT_WISEMIND);
	free(bytes);
}

/* An image at schema version 0 (ours, but empty) is brought to the
 * current version by the real migrations when it is opened. */
static void test_open_migrates_version_0(void **state)
{
	(void)state;
	assert_true(store_global_init());
	sqlite3 *db;
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	char sql[64];
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d", STORE_APPLICATION_ID);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_int64 len;
	unsigned char *bytes = sqlite3_serialize(db, "main", &len, 0);
	assert_non_null(bytes);
	sqlite3_close(db);

	struct store *store;
	assert_status(store_open_image_copy(bytes, (size_t)len, &store), STORE_OK);
	sqlite3_free(bytes);
	assert_int_equal(store_test_count(store, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	fill(store);
	check_filled(store);
	store_destroy(store);
}

static long long version_of(sqlite3 *db)
{
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	long long v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return v;
}

static bool has_table(sqlite3 *db, const char *name)
{
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema WHERE name = ?", -1,
	                                    &stmt, NULL),
	                 SQLITE_OK);
	sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
	bool found = sqlite3_step(stmt) == SQLITE_ROW;
	sqlite3_finalize(stmt);
	return found;
}

/* The migration runner with a synthetic history: steps run in order from
 * the stored version, data carries through, a failing step changes
 * nothing, and a database newer than the steps is refused. */
static void test_migration_runner(void **state)
{
	(void)state;
	static const struct migration steps[] = {
		{.sql = "CREATE TABLE entry (text TEXT NOT NULL);"},
		{.sql = "ALTER TABLE entry ADD COLUMN mood INTEGER NOT NULL DEFAULT 0;"
		        "UPDATE entry SET mood = length(text);"},
		{.sql = "CREATE TABLE half (x); INSERT INTO no_such_table VALUES (1);"},
	};
	assert_true(store_global_init());
	sqlite3 *db;
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);

	assert_status(migrate_run(db, steps, 1), STORE_OK);
	assert_int_equal(version_of(db), 1);
	assert_int_equal(sqlite3_exec(db, "INSERT INTO entry (text) VALUES ('abc')", NULL, NULL,
	                              NULL),
	                 SQLITE_OK);
	assert_status(migrate_run(db, steps, 1), STORE_OK); /* nothing to do */

	assert_status(migrate_run(db, steps, 2), STORE_OK);
	assert_int_equal(version_of(db), 2);
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT mood FROM entry", -1, &stmt, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(stmt, 0), 3);
	sqlite3_finalize(stmt);

	assert_status(migrate_run(db, steps, 3), STORE_FAILED);
	assert_int_equal(version_of(db), 2);
	assert_false(has_table(db, "half"));

	assert_status(migrate_run(db, steps, 1), STORE_TOO_NEW);
	assert_int_equal(version_of(db), 2);
	sqlite3_close(db);
}

/* STORAGE.md §4.9: no temporary file on disk, secure_delete on, and the
 * memdb journal in memory, on created and on opened stores alike. */
static void test_connection_settings(void **state)
{
	(void)state;
	struct store *store;
	assert_status(store_create(&store), STORE_OK);
	size_t len;
	unsigned char *bytes = image_of(store, &len);
	for (int round = 0; round < 2; round++) {
		assert_int_equal(store_test_count(store, "PRAGMA temp_store"), 2); /* MEMORY */
		assert_int_equal(store_test_count(store, "PRAGMA secure_delete"), 1);
		sqlite3_stmt *stmt;
		assert_int_equal(sqlite3_prepare_v2(store_db(store), "PRAGMA journal_mode", -1,
		                                    &stmt, NULL),
		                 SQLITE_OK);
		assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
		assert_string_equal((const char *)sqlite3_column_text(stmt, 0), "memory");
		sqlite3_finalize(stmt);
		store_destroy(store);
		if (round == 0) {
			assert_status(store_open_image_copy(bytes, len, &store), STORE_OK);
		}
	}
	free(bytes);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_has_schema),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_not_an_image),
		cmocka_unit_test(test_corrupt_page_is_damaged),
		cmocka_unit_test(test_newer_schema_refused),
		cmocka_unit_test(test_other_application_refused),
		cmocka_unit_test(test_open_migrates_version_0),
		cmocka_unit_test(test_migration_runner),
		cmocka_unit_test(test_connection_settings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
