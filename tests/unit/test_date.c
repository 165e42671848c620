/* core/date.c: ISO dates and weeks. The expected values were taken from
 * GNU date (date -d D '+%F %G-W%V %u') and Python's
 * datetime.date.isocalendar(), not from this code. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/date.h"

static struct date parsed(const char *text)
{
	struct date d = {0};
	if (!date_parse(text, &d)) {
		fail_msg("\"%s\" did not parse", text);
	}
	return d;
}

static void expect_date(struct date d, const char *text)
{
	char out[DATE_TEXT_SIZE];
	date_format(d, out);
	assert_string_equal(out, text);
}

static void test_parse_accepts_real_days(void **state)
{
	(void)state;
	struct date d = parsed("2026-11-29");
	assert_int_equal(d.year, 2026);
	assert_int_equal(d.month, 11);
	assert_int_equal(d.day, 29);
	d = parsed("2024-02-29"); /* leap year */
	assert_int_equal(d.day, 29);
	d = parsed("2000-02-29"); /* divisible by 400: leap */
	assert_int_equal(d.month, 2);
	d = parsed("1970-01-01");
	assert_int_equal(d.year, 1970);
	d = parsed("9999-12-31");
	assert_int_equal(d.year, 9999);
	parsed("2026-04-30");
	parsed("2026-01-31");
}

static void test_parse_rejects(void **state)
{
	(void)state;
	const char *bad[] = {
		"2026-02-30", "2026-02-29", "2100-02-29", "1900-02-29", "2026-04-31",
		"2026-13-01", "2026-00-10", "2026-01-00", "2026-1-5", "2026-01-5",
		"26-01-05", "2026/01/05", "2026-01-05 ", " 2026-01-05", "2026-01-05x",
		"2026-01-05T10:00", "1969-12-31", "0000-01-01", "10000-01-01", "",
		"2026-0a-05", "+026-01-05", "2026--1-05", "2026-01-\xd9\xa5",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct date d = {.year = 1, .month = 2, .day = 3};
		if (date_parse(bad[i], &d)) {
			fail_msg("\"%s\" parsed as %d-%d-%d", bad[i], d.year, d.month, d.day);
		}
		assert_int_equal(d.year, 1); /* untouched */
		assert_int_equal(d.month, 2);
		assert_int_equal(d.day, 3);
	}
	struct date d;
	assert_false(date_parse(NULL, &d));
}

static void test_validity_and_leap_years(void **state)
{
	(void)state;
	assert_true(date_is_leap_year(2024));
	assert_true(date_is_leap_year(2000));
	assert_false(date_is_leap_year(2100));
	assert_false(date_is_leap_year(2026));
	assert_true(date_is_valid((struct date){2028, 2, 29}));
	assert_false(date_is_valid((struct date){2027, 2, 29}));
	assert_true(date_is_valid((struct date){1, 1, 1}));
	assert_false(date_is_valid((struct date){0, 12, 31}));
	assert_false(date_is_valid((struct date){10000, 1, 1}));
	assert_false(date_is_valid((struct date){2026, 6, 31}));
}

static void test_format(void **state)
{
	(void)state;
	expect_date((struct date){2026, 11, 29}, "2026-11-29");
	expect_date((struct date){1970, 1, 1}, "1970-01-01");
	expect_date((struct date){7, 3, 9}, "0007-03-09");
	expect_date((struct date){9999, 12, 31}, "9999-12-31");
	expect_date((struct date){2026, 2, 30}, "");
	expect_date((struct date){12345, 1, 1}, "");
	/* Round trip over every day of a leap year and a common one. */
	for (int year = 2023; year <= 2024; year++) {
		struct date d = {year, 1, 1};
		char text[DATE_TEXT_SIZE];
		int days = 0;
		do {
			date_format(d, text);
			struct date back = parsed(text);
			assert_memory_equal(&back, &d, sizeof(d));
			days++;
			assert_true(date_add_days(d, 1, &d));
		} while (d.year == year);
		assert_int_equal(days, year == 2024 ? 366 : 365);
	}
}

static void test_weekday(void **state)
{
	(void)state;
	assert_int_equal(date_weekday(parsed("1970-01-01")), 4); /* Thursday */
	assert_int_equal(date_weekday(parsed("2026-11-29")), 7); /* Sunday */
	assert_int_equal(date_weekday(parsed("2026-12-31")), 4);
	assert_int_equal(date_weekday(parsed("2027-01-01")), 5);
	assert_int_equal(date_weekday(parsed("2027-01-04")), 1);
	assert_int_equal(date_weekday(parsed("2024-02-29")), 4);
	assert_int_equal(date_weekday(parsed("9999-12-31")), 5);
	assert_int_equal(date_weekday((struct date){1, 1, 1}), 1);
	assert_int_equal(date_weekday((struct date){1969, 12, 31}), 3);
}

static void expect_week(const char *day, int year, int week)
{
	struct date_week w = date_iso_week(parsed(day));
	if (w.year != year || w.week != week) {
		fail_msg("%s is in %d-W%02d, expected %d-W%02d", day, w.year, w.week, year, week);
	}
}

static void test_iso_week(void **state)
{
	(void)state;
	expect_week("2026-11-29", 2026, 48);
	expect_week("2026-01-01", 2026, 1);
	expect_week("2025-12-29", 2026, 1); /* a Monday in December, week 1 */
	expect_week("2026-12-31", 2026, 53);
	expect_week("2027-01-01", 2026, 53); /* January, the year before's week */
	expect_week("2027-01-03", 2026, 53);
	expect_week("2027-01-04", 2027, 1);
	expect_week("2020-12-31", 2020, 53);
	expect_week("2021-01-01", 2020, 53);
	expect_week("2021-01-03", 2020, 53);
	expect_week("2021-01-04", 2021, 1);
	expect_week("2019-12-30", 2020, 1);
	expect_week("2008-12-29", 2009, 1);
	expect_week("2010-01-03", 2009, 53);
	expect_week("2024-02-29", 2024, 9);
	expect_week("1970-01-01", 1970, 1);
	expect_week("9999-12-31", 9999, 52);
	/* Years with 53 weeks between 2015 and 2032 (Python). */
	for (int year = 2015; year <= 2032; year++) {
		bool long_year = year == 2015 || year == 2020 || year == 2026 || year == 2032;
		assert_int_equal(date_weeks_in_year(year), long_year ? 53 : 52);
	}
}

static void test_week_text(void **state)
{
	(void)state;
	char out[DATE_WEEK_TEXT_SIZE];
	date_week_format((struct date_week){2020, 53}, out);
	assert_string_equal(out, "2020-W53");
	date_week_format((struct date_week){2026, 1}, out);
	assert_string_equal(out, "2026-W01");
	date_week_format((struct date_week){2025, 53}, out);
	assert_string_equal(out, ""); /* 2025 has 52 weeks */
	date_week_format((struct date_week){2026, 0}, out);
	assert_string_equal(out, "");

	struct date_week w = {0};
	assert_true(date_week_parse("2026-W47", &w));
	assert_int_equal(w.year, 2026);
	assert_int_equal(w.week, 47);
	assert_true(date_week_parse("2020-W53", &w));
	assert_int_equal(w.week, 53);
	const char *bad[] = {"2025-W53", "2026-W54", "2026-W00", "2026-W1", "2026W47",
	                     "2026-w47", "2026-W47 ", "1969-W01", "2026-47", ""};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		w = (struct date_week){1, 1};
		if (date_week_parse(bad[i], &w)) {
			fail_msg("\"%s\" parsed as a week", bad[i]);
		}
		assert_int_equal(w.year, 1);
	}
}

static void test_week_monday_and_start(void **state)
{
	(void)state;
	expect_date(date_week_monday((struct date_week){2026, 1}), "2025-12-29");
	expect_date(date_week_monday((struct date_week){2020, 53}), "2020-12-28");
	expect_date(date_week_monday((struct date_week){2026, 53}), "2026-12-28");
	expect_date(date_week_monday((struct date_week){2009, 53}), "2009-12-28");
	expect_date(date_week_monday((struct date_week){1970, 1}), "1969-12-29");

	expect_date(date_week_start(parsed("2026-11-29")), "2026-11-23"); /* Sunday */
	expect_date(date_week_start(parsed("2026-11-23")), "2026-11-23"); /* Monday */
	expect_date(date_week_start(parsed("2027-01-01")), "2026-12-28");
	expect_date(date_week_start(parsed("2021-01-03")), "2020-12-28");
	expect_date(date_week_start(parsed("2024-03-01")), "2024-02-26");
	expect_date(date_week_start(parsed("1970-01-01")), "1969-12-29");
	expect_date(date_week_start((struct date){1, 1, 7}), "0001-01-01");
	/* Every day's week start is a Monday at most six days back, in the
	 * same ISO week. */
	struct date d = parsed("2026-12-20");
	for (int i = 0; i < 30; i++) {
		struct date monday = date_week_start(d);
		assert_int_equal(date_weekday(monday), 1);
		long back = date_days_between(monday, d);
		assert_true(back >= 0 && back <= 6);
		struct date_week a = date_iso_week(d);
		struct date_week b = date_iso_week(monday);
		assert_memory_equal(&a, &b, sizeof(a));
		struct date again = date_week_monday(a);
		assert_memory_equal(&again, &monday, sizeof(monday));
		assert_true(date_add_days(d, 1, &d));
	}
}

static void expect_added(const char *from, long days, const char *to)
{
	struct date d;
	if (!date_add_days(parsed(from), days, &d)) {
		fail_msg("%s %+ld days failed", from, days);
	}
	expect_date(d, to);
	assert_int_equal(date_days_between(parsed(from), d), days);
}

static void test_add_days(void **state)
{
	(void)state;
	expect_added("2026-11-29", 40, "2027-01-08");
	expect_added("2024-02-28", 1, "2024-02-29");
	expect_added("2023-02-28", 1, "2023-03-01");
	expect_added("2026-03-01", -1, "2026-02-28");
	expect_added("2024-03-01", -1, "2024-02-29");
	expect_added("1970-01-01", -1, "1969-12-31");
	expect_added("2026-11-29", 1000, "2029-08-25");
	expect_added("2026-11-29", 0, "2026-11-29");
	assert_int_equal(date_days_between(parsed("1970-01-01"), parsed("2026-11-29")), 20786);
	assert_int_equal(date_days_between((struct date){1, 1, 1}, parsed("1970-01-01")), 719162);
	assert_int_equal(date_days_between((struct date){1, 1, 1}, parsed("9999-12-31")), 3652058);

	/* Out of range: false, and the output is left alone. */
	struct date d = {2000, 1, 1};
	assert_false(date_add_days(parsed("9999-12-31"), 1, &d));
	assert_false(date_add_days((struct date){1, 1, 1}, -1, &d));
	assert_false(date_add_days(parsed("2026-11-29"), LONG_MAX, &d));
	assert_false(date_add_days(parsed("2026-11-29"), LONG_MIN, &d));
	expect_date(d, "2000-01-01");
	assert_true(date_add_days((struct date){1, 1, 1}, 3652058, &d));
	expect_date(d, "9999-12-31");
}

static void test_from_tm(void **state)
{
	(void)state;
	struct tm tm = {.tm_year = 126, .tm_mon = 10, .tm_mday = 29, .tm_hour = 23};
	struct date d = {0};
	assert_true(date_from_tm(&tm, &d));
	expect_date(d, "2026-11-29");
	d = (struct date){2000, 1, 1};
	tm.tm_mon = 1;
	tm.tm_mday = 30;
	assert_false(date_from_tm(&tm, &d));
	tm.tm_mon = INT_MAX;
	assert_false(date_from_tm(&tm, &d));
	tm.tm_mon = 0;
	tm.tm_mday = 1;
	tm.tm_year = INT_MAX;
	assert_false(date_from_tm(&tm, &d));
	expect_date(d, "2000-01-01");
}

static struct tm moment(int year, int month, int day, int hour, int min)
{
	return (struct tm){.tm_year = year - 1900, .tm_mon = month - 1, .tm_mday = day,
	                   .tm_hour = hour, .tm_min = min, .tm_sec = 59};
}

static void expect_moment(struct tm tm, long offset, const char *zone, const char *text)
{
	char out[DATE_MOMENT_SIZE];
	assert_true(date_format_moment(&tm, offset, zone, out));
	assert_string_equal(out, text);
}

static void test_format_moment(void **state)
{
	(void)state;
	/* TZ=Pacific/Auckland date -d '2026-11-29 01:03:00Z' '+%F %H:%M %:z' */
	expect_moment(moment(2026, 11, 29, 14, 3), 13 * 3600, "NZDT", "2026-11-29 14:03 +13:00");
	expect_moment(moment(2026, 11, 28, 21, 33), -(3 * 3600 + 1800), "NST",
	              "2026-11-28 21:33 -03:30");
	expect_moment(moment(2026, 11, 29, 6, 48), 5 * 3600 + 45 * 60, "+0545",
	              "2026-11-29 06:48 +05:45");
	expect_moment(moment(2026, 11, 29, 1, 3), 0, "UTC", "2026-11-29 01:03 UTC");
	expect_moment(moment(2026, 11, 29, 1, 3), 0, "GMT", "2026-11-29 01:03 +00:00");
	expect_moment(moment(2026, 11, 29, 1, 3), 0, NULL, "2026-11-29 01:03 +00:00");
	expect_moment(moment(1970, 1, 1, 0, 0), -10 * 3600, "HST", "1970-01-01 00:00 -10:00");
	/* An old local mean time: the seconds of the offset are dropped. */
	expect_moment(moment(1900, 1, 1, 0, 1), -75, "LMT", "1900-01-01 00:01 -00:01");
	expect_moment(moment(1900, 1, 1, 0, 1), -30, "LMT", "1900-01-01 00:01 +00:00");

	char out[DATE_MOMENT_SIZE] = "junk";
	struct tm bad = moment(2026, 2, 30, 12, 0);
	assert_false(date_format_moment(&bad, 0, "UTC", out));
	assert_string_equal(out, "");
	bad = moment(2026, 2, 3, 24, 0);
	assert_false(date_format_moment(&bad, 0, "UTC", out));
	bad = moment(2026, 2, 3, 23, 60);
	assert_false(date_format_moment(&bad, 0, "UTC", out));
	struct tm ok = moment(2026, 2, 3, 23, 59);
	assert_false(date_format_moment(&ok, 86400, "X", out));
	assert_false(date_format_moment(&ok, -86400, "X", out));
	assert_true(date_format_moment(&ok, 14 * 3600, "+14", out));
	assert_string_equal(out, "2026-02-03 23:59 +14:00");
}

/* What a front end does: localtime_r, then the tm with its own offset and
 * zone name. POSIX rule strings need no time-zone database. */
static void test_moment_from_localtime(void **state)
{
	(void)state;
	time_t t = 1795914180; /* date -d '2026-11-29 01:03:00Z' +%s */
	const struct {
		const char *tz;
		const char *text;
	} zones[] = {
		{"NZST-12NZDT,M9.5.0,M4.1.0/3", "2026-11-29 14:03 +13:00"},
		{"NST+3:30NDT,M3.2.0,M11.1.0", "2026-11-28 21:33 -03:30"},
		{"UTC0", "2026-11-29 01:03 UTC"},
	};
	for (size_t i = 0; i < sizeof(zones) / sizeof(zones[0]); i++) {
		setenv("TZ", zones[i].tz, 1);
		tzset();
		struct tm tm;
		assert_non_null(localtime_r(&t, &tm));
		char out[DATE_MOMENT_SIZE];
		assert_true(date_format_moment(&tm, tm.tm_gmtoff, tm.tm_zone, out));
		assert_string_equal(out, zones[i].text);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_accepts_real_days),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_validity_and_leap_years),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_iso_week),
		cmocka_unit_test(test_week_text),
		cmocka_unit_test(test_week_monday_and_start),
		cmocka_unit_test(test_add_days),
		cmocka_unit_test(test_from_tm),
		cmocka_unit_test(test_format_moment),
		cmocka_unit_test(test_moment_from_localtime),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
