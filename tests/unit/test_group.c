/* app/group.c: which skills a group is taught: a week of the plan, the
 * week worked out from the day the group began (and its rounds), a
 * module in the plan's order, skills by id, and the mistakes said. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "app/group.h"

static struct app app;

static int setup(void **state)
{
	(void)state;
	struct app_options opt = {.passphrase_fd = -1, .recovery_key_fd = -1};
	app_init(&app, &opt);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	app_finish(&app);
	return 0;
}

static void test_week_from_start(void **state)
{
	(void)state;
	static const struct {
		const char *today;
		unsigned week, round;
		bool before;
	} cases[] = {
		{"2026-09-07", 1, 1, false}, /* the first day */
		{"2026-09-13", 1, 1, false},
		{"2026-09-14", 2, 1, false},
		{"2026-09-30", 4, 1, false},
		{"2027-02-21", 24, 1, false}, /* the last day of week 24 */
		{"2027-02-22", 1, 2, false},  /* the plan again */
		{"2026-09-01", 1, 1, true},   /* not started yet */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct app_group_ask ask = {.start = "2026-09-07", .today = cases[i].today};
		struct app_group g;
		struct app_error err = {0};
		assert_true(app_group_open(&app, &ask, &g, &err));
		assert_int_equal(g.week, cases[i].week);
		assert_int_equal(g.round, cases[i].round);
		assert_int_equal(g.before_start, cases[i].before);
		app_group_finish(&g);
	}
	/* --week wins over the start. */
	struct app_group_ask ask = {.start = "2026-09-07", .today = "2026-09-30", .week = 12,
	                            .week_given = true};
	struct app_group g;
	struct app_error err = {0};
	assert_true(app_group_open(&app, &ask, &g, &err));
	assert_int_equal(g.week, 12);
	assert_string_equal(str_cstr(&g.title), "Week 12 of 24: Emotion regulation");
	assert_string_equal(g.list[0]->id, "naming-emotions");
	assert_string_equal(g.list[1]->id, "check-the-facts");
	assert_int_equal(g.count, 2);
	app_group_finish(&g);
}

static void test_module_in_plan_order(void **state)
{
	(void)state;
	struct app_group_ask ask = {.module = "distress-tolerance"};
	struct app_group g;
	struct app_error err = {0};
	assert_true(app_group_open(&app, &ask, &g, &err));
	assert_string_equal(g.list[0]->id, "when-to-use-crisis-skills");
	assert_string_equal(g.list[1]->id, "stop");
	assert_string_equal(g.list[2]->id, "pros-and-cons");
	for (size_t i = 0; i < g.count; i++) {
		assert_int_equal(g.list[i]->module, SKILL_DISTRESS_TOLERANCE);
		for (size_t j = 0; j < i; j++) {
			assert_ptr_not_equal(g.list[i], g.list[j]); /* each once */
		}
	}
	assert_int_equal(g.week, 0);
	app_group_finish(&g);
}

static void test_mistakes(void **state)
{
	(void)state;
	struct app_group g;
	struct app_error err = {0};
	struct app_group_ask week = {.week = 25, .week_given = true};
	assert_false(app_group_open(&app, &week, &g, &err));
	assert_int_equal(err.status, APP_E_GROUP);
	assert_non_null(strstr(str_cstr(&err.detail), "weeks 1 to 24, so there is no week 25"));
	app_group_finish(&g);
	app_error_finish(&err);

	struct app_group_ask date = {.start = "2026-02-30"};
	assert_false(app_group_open(&app, &date, &g, &err));
	assert_int_equal(err.status, APP_E_DATE);
	app_group_finish(&g);
	app_error_finish(&err);

	char *ids[] = {"stop", "tpi"};
	struct app_group_ask skills = {.ids = ids, .id_count = 2};
	assert_false(app_group_open(&app, &skills, &g, &err));
	assert_int_equal(err.status, APP_E_SKILL);
	assert_non_null(strstr(str_cstr(&err.detail), "\"tip\""));
	app_group_finish(&g);
	app_error_finish(&err);

	struct app_group_ask plan = {.curriculum = "no-such-plan"};
	assert_false(app_group_open(&app, &plan, &g, &err));
	assert_int_equal(err.status, APP_E_GROUP);
	app_group_finish(&g);
	app_error_finish(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_week_from_start),
		cmocka_unit_test(test_module_in_plan_order),
		cmocka_unit_test(test_mistakes),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
