/* store/export.c, store/import.c: the JSON export
 * and its import (DESIGN.md §4 "export --format json", "import FILE").
 *   enum store_status store_export_json(struct store *store, struct str *out);
 *   enum store_status store_import_json(struct store *store, const char *json, size_t len,
 *                                       struct store_import_result *result, struct str *err);
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "store/diary.h"
#include "store/export.h"
#include "store/safety_plan.h"
#include "store/setting.h"
#include "store/store.h"
#include "store/store_db.h"
#include "store/urge_event.h"
#include "store_test.h"

/* Control characters, quotes, backslashes, non-ASCII (2-, 3- and 4-byte
 * UTF-8) and U+2028, as a person might paste them into a note. */
#define TRICKY "say \"no\" \\ back\\slash\nnext\ttab\r \x01\x1f\x7f caf\xc3\xa9 " \
               "\xe5\xae\x89\xe5\xbf\x83 \xf0\x9f\x92\x99 \xe2\x80\xa8 end"
#define TRICKY_JSON "\"say \\\"no\\\" \\\\ back\\\\slash\\nnext\\ttab\\r \\u0001\\u001f" \
                    "\\u007f caf\xc3\xa9 \xe5\xae\x89\xe5\xbf\x83 \xf0\x9f\x92\x99 " \
                    "\\u2028 end\""

static struct store *new_store(void)
{
	struct store *store;
	assert_status(store_create(&store), STORE_OK);
	return store;
}

static void sql(struct store *store, const char *text)
{
	char *err = NULL;
	if (sqlite3_exec(store_db(store), text, NULL, NULL, &err) != SQLITE_OK) {
		fail_msg("%s: %s", text, err);
	}
}

static void export(struct store *store, struct str *out)
{
	str_clear(out);
	assert_status(store_export_json(store, out), STORE_OK);
}

/* Something in every table, with NULLs where a field is optional. */
static void fill(struct store *store)
{
	assert_status(store_setting_set(store, "country", "NZ"), STORE_OK);
	assert_status(store_setting_set(store, "card_template", "# Card\n\nUrges: use\n"), STORE_OK);
	const char *d = "2026-11-22";
	assert_status(store_diary_set_urge(store, d, "suicide", 1), STORE_OK);
	assert_status(store_diary_set_action(store, d, "use", 2, true), STORE_OK);
	assert_status(store_diary_set_emotion(store, d, "shame", 3), STORE_OK);
	assert_status(store_diary_set_medication(store, d, "sertraline", "50 mg"), STORE_OK);
	assert_status(store_diary_set_skills_used(store, d, 5), STORE_OK);
	assert_status(store_diary_set_skill(store, d, "opposite-action", true), STORE_OK);
	assert_status(store_diary_set_note(store, d, TRICKY), STORE_OK);
	assert_status(store_diary_set_emotion(store, "2026-11-21", "joy", 2), STORE_OK);
	struct store_urge u = {.at = "2026-11-22T21:15:00+13:00", .target = "self-harm",
	                       .before = 4, .after = 2, .skill = "tip", .note = "cold water"};
	memset(u.id, 0xAB, sizeof(u.id));
	assert_status(store_urge_add(store, &u, NULL), STORE_OK);
	struct store_urge v = {.at = "2026-11-22T06:00:00+13:00", .target = "suicide",
	                       .before = 1, .after = -1, .via_inbox = true};
	memset(v.id, 0x01, sizeof(v.id));
	assert_status(store_urge_add(store, &v, NULL), STORE_OK);
	sql(store, "INSERT INTO practice VALUES"
	           " ('2026-11-22T10:00:00+13:00', 'wise-mind', 300, 1)");
	sql(store, "INSERT INTO practice_field VALUES ('2026-11-22T10:00:00+13:00', 'wise-mind',"
	           " 0, 'wise-mind.noticed', 'What did you notice?', 'breathed; noticed')");
	sql(store, "INSERT INTO practice_rating VALUES ('2026-11-22T10:00:00+13:00', 'wise-mind',"
	           " 0, 'distress', 'How strong is the distress?', 7)");
	sql(store, "INSERT INTO homework VALUES ('week-3', 'Check the facts', '2026-11-20',"
	           " '2026-11-27', '# Check the facts\n\nTwice this week.', NULL, NULL,"
	           " 'check-the-facts;my-calm', '3-per-week')");
	sql(store, "INSERT INTO skill_file VALUES ('my-calm', 'week-3', '---\nid: my-calm\n---\n')");
	struct safety_plan plan = {0};
	static const char *const sam = "Zo\xc3\xab \xe2\x80\xa8 07700 900123";
	safety_plan_add(&plan, SAFETY_WARNING_SIGNS, "Not sleeping", 12, false);
	safety_plan_add(&plan, SAFETY_PEOPLE, sam, strlen(sam), true);
	assert_status(store_safety_plan_set(store, &plan), STORE_OK);
	safety_plan_finish(&plan);
}

static void test_export_empty_is_exact(void **state)
{
	(void)state;
	struct store *store = new_store();
	struct str out = {0};
	export(store, &out);
	assert_string_equal(str_cstr(&out), "{\n"
	                                    "  \"format\": \"wisemind-export\",\n"
	                                    "  \"version\": 6,\n"
	                                    "  \"tables\": {\n"
	                                    "    \"setting\": [],\n"
	                                    "    \"diary_day\": [],\n"
	                                    "    \"diary_urge\": [],\n"
	                                    "    \"diary_action\": [],\n"
	                                    "    \"diary_emotion\": [],\n"
	                                    "    \"diary_medication\": [],\n"
	                                    "    \"diary_skill\": [],\n"
	                                    "    \"diary_session\": [],\n"
	                                    "    \"urge_event\": [],\n"
	                                    "    \"practice\": [],\n"
	                                    "    \"practice_field\": [],\n"
	                                    "    \"practice_rating\": [],\n"
	                                    "    \"homework\": [],\n"
	                                    "    \"skill_file\": [],\n"
	                                    "    \"safety_line\": []\n"
	                                    "  }\n"
	                                    "}\n");
	str_finish(&out);
	store_destroy(store);
}

static void test_export_rows_and_escapes(void **state)
{
	(void)state;
	struct store *store = new_store();
	fill(store);
	struct str out = {0};
	export(store, &out);
	const char *json = str_cstr(&out);
	assert_non_null(strstr(json, "\"note\": " TRICKY_JSON "}"));
	/* Rows by key, keys in column order, NULL as null, ids as hex. */
	assert_non_null(strstr(json, "    \"urge_event\": [\n"
	                             "      {\"id\": \"01010101010101010101010101010101\","
	                             " \"at\": \"2026-11-22T06:00:00+13:00\","
	                             " \"target\": \"suicide\", \"before\": 1, \"after\": null,"
	                             " \"skill\": null, \"note\": null, \"via_inbox\": true},\n"
	                             "      {\"id\": \"abababababababababababababababab\","));
	assert_non_null(strstr(json, "\"diary_day\": [\n"
	                             "      {\"date\": \"2026-11-21\", \"skills_used\": null,"
	                             " \"note\": null},\n"
	                             "      {\"date\": \"2026-11-22\", \"skills_used\": 5,"));
	assert_true(strstr(json, "\"setting\"") < strstr(json, "\"diary_day\""));

	/* An independent reading (SQLite's JSON parser, not our import):
	 * valid, and the note decodes to exactly what was stored. */
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(store_db(store),
	                                    "SELECT json_valid(?1), json_extract(?1,"
	                                    " '$.tables.diary_day[1].note'),"
	                                    " json_extract(?1, '$.version')",
	                                    -1, &stmt, NULL),
	                 SQLITE_OK);
	sqlite3_bind_text(stmt, 1, json, (int)out.len, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(stmt, 0), 1);
	assert_string_equal((const char *)sqlite3_column_text(stmt, 1), TRICKY);
	assert_int_equal(sqlite3_column_int(stmt, 2), STORE_EXPORT_VERSION);
	sqlite3_finalize(stmt);
	str_finish(&out);
	store_destroy(store);
}

/* A note of len bytes, stored as they are (through SQL, not the store's
 * checks), as a damaged or hand-edited diary might hold it. */
static void raw_note(struct store *store, const char *date, const char *bytes, size_t len)
{
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(store_db(store),
	                                    "INSERT INTO diary_day (date, note) VALUES (?1, ?2)",
	                                    -1, &stmt, NULL),
	                 SQLITE_OK);
	sqlite3_bind_text(stmt, 1, date, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, bytes, (int)len, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(stmt), SQLITE_DONE);
	sqlite3_finalize(stmt);
}

/* SQLite's json_object copies bytes that are not UTF-8 as they are; the
 * export still turns each one into U+FFFD, so it stays valid JSON. NUL
 * is written as \u0000 (which an import refuses, with its own message). */
static void test_export_text_not_utf8(void **state)
{
	(void)state;
	static const struct {
		const char *bytes;
		size_t len;
		const char *json;
	} cases[] = {
		{"a\0b", 3, "\"a\\u0000b\""},
		/* A stray continuation byte; a sequence cut by the end of the
		 * text; an overlong '/'; a surrogate; a cut 3-byte sequence before
		 * a valid character. */
		{"x\x80y\xc3", 4, "\"x\\ufffdy\\ufffd\""},
		{"\xc0\xaf\xed\xa0\x80", 5, "\"\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\""},
		{"\xe2\x80\xc3\xa9", 4, "\"\\ufffd\\ufffd\xc3\xa9\""},
		{"\xe2\x80\xa9/\x7f", 5, "\"\\u2029/\\u007f\""},
		/* What looks like the row's structure, inside the text, gets no
		 * spaces; an escaped backslash before a bad byte. */
		{"say \"a\":1,\\\xff", 12, "\"say \\\"a\\\":1,\\\\\\ufffd\""},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct store *store = new_store();
		raw_note(store, "2026-01-01", cases[i].bytes, cases[i].len);
		struct str out = {0};
		export(store, &out);
		struct str want = {0};
		str_appendf(&want, "\"diary_day\": [\n      {\"date\": \"2026-01-01\","
		                   " \"skills_used\": null, \"note\": %s}\n    ]",
		            cases[i].json);
		if (strstr(str_cstr(&out), str_cstr(&want)) == NULL) {
			fail_msg("case %zu: no %s in %s", i, str_cstr(&want), str_cstr(&out));
		}
		assert_true(str_is_utf8(out.buf, out.len));
		str_finish(&want);
		str_finish(&out);
		store_destroy(store);
	}
}

/* A value of the wrong type, which only a damaged diary holds (the CHECKs
 * refuse it), stops the export: nothing is appended. */
static void test_export_refuses_wrong_types(void **state)
{
	(void)state;
	static const char *const rows[] = {
		"INSERT INTO diary_day VALUES ('2026-01-01', 2.5, NULL)",
		"INSERT INTO diary_day VALUES ('2026-01-01', 'two', NULL)",
		"INSERT INTO diary_day VALUES ('2026-01-01', 2, x'6e6f7465')",
		"INSERT INTO setting VALUES ('country', x'4e5a')",
		"INSERT INTO urge_event VALUES ('0123456789abcdef', '2026-01-01T10:00:00+00:00',"
		" 'use', 1, NULL, NULL, NULL, 0)",
		"INSERT INTO urge_event VALUES (x'0123456789abcdef0123456789abcdef',"
		" '2026-01-01T10:00:00+00:00', 'use', 1, NULL, NULL, NULL, 'yes')",
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct store *store = new_store();
		sql(store, "PRAGMA ignore_check_constraints = ON");
		sql(store, rows[i]);
		struct str out = {0};
		str_append(&out, "kept");
		enum store_status st = store_export_json(store, &out);
		if (st != STORE_DAMAGED || strcmp(str_cstr(&out), "kept") != 0) {
			fail_msg("%s: status %d, out %s", rows[i], (int)st, str_cstr(&out));
		}
		str_finish(&out);
		store_destroy(store);
	}
}

/* Ids are 32 lower-case hex digits, leading zeros included. */
static void test_export_ids(void **state)
{
	(void)state;
	struct store *store = new_store();
	struct store_urge u = {.at = "2026-01-01T10:00:00+00:00", .target = "use", .before = 1,
	                       .after = -1};
	memset(u.id, 0xff, sizeof(u.id));
	memcpy(u.id, "\x00\xff\x10", 3);
	assert_status(store_urge_add(store, &u, NULL), STORE_OK);
	struct str out = {0};
	export(store, &out);
	assert_non_null(strstr(str_cstr(&out), "{\"id\": \"00ff10ffffffffffffffffffffffffff\","));
	str_finish(&out);
	store_destroy(store);
}

/* export -> import into an empty diary -> export gives the same bytes. */
static void test_round_trip(void **state)
{
	(void)state;
	struct store *a = new_store();
	fill(a);
	struct str first = {0};
	export(a, &first);
	store_destroy(a);

	struct store *b = new_store();
	struct store_import_result res;
	struct str err = {0};
	assert_status(store_import_json(b, first.buf, first.len, &res, &err), STORE_OK);
	assert_string_equal(str_cstr(&err), "");
	/* ... homework, the skill file that came with it, the safety plan. */
	assert_int_equal(res.added, 2 + 2 + 1 + 1 + 2 + 1 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 2);
	assert_int_equal(res.kept, 0);
	struct str second = {0};
	export(b, &second);
	assert_string_equal(str_cstr(&second), str_cstr(&first));
	struct str note = {0};
	assert_status(store_diary_get_note(b, "2026-11-22", &note), STORE_OK);
	assert_string_equal(str_cstr(&note), TRICKY);
	str_finish(&note);
	str_finish(&first);
	str_finish(&second);
	str_finish(&err);
	store_destroy(b);
}

static void test_import_merges_without_duplicating(void **state)
{
	(void)state;
	struct store *a = new_store();
	fill(a);
	struct str exported = {0};
	export(a, &exported);
	store_destroy(a);

	/* A diary that already has one of the urges, and its own note for
	 * the same day. */
	struct store *b = new_store();
	struct store_urge u = {.at = "2026-11-22T06:00:00+13:00", .target = "suicide",
	                       .before = 1, .after = -1};
	memset(u.id, 0x01, sizeof(u.id));
	assert_status(store_urge_add(b, &u, NULL), STORE_OK);
	assert_status(store_diary_set_note(b, "2026-11-22", "mine"), STORE_OK);
	struct store_urge w = {.at = "2026-11-23T07:00:00+13:00", .target = "use", .before = 0,
	                       .after = -1};
	store_urge_id_new(w.id);
	assert_status(store_urge_add(b, &w, NULL), STORE_OK);

	struct store_import_result res;
	assert_status(store_import_json(b, exported.buf, exported.len, &res, NULL), STORE_OK);
	assert_int_equal(res.kept, 2); /* the urge and the day */
	size_t n;
	assert_status(store_urge_count(b, NULL, &n), STORE_OK);
	assert_int_equal(n, 3);
	struct str note = {0};
	assert_status(store_diary_get_note(b, "2026-11-22", &note), STORE_OK);
	assert_string_equal(str_cstr(&note), "mine");
	int v;
	assert_status(store_diary_get_emotion(b, "2026-11-22", "shame", &v), STORE_OK);
	assert_int_equal(v, 3);

	/* The same file again adds nothing at all. */
	struct str before = {0};
	struct str after = {0};
	export(b, &before);
	assert_status(store_import_json(b, exported.buf, exported.len, &res, NULL), STORE_OK);
	assert_int_equal(res.added, 0);
	export(b, &after);
	assert_string_equal(str_cstr(&after), str_cstr(&before));
	assert_status(store_urge_count(b, NULL, &n), STORE_OK);
	assert_int_equal(n, 3);
	str_finish(&note);
	str_finish(&before);
	str_finish(&after);
	str_finish(&exported);
	store_destroy(b);
}

static void expect_refused(struct store *store, const char *json, enum store_status want,
                           const char *err_part)
{
	struct str err = {0};
	struct store_import_result res = {.added = 99};
	assert_status(store_import_json(store, json, strlen(json), &res, &err), want);
	assert_int_equal(res.added, 0);
	if (strstr(str_cstr(&err), err_part) == NULL) {
		fail_msg("error \"%s\" does not mention \"%s\" (for %s)", str_cstr(&err), err_part,
		         json);
	}
	str_finish(&err);
}

#define HEAD "{\"format\": \"wisemind-export\", \"version\": 2, \"tables\": "
#define HEAD_V1 "{\"format\": \"wisemind-export\", \"version\": 1, \"tables\": "

/* Version 2 added urge_event's via_inbox. A version 1 file (none of its
 * urges came through the inbox, which did not mark them then) still
 * imports, as false; in version 2 the field is required and a boolean. */
static void test_import_version_1(void **state)
{
	(void)state;
	struct store *store = new_store();
	const char *v1 = HEAD_V1 "{\"urge_event\": [{\"id\": \"01010101010101010101010101010101\","
	                         " \"at\": \"2026-01-01T10:00:00+00:00\", \"target\": \"use\","
	                         " \"before\": 2, \"after\": null, \"skill\": null,"
	                         " \"note\": null}]}}";
	struct store_import_result res;
	assert_status(store_import_json(store, v1, strlen(v1), &res, NULL), STORE_OK);
	assert_int_equal(res.added, 1);
	struct str out = {0};
	export(store, &out);
	assert_non_null(strstr(str_cstr(&out), "\"note\": null, \"via_inbox\": false}"));
	str_finish(&out);
	expect_refused(store,
	               HEAD "{\"urge_event\": [{\"id\": \"02020202020202020202020202020202\","
	                    " \"at\": \"2026-01-01T10:00:00+00:00\", \"target\": \"use\","
	                    " \"before\": 2}]}}",
	               STORE_INVALID, "\"urge_event\" entry 1");
	expect_refused(store,
	               HEAD "{\"urge_event\": [{\"id\": \"02020202020202020202020202020202\","
	                    " \"at\": \"2026-01-01T10:00:00+00:00\", \"target\": \"use\","
	                    " \"before\": 2, \"via_inbox\": 1}]}}",
	               STORE_EXPORT_BAD, "\"via_inbox\" must be true or false");
	store_destroy(store);
}

static void test_import_refuses_newer_version(void **state)
{
	(void)state;
	struct store *store = new_store();
	/* Newer, even with tables this version has never heard of. */
	expect_refused(store,
	               "{\"format\": \"wisemind-export\", \"version\": 7, \"tables\":"
	               " {\"dreams\": [{\"id\": 1}]}}",
	               STORE_EXPORT_TOO_NEW, "version 7");
	assert_non_null(strstr(store_status_message(STORE_EXPORT_TOO_NEW),
	                       "newer wisemind; update wisemind"));
	store_destroy(store);
}

static void test_import_refuses_malformed(void **state)
{
	(void)state;
	struct store *store = new_store();
	static const struct {
		const char *json;
		enum store_status want;
		const char *err;
	} cases[] = {
		{"", STORE_EXPORT_BAD, "not valid JSON"},
		{"{\"format\": \"wisemind-export\", ", STORE_EXPORT_BAD, "not valid JSON"},
		{"[1, 2]", STORE_EXPORT_BAD, "wisemind export"},
		{"{\"format\": \"other\", \"version\": 1, \"tables\": {}}", STORE_EXPORT_BAD,
		 "wisemind export"},
		{"{\"format\": \"wisemind-export\", \"tables\": {}}", STORE_EXPORT_BAD, "version"},
		{"{\"format\": \"wisemind-export\", \"version\": 0, \"tables\": {}}",
		 STORE_EXPORT_BAD, "version"},
		{"{\"format\": \"wisemind-export\", \"version\": \"1\", \"tables\": {}}",
		 STORE_EXPORT_BAD, "version"},
		{"{\"format\": \"wisemind-export\", \"version\": 1}", STORE_EXPORT_BAD, "tables"},
		{HEAD "{}, \"extra\": 1}", STORE_EXPORT_BAD, "unknown key \"extra\""},
		{HEAD "{\"dreams\": []}}", STORE_EXPORT_BAD, "unknown table \"dreams\""},
		{HEAD "{\"setting\": {}}}", STORE_EXPORT_BAD, "list of entries"},
		{HEAD "{\"diary_day\": [3]}}", STORE_EXPORT_BAD, "\"diary_day\" entry 1"},
		{HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\", \"mood\": 3}]}}",
		 STORE_EXPORT_BAD, "unknown or repeated field"},
		{HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\", \"date\": \"2026-01-02\"}]}}",
		 STORE_EXPORT_BAD, "unknown or repeated field"},
		{HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\", \"skills_used\": \"3\"}]}}",
		 STORE_EXPORT_BAD, "\"skills_used\" must be a whole number"},
		{HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\", \"skills_used\": 2.5}]}}",
		 STORE_EXPORT_BAD, "whole number"},
		{HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\", \"skills_used\": true}]}}",
		 STORE_EXPORT_BAD, "whole number"},
		{HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\","
		      " \"skills_used\": 99999999999999999999}]}}",
		 STORE_EXPORT_BAD, "whole number"},
		{HEAD "{\"diary_day\": [{\"date\": 20260101}]}}", STORE_EXPORT_BAD, "must be text"},
		{HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\", \"skills_used\": 8}]}}",
		 STORE_INVALID, "\"diary_day\" entry 1: a value is missing or out of range"},
		{HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\"}, {\"date\": \"2026-02-30\"}]}}",
		 STORE_INVALID, "\"diary_day\" entry 2"},
		{HEAD "{\"diary_day\": [{\"note\": \"no date\"}]}}", STORE_INVALID, "missing"},
		{HEAD "{\"diary_urge\": [{\"date\": \"2026-01-01\", \"target\": \"use\","
		      " \"rating\": 2}]}}",
		 STORE_INVALID, "\"diary_urge\" entry 1"}, /* no such day */
		{HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\", \"note\": \"a\\u0000b\"}]}}",
		 STORE_EXPORT_BAD, "NUL"},
		{HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\", \"note\": \"\\ud800\"}]}}",
		 STORE_EXPORT_BAD, "not valid UTF-8"},
		{HEAD "{\"urge_event\": [{\"id\": \"0101\", \"at\": \"2026-01-01T10:00:00+00:00\","
		      " \"target\": \"use\", \"before\": 1}]}}",
		 STORE_EXPORT_BAD, "32 lower-case hex digits"},
		{HEAD "{\"urge_event\": [{\"id\": \"0101010101010101010101010101010G\","
		      " \"at\": \"2026-01-01T10:00:00+00:00\", \"target\": \"use\", \"before\": 1}]}}",
		 STORE_EXPORT_BAD, "32 lower-case hex digits"},
		{HEAD "{\"urge_event\": [{\"id\": \"01010101010101010101010101010101\","
		      " \"at\": \"2026-01-01T10:00:00+00:00\", \"target\": \"use\", \"before\": 6}]}}",
		 STORE_INVALID, "\"urge_event\" entry 1"},
		{HEAD "{\"setting\": [{\"key\": \"country\", \"value\": \"gb\"}]}}",
		 STORE_INVALID, "not allowed"},
		/* Urge thresholds live in settings.yaml, never in the diary. */
		{HEAD "{\"setting\": [{\"key\": \"urge_threshold.use\", \"value\": \"2\"}]}}",
		 STORE_UNKNOWN_SETTING, "no such setting"},
		{HEAD "{\"setting\": [{\"key\": \"theme\", \"value\": \"dark\"}]}}",
		 STORE_UNKNOWN_SETTING, "no such setting"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		expect_refused(store, cases[i].json, cases[i].want, cases[i].err);
	}
	/* Raw bytes that are not UTF-8. */
	expect_refused(store, HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\", \"note\":"
	                      " \"\xff\"}]}}",
	               STORE_EXPORT_BAD, "not UTF-8");
	/* An escaped backslash before "u0000" is ordinary text. */
	struct store_import_result res;
	const char *ok = HEAD "{\"diary_day\": [{\"date\": \"2026-01-01\", \"note\":"
	                      " \"C:\\\\u0000\"}]}}";
	assert_status(store_import_json(store, ok, strlen(ok), &res, NULL), STORE_OK);
	assert_int_equal(res.added, 1);
	struct str note = {0};
	assert_status(store_diary_get_note(store, "2026-01-01", &note), STORE_OK);
	assert_string_equal(str_cstr(&note), "C:\\u0000");
	str_finish(&note);
	store_destroy(store);
}

/* All or nothing: a bad entry late in the file leaves the diary as it
 * was, even the good entries before it. */
static void test_import_is_all_or_nothing(void **state)
{
	(void)state;
	struct store *store = new_store();
	const char *json = HEAD "{\"setting\": [{\"key\": \"country\", \"value\": \"FR\"}],"
	                        " \"diary_day\": [{\"date\": \"2026-01-01\", \"note\": \"kept?\"}],"
	                        " \"urge_event\": [{\"id\": \"01010101010101010101010101010101\","
	                        " \"at\": \"2026-01-01T10:00:00+00:00\", \"target\": \"use\","
	                        " \"before\": 9}]}}";
	struct store_import_result res;
	assert_status(store_import_json(store, json, strlen(json), &res, NULL), STORE_INVALID);
	struct str s = {0};
	assert_status(store_setting_get(store, "country", &s), STORE_NOT_FOUND);
	assert_status(store_diary_get_note(store, "2026-01-01", &s), STORE_NOT_FOUND);
	str_finish(&s);
	store_destroy(store);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_export_empty_is_exact),
		cmocka_unit_test(test_export_rows_and_escapes),
		cmocka_unit_test(test_export_text_not_utf8),
		cmocka_unit_test(test_export_refuses_wrong_types),
		cmocka_unit_test(test_export_ids),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_import_merges_without_duplicating),
		cmocka_unit_test(test_import_refuses_newer_version),
		cmocka_unit_test(test_import_version_1),
		cmocka_unit_test(test_import_refuses_malformed),
		cmocka_unit_test(test_import_is_all_or_nothing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
