/* store/practice.c and schema version 5: the practice log (issue 11), a
 * practice with its answers and ratings, the last one of a skill, the
 * kit; its migration from version 4 and its place in exports. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "store/alloc.h"
#include "store/export.h"
#include "store/migrate.h"
#include "store/practice.h"
#include "store/setting.h"
#include "store/store.h"
#include "store/store_db.h"
#include "store_test.h"

static const struct store_practice_field accepts_fields[] = {
	{"", "What is happening?", "A long wait at the clinic"},
	{"accepts.activities", "Activities you could do?", "walk the dog\ncall Sam"},
	{"accepts.contributing", "Something for someone else?", ""},
};
static const struct store_practice_rating accepts_ratings[] = {
	{"distress", "How strong is the distress now?", 8},
	{"urge", "How strong is the urge?", 3},
	{"distress", "And now?", 4},
};

/* An ACCEPTS practice at at, with the three answers and ratings above. */
static struct store_practice accepts(const char *at)
{
	return (struct store_practice){
		.at = at, .skill = "accepts", .seconds = 420, .finished = true,
		.fields = accepts_fields, .field_count = 3,
		.ratings = accepts_ratings, .rating_count = 3,
	};
}

/* What store_practice_last gave, copied. */
struct got {
	int calls;
	char at[32];
	char skill[65];
	long long seconds;
	bool finished;
	size_t field_count, rating_count;
	char fields[4][3][64];
	char scales[4][16];
	int values[4];
};

static void keep_last(const struct store_practice *p, void *data)
{
	struct got *g = data;
	g->calls++;
	snprintf(g->at, sizeof(g->at), "%s", p->at);
	snprintf(g->skill, sizeof(g->skill), "%s", p->skill);
	g->seconds = p->seconds;
	g->finished = p->finished;
	g->field_count = p->field_count;
	g->rating_count = p->rating_count;
	for (size_t i = 0; i < p->field_count && i < 4; i++) {
		snprintf(g->fields[i][0], 64, "%s", p->fields[i].field);
		snprintf(g->fields[i][1], 64, "%s", p->fields[i].question);
		snprintf(g->fields[i][2], 64, "%s", p->fields[i].answer);
	}
	for (size_t i = 0; i < p->rating_count && i < 4; i++) {
		snprintf(g->scales[i], 16, "%s", p->ratings[i].scale);
		g->values[i] = p->ratings[i].value;
	}
}

static struct got last(struct store *store, const char *skill, enum store_status want)
{
	struct got g = {0};
	assert_status(store_practice_last(store, skill, keep_last, &g), want);
	assert_int_equal(g.calls, want == STORE_OK ? 1 : 0);
	return g;
}

/* The accepts practice as put, field by field and rating by rating. */
static void assert_accepts(const struct got *g, const char *at)
{
	assert_string_equal(g->at, at);
	assert_string_equal(g->skill, "accepts");
	assert_int_equal(g->seconds, 420);
	assert_true(g->finished);
	assert_int_equal(g->field_count, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(g->fields[i][0], accepts_fields[i].field);
		assert_string_equal(g->fields[i][1], accepts_fields[i].question);
		assert_string_equal(g->fields[i][2], accepts_fields[i].answer);
	}
	assert_int_equal(g->rating_count, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(g->scales[i], accepts_ratings[i].scale);
		assert_int_equal(g->values[i], accepts_ratings[i].value);
	}
}

/* Put, then read back in order; the last is the latest instant, not the
 * latest text (10:00 at +13:00 is 21:00 UTC the day before); a practice
 * of another skill is not it; none at all is STORE_NOT_FOUND. */
static void test_round_trip(void **state)
{
	struct store *store = *state;
	last(store, "accepts", STORE_NOT_FOUND);
	struct store_practice p = accepts("2026-11-22T10:00:00+13:00");
	assert_status(store_practice_put(store, &p), STORE_OK);
	struct got g = last(store, "accepts", STORE_OK);
	assert_accepts(&g, "2026-11-22T10:00:00+13:00");

	p = accepts("2026-11-21T23:30:00+00:00");
	p.finished = false;
	p.seconds = 0;
	p.field_count = 1;
	p.rating_count = 0;
	assert_status(store_practice_put(store, &p), STORE_OK);
	struct store_practice stop = {.at = "2026-11-23T08:00:00+00:00", .skill = "stop",
	                              .seconds = 60, .finished = true};
	assert_status(store_practice_put(store, &stop), STORE_OK);
	g = last(store, "accepts", STORE_OK);
	assert_string_equal(g.at, "2026-11-21T23:30:00+00:00");
	assert_false(g.finished);
	assert_int_equal(g.seconds, 0);
	assert_int_equal(g.field_count, 1);
	assert_int_equal(g.rating_count, 0);
	g = last(store, "stop", STORE_OK);
	assert_int_equal(g.field_count, 0);
	last(store, "tip", STORE_NOT_FOUND);
}

/* The same skill at the same start is the same practice: put again, it
 * replaces the old one, answers and ratings included. */
static void test_put_replaces(void **state)
{
	struct store *store = *state;
	struct store_practice p = accepts("2026-11-22T10:00:00+13:00");
	assert_status(store_practice_put(store, &p), STORE_OK);
	p.field_count = 2;
	p.rating_count = 1;
	assert_status(store_practice_put(store, &p), STORE_OK);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM practice"), 1);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM practice_field"), 2);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM practice_rating"), 1);
}

/* The schema refuses what is off its scale, and a put is all or nothing:
 * a bad rating or field leaves no practice behind. */
static void test_constraints(void **state)
{
	struct store *store = *state;
	static const struct store_practice_rating bad_ratings[][1] = {
		{{"distress", "q", 11}}, {{"urge", "q", 6}}, {{"emotion", "q", 6}},
		{{"distress", "q", -1}}, {{"anger", "q", 2}}, {{NULL, "q", 2}},
	};
	for (size_t i = 0; i < sizeof(bad_ratings) / sizeof(bad_ratings[0]); i++) {
		struct store_practice p = accepts("2026-11-22T10:00:00+13:00");
		p.ratings = bad_ratings[i];
		p.rating_count = 1;
		assert_status(store_practice_put(store, &p), STORE_INVALID);
	}
	static const char *const bad_fields[] = {
		"Dear-man", ".describe", "dear-man.", "dear..man",
		"dear man", "dear_man", "caf\xc3\xa9",
	};
	for (size_t i = 0; i < sizeof(bad_fields) / sizeof(bad_fields[0]); i++) {
		struct store_practice_field f = {bad_fields[i], "q", "a"};
		struct store_practice p = accepts("2026-11-22T10:00:00+13:00");
		p.fields = &f;
		p.field_count = 1;
		assert_status(store_practice_put(store, &p), STORE_INVALID);
	}
	struct store_practice p = accepts("2026-11-22 10:00");
	assert_status(store_practice_put(store, &p), STORE_INVALID);
	p = accepts("2026-11-22T10:00:00+13:00");
	p.skill = "Accepts";
	assert_status(store_practice_put(store, &p), STORE_INVALID);
	p = accepts("2026-11-22T10:00:00+13:00");
	p.seconds = -1;
	assert_status(store_practice_put(store, &p), STORE_INVALID);
	struct store_practice_field not_utf8 = {"", "q", "\xff"};
	p.seconds = 0;
	p.fields = &not_utf8;
	p.field_count = 1;
	assert_status(store_practice_put(store, &p), STORE_INVALID);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM practice"), 0);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM practice_field"), 0);

	/* The ends of the scales are on them. */
	static const struct store_practice_rating ends[] = {
		{"distress", "q", 10}, {"urge", "q", 5}, {"emotion", "q", 0},
	};
	static const struct store_practice_field field = {"dear-man.describe-2", "q", "a"};
	p = accepts("2026-11-22T10:00:00+13:00");
	p.ratings = ends;
	p.fields = &field;
	p.field_count = 1;
	assert_status(store_practice_put(store, &p), STORE_OK);
	/* An answer never stands without its practice. */
	static const char orphan[] = "INSERT INTO practice_field VALUES"
	                             " ('2026-11-22T11:00:00+13:00', 'accepts', 0, '', 'q', 'a')";
	assert_int_equal(sqlite3_exec(store_db(store), orphan, NULL, NULL, NULL),
	                 SQLITE_CONSTRAINT);
}

/* The kit: the latest answer to the field that is not blank, from any
 * practice of the skill; another skill's field of the same name is not
 * it. */
static void test_kit(void **state)
{
	struct store *store = *state;
	struct str kit = {0};
	assert_status(store_practice_kit(store, "accepts", "accepts.activities", &kit),
	              STORE_NOT_FOUND);
	static const struct store_practice_field first[] = {{"accepts.activities", "q", "knit"}};
	static const struct store_practice_field second[] = {
		{"accepts.activities", "q", "run"}, {"accepts.activities", "q", "swim"}};
	static const struct store_practice_field blank[] = {{"accepts.activities", "q", " \n\t"}};
	static const struct store_practice_field other[] = {{"accepts.activities", "q", "other"}};
	struct store_practice p = {.at = "2026-11-20T09:00:00+00:00", .skill = "accepts",
	                           .fields = first, .field_count = 1};
	assert_status(store_practice_put(store, &p), STORE_OK);
	p.at = "2026-11-21T09:00:00+00:00";
	p.fields = second;
	p.field_count = 2;
	assert_status(store_practice_put(store, &p), STORE_OK);
	p.at = "2026-11-22T09:00:00+00:00";
	p.fields = blank;
	p.field_count = 1;
	assert_status(store_practice_put(store, &p), STORE_OK);
	p.at = "2026-11-23T09:00:00+00:00";
	p.skill = "self-soothe";
	p.fields = other;
	assert_status(store_practice_put(store, &p), STORE_OK);
	assert_status(store_practice_kit(store, "accepts", "accepts.activities", &kit), STORE_OK);
	assert_string_equal(str_cstr(&kit), "swim");
	str_clear(&kit);
	assert_status(store_practice_kit(store, "accepts", "accepts.comparisons", &kit),
	              STORE_NOT_FOUND);
	assert_string_equal(str_cstr(&kit), "");
	str_finish(&kit);
}

/* A version 4 diary comes to version 5 when opened, with its other data
 * kept; the old practice rows (only an import could have put them there)
 * become practices of unknown length that were done, their answers one
 * unnamed answer when there are any. */
static void test_migrates_from_version_4(void **state)
{
	(void)state;
	assert_true(store_global_init());
	sqlite3 *db;
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	assert_status(migrate_run(db, store_migrations, 4), STORE_OK);
	static const char v4_rows[] =
		"INSERT INTO setting VALUES ('country', 'NZ');"
		"INSERT INTO diary_day (date, note) VALUES ('2026-11-22', 'x');"
		"INSERT INTO diary_skill VALUES ('2026-11-22', 'tip');"
		"INSERT INTO safety_line VALUES ('people', 1, 'Sam', 1);"
		"INSERT INTO practice VALUES ('2026-11-22T10:00:00+13:00', 'wise-mind',"
		" 'breathed; noticed');"
		"INSERT INTO practice (at, skill) VALUES ('2026-11-23T10:00:00+13:00', 'stop')";
	assert_int_equal(sqlite3_exec(db, v4_rows, NULL, NULL, NULL), SQLITE_OK);
	/* Opened as the vault opens a diary: the store's own connection. */
	sqlite3_int64 len = 0;
	unsigned char *image = sqlite3_serialize(db, "main", &len, 0);
	assert_non_null(image);
	struct store *store;
	assert_status(store_open_image_copy(image, (size_t)len, &store), STORE_OK);
	sqlite3_free(image);
	sqlite3_close(db);
	assert_int_equal(store_test_count(store, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	assert_int_equal(store_test_count(store,
	                 "SELECT count(*) FROM setting WHERE value = 'NZ'"), 1);
	assert_int_equal(store_test_count(store,
	                 "SELECT count(*) FROM diary_day WHERE note = 'x'"), 1);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM diary_skill"), 1);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM safety_line"), 1);
	assert_int_equal(store_test_count(store,
	                 "SELECT count(*) FROM practice WHERE seconds = 0 AND"
	                              " finished = 1"),
	                 2);
	struct got g = last(store, "wise-mind", STORE_OK);
	assert_int_equal(g.field_count, 1);
	assert_string_equal(g.fields[0][0], "");
	assert_string_equal(g.fields[0][1], "");
	assert_string_equal(g.fields[0][2], "breathed; noticed");
	g = last(store, "stop", STORE_OK);
	assert_int_equal(g.field_count, 0);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM sqlite_schema WHERE name ="
	                              " 'practice_v1'"),
	                 0);
	assert_int_equal(store_test_count(store,
	                 "SELECT count(*) FROM pragma_foreign_key_check"), 0);
	store_destroy(store);
}

/* export -> import into an empty diary -> the same practices, answers
 * and ratings, and the same bytes exported again. */
static void test_export_import(void **state)
{
	struct store *a = *state;
	struct store_practice p = accepts("2026-11-22T10:00:00+13:00");
	assert_status(store_practice_put(a, &p), STORE_OK);
	struct str first = {0};
	assert_status(store_export_json(a, &first), STORE_OK);
	assert_non_null(strstr(str_cstr(&first),
	                       "\"practice\": [\n      {\"at\": \"2026-11-22T10:00:00+13:00\","
	                       " \"skill\": \"accepts\", \"seconds\": 420, \"finished\": true}\n"));
	assert_non_null(strstr(str_cstr(&first),
	                       "{\"at\": \"2026-11-22T10:00:00+13:00\", \"skill\": \"accepts\","
	                       " \"n\": 1, \"field\": \"accepts.activities\", \"question\":"
	                       " \"Activities you could do?\","
	                       " \"answer\": \"walk the dog\\ncall Sam\"}"));
	assert_non_null(strstr(str_cstr(&first),
	                       "\"n\": 0, \"scale\": \"distress\", \"question\":"
	                       " \"How strong is the distress now?\", \"value\": 8}"));

	struct store *b;
	assert_status(store_create(&b), STORE_OK);
	struct store_import_result res;
	struct str err = {0};
	assert_status(store_import_json(b, first.buf, first.len, &res, &err), STORE_OK);
	assert_int_equal(res.added, 1 + 3 + 3);
	struct got g = last(b, "accepts", STORE_OK);
	assert_accepts(&g, "2026-11-22T10:00:00+13:00");
	struct str second = {0};
	assert_status(store_export_json(b, &second), STORE_OK);
	assert_string_equal(str_cstr(&second), str_cstr(&first));
	/* Twice adds nothing. */
	assert_status(store_import_json(b, first.buf, first.len, &res, &err), STORE_OK);
	assert_int_equal(res.added, 0);
	assert_int_equal(res.kept, 7);
	str_finish(&first);
	str_finish(&second);
	str_finish(&err);
	store_destroy(b);
}

static void expect_import(struct store *store, const char *json, enum store_status want,
                          const char *err_part, size_t added)
{
	struct str err = {0};
	struct store_import_result res = {0};
	assert_status(store_import_json(store, json, strlen(json), &res, &err), want);
	if (strstr(str_cstr(&err), err_part) == NULL) {
		fail_msg("error \"%s\" does not mention \"%s\"", str_cstr(&err), err_part);
	}
	assert_int_equal(res.added, added);
	str_finish(&err);
}

#define V4 "{\"format\": \"wisemind-export\", \"version\": 4, \"tables\": "
#define V5 "{\"format\": \"wisemind-export\", \"version\": 5, \"tables\": "

/* Exports before version 5 list practice with one text of answers:
 * empty, as wisemind wrote them, they import; with entries (a hand-made
 * file, the benchmarks' diary), each is a practice that was done, with
 * its answers as one unnamed answer, and counts once. Version 5 has no
 * answers column, and an answer needs its practice. */
static void test_old_exports(void **state)
{
	struct store *store = *state;
	expect_import(store,
	              V4 "{\"setting\": [{\"key\": \"country\", \"value\": \"NZ\"}],"
	                 " \"practice\": [], \"safety_line\": []}}",
	              STORE_OK, "", 1);
	struct str country = {0};
	assert_status(store_setting_get(store, "country", &country), STORE_OK);
	assert_string_equal(str_cstr(&country), "NZ");
	str_finish(&country);
	const char *v1 = "{\"format\": \"wisemind-export\", \"version\": 1, \"tables\": {"
	                 "\"practice\": [{\"at\": \"2026-11-22T10:00:00+13:00\", \"skill\":"
	                 " \"wise-mind\", \"answers\": \"1. breathed\\n2. noticed\"},"
	                 " {\"at\": \"2026-11-23T10:00:00+13:00\", \"skill\": \"stop\","
	                 " \"answers\": \"\"}]}}";
	expect_import(store, v1, STORE_OK, "", 2);
	struct got g = last(store, "wise-mind", STORE_OK);
	assert_true(g.finished);
	assert_int_equal(g.seconds, 0);
	assert_int_equal(g.field_count, 1);
	assert_string_equal(g.fields[0][0], "");
	assert_string_equal(g.fields[0][2], "1. breathed\n2. noticed");
	g = last(store, "stop", STORE_OK);
	assert_int_equal(g.field_count, 0);
	expect_import(store, v1, STORE_OK, "", 0);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM practice_field"), 1);
	/* Checked even when the practice is there already. */
	expect_import(store,
	              V4 "{\"practice\": [{\"at\": \"2026-11-23T10:00:00+13:00\", \"skill\":"
	                 " \"stop\", \"answers\": 3}]}}",
	              STORE_EXPORT_BAD, "\"answers\" must be text", 0);

	expect_import(store,
	              V4 "{\"practice\": [{\"at\": \"2026-11-24T10:00:00+13:00\", \"skill\":"
	                 " \"stop\", \"seconds\": 5, \"finished\": true}]}}",
	              STORE_EXPORT_BAD, "\"practice\" entry 1 has an unknown or repeated field", 0);
	expect_import(store,
	              V5 "{\"practice\": [{\"at\": \"2026-11-24T10:00:00+13:00\", \"skill\":"
	                 " \"stop\", \"answers\": \"x\"}]}}",
	              STORE_EXPORT_BAD, "\"practice\" entry 1 has an unknown or repeated field", 0);
	expect_import(store,
	              V5 "{\"practice_field\": [{\"at\": \"2026-11-24T10:00:00+13:00\", \"skill\":"
	                 " \"stop\", \"n\": 0, \"field\": \"\", \"question\": \"q\","
	                 " \"answer\": \"a\"}]}}",
	              STORE_INVALID, "\"practice_field\" entry 1", 0);
	expect_import(store,
	              V5 "{\"practice\": [{\"at\": \"2026-11-24T10:00:00+13:00\", \"skill\":"
	                 " \"stop\", \"seconds\": 5, \"finished\": true}], \"practice_rating\":"
	                 " [{\"at\": \"2026-11-24T10:00:00+13:00\", \"skill\": \"stop\", \"n\": 0,"
	                 " \"scale\": \"distress\", \"question\": \"q\", \"value\": 11}]}}",
	              STORE_INVALID, "\"practice_rating\" entry 1", 0);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM practice"), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_round_trip, store_test_setup,
		                                store_test_teardown),
		cmocka_unit_test_setup_teardown(test_put_replaces, store_test_setup,
		                                store_test_teardown),
		cmocka_unit_test_setup_teardown(test_constraints, store_test_setup,
		                                store_test_teardown),
		cmocka_unit_test_setup_teardown(test_kit, store_test_setup, store_test_teardown),
		cmocka_unit_test(test_migrates_from_version_4),
		cmocka_unit_test_setup_teardown(test_export_import, store_test_setup,
		                                store_test_teardown),
		cmocka_unit_test_setup_teardown(test_old_exports, store_test_setup,
		                                store_test_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
