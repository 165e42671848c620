/* core/urge_record.c: the sealed inbox record, version 2 (a before- or
 * after-rating, the skill, the urge it follows), and version 1 records
 * written before it still read.
 *   bool urge_record_encode(const struct urge_record *record, struct str *out);
 *   bool urge_record_decode(const char *buf, size_t len, struct urge_record *out);
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/urge_record.h"

static bool decodes(const char *text, struct urge_record *out)
{
	return urge_record_decode(text, strlen(text), out);
}

static struct urge_record before(void)
{
	struct urge_record r = {.kind = URGE_RECORD_BEFORE, .rating = 4};
	snprintf(r.at, sizeof(r.at), "2026-11-22T14:03:00+01:00");
	snprintf(r.target, sizeof(r.target), "self-harm");
	return r;
}

static void round_trip(const struct urge_record *r)
{
	struct str enc = {0};
	assert_true(urge_record_encode(r, &enc));
	assert_true(enc.len <= URGE_RECORD_MAX);
	struct urge_record back;
	assert_true(urge_record_decode(enc.buf, enc.len, &back));
	assert_string_equal(back.at, r->at);
	assert_int_equal(back.kind, r->kind);
	assert_string_equal(back.target, r->target);
	assert_int_equal(back.rating, r->rating);
	assert_string_equal(back.skill, r->skill);
	assert_int_equal(back.has_follows, r->has_follows);
	if (r->has_follows) {
		assert_memory_equal(back.follows, r->follows, URGE_ID_SIZE);
	}
	assert_string_equal(back.note, r->note);
	str_finish(&enc);
}

/* Records sealed by an earlier wisemind still merge: a new urge, no
 * skill, nothing followed. */
static void test_version_1_still_decodes(void **state)
{
	(void)state;
	struct urge_record r;
	assert_true(decodes("wisemind-urge 1\n2026-11-22T14:03:00+00:00\nself-harm\n4\nlocked\nnote",
	                    &r));
	assert_string_equal(r.at, "2026-11-22T14:03:00+00:00");
	assert_int_equal(r.kind, URGE_RECORD_BEFORE);
	assert_string_equal(r.target, "self-harm");
	assert_int_equal(r.rating, 4);
	assert_string_equal(r.skill, "");
	assert_false(r.has_follows);
	assert_string_equal(r.note, "locked\nnote");
	assert_true(decodes("wisemind-urge 1\n2026-11-22T14:03:00+00:00\nuse\n0\n", &r));
	assert_string_equal(r.note, "");
	/* Refused as version 1 always refused them. */
	assert_false(decodes("wisemind-urge 1\n2026-11-22T14:03:00+00:00\nuse\n6\n", &r));
	assert_false(decodes("wisemind-urge 1\n2026-11-22T14:03:00+00:00\nuse\n44\n", &r));
	assert_false(decodes("wisemind-urge 1\n2026-11-22T14:03:00+00:00\n\n4\n", &r));
	assert_false(decodes("wisemind-urge 1\n2026-11-22T14:03:00+00:00\nuse\n", &r));
}

static void test_version_2_round_trip(void **state)
{
	(void)state;
	struct urge_record r = before();
	round_trip(&r);
	snprintf(r.skill, sizeof(r.skill), "paced-breathing");
	snprintf(r.note, sizeof(r.note), "two lines\nof note \xe2\x80\x94 UTF-8");
	round_trip(&r);

	/* An after-rating of a named urge, and one of the latest urge. */
	struct urge_record a = {.kind = URGE_RECORD_AFTER, .rating = 2, .has_follows = true};
	snprintf(a.at, sizeof(a.at), "2026-11-22T14:30:00+01:00");
	snprintf(a.skill, sizeof(a.skill), "tip");
	for (int i = 0; i < URGE_ID_SIZE; i++) {
		a.follows[i] = (unsigned char)(0xF0 + i);
	}
	round_trip(&a);
	struct str enc = {0};
	assert_true(urge_record_encode(&a, &enc));
	assert_string_equal(str_cstr(&enc), "wisemind-urge 2\n2026-11-22T14:30:00+01:00\nafter\n\n2\n"
	                                    "tip\nf0f1f2f3f4f5f6f7f8f9fafbfcfdfeff\n");
	str_finish(&enc);
	a.has_follows = false;
	snprintf(a.target, sizeof(a.target), "use");
	a.skill[0] = '\0';
	round_trip(&a);

	/* The longest of everything still fits one inbox record. */
	struct urge_record big = {.kind = URGE_RECORD_AFTER, .rating = 5, .has_follows = true};
	memset(big.at, '9', URGE_TIME_MAX);
	memset(big.target, 'a', URGE_TARGET_MAX);
	memset(big.skill, 'b', URGE_SKILL_MAX);
	memset(big.note, 'n', URGE_NOTE_MAX);
	round_trip(&big);
}

static void test_bad_values_refused(void **state)
{
	(void)state;
	struct str enc = {0};
	struct urge_record r = before();
	r.rating = 6;
	assert_false(urge_record_encode(&r, &enc));
	r = before();
	r.rating = -1;
	assert_false(urge_record_encode(&r, &enc));
	r = before();
	r.target[0] = '\0'; /* a new urge names its target */
	assert_false(urge_record_encode(&r, &enc));
	r = before();
	snprintf(r.target, sizeof(r.target), "Self harm");
	assert_false(urge_record_encode(&r, &enc));
	r = before();
	snprintf(r.skill, sizeof(r.skill), "TIP");
	assert_false(urge_record_encode(&r, &enc));
	r = before();
	r.has_follows = true; /* only an after-rating follows an urge */
	assert_false(urge_record_encode(&r, &enc));
	r = before();
	r.kind = (enum urge_record_kind)7;
	assert_false(urge_record_encode(&r, &enc));
	r = before();
	r.at[0] = '\0';
	assert_false(urge_record_encode(&r, &enc));
	r = before();
	memset(r.note, 'n', sizeof(r.note)); /* no terminator: too long */
	assert_false(urge_record_encode(&r, &enc));
	r = before();
	snprintf(r.note, sizeof(r.note), "bad \xff byte");
	assert_false(urge_record_encode(&r, &enc));
	assert_int_equal(enc.len, 0); /* nothing appended on a refusal */
	str_finish(&enc);

	const char *bad[] = {
		"wisemind-urge 3\n2026-11-22T14:03:00+00:00\nbefore\nuse\n2\n\n\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nduring\nuse\n2\n\n\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nbefore\n\n2\n\n\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nbefore\nuse\n2\n\n"
		"00112233445566778899aabbccddeeff\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nafter\n\n2\n\n"
		"00112233445566778899AABBCCDDEEFF\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nafter\n\n2\n\n00112233\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nafter\n\n2\n\n"
		"00112233445566778899aabbccddeeffaa\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nafter\n\n6\n\n\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nafter\n\n\n\n\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nafter\nUse\n2\n\n\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nafter\n\n2\ntip-\n\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nafter\n\n2\n\n", /* no follows line */
		"wisemind-urge 2\n\nbefore\nuse\n2\n\n\n",
		"wisemind-urge 2\n2026-11-22T14:03:00+00:00\nbefore\nuse\n2\n\n\nbad \xff",
		"wisemind-urge 2\n",
		"",
	};
	struct urge_record out;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (decodes(bad[i], &out)) {
			fail_msg("case %zu decoded", i);
		}
	}
	/* A NUL inside the note. */
	const char nul[] = "wisemind-urge 2\n2026-11-22T14:03:00+00:00\nbefore\nuse\n2\n\n\na\0b";
	assert_false(urge_record_decode(nul, sizeof(nul) - 1, &out));
	/* A note one byte too long. */
	struct str big = {0};
	str_append(&big, "wisemind-urge 2\n2026-11-22T14:03:00+00:00\nbefore\nuse\n2\n\n\n");
	for (int i = 0; i <= URGE_NOTE_MAX; i++) {
		str_append_char(&big, 'n');
	}
	assert_false(urge_record_decode(big.buf, big.len, &out));
	str_finish(&big);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_version_1_still_decodes),
		cmocka_unit_test(test_version_2_round_trip),
		cmocka_unit_test(test_bad_values_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
