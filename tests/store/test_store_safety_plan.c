/* store/safety_plan.c and schema version 4: the safety plan in the diary,
 * whole, and in exports.
 *   enum store_status store_safety_plan_get(struct store *store, struct safety_plan *out);
 *   enum store_status store_safety_plan_set(struct store *store, const struct safety_plan *plan);
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <string.h>

#include "store/alloc.h"
#include "store/export.h"
#include "store/migrate.h"
#include "store/safety_plan.h"
#include "store/store.h"
#include "store/store_db.h"
#include "store_test.h"

static struct store *new_store(void)
{
	struct store *store;
	assert_status(store_create(&store), STORE_OK);
	return store;
}

static void add(struct safety_plan *plan, enum safety_section section, const char *text, bool shown)
{
	safety_plan_add(plan, section, text, strlen(text), shown);
}

/* A plan goes in and comes out the same: parts, order, what shows while
 * locked, words that are not ASCII. */
static void test_round_trip(void **state)
{
	(void)state;
	struct store *store = new_store();
	struct safety_plan plan = {0};
	struct safety_plan got = {0};
	assert_status(store_safety_plan_get(store, &got), STORE_OK);
	assert_int_equal(safety_plan_count(&got), 0);

	add(&plan, SAFETY_WARNING_SIGNS, "Not sleeping", false);
	add(&plan, SAFETY_WARNING_SIGNS, "Staying in my room", true);
	add(&plan, SAFETY_REASONS, "My cat, B\xc3\xa9la", false);
	for (int i = 0; i < 12; i++) { /* past 9, so order is not by text */
		add(&plan, SAFETY_PEOPLE, i % 2 ? "Sam: 07700 900123" : "Jo: 0161 496 0000",
		    i == 3);
	}
	assert_status(store_safety_plan_set(store, &plan), STORE_OK);
	assert_status(store_safety_plan_get(store, &got), STORE_OK);
	assert_true(safety_plan_equal(&plan, &got));
	assert_string_equal(str_cstr(&got.sections[SAFETY_REASONS].items[0].text),
	                    "My cat, B\xc3\xa9la");
	assert_true(got.sections[SAFETY_PEOPLE].items[3].shown);

	/* Set replaces: a part left out is empty afterwards. */
	safety_plan_clear_section(&plan, SAFETY_WARNING_SIGNS);
	assert_status(store_safety_plan_set(store, &plan), STORE_OK);
	assert_status(store_safety_plan_get(store, &got), STORE_OK);
	assert_int_equal(got.sections[SAFETY_WARNING_SIGNS].count, 0);
	assert_true(safety_plan_equal(&plan, &got));
	safety_plan_finish(&plan);
	safety_plan_finish(&got);
	store_destroy(store);
}

/* One transaction: a plan with a line the schema refuses, or a part over
 * its limit, changes nothing at all. */
static void test_set_is_all_or_nothing(void **state)
{
	(void)state;
	struct store *store = new_store();
	struct safety_plan kept = {0};
	add(&kept, SAFETY_COPING, "A walk by the river", true);
	assert_status(store_safety_plan_set(store, &kept), STORE_OK);

	struct safety_plan bad = {0};
	add(&bad, SAFETY_WARNING_SIGNS, "fine", false);
	add(&bad, SAFETY_REASONS, "an escape \x1b[2J", false);
	assert_status(store_safety_plan_set(store, &bad), STORE_INVALID);
	safety_plan_finish(&bad);
	add(&bad, SAFETY_WARNING_SIGNS, "fine", false);
	for (int i = 0; i <= SAFETY_LINES_MAX; i++) {
		add(&bad, SAFETY_PEOPLE, "someone", false);
	}
	assert_status(store_safety_plan_set(store, &bad), STORE_INVALID);

	struct safety_plan got = {0};
	assert_status(store_safety_plan_get(store, &got), STORE_OK);
	assert_true(safety_plan_equal(&kept, &got));
	safety_plan_finish(&bad);
	safety_plan_finish(&got);
	safety_plan_finish(&kept);
	store_destroy(store);
}

/* The schema holds core's parts and limits: every part's id, a line of
 * SAFETY_LINE_CHARS_MAX characters (wide ones too), SAFETY_LINES_MAX lines
 * in a part; one character or one line more is refused. */
static void test_schema_matches_core(void **state)
{
	(void)state;
	struct store *store = new_store();
	struct safety_plan plan = {0};
	struct str longest = {0};
	for (int i = 0; i < SAFETY_LINE_CHARS_MAX; i++) {
		str_append(&longest, "\xc3\xa9");
	}
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		add(&plan, (enum safety_section)s, str_cstr(&longest), true);
	}
	for (int i = 1; i < SAFETY_LINES_MAX; i++) {
		add(&plan, SAFETY_COPING, "one more", false);
	}
	assert_status(store_safety_plan_set(store, &plan), STORE_OK);
	struct safety_plan got = {0};
	assert_status(store_safety_plan_get(store, &got), STORE_OK);
	assert_true(safety_plan_equal(&plan, &got));

	str_append(&longest, "x");
	add(&plan, SAFETY_REASONS, str_cstr(&longest), false);
	assert_int_equal(safety_line_check(longest.buf, longest.len), SAFETY_LINE_TOO_LONG);
	assert_status(store_safety_plan_set(store, &plan), STORE_INVALID);
	safety_plan_finish(&got);
	safety_plan_finish(&plan);
	str_finish(&longest);
	store_destroy(store);
}

static void expect_import(struct store *store, const char *json, enum store_status want,
                          const char *err_part)
{
	struct str err = {0};
	assert_status(store_import_json(store, json, strlen(json), NULL, &err), want);
	if (strstr(str_cstr(&err), err_part) == NULL) {
		fail_msg("error \"%s\" does not mention \"%s\"", str_cstr(&err), err_part);
	}
	str_finish(&err);
}

/* Exports before version 4 list the old, never written safety_plan table
 * as an empty list: they still import. Entries in it were never written
 * by wisemind, and are refused; version 4 no longer knows the table. Its
 * safety_line rows import through the schema's checks. */
static void test_import_versions(void **state)
{
	(void)state;
	struct store *store = new_store();
	expect_import(store,
	              "{\"format\": \"wisemind-export\", \"version\": 3, \"tables\":"
	              " {\"setting\": [], \"safety_plan\": []}}",
	              STORE_OK, "");
	expect_import(store,
	              "{\"format\": \"wisemind-export\", \"version\": 3, \"tables\":"
	              " {\"safety_plan\": [{\"section\": \"warning-signs\", \"position\": 1,"
	              " \"body\": \"x\"}]}}",
	              STORE_EXPORT_BAD, "\"safety_plan\" has entries");
	expect_import(store,
	              "{\"format\": \"wisemind-export\", \"version\": 4, \"tables\":"
	              " {\"safety_plan\": []}}",
	              STORE_EXPORT_BAD, "unknown table \"safety_plan\"");
	expect_import(store,
	              "{\"format\": \"wisemind-export\", \"version\": 4, \"tables\":"
	              " {\"safety_line\": [{\"section\": \"hopes\", \"n\": 1, \"text\": \"x\","
	              " \"shown\": false}]}}",
	              STORE_INVALID, "\"safety_line\" entry 1");
	expect_import(store,
	              "{\"format\": \"wisemind-export\", \"version\": 4, \"tables\":"
	              " {\"safety_line\": [{\"section\": \"people\", \"n\": 1, \"text\": \"Sam\","
	              " \"shown\": true}]}}",
	              STORE_OK, "");
	struct safety_plan got = {0};
	assert_status(store_safety_plan_get(store, &got), STORE_OK);
	assert_int_equal(safety_plan_shown_count(&got), 1);
	assert_string_equal(str_cstr(&got.sections[SAFETY_PEOPLE].items[0].text), "Sam");
	safety_plan_finish(&got);
	store_destroy(store);
}

static bool has_table(sqlite3 *db, const char *name)
{
	sqlite3_stmt *stmt;
	assert_int_equal(
	    sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema WHERE name = ?", -1, &stmt, NULL),
	    SQLITE_OK);
	sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
	bool found = sqlite3_step(stmt) == SQLITE_ROW;
	sqlite3_finalize(stmt);
	return found;
}

/* A version 3 diary (with the old, empty safety_plan table) comes to
 * version 4 with safety_line in its place and its other data kept. */
static void test_migrates_from_version_3(void **state)
{
	(void)state;
	assert_true(store_global_init());
	sqlite3 *db;
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	assert_status(migrate_run(db, store_migrations, 3), STORE_OK);
	assert_true(has_table(db, "safety_plan"));
	assert_int_equal(
	    sqlite3_exec(db, "INSERT INTO setting VALUES ('country', 'NZ')", NULL, NULL, NULL),
	    SQLITE_OK);
	assert_status(migrate_run(db, store_migrations, 4), STORE_OK);
	assert_false(has_table(db, "safety_plan"));
	assert_true(has_table(db, "safety_line"));
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT value FROM setting", -1, &stmt, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(stmt, 0), "NZ");
	sqlite3_finalize(stmt);
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_set_is_all_or_nothing),
		cmocka_unit_test(test_schema_matches_core),
		cmocka_unit_test(test_import_versions),
		cmocka_unit_test(test_migrates_from_version_3),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
