/* store/setting.c, store/urge_event.c, store/diary.c: what the diary
 * keeps, and the ranges the schema's CHECK constraints enforce.
 *   enum store_status store_setting_set(struct store *store, const char *key, const char *value);
 *   enum store_status store_urge_add(struct store *store, const struct store_urge *urge, bool *added);
 *   enum store_status store_diary_set_urge(struct store *store, const char *date, ...);
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
#include "store/setting.h"
#include "store/store.h"
#include "store/store_db.h"
#include "store/urge_event.h"
#include "store_test.h"

static void test_settings(void **state)
{
	struct store *store = *state;
	struct str s = {0};
	assert_status(store_setting_get(store, "country", &s), STORE_NOT_FOUND);
	assert_status(store_setting_set(store, "country", "GB"), STORE_OK);
	assert_status(store_setting_set(store, "country", "IE"), STORE_OK);
	assert_status(store_setting_get(store, "country", &s), STORE_OK);
	assert_string_equal(str_cstr(&s), "IE");
	assert_status(store_setting_set(store, "country", "ie"), STORE_INVALID);
	assert_status(store_setting_set(store, "country", "IRL"), STORE_INVALID);
	assert_status(store_setting_set(store, "colour", "blue"), STORE_UNKNOWN_SETTING);
	assert_status(store_setting_get(store, "colour", &s), STORE_UNKNOWN_SETTING);

	const char *tmpl = "# Karte\n\nDrang: Selbstverletzung \xe2\x80\x94 0\xe2\x80\x93" "5\n";
	assert_status(store_setting_set(store, "card_template", tmpl), STORE_OK);
	assert_status(store_setting_get(store, "card_template", &s), STORE_OK);
	assert_string_equal(str_cstr(&s), tmpl);
	assert_status(store_setting_set(store, "card_template", "bad \xff byte"), STORE_INVALID);
	str_finish(&s);
}

/* The urge thresholds are not vault settings: they live in settings.yaml
 * (DESIGN.md §2.2), so the locked path applies them too. */
static void test_no_thresholds_in_vault(void **state)
{
	struct store *store = *state;
	struct str s = {0};
	assert_status(store_setting_check("urge_threshold.use", "2"), STORE_UNKNOWN_SETTING);
	assert_status(store_setting_set(store, "urge_threshold.self-harm", "2"),
	              STORE_UNKNOWN_SETTING);
	assert_status(store_setting_get(store, "urge_threshold.suicide", &s), STORE_UNKNOWN_SETTING);
	str_finish(&s);
}

static struct store_urge urge_at(unsigned char fill, const char *at, int before)
{
	struct store_urge u = {.at = at, .target = "self-harm", .before = before, .after = -1};
	memset(u.id, fill, sizeof(u.id));
	return u;
}

struct collected {
	size_t n;
	char at[4][32];
	int before[4];
	int after[4];
	char note[4][32];
};

static bool collect(const struct store_urge *u, void *data)
{
	struct collected *c = data;
	if (c->n < 4) {
		snprintf(c->at[c->n], sizeof(c->at[0]), "%s", u->at);
		c->before[c->n] = u->before;
		c->after[c->n] = u->after;
		snprintf(c->note[c->n], sizeof(c->note[0]), "%s", u->note ? u->note : "(none)");
	}
	c->n++;
	return true;
}

static void test_urge_events_idempotent(void **state)
{
	struct store *store = *state;
	struct store_urge a = urge_at(1, "2026-11-22T23:30:00+01:00", 4);
	a.note = "after the call";
	bool added;
	assert_status(store_urge_add(store, &a, &added), STORE_OK);
	assert_true(added);
	/* The same entry again (an inbox merged twice), even with other
	 * fields: kept once, unchanged. */
	a.before = 1;
	assert_status(store_urge_add(store, &a, &added), STORE_OK);
	assert_false(added);
	struct store_urge b = urge_at(2, "2026-11-22T08:00:00+01:00", 2);
	assert_status(store_urge_add(store, &b, &added), STORE_OK);
	assert_true(added);
	struct store_urge c = urge_at(3, "2026-11-23T00:10:00+01:00", 5);
	assert_status(store_urge_add(store, &c, NULL), STORE_OK);

	size_t n;
	assert_status(store_urge_count(store, NULL, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_status(store_urge_count(store, "2026-11-22", &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_status(store_urge_count(store, "2026-11-21", &n), STORE_OK);
	assert_int_equal(n, 0);

	assert_status(store_urge_set_after(store, a.id, 1, NULL), STORE_OK);
	assert_status(store_urge_set_after(store, a.id, 6, NULL), STORE_INVALID);
	unsigned char missing[STORE_URGE_ID_SIZE] = {9};
	assert_status(store_urge_set_after(store, missing, 1, NULL), STORE_NOT_FOUND);
	assert_status(store_urge_set_after(store, a.id, -1, NULL), STORE_INVALID);
	/* Removing: the entry goes, once; another id is not found. */
	assert_status(store_urge_remove(store, missing), STORE_NOT_FOUND);
	assert_status(store_urge_remove(store, c.id), STORE_OK);
	assert_status(store_urge_remove(store, c.id), STORE_NOT_FOUND);
	assert_status(store_urge_count(store, NULL, &n), STORE_OK);
	assert_int_equal(n, 2);

	struct collected got = {0};
	assert_status(store_urge_each(store, "2026-11-22", collect, &got), STORE_OK);
	assert_int_equal(got.n, 2);
	assert_string_equal(got.at[0], "2026-11-22T08:00:00+01:00");
	assert_int_equal(got.before[0], 2);
	assert_int_equal(got.after[0], -1);
	assert_string_equal(got.note[0], "(none)");
	assert_string_equal(got.at[1], "2026-11-22T23:30:00+01:00");
	assert_int_equal(got.before[1], 4);
	assert_int_equal(got.after[1], 1);
	assert_string_equal(got.note[1], "after the call");
}

static void test_urge_event_ranges(void **state)
{
	struct store *store = *state;
	static const struct {
		const char *at;
		const char *target;
		int before;
		int after;
	} bad[] = {
		{"2026-11-22T10:00:00+01:00", "suicide", 6, -1},
		{"2026-11-22T10:00:00+01:00", "suicide", -1, -1},
		{"2026-11-22T10:00:00+01:00", "suicide", 2, 7},
		{"2026-11-22T10:00:00+01:00", "Suicide", 2, -1},
		{"2026-11-22T10:00:00+01:00", "", 2, -1},
		{"2026-11-22 10:00:00", "suicide", 2, -1},
		{"2026-02-30T10:00:00+01:00", "suicide", 2, -1},
		{"2026-11-22T24:00:00+01:00", "suicide", 2, -1},
		{"2026-11-22T10:60:00+01:00", "suicide", 2, -1},
		{"2026-11-22T10:00:00+15:00", "suicide", 2, -1},
		{NULL, "suicide", 2, -1},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct store_urge u = {.at = bad[i].at, .target = bad[i].target,
		                       .before = bad[i].before, .after = bad[i].after};
		store_urge_id_new(u.id);
		assert_status(store_urge_add(store, &u, NULL), STORE_INVALID);
	}
	size_t n;
	assert_status(store_urge_count(store, NULL, &n), STORE_OK);
	assert_int_equal(n, 0);

	/* Fresh ids differ (16 random bytes). */
	unsigned char x[STORE_URGE_ID_SIZE], y[STORE_URGE_ID_SIZE];
	store_urge_id_new(x);
	store_urge_id_new(y);
	assert_memory_not_equal(x, y, sizeof(x));
}

static void test_diary_day(void **state)
{
	struct store *store = *state;
	const char *d = "2026-11-22";
	struct str s = {0};
	int v;
	bool b;
	assert_status(store_diary_get_urge(store, d, "suicide", &v), STORE_NOT_FOUND);
	assert_status(store_diary_get_note(store, d, &s), STORE_NOT_FOUND);

	assert_status(store_diary_set_urge(store, d, "suicide", 0), STORE_OK);
	assert_status(store_diary_set_urge(store, d, "self-harm", 5), STORE_OK);
	assert_status(store_diary_set_urge(store, d, "self-harm", 3), STORE_OK);
	assert_status(store_diary_get_urge(store, d, "suicide", &v), STORE_OK);
	assert_int_equal(v, 0);
	assert_status(store_diary_get_urge(store, d, "self-harm", &v), STORE_OK);
	assert_int_equal(v, 3);

	assert_status(store_diary_set_action(store, d, "self-harm", 0, false), STORE_OK);
	assert_status(store_diary_set_action(store, d, "use", 3, true), STORE_OK);
	assert_status(store_diary_get_action(store, d, "use", &v, &b), STORE_OK);
	assert_int_equal(v, 3);
	assert_true(b);
	assert_status(store_diary_get_action(store, d, "self-harm", &v, &b), STORE_OK);
	assert_int_equal(v, 0);
	assert_false(b);

	assert_status(store_diary_set_emotion(store, d, "emotional-pain", 4), STORE_OK);
	assert_status(store_diary_get_emotion(store, d, "emotional-pain", &v), STORE_OK);
	assert_int_equal(v, 4);

	assert_status(store_diary_set_medication(store, d, "sertraline", "50 mg"), STORE_OK);
	assert_status(store_diary_get_medication(store, d, "sertraline", &s), STORE_OK);
	assert_string_equal(str_cstr(&s), "50 mg");

	assert_status(store_diary_get_skills_used(store, d, &v), STORE_NOT_FOUND);
	assert_status(store_diary_set_skills_used(store, d, 7), STORE_OK);
	assert_status(store_diary_get_skills_used(store, d, &v), STORE_OK);
	assert_int_equal(v, 7);
	assert_status(store_diary_set_skills_used(store, d, -1), STORE_OK);
	assert_status(store_diary_get_skills_used(store, d, &v), STORE_NOT_FOUND);

	assert_status(store_diary_set_skill(store, d, "tip", true), STORE_OK);
	assert_status(store_diary_set_skill(store, d, "tip", true), STORE_OK);
	assert_status(store_diary_get_skill(store, d, "tip", &b), STORE_OK);
	assert_true(b);
	assert_status(store_diary_set_skill(store, d, "tip", false), STORE_OK);
	assert_status(store_diary_get_skill(store, d, "tip", &b), STORE_OK);
	assert_false(b);

	const char *note = "line one\nline \"two\" \xe2\x9c\x93";
	assert_status(store_diary_set_note(store, d, note), STORE_OK);
	assert_status(store_diary_get_note(store, d, &s), STORE_OK);
	assert_string_equal(str_cstr(&s), note);
	assert_status(store_diary_set_note(store, d, NULL), STORE_OK);
	assert_status(store_diary_get_note(store, d, &s), STORE_NOT_FOUND);
	str_finish(&s);
}

/* A change made inside a wider transaction (as an inbox merge will make
 * them) undoes only itself when it fails. */
static void test_changes_nest(void **state)
{
	struct store *store = *state;
	sqlite3 *db = store_db(store);
	assert_int_equal(sqlite3_exec(db, "BEGIN", NULL, NULL, NULL), SQLITE_OK);
	assert_status(store_diary_set_urge(store, "2026-11-22", "use", 2), STORE_OK);
	assert_status(store_diary_set_urge(store, "2026-11-23", "use", 9), STORE_INVALID);
	assert_int_equal(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	int v;
	assert_status(store_diary_get_urge(store, "2026-11-22", "use", &v), STORE_OK);
	assert_int_equal(v, 2);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM diary_day"), 1);
}

/* Out-of-range values are refused through the API, and a refused value
 * leaves no half-made day behind. */
static void test_diary_ranges(void **state)
{
	struct store *store = *state;
	const char *d = "2026-11-24";
	assert_status(store_diary_set_urge(store, d, "suicide", 6), STORE_INVALID);
	assert_status(store_diary_set_urge(store, d, "suicide", -1), STORE_INVALID);
	assert_status(store_diary_set_urge(store, d, "Self harm", 1), STORE_INVALID);
	assert_status(store_diary_set_emotion(store, d, "joy", 6), STORE_INVALID);
	assert_status(store_diary_set_skills_used(store, d, 8), STORE_INVALID);
	assert_status(store_diary_set_skills_used(store, d, -2), STORE_INVALID);
	assert_status(store_diary_set_action(store, d, "use", 2, false), STORE_INVALID);
	assert_status(store_diary_set_action(store, d, "use", 1000, true), STORE_INVALID);
	assert_status(store_diary_set_action(store, d, "use", -1, true), STORE_INVALID);
	assert_status(store_diary_set_medication(store, d, "x", NULL), STORE_INVALID);
	assert_status(store_diary_set_note(store, d, "bad \xc3 utf-8"), STORE_INVALID);
	assert_status(store_diary_set_urge(store, "2026-02-30", "suicide", 1), STORE_INVALID);
	assert_status(store_diary_set_urge(store, "2026-2-3", "suicide", 1), STORE_INVALID);
	assert_status(store_diary_set_urge(store, "yesterday", "suicide", 1), STORE_INVALID);
	assert_status(store_diary_set_urge(store, NULL, "suicide", 1), STORE_INVALID);
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM diary_day"), 0);
}

/* The schema's own CHECKs, which imports and later features rely on,
 * reject what the C API would: a rating out of range or of the wrong
 * type, written in plain SQL. ('3' would be stored as 3 by the column's
 * integer affinity, so it is not a wrong type.) */
static void test_schema_checks(void **state)
{
	struct store *store = *state;
	sqlite3 *db = store_db(store);
	assert_int_equal(sqlite3_exec(db, "INSERT INTO diary_day (date) VALUES ('2026-11-25')",
	                              NULL, NULL, NULL),
	                 SQLITE_OK);
	static const char *const bad[] = {
		"INSERT INTO diary_urge VALUES ('2026-11-25', 'use', 6)",
		"INSERT INTO diary_urge VALUES ('2026-11-25', 'use', 'three')",
		"INSERT INTO diary_urge VALUES ('2026-11-25', 'use', 2.5)",
		"INSERT INTO diary_urge VALUES ('2026-11-26', 'use', 2)", /* no such day */
		"INSERT INTO diary_emotion VALUES ('2026-11-25', 'joy', -1)",
		"UPDATE diary_day SET skills_used = 8",
		"INSERT INTO urge_event (id, at, target, before)"
		" VALUES (x'00', '2026-11-25T10:00:00+00:00', 'use', 1)",
		"INSERT INTO urge_event (id, at, target, before)"
		" VALUES (randomblob(16), '2026-11-25T10:00:00+00:00', 'use', 9)",
		"INSERT INTO practice (at, skill) VALUES ('soon', 'tip')",
		"INSERT INTO homework (id, title, assigned) VALUES ('hw1', 'x', '2026-13-01')",
		"INSERT INTO safety_line VALUES ('warning-signs', 0, 'x', 0)",
		"INSERT INTO safety_line VALUES ('warning-signs', 21, 'x', 0)",
		"INSERT INTO safety_line VALUES ('hopes', 1, 'x', 0)",
		"INSERT INTO safety_line VALUES ('coping', 1, '', 0)",
		"INSERT INTO safety_line VALUES ('coping', 1, '   ', 0)",
		"INSERT INTO safety_line VALUES ('coping', 1, 'a' || char(10) || 'b', 0)",
		"INSERT INTO safety_line VALUES ('coping', 1, 'a' || char(27) || '[2J', 0)",
		"INSERT INTO safety_line VALUES ('coping', 1, 'a' || char(155) || '2J', 0)",
		"INSERT INTO safety_line VALUES ('coping', 1, 'tab' || char(9), 0)",
		"INSERT INTO safety_line VALUES ('coping', 1, printf('%.501c', 'x'), 0)",
		"INSERT INTO safety_line VALUES ('coping', 1, 'x', 2)",
		"INSERT INTO safety_line VALUES ('coping', 1, x'41', 0)",
		"INSERT INTO setting VALUES ('Country', 'GB')",
		"INSERT INTO inbox_key VALUES (2, zeroblob(32), zeroblob(32))",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int rc = sqlite3_exec(db, bad[i], NULL, NULL, NULL);
		if ((rc & 0xff) != SQLITE_CONSTRAINT) {
			fail_msg("accepted or failed oddly (%d): %s", rc, bad[i]);
		}
	}
	assert_int_equal(store_test_count(store, "SELECT count(*) FROM diary_urge"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_settings, store_test_setup, store_test_teardown),
		cmocka_unit_test_setup_teardown(test_no_thresholds_in_vault, store_test_setup, store_test_teardown),
		cmocka_unit_test_setup_teardown(test_urge_events_idempotent, store_test_setup, store_test_teardown),
		cmocka_unit_test_setup_teardown(test_urge_event_ranges, store_test_setup, store_test_teardown),
		cmocka_unit_test_setup_teardown(test_diary_day, store_test_setup, store_test_teardown),
		cmocka_unit_test_setup_teardown(test_diary_ranges, store_test_setup, store_test_teardown),
		cmocka_unit_test_setup_teardown(test_schema_checks, store_test_setup, store_test_teardown),
		cmocka_unit_test_setup_teardown(test_changes_nest, store_test_setup, store_test_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
