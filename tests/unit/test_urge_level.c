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

/* Issue 10: a threshold can be lowered (or set back to its default),
 * never raised above the default, set to 0 or below, or given to the
 * unknown kind, which always follows suicide's. */
static void test_set_lowers_never_raises(void **state)
{
	(void)state;
	struct urge_thresholds t;
	urge_thresholds_default(&t);
	assert_int_equal(urge_threshold_default(URGE_KIND_SUICIDE), 1);
	assert_int_equal(urge_threshold_default(URGE_KIND_UNKNOWN), 1);
	assert_int_equal(urge_threshold_default(URGE_KIND_OTHER), 4);

	assert_true(urge_thresholds_set(&t, URGE_KIND_SELF_HARM, 2));
	assert_int_equal(t.at[URGE_KIND_SELF_HARM], 2);
	assert_false(urge_is_high(&t, URGE_KIND_SELF_HARM, 1));
	assert_true(urge_is_high(&t, URGE_KIND_SELF_HARM, 2));
	assert_true(urge_thresholds_set(&t, URGE_KIND_SELF_HARM, 4)); /* back to the default */
	assert_int_equal(t.at[URGE_KIND_SELF_HARM], 4);

	/* Refused, and nothing changes. */
	assert_false(urge_thresholds_set(&t, URGE_KIND_USE, 5));
	assert_false(urge_thresholds_set(&t, URGE_KIND_USE, 6));
	assert_false(urge_thresholds_set(&t, URGE_KIND_USE, 0));
	assert_false(urge_thresholds_set(&t, URGE_KIND_USE, -1));
	assert_false(urge_thresholds_set(&t, URGE_KIND_SUICIDE, 2));
	assert_false(urge_thresholds_set(&t, URGE_KIND_SUICIDE, 0));
	assert_false(urge_thresholds_set(&t, URGE_KIND_UNKNOWN, 1));
	assert_false(urge_thresholds_set(&t, (enum urge_kind)99, 1));
	assert_false(urge_thresholds_set(&t, (enum urge_kind)-1, 1));
	struct urge_thresholds d;
	urge_thresholds_default(&d);
	assert_memory_equal(&t, &d, sizeof(t));
	assert_true(urge_thresholds_set(&t, URGE_KIND_SUICIDE, 1));
	assert_int_equal(t.at[URGE_KIND_UNKNOWN], 1);

	/* A threshold set by hand above the default counts as the lowest;
	 * the unknown kind follows suicide's whatever its own slot says. */
	t.at[URGE_KIND_USE] = 5;
	assert_true(urge_is_high(&t, URGE_KIND_USE, 1));
	t.at[URGE_KIND_UNKNOWN] = 5;
	assert_true(urge_is_high(&t, URGE_KIND_UNKNOWN, 1));
}

static void test_kind_names(void **state)
{
	(void)state;
	enum urge_kind k = URGE_KIND_COUNT;
	for (int i = 0; i < URGE_KIND_UNKNOWN; i++) {
		assert_true(urge_kind_parse(urge_kind_name((enum urge_kind)i), &k));
		assert_int_equal(k, i);
	}
	assert_string_equal(urge_kind_name(URGE_KIND_SELF_HARM), "self-harm");
	assert_string_equal(urge_kind_name((enum urge_kind)99), "unknown");
	assert_false(urge_kind_parse("unknown", &k));
	assert_false(urge_kind_parse("Suicide", &k));
	assert_false(urge_kind_parse("self_harm", &k));
	assert_false(urge_kind_parse("", &k));
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
		cmocka_unit_test(test_set_lowers_never_raises),
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test(test_ratings_and_targets),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
