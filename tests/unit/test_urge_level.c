/* core/urge_level.c: when an urge is high (DESIGN.md §2.2). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/urge_level.h"

static void test_defaults(void **state)
{
	(void)state;
	struct urge_thresholds t;
	urge_thresholds_default(&t);
	/* Suicide from 1, any other kind from 4. */
	assert_false(urge_is_high(&t, URGE_KIND_SUICIDE, 0));
	assert_true(urge_is_high(&t, URGE_KIND_SUICIDE, 1));
	for (int k = URGE_KIND_SELF_HARM; k <= URGE_KIND_OTHER; k++) {
		assert_false(urge_is_high(&t, (enum urge_kind)k, 3));
		assert_true(urge_is_high(&t, (enum urge_kind)k, 4));
	}
	/* A name whose kind is not known gets the suicide threshold. */
	assert_int_equal(urge_kind_of_default("binge-eating"), URGE_KIND_UNKNOWN);
	assert_true(urge_is_high(&t, urge_kind_of_default("binge-eating"), 1));
	assert_int_equal(urge_kind_of_default("suicide"), URGE_KIND_SUICIDE);
	assert_int_equal(urge_kind_of_default("self-harm"), URGE_KIND_SELF_HARM);
	assert_int_equal(urge_kind_of_default("use"), URGE_KIND_USE);
	/* A rating above the scale (mistyped) is high too. */
	assert_true(urge_is_high(&t, URGE_KIND_USE, 9));
}

/* A threshold cannot switch the check off or sit above the scale: such a
 * value counts as the lowest. */
static void test_never_off(void **state)
{
	(void)state;
	struct urge_thresholds t;
	urge_thresholds_default(&t);
	t.at[URGE_KIND_USE] = 0;
	assert_true(urge_is_high(&t, URGE_KIND_USE, 1));
	t.at[URGE_KIND_USE] = 6;
	assert_true(urge_is_high(&t, URGE_KIND_USE, 1));
	t.at[URGE_KIND_USE] = 2;
	assert_false(urge_is_high(&t, URGE_KIND_USE, 1));
	assert_true(urge_is_high(&t, URGE_KIND_USE, 2));
	assert_true(urge_is_high(&t, (enum urge_kind)99, 1)); /* unknown: suicide's */
}

static void test_ratings_and_targets(void **state)
{
	(void)state;
	assert_true(urge_rating_valid(0));
	assert_true(urge_rating_valid(5));
	assert_false(urge_rating_valid(-1));
	assert_false(urge_rating_valid(6));
	assert_true(urge_target_valid("self-harm"));
	assert_true(urge_target_valid("binge-eating2"));
	assert_false(urge_target_valid(""));
	assert_false(urge_target_valid("Self-harm"));
	assert_false(urge_target_valid("self harm"));
	assert_false(urge_target_valid("x\n"));
	assert_false(urge_target_valid("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_never_off),
		cmocka_unit_test(test_ratings_and_targets),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
