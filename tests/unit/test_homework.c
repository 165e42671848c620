/* core/homework.c: how often, what is expected over days, what is due.
 * The weekday counts were taken from a calendar (2026-11-30 is a
 * Monday; 2026-12-05 and 06 are the weekend), not from this code. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/homework.h"

static struct date day(const char *text)
{
	struct date d = {0};
	if (!date_parse(text, &d)) {
		fail_msg("\"%s\" did not parse", text);
	}
	return d;
}

static struct homework_every every(const char *text)
{
	struct homework_every e;
	if (!homework_every_parse(text, &e)) {
		fail_msg("\"%s\" did not parse", text);
	}
	return e;
}

static void parse_and_format(void **state)
{
	(void)state;
	const char *good[] = {"day", "weekday", "1-per-week", "3-per-week", "7-per-week"};
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		char out[HOMEWORK_EVERY_TEXT_SIZE];
		homework_every_format(every(good[i]), out);
		assert_string_equal(out, good[i]);
	}
	const char *bad[] = {"", "days", "0-per-week", "8-per-week", "3-per-weeks", "3per-week",
	                     "fortnightly", "Day"};
	struct homework_every e;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_false(homework_every_parse(bad[i], &e));
	}
	char words[32];
	assert_string_equal(homework_every_words(every("3-per-week"), words), "3 times a week");
	assert_string_equal(homework_every_words(every("1-per-week"), words), "once a week");
}

static void ids(void **state)
{
	(void)state;
	assert_true(homework_id_valid("hw-3f9a1c2e"));
	assert_false(homework_id_valid("hw-3F9A1C2E"));
	assert_false(homework_id_valid("hw-3f9a1c2"));
	assert_false(homework_id_valid("hw-3f9a1c2e0"));
	assert_false(homework_id_valid("hx-3f9a1c2e"));
	assert_false(homework_id_valid("hw-3f9a1c2g"));
}

static void expected(void **state)
{
	(void)state;
	/* Every day: each day counts, both ends included. */
	assert_int_equal(homework_expected(every("day"), day("2026-11-30"), day("2026-11-30")), 1);
	assert_int_equal(homework_expected(every("day"), day("2026-11-23"), day("2026-11-30")), 8);
	assert_int_equal(homework_expected(every("day"), day("2026-11-30"), day("2026-11-29")), 0);
	/* Weekdays: Monday 30 Nov to Sunday 6 Dec holds five; to the next
	 * Wednesday, eight; a weekend alone, none. */
	assert_int_equal(homework_expected(every("weekday"), day("2026-11-30"), day("2026-12-06")), 5);
	assert_int_equal(homework_expected(every("weekday"), day("2026-11-30"), day("2026-12-09")), 8);
	assert_int_equal(homework_expected(every("weekday"), day("2026-12-05"), day("2026-12-06")), 0);
	assert_int_equal(homework_expected(every("weekday"), day("2026-12-04"), day("2026-12-07")), 2);
	/* N a week: N for each week begun. */
	assert_int_equal(homework_expected(every("3-per-week"), day("2026-11-30"), day("2026-11-30")),
	                 3);
	assert_int_equal(homework_expected(every("3-per-week"), day("2026-11-30"), day("2026-12-06")),
	                 3);
	assert_int_equal(homework_expected(every("3-per-week"), day("2026-11-30"), day("2026-12-07")),
	                 6);
	assert_int_equal(homework_expected(every("2-per-week"), day("2026-12-01"), day("2026-11-30")),
	                 0);
}

static void due(void **state)
{
	(void)state;
	assert_true(homework_due_on(every("day"), day("2026-12-06"), 9));
	assert_true(homework_due_on(every("weekday"), day("2026-12-04"), 0));  /* a Friday */
	assert_false(homework_due_on(every("weekday"), day("2026-12-05"), 0)); /* a Saturday */
	assert_true(homework_due_on(every("3-per-week"), day("2026-12-05"), 2));
	assert_false(homework_due_on(every("3-per-week"), day("2026-12-05"), 3));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_and_format),
		cmocka_unit_test(ids),
		cmocka_unit_test(expected),
		cmocka_unit_test(due),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
