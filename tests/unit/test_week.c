/* app/week.c's own logic, without a diary: a week's value in the trend
 * (an urge's highest, on the card or logged; an emotion's highest; -1
 * for a week with nothing), trend rows matched to columns by id, a span
 * that starts at the diary's first day, a week typed as a week or a day,
 * and what counts as an empty day. tests/app/test_week.c reads a real
 * diary. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/week.h"

#define SPAN_DAYS (7 * APP_WEEK_TREND_WEEKS)

static void item(struct app_report_item *it, const char *id)
{
	memset(it, 0, sizeof(*it));
	snprintf(it->id, sizeof(it->id), "%s", id);
	snprintf(it->label, sizeof(it->label), "%s", id);
	it->in_template = true;
}

/* A report over days days from first, every day blank, with the targets
 * self-harm and use and the emotion joy. */
static void span_init(struct app_report *r, struct date first, size_t days)
{
	app_report_init(r);
	r->target_count = 2;
	item(&r->targets[0], "self-harm");
	item(&r->targets[1], "use");
	r->emotion_count = 1;
	item(&r->emotions[0], "joy");
	r->days = calloc(days, sizeof(r->days[0]));
	assert_non_null(r->days);
	r->day_count = days;
	for (size_t i = 0; i < days; i++) {
		struct date d;
		assert_true(date_add_days(first, (long)i, &d));
		char text[DATE_TEXT_SIZE];
		date_format(d, text);
		app_report_day_blank(&r->days[i], text);
	}
}

static void test_urge_week_is_its_highest(void **state)
{
	(void)state;
	struct date monday = {2026, 9, 28};
	struct app_report span;
	span_init(&span, monday, SPAN_DAYS);
	/* The first week: a card rating 2 and a logged urge 4 the same day,
	 * a card rating 3 another: 4. */
	span.days[2].urge[0] = 2;
	span.days[2].peak[0] = 4;
	span.days[5].urge[0] = 3;
	/* The last week: a card rating alone, 1; a logged urge alone, 2. */
	span.days[SPAN_DAYS - 1].urge[0] = 1;
	span.days[SPAN_DAYS - 3].peak[0] = 2;
	/* The fourth week: a 0 on the card is a value, not nothing. */
	span.days[3 * 7 + 1].urge[0] = 0;
	int8_t trend[2][APP_WEEK_TREND_WEEKS];
	app_week_trend(&span, monday, span.targets, 2, true, trend);
	const int8_t want[APP_WEEK_TREND_WEEKS] = {4, -1, -1, 0, -1, -1, -1, 2};
	assert_memory_equal(trend[0], want, sizeof(want));
	/* Nothing for use in any week. */
	for (int k = 0; k < APP_WEEK_TREND_WEEKS; k++) {
		assert_int_equal(trend[1][k], -1);
	}
	app_report_finish(&span);
}

static void test_emotion_week_is_its_highest(void **state)
{
	(void)state;
	struct date monday = {2026, 9, 28};
	struct app_report span;
	span_init(&span, monday, SPAN_DAYS);
	span.days[7 * 6].emotion[0] = 1;
	span.days[7 * 6 + 6].emotion[0] = 3;
	span.days[7 * 6 + 3].emotion[0] = 2;
	int8_t trend[1][APP_WEEK_TREND_WEEKS];
	app_week_trend(&span, monday, span.emotions, 1, false, trend);
	const int8_t want[APP_WEEK_TREND_WEEKS] = {-1, -1, -1, -1, -1, -1, 3, -1};
	assert_memory_equal(trend[0], want, sizeof(want));
	app_report_finish(&span);
}

/* The week's columns and the span's need not be the same: a target the
 * span has not (its week had no data for it) is -1 throughout; rows
 * follow the week's order, found by id. */
static void test_rows_found_by_id(void **state)
{
	(void)state;
	struct date monday = {2026, 9, 28};
	struct app_report span;
	span_init(&span, monday, SPAN_DAYS);
	span.days[SPAN_DAYS - 1].urge[1] = 5; /* use */
	struct app_report_item items[2];
	item(&items[0], "use");
	item(&items[1], "binge-eating");
	int8_t trend[2][APP_WEEK_TREND_WEEKS];
	app_week_trend(&span, monday, items, 2, true, trend);
	assert_int_equal(trend[0][APP_WEEK_TREND_WEEKS - 1], 5);
	assert_int_equal(trend[0][0], -1);
	for (int k = 0; k < APP_WEEK_TREND_WEEKS; k++) {
		assert_int_equal(trend[1][k], -1);
	}
	app_report_finish(&span);
}

/* Early 1970: the span starts at 1970-01-01, after the trend's first
 * Monday; its days still fall in their own weeks. */
static void test_span_starting_late(void **state)
{
	(void)state;
	struct date first_monday = {1969, 11, 24};
	struct date jan1 = {1970, 1, 1};
	/* 1970-01-01 to 1970-01-18, the end of 1970-W03 */
	struct app_report span;
	span_init(&span, jan1, 18);
	span.days[0].urge[0] = 3;  /* 1970-W01, the 6th week of the trend */
	span.days[17].urge[0] = 1; /* 1970-W03, the 8th */
	int8_t trend[2][APP_WEEK_TREND_WEEKS];
	app_week_trend(&span, first_monday, span.targets, 2, true, trend);
	const int8_t want[APP_WEEK_TREND_WEEKS] = {-1, -1, -1, -1, -1, 3, -1, 1};
	assert_memory_equal(trend[0], want, sizeof(want));
	app_report_finish(&span);
}

static void test_parse(void **state)
{
	(void)state;
	char week[DATE_WEEK_TEXT_SIZE];
	struct app_error err = {0};
	assert_true(app_week_parse("2025-W52", week, &err));
	assert_string_equal(week, "2025-W52");
	assert_true(app_week_parse(" 2025-w01 ", week, &err));
	assert_string_equal(week, "2025-W01");
	/* A day: its ISO week, whose year may be another. */
	assert_true(app_week_parse("2027-01-01", week, &err));
	assert_string_equal(week, "2026-W53");
	assert_true(app_week_parse("2025-12-29", week, &err));
	assert_string_equal(week, "2026-W01");
	const char *bad[] = {"",           "  ",         "2025-W54",
	                     "2025-W53",   "2025-13-01", "last tuesday",
	                     "1969-12-31", "2025-W52x",  NULL};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_false(app_week_parse(bad[i], week, &err));
		assert_int_equal(err.source, APP_ERROR_APP);
		assert_int_equal(err.status, APP_E_WEEK);
		app_error_finish(&err);
	}
}

static void test_empty_day(void **state)
{
	(void)state;
	struct app_report r;
	span_init(&r, (struct date){2026, 11, 16}, 1);
	struct app_report_day *d = &r.days[0];
	assert_true(app_week_day_empty(&r, d));
	d->action[1] = 0; /* "no" is an answer */
	assert_false(app_week_day_empty(&r, d));
	d->action[1] = -1;
	d->peak[0] = 2; /* a logged urge */
	assert_false(app_week_day_empty(&r, d));
	d->peak[0] = -1;
	d->skill_count = 1;
	assert_false(app_week_day_empty(&r, d));
	d->skill_count = 0;
	d->note = 1;
	assert_false(app_week_day_empty(&r, d));
	app_report_finish(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_urge_week_is_its_highest),
	    cmocka_unit_test(test_emotion_week_is_its_highest),
	    cmocka_unit_test(test_rows_found_by_id),
	    cmocka_unit_test(test_span_starting_late),
	    cmocka_unit_test(test_parse),
	    cmocka_unit_test(test_empty_day),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
