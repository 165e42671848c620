/* store/card.c: a day of the diary card written and read back whole, a
 * range read in one pass, and the peak of the urges logged each day.
 *   enum store_status store_card_put(struct store *store, const struct card_day *day);
 *   enum store_status store_card_get(struct store *store, const char *date, struct card_day *day);
 *   enum store_status store_card_each(struct store *store, const char *from, const char *to, ...);
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <string.h>

#include "store/card.h"
#include "store/store_db.h"
#include "store/store.h"
#include "store/urge_event.h"
#include "store_test.h"

static int count_rows(struct store *store, const char *sql)
{
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(store_db(store), sql, -1, &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	int n = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return n;
}

static void fill(struct card_day *d)
{
	assert_true(card_rating_put(d->urges, &d->urge_count, "suicide", 2));
	assert_true(card_rating_put(d->urges, &d->urge_count, "use", 0));
	assert_true(card_rating_put(d->emotions, &d->emotion_count, "shame", 4));
	assert_true(card_rating_put(d->session, &d->session_count, "urge-quit", 3));
	assert_true(card_day_put_action(d, "self-harm", 0, false));
	assert_true(card_day_put_action(d, "use", 3, true));
	assert_true(card_day_put_med(d, "as-prescribed", "yes"));
	assert_true(card_day_put_med(d, "other-drugs", "2 beer"));
	assert_true(card_day_put_skill(d, "tip", true));
	assert_true(card_day_put_skill(d, "stop", true));
	d->skills_used = 5;
	d->has_note = true;
	str_append(&d->note, "A hard day, \xe2\x80\x94 but I called Sam.");
}

static void test_round_trip(void **state)
{
	struct store *store = *state;
	struct card_day d, back;
	card_day_init(&d, "2026-11-20");
	card_day_init(&back, "2026-11-20");
	assert_status(store_card_get(store, "2026-11-20", &back), STORE_OK);
	assert_true(card_day_is_empty(&back));
	fill(&d);
	assert_status(store_card_put(store, &d), STORE_OK);
	assert_status(store_card_get(store, "2026-11-20", &back), STORE_OK);
	assert_int_equal(card_rating_get(back.urges, back.urge_count, "suicide"), 2);
	assert_int_equal(card_rating_get(back.urges, back.urge_count, "use"), 0);
	assert_int_equal(card_rating_get(back.urges, back.urge_count, "self-harm"), -1);
	assert_int_equal(card_rating_get(back.emotions, back.emotion_count, "shame"), 4);
	assert_int_equal(card_rating_get(back.session, back.session_count, "urge-quit"), 3);
	assert_int_equal(card_day_action(&back, "use")->acted, 3);
	assert_true(card_day_action(&back, "use")->counted);
	assert_false(card_day_action(&back, "self-harm")->counted);
	assert_string_equal(card_day_med(&back, "other-drugs"), "2 beer");
	assert_true(card_day_has_skill(&back, "tip"));
	assert_string_equal(back.skills[0], "stop"); /* kept in id order */
	assert_int_equal(back.skills_used, 5);
	assert_string_equal(str_cstr(&back.note), str_cstr(&d.note));
	/* Another day is untouched. */
	assert_status(store_card_get(store, "2026-11-21", &back), STORE_OK);
	assert_true(card_day_is_empty(&back));
	card_day_finish(&d);
	card_day_finish(&back);
}

static void test_put_replaces_and_clears(void **state)
{
	struct store *store = *state;
	struct card_day d;
	card_day_init(&d, "2026-11-20");
	fill(&d);
	assert_status(store_card_put(store, &d), STORE_OK);
	assert_true(card_rating_put(d.urges, &d.urge_count, "suicide", -1));
	assert_true(card_day_put_skill(&d, "tip", false));
	assert_status(store_card_put(store, &d), STORE_OK);
	struct card_day back;
	card_day_init(&back, "");
	assert_status(store_card_get(store, "2026-11-20", &back), STORE_OK);
	assert_int_equal(card_rating_get(back.urges, back.urge_count, "suicide"), -1);
	assert_false(card_day_has_skill(&back, "tip"));
	assert_true(card_day_has_skill(&back, "stop"));
	/* An emptied day leaves nothing behind. */
	card_day_reset(&d, "2026-11-20");
	assert_status(store_card_put(store, &d), STORE_OK);
	assert_int_equal(count_rows(store, "SELECT count(*) FROM diary_day"), 0);
	assert_int_equal(count_rows(store, "SELECT count(*) FROM diary_skill"), 0);
	card_day_finish(&d);
	card_day_finish(&back);
}

static void test_bad_value_changes_nothing(void **state)
{
	struct store *store = *state;
	struct card_day d;
	card_day_init(&d, "2026-11-20");
	fill(&d);
	assert_status(store_card_put(store, &d), STORE_OK);
	struct card_day bad;
	card_day_init(&bad, "2026-11-20");
	assert_true(card_rating_put(bad.emotions, &bad.emotion_count, "joy", 3));
	assert_true(card_rating_put(bad.urges, &bad.urge_count, "suicide", 6));
	assert_status(store_card_put(store, &bad), STORE_INVALID);
	struct card_day back;
	card_day_init(&back, "");
	assert_status(store_card_get(store, "2026-11-20", &back), STORE_OK);
	assert_int_equal(card_rating_get(back.urges, back.urge_count, "suicide"), 2);
	assert_int_equal(card_rating_get(back.emotions, back.emotion_count, "joy"), -1);
	card_day_finish(&d);
	card_day_finish(&bad);
	card_day_finish(&back);
}

static void add_urge(struct store *store, const char *at, const char *target, int before)
{
	struct store_urge u = {.at = at, .target = target, .before = before, .after = -1};
	store_urge_id_new(u.id);
	assert_status(store_urge_add(store, &u, NULL), STORE_OK);
}

struct seen {
	char dates[10][DATE_TEXT_SIZE];
	int peak_self_harm[10];
	int shown_suicide[10];
	size_t n;
};

static bool collect(const struct card_day *day, void *data)
{
	struct seen *s = data;
	memcpy(s->dates[s->n], day->date, DATE_TEXT_SIZE);
	s->peak_self_harm[s->n] = card_rating_get(day->peaks, day->peak_count, "self-harm");
	s->shown_suicide[s->n] = card_day_urge_shown(day, "suicide");
	s->n++;
	return true;
}

static void test_range_with_peaks(void **state)
{
	struct store *store = *state;
	struct card_day d;
	card_day_init(&d, "2026-11-16");
	fill(&d);
	assert_status(store_card_put(store, &d), STORE_OK);
	card_day_reset(&d, "2026-11-22");
	d.skills_used = 1;
	assert_status(store_card_put(store, &d), STORE_OK);
	card_day_reset(&d, "2026-11-23"); /* outside the week */
	d.skills_used = 2;
	assert_status(store_card_put(store, &d), STORE_OK);
	/* Logged urges: a day with nothing else on the card still shows. */
	add_urge(store, "2026-11-18T09:00:00+13:00", "self-harm", 2);
	add_urge(store, "2026-11-18T23:59:59+13:00", "self-harm", 4);
	add_urge(store, "2026-11-18T12:00:00+13:00", "suicide", 3);
	add_urge(store, "2026-11-16T08:00:00+00:00", "suicide", 5);
	add_urge(store, "2026-11-15T23:00:00+00:00", "self-harm", 5); /* the day before */
	struct seen s = {0};
	assert_status(store_card_each(store, "2026-11-16", "2026-11-22", collect, &s), STORE_OK);
	assert_int_equal(s.n, 3);
	assert_string_equal(s.dates[0], "2026-11-16");
	assert_string_equal(s.dates[1], "2026-11-18");
	assert_string_equal(s.dates[2], "2026-11-22");
	assert_int_equal(s.peak_self_harm[0], -1);
	assert_int_equal(s.shown_suicide[0], 2); /* the card's value wins over the peak, 5 */
	assert_int_equal(s.peak_self_harm[1], 4);
	assert_int_equal(s.shown_suicide[1], 3); /* no card value: the peak stands in */
	card_day_finish(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_round_trip, store_test_setup, store_test_teardown),
		cmocka_unit_test_setup_teardown(test_put_replaces_and_clears, store_test_setup, store_test_teardown),
		cmocka_unit_test_setup_teardown(test_bad_value_changes_nothing, store_test_setup, store_test_teardown),
		cmocka_unit_test_setup_teardown(test_range_with_peaks, store_test_setup, store_test_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
