/* core/helps.c: which skills were followed by the largest drops, with
 * medians worked out by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/helps.h"

struct use {
	const char *skill;
	int before;
	int after;
};

static void add_all(struct helps *h, const struct use *uses, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		assert_true(helps_add(h, uses[i].skill, uses[i].before, uses[i].after));
	}
	helps_rank(h);
}

static const struct helps_skill *skill(const struct helps *h, const char *id)
{
	for (size_t i = 0; i < h->count; i++) {
		if (strcmp(h->skills[i].id, id) == 0) {
			return &h->skills[i];
		}
	}
	fail_msg("no skill %s", id);
	return NULL;
}

/* tip: drops 4-1=3, 5-3=2, 3-3=0, 4-0=4 -> sorted 0 2 3 4, median
 * (2+3)/2 = 2.5 (5 halves). stop: 3-2=1, 2-1=1, 4-1=3 -> 1 1 3, median 1.
 * paced-breathing: 5-2=3, 4-1=3, 2-2=0 -> 0 3 3, median 3.
 * self-soothe: two uses, too few. Uses without an after rating or a skill
 * are passed over. */
static const struct use sample[] = {
	{"tip", 4, 1},          {"stop", 3, 2},         {"tip", 5, 3},
	{"paced-breathing", 5, 2}, {"self-soothe", 5, 0}, {"tip", 3, 3},
	{"stop", 2, 1},         {"paced-breathing", 4, 1}, {"tip", 4, 0},
	{"stop", 4, 1},         {"self-soothe", 4, 0},  {"paced-breathing", 2, 2},
	{"tip", 4, -1},         {NULL, 5, 0},           {"", 5, 0},
	{"stop", 6, 0},
};

static void test_medians(void **state)
{
	(void)state;
	struct helps h;
	helps_init(&h);
	add_all(&h, sample, sizeof(sample) / sizeof(sample[0]));
	assert_int_equal(h.uses, 12);
	assert_int_equal(h.count, 4);
	assert_int_equal(skill(&h, "tip")->count, 4);
	assert_int_equal(skill(&h, "tip")->median_halves, 5);
	assert_int_equal(skill(&h, "stop")->count, 3);
	assert_int_equal(skill(&h, "stop")->median_halves, 2);
	assert_int_equal(skill(&h, "paced-breathing")->median_halves, 6);
	assert_int_equal(skill(&h, "self-soothe")->count, 2);
	/* Ranked by median drop: paced-breathing 3, tip 2.5, stop 1; then
	 * the skill with too few uses. */
	assert_int_equal(h.ranked, 3);
	assert_string_equal(h.skills[0].id, "paced-breathing");
	assert_string_equal(h.skills[1].id, "tip");
	assert_string_equal(h.skills[2].id, "stop");
	assert_string_equal(h.skills[3].id, "self-soothe");
	helps_finish(&h);
}

/* Equal medians: the one used more often first, then by id. */
static void test_ties(void **state)
{
	(void)state;
	static const struct use uses[] = {
		{"b", 3, 1}, {"b", 3, 1}, {"b", 3, 1},              /* 2, three times */
		{"a", 3, 1}, {"a", 3, 1}, {"a", 3, 1},              /* 2, three times */
		{"c", 4, 2}, {"c", 4, 2}, {"c", 4, 2}, {"c", 1, 0}, /* 1 2 2 2: 2, four times */
		{"d", 2, 4}, {"d", 3, 4}, {"d", 1, 1},              /* -2 -1 0: median -1 */
	};
	struct helps h;
	helps_init(&h);
	add_all(&h, uses, sizeof(uses) / sizeof(uses[0]));
	assert_int_equal(h.ranked, 4);
	assert_string_equal(h.skills[0].id, "c");
	assert_string_equal(h.skills[1].id, "a");
	assert_string_equal(h.skills[2].id, "b");
	assert_string_equal(h.skills[3].id, "d");
	assert_int_equal(h.skills[3].median_halves, -2);
	helps_finish(&h);
}

static const char *const crisis[] = {"stop", "tip", "paced-breathing", "self-soothe"};

/* No data, or too little: STOP and TIP, none from the data. */
static void test_best_too_little(void **state)
{
	(void)state;
	struct helps h;
	helps_init(&h);
	helps_rank(&h);
	const char *out[2];
	assert_int_equal(helps_best(&h, crisis, 4, out), 0);
	assert_string_equal(out[0], "stop");
	assert_string_equal(out[1], "tip");
	static const struct use two[] = {{"self-soothe", 5, 0}, {"self-soothe", 5, 0}};
	add_all(&h, two, 2);
	assert_int_equal(h.ranked, 0);
	assert_int_equal(helps_best(&h, crisis, 4, out), 0);
	assert_string_equal(out[0], "stop");
	assert_string_equal(out[1], "tip");
	helps_finish(&h);
}

/* The best two among the allowed ids; a skill outside them (not a crisis
 * skill) is passed over; with only one helpful skill the second is the
 * first default that is not already taken. */
static void test_best(void **state)
{
	(void)state;
	struct helps h;
	helps_init(&h);
	add_all(&h, sample, sizeof(sample) / sizeof(sample[0]));
	const char *out[2];
	assert_int_equal(helps_best(&h, crisis, 4, out), 2);
	assert_string_equal(out[0], "paced-breathing");
	assert_string_equal(out[1], "tip");
	static const char *const no_pb[] = {"stop", "tip"};
	assert_int_equal(helps_best(&h, no_pb, 2, out), 2);
	assert_string_equal(out[0], "tip");
	assert_string_equal(out[1], "stop");
	static const char *const only_tip[] = {"tip", "self-soothe"};
	assert_int_equal(helps_best(&h, only_tip, 2, out), 1);
	assert_string_equal(out[0], "tip");
	assert_string_equal(out[1], "stop");
	static const char *const only_stop[] = {"stop"};
	assert_int_equal(helps_best(&h, only_stop, 1, out), 1);
	assert_string_equal(out[0], "stop");
	assert_string_equal(out[1], "tip");
	helps_finish(&h);
}

/* A skill after which urges did not drop is never suggested. */
static void test_best_no_drop(void **state)
{
	(void)state;
	static const struct use uses[] = {
		{"tip", 3, 3}, {"tip", 2, 3}, {"tip", 4, 4},
		{"self-soothe", 4, 3}, {"self-soothe", 4, 3}, {"self-soothe", 4, 4},
	};
	struct helps h;
	helps_init(&h);
	add_all(&h, uses, sizeof(uses) / sizeof(uses[0]));
	const char *out[2];
	assert_int_equal(helps_best(&h, crisis, 4, out), 1);
	assert_string_equal(out[0], "self-soothe");
	assert_string_equal(out[1], "stop");
	helps_finish(&h);
}

static void test_drop_text(void **state)
{
	(void)state;
	char t[HELPS_DROP_TEXT_SIZE];
	helps_drop_text(5, t);
	assert_string_equal(t, "2.5");
	helps_drop_text(4, t);
	assert_string_equal(t, "2");
	helps_drop_text(0, t);
	assert_string_equal(t, "0");
	helps_drop_text(-1, t);
	assert_string_equal(t, "-0.5");
	helps_drop_text(-10, t);
	assert_string_equal(t, "-5");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_medians),        cmocka_unit_test(test_ties),
		cmocka_unit_test(test_best_too_little), cmocka_unit_test(test_best),
		cmocka_unit_test(test_best_no_drop),   cmocka_unit_test(test_drop_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
