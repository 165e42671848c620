/* app/week.c on a real diary: a week with a card rating 2 and an urge
 * logged at 4 the same day has 4 as its trend value, the weeks around it
 * -1; the current week has no week after it, a later one is refused, the
 * first week of 1970 starts on its Thursday with none before it; moving
 * keeps the helps ranking, and slides the trend to the same values as a
 * whole read. The KDF is the real one: one diary. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "app_dirs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/urge.h"
#include "app/week.h"

#define PASS "lamp river soft cedar nine"

struct fixture {
	struct app_fixture *f;
	struct session *s;
	char this_week[DATE_WEEK_TEXT_SIZE];
	char last_week[DATE_WEEK_TEXT_SIZE];
	char week_before[DATE_WEEK_TEXT_SIZE];
	char last_wednesday[DATE_TEXT_SIZE];
};

static int setup(void **state)
{
	struct fixture *x = calloc(1, sizeof(*x));
	void *f = NULL;
	if (x == NULL || app_fixture_setup(&f, "week") != 0) {
		return -1;
	}
	x->f = f;
	x->s = app_fixture_unlock(x->f, PASS, true);
	char today[DATE_TEXT_SIZE];
	struct date d, monday, other;
	app_today(today);
	assert_true(date_parse(today, &d));
	monday = date_week_start(d);
	date_week_format(date_iso_week(monday), x->this_week);
	assert_true(date_add_days(monday, -7, &other));
	date_week_format(date_iso_week(other), x->last_week);
	assert_true(date_add_days(monday, -5, &other));
	date_format(other, x->last_wednesday);
	assert_true(date_add_days(monday, -14, &other));
	date_week_format(date_iso_week(other), x->week_before);
	*state = x;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *x = *state;
	session_close(x->s);
	void *f = x->f;
	app_fixture_teardown(&f);
	free(x);
	return 0;
}

static int column(const struct app_report_item *items, size_t count, const char *id)
{
	for (size_t i = 0; i < count; i++) {
		if (strcmp(items[i].id, id) == 0) {
			return (int)i;
		}
	}
	fail_msg("no column %s", id);
	return -1;
}

static void week(struct session *s, const char *which, struct app_week *w)
{
	struct app_error err = {0};
	if (!session_week(s, which, w, &err)) {
		app_fixture_fail("session_week", &err);
	}
}

/* Last Wednesday: 2 on the card and 4 logged, joy 3 on the card. */
static void fill_last_week(struct fixture *x)
{
	struct app_error err = {0};
	struct app_urge_result result = {0};
	const struct app_card_change card[] = {{"urge.self-harm", "2"}, {"emotion.joy", "3"}};
	if (!session_card_set(x->s, x->last_wednesday, card, 2, &result, &err)) {
		app_fixture_fail("card set", &err);
	}
	char at[40];
	snprintf(at, sizeof(at), "%sT21:15:00+00:00", x->last_wednesday);
	const struct app_urge_item logged = {
	    .place = APP_URGE_LOGGED, .target = "self-harm", .rating = 4, .at = at};
	if (!session_urges_put(x->s, &logged, 1, NULL, &result, NULL, &err)) {
		app_fixture_fail("urge", &err);
	}
}

static void test_this_week_empty(void **state)
{
	struct fixture *x = *state;
	struct app_week w;
	app_week_init(&w);
	week(x->s, NULL, &w);
	assert_string_equal(w.week, x->this_week);
	assert_true(w.current);
	assert_true(w.empty);
	assert_string_equal(w.after, "");
	assert_string_equal(w.before, x->last_week);
	assert_int_equal(w.report.day_count, 7);
	assert_int_equal(w.helps_top, 0);
	for (size_t i = 0; i < w.report.target_count; i++) {
		for (int k = 0; k < APP_WEEK_TREND_WEEKS; k++) {
			assert_int_equal(w.urge_trend[i][k], -1);
		}
	}
	app_week_finish(&w);
}

static void test_card_and_logged_urge(void **state)
{
	struct fixture *x = *state;
	fill_last_week(x);
	struct app_week w;
	app_week_init(&w);
	week(x->s, x->last_week, &w);
	assert_false(w.current);
	assert_false(w.empty);
	assert_string_equal(w.after, x->this_week);
	assert_string_equal(w.before, x->week_before);
	int sh = column(w.report.targets, w.report.target_count, "self-harm");
	int use = column(w.report.targets, w.report.target_count, "use");
	int joy = column(w.report.emotions, w.report.emotion_count, "joy");
	/* The day itself, as the grid shows it: 2 on the card, 4 logged. */
	assert_string_equal(w.report.days[2].date, x->last_wednesday);
	assert_int_equal(w.report.days[2].urge[sh], 2);
	assert_int_equal(w.report.days[2].peak[sh], 4);
	/* The trend: the week's highest, 4; the seven weeks before, nothing. */
	const int8_t want[APP_WEEK_TREND_WEEKS] = {-1, -1, -1, -1, -1, -1, -1, 4};
	assert_memory_equal(w.urge_trend[sh], want, sizeof(want));
	const int8_t want_joy[APP_WEEK_TREND_WEEKS] = {-1, -1, -1, -1, -1, -1, -1, 3};
	assert_memory_equal(w.emotion_trend[joy], want_joy, sizeof(want_joy));
	for (int k = 0; k < APP_WEEK_TREND_WEEKS; k++) {
		assert_int_equal(w.urge_trend[use][k], -1);
	}
	/* This week's trend ends the week after: 4 is one week back. */
	week(x->s, NULL, &w);
	sh = column(w.report.targets, w.report.target_count, "self-harm");
	assert_int_equal(w.urge_trend[sh][APP_WEEK_TREND_WEEKS - 2], 4);
	assert_int_equal(w.urge_trend[sh][APP_WEEK_TREND_WEEKS - 1], -1);
	assert_true(w.empty);
	app_week_finish(&w);
}

static void test_no_week_ahead(void **state)
{
	struct fixture *x = *state;
	struct app_week w;
	app_week_init(&w);
	week(x->s, NULL, &w);
	struct app_error err = {0};
	assert_false(session_week_move(x->s, "2099-W01", &w, &err));
	assert_int_equal(err.status, APP_E_FUTURE_WEEK);
	app_error_finish(&err);
	/* the week shown stays */
	assert_string_equal(w.week, x->this_week);
	assert_false(session_week(x->s, "2099-W01", &w, &err));
	assert_int_equal(err.status, APP_E_FUTURE_WEEK);
	app_error_finish(&err);
	assert_false(session_week(x->s, "2026-W60", &w, &err));
	assert_int_equal(err.status, APP_E_WEEK);
	app_error_finish(&err);
	app_week_finish(&w);
}

/* 1970-W01 starts on 1969-12-29, before any diary day: its days from
 * 1970-01-01, and no week before it. */
static void test_first_week(void **state)
{
	struct fixture *x = *state;
	struct app_week w;
	app_week_init(&w);
	week(x->s, "1970-W01", &w);
	assert_string_equal(w.before, "");
	assert_string_equal(w.after, "1970-W02");
	assert_int_equal(w.report.day_count, 4);
	assert_string_equal(w.report.days[0].date, "1970-01-01");
	assert_true(w.empty);
	week(x->s, "1970-W02", &w);
	assert_string_equal(w.before, "1970-W01");
	app_week_finish(&w);
}

static void same_trend(const struct app_week *a, const struct app_week *b)
{
	assert_string_equal(a->week, b->week);
	assert_string_equal(a->trend_from, b->trend_from);
	assert_int_equal(a->report.target_count, b->report.target_count);
	assert_int_equal(a->report.emotion_count, b->report.emotion_count);
	for (size_t i = 0; i < a->report.target_count; i++) {
		assert_memory_equal(a->urge_trend[i], b->urge_trend[i], APP_WEEK_TREND_WEEKS);
	}
	for (size_t i = 0; i < a->report.emotion_count; i++) {
		assert_memory_equal(a->emotion_trend[i], b->emotion_trend[i], APP_WEEK_TREND_WEEKS);
	}
}

static void card_on(struct fixture *x, long days_before_monday, const char *key, const char *value)
{
	char today[DATE_TEXT_SIZE], date[DATE_TEXT_SIZE];
	struct date d;
	app_today(today);
	assert_true(date_parse(today, &d));
	assert_true(date_add_days(date_week_start(d), -days_before_monday, &d));
	date_format(d, date);
	struct app_error err = {0};
	struct app_urge_result result = {0};
	const struct app_card_change change = {key, value};
	if (!session_card_set(x->s, date, &change, 1, &result, &err)) {
		app_fixture_fail("card set", &err);
	}
}

/* The arrows slide the trend along, reading only the week that comes
 * into it: back and forth over twelve weeks, each week's trend is the
 * one a whole read gives. */
static void test_slide_is_a_whole_read(void **state)
{
	struct fixture *x = *state;
	card_on(x, 63, "urge.use", "5");
	card_on(x, 60, "emotion.fear", "2");
	card_on(x, 11, "urge.suicide", "1");
	card_on(x, 30, "emotion.fear", "4");
	struct app_week w, whole;
	app_week_init(&w);
	app_week_init(&whole);
	struct app_error err = {0};
	week(x->s, NULL, &w);
	for (int k = 0; k < 24; k++) {
		char to[DATE_WEEK_TEXT_SIZE];
		snprintf(to, sizeof(to), "%s", k < 12 ? w.before : w.after);
		if (!session_week_move(x->s, to, &w, &err)) {
			app_fixture_fail("move", &err);
		}
		week(x->s, to, &whole);
		same_trend(&w, &whole);
	}
	assert_true(w.current);
	app_week_finish(&w);
	app_week_finish(&whole);
}

/* Three urges rated again after TIP rank it; moving to another week
 * keeps the ranking that was read. */
static void test_move_keeps_helps(void **state)
{
	struct fixture *x = *state;
	struct app_error err = {0};
	for (int i = 0; i < 3; i++) {
		struct app_urge_result result = {0};
		const struct app_urge u = {.target = "use", .rating = 3};
		if (!session_record_urge(x->s, &u, &result, &err) ||
		    !session_urge_after(x->s, result.id, 1, "tip", &result, &err)) {
			app_fixture_fail("urge", &err);
		}
	}
	struct app_week w;
	app_week_init(&w);
	week(x->s, NULL, &w);
	assert_int_equal(w.helps_top, 1);
	assert_string_equal(w.helps.skills[0].id, "tip");
	assert_int_equal(w.helps.skills[0].median_halves, 4);
	if (!session_week_move(x->s, x->last_week, &w, &err)) {
		app_fixture_fail("move", &err);
	}
	assert_string_equal(w.week, x->last_week);
	assert_int_equal(w.helps_top, 1);
	assert_string_equal(w.helps.skills[0].id, "tip");
	app_week_finish(&w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_this_week_empty),
	    cmocka_unit_test(test_card_and_logged_urge),
	    cmocka_unit_test(test_no_week_ahead),
	    cmocka_unit_test(test_first_week),
	    cmocka_unit_test(test_slide_is_a_whole_read),
	    cmocka_unit_test(test_move_keeps_helps),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
