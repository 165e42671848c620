/* app/practice.c: the practice log (issue 11) on a real vault in a
 * temporary home. A practice is logged, saved, and found again after the
 * vault is reopened with the passphrase; it ticks the skill on the day's
 * card and leaves the rest of the day as it was; the kit is the latest
 * answer that is not blank; a bad value changes nothing. The KDF is the
 * real one, so there are few unlocks here. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "app_dirs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/card.h"
#include "app/practice.h"
#include "app/session.h"
#include "core/diary_card.h"

#define PASS "lamp river soft cedar nine"
#define AT "2026-11-22T14:03:00+01:00"


static int setup(void **state)
{
	return app_fixture_setup(state, "practice");
}

static int teardown(void **state)
{
	return app_fixture_teardown(state);
}

static struct session *create(struct app_fixture *f)
{
	return app_fixture_unlock(f, PASS, true);
}

static struct session *reopen(struct app_fixture *f)
{
	return app_fixture_unlock(f, PASS, false);
}

static const struct app_practice_field accepts_fields[] = {
	{"", "What is happening right now?", "A long wait at the clinic"},
	{"accepts.activities", "What could you do?", "walk the dog\ncall Sam"},
	{"accepts.thoughts", "What could you think about?", "caf\xc3\xa9 songs \xf0\x9f\x8e\xb5"},
};
static const struct app_practice_rating accepts_ratings[] = {
	{"distress", "How strong is the distress?", 8},
	{"urge", "How strong is the urge?", 3},
	{"emotion", "How strong is the fear?", 5},
	{"distress", "And now?", 4},
};

static struct app_practice_entry accepts(const char *at)
{
	return (struct app_practice_entry){
		.skill = "wise-mind-accepts", .at = at, .seconds = 754, .finished = true,
		.fields = accepts_fields, .field_count = 3,
		.ratings = accepts_ratings, .rating_count = 4,
	};
}

static void log_ok(struct session *s, const struct app_practice_entry *e)
{
	struct app_error err = {0};
	if (!session_practice_log(s, e, &err)) {
		app_fixture_fail("log", &err);
	}
}

/* What session_practice_last gave, checked against accepts(AT). */
struct seen {
	int calls;
	char at[32];
};

static void check_accepts(const struct app_practice_entry *e, void *data)
{
	struct seen *seen = data;
	seen->calls++;
	snprintf(seen->at, sizeof(seen->at), "%s", e->at);
	assert_string_equal(e->skill, "wise-mind-accepts");
	assert_int_equal(e->seconds, 754);
	assert_true(e->finished);
	assert_int_equal(e->field_count, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(e->fields[i].field, accepts_fields[i].field);
		assert_string_equal(e->fields[i].question, accepts_fields[i].question);
		assert_string_equal(e->fields[i].answer, accepts_fields[i].answer);
	}
	assert_int_equal(e->rating_count, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(e->ratings[i].scale, accepts_ratings[i].scale);
		assert_string_equal(e->ratings[i].question, accepts_ratings[i].question);
		assert_int_equal(e->ratings[i].value, accepts_ratings[i].value);
	}
}

static struct seen last_accepts(struct session *s, bool want_found)
{
	struct seen seen = {0};
	bool found = !want_found;
	struct app_error err = {0};
	if (!session_practice_last(s, "wise-mind-accepts", check_accepts, &seen, &found, &err)) {
		app_fixture_fail("last", &err);
	}
	assert_int_equal(found, want_found);
	assert_int_equal(seen.calls, want_found ? 1 : 0);
	return seen;
}

/* The card of one day, copied out of session_card_each. */
struct one_day {
	bool has_skill;
	bool has_stop;
	int skills_used;
	char note[64];
};

static bool copy_day(const struct card_day *day, void *data)
{
	struct one_day *d = data;
	d->has_skill = card_day_has_skill(day, "wise-mind-accepts");
	d->has_stop = card_day_has_skill(day, "stop");
	d->skills_used = day->skills_used;
	snprintf(d->note, sizeof(d->note), "%s", str_cstr(&day->note));
	return true;
}

static struct one_day card_of(struct session *s, const char *date)
{
	struct one_day d = {0};
	struct app_error err = {0};
	if (!session_card_each(s, date, date, copy_day, &d, &err)) {
		app_fixture_fail("card", &err);
	}
	return d;
}

/* Logged and saved: after the vault is closed and reopened with the
 * passphrase, the last practice of the skill is the one logged, answers
 * and ratings in order, and the card of its start's day shows the skill
 * practised, with the rest of the day (a note, skills used, another
 * skill) as it was. With no start given, it starts now, on today's card. */
static void test_log_and_reopen(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = create(f);
	last_accepts(s, false);
	const struct app_card_change day[] = {
		{"note", "slept badly"}, {"skills-used", "3"}, {"skill.stop", "yes"}};
	struct app_urge_result urges = {0};
	struct app_error err = {0};
	if (!session_card_set(s, "2026-11-22", day, 3, &urges, &err)) {
		app_fixture_fail("card set", &err);
	}
	struct app_practice_entry e = accepts(AT);
	log_ok(s, &e);
	session_close(s);

	s = reopen(f);
	struct seen seen = last_accepts(s, true);
	assert_string_equal(seen.at, AT);
	struct one_day d = card_of(s, "2026-11-22");
	assert_true(d.has_skill);
	assert_true(d.has_stop);
	assert_int_equal(d.skills_used, 3);
	assert_string_equal(d.note, "slept badly");
	/* Logged again (a retry): the same practice, not a second one. */
	log_ok(s, &e);
	assert_string_equal(last_accepts(s, true).at, AT);

	/* Stopped part way, now: today's card, and the last one. */
	struct app_practice_entry now = {.skill = "wise-mind-accepts", .seconds = 30};
	log_ok(s, &now);
	char today[DATE_TEXT_SIZE];
	app_today(today);
	assert_true(card_of(s, today).has_skill);
	bool found = false;
	struct str kit = {0};
	assert_true(session_practice_kit(s, "wise-mind-accepts", "accepts.activities", &kit, &found,
	                                 &err));
	assert_true(found);
	assert_string_equal(str_cstr(&kit), "walk the dog\ncall Sam");
	str_finish(&kit);
	session_close(s);
}

static void log_answer(struct session *s, const char *at, const char *field, const char *answer)
{
	const struct app_practice_field fields[] = {{field, "What soothes you?", answer}};
	struct app_practice_entry e = {.skill = "self-soothe", .at = at, .seconds = 300,
	                               .finished = true, .fields = fields, .field_count = 1};
	log_ok(s, &e);
}

static void expect_kit(struct session *s, const char *field, const char *want)
{
	struct str kit = {0};
	bool found = want == NULL;
	struct app_error err = {0};
	if (!session_practice_kit(s, "self-soothe", field, &kit, &found, &err)) {
		app_fixture_fail("kit", &err);
	}
	assert_int_equal(found, want != NULL);
	assert_string_equal(str_cstr(&kit), want != NULL ? want : "");
	str_finish(&kit);
}

/* The kit is the latest answer that is not blank: a practice where the
 * field was left empty does not hide the one before. */
static void test_kit(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = create(f);
	expect_kit(s, "self-soothe.box", NULL);
	log_answer(s, "2026-11-20T20:00:00+00:00", "self-soothe.box", "lavender, wool socks");
	log_answer(s, "2026-11-21T20:00:00+00:00", "self-soothe.box", "rain sounds, tea");
	log_answer(s, "2026-11-22T20:00:00+00:00", "self-soothe.box", "  ");
	log_answer(s, "2026-11-23T20:00:00+00:00", "self-soothe.other", "not the box");
	expect_kit(s, "self-soothe.box", "rain sounds, tea");
	expect_kit(s, "self-soothe.touch", NULL);
	session_close(s);
}

/* Each bad value is refused before anything is kept: a usage mistake
 * (exit 2) with its own status, and the diary exactly as it was (the
 * export, every table, byte for byte; no card ticked). */
static void test_bad_value_changes_nothing(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = create(f);
	struct app_practice_entry good = accepts(AT);
	log_ok(s, &good);
	struct str before = {0};
	struct app_error err = {0};
	assert_true(session_export_json(s, &before, &err));

	char *long_answer = malloc(APP_PRACTICE_TEXT_MAX + 2);
	assert_non_null(long_answer);
	memset(long_answer, 'a', APP_PRACTICE_TEXT_MAX + 1);
	long_answer[APP_PRACTICE_TEXT_MAX + 1] = '\0';
	const struct app_practice_rating distress_11[] = {{"distress", "q", 11}};
	const struct app_practice_rating urge_6[] = {{"urge", "q", 6}};
	const struct app_practice_rating negative[] = {{"emotion", "q", -1}};
	const struct app_practice_rating no_scale[] = {{"anger", "q", 1}};
	const struct app_practice_field bad_name[] = {{"Dear-man..describe", "q", "a"}};
	const struct app_practice_field not_utf8[] = {{"", "q", "caf\xe9"}};
	const struct app_practice_field too_long[] = {{"", "q", long_answer}};
	const struct app_practice_field long_question[] = {{"", long_answer, "a"}};
	struct {
		struct app_practice_entry e;
		enum app_status want;
	} cases[] = {
		{{.skill = "stop", .at = AT, .ratings = distress_11, .rating_count = 1},
		 APP_E_PRACTICE_RATING},
		{{.skill = "stop", .at = AT, .ratings = urge_6, .rating_count = 1},
		 APP_E_PRACTICE_RATING},
		{{.skill = "stop", .at = AT, .ratings = negative, .rating_count = 1},
		 APP_E_PRACTICE_RATING},
		{{.skill = "stop", .at = AT, .ratings = no_scale, .rating_count = 1},
		 APP_E_PRACTICE_RATING},
		{{.skill = "stop", .at = AT, .fields = bad_name, .field_count = 1},
		 APP_E_PRACTICE_FIELD},
		{{.skill = "stop", .at = AT, .fields = not_utf8, .field_count = 1},
		 APP_E_PRACTICE_TEXT},
		{{.skill = "stop", .at = AT, .fields = too_long, .field_count = 1},
		 APP_E_PRACTICE_TEXT},
		{{.skill = "stop", .at = AT, .fields = long_question, .field_count = 1},
		 APP_E_PRACTICE_TEXT},
		{{.skill = "stop", .at = "2026-11-22 14:03"}, APP_E_PRACTICE_TIME},
		{{.skill = "stop", .at = "2026-02-30T14:03:00+01:00"}, APP_E_PRACTICE_TIME},
		{{.skill = "stop", .at = "2026-11-22T24:03:00+01:00"}, APP_E_PRACTICE_TIME},
		{{.skill = "stop", .at = "2026-11-22T14:03:00+15:00"}, APP_E_PRACTICE_TIME},
		{{.skill = "stpo", .at = AT}, APP_E_SKILL},
		{{.skill = NULL, .at = AT}, APP_E_SKILL},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_false(session_practice_log(s, &cases[i].e, &err));
		assert_int_equal(err.source, APP_ERROR_APP);
		if (err.status != (int)cases[i].want) {
			fail_msg("case %zu: status %d, not %d", i, err.status, cases[i].want);
		}
		assert_int_equal(app_error_exit_code(&err), 2);
		struct str why = {0};
		app_error_describe(&err, &why);
		assert_true(why.len > 0);
		str_finish(&why);
		app_error_finish(&err);
	}
	/* A skill's mistyped id names the nearest one. */
	assert_false(session_practice_log(s, &cases[12].e, &err));
	struct str why = {0};
	app_error_describe(&err, &why);
	assert_non_null(strstr(str_cstr(&why), "perhaps you meant \"stop\""));
	str_finish(&why);
	app_error_finish(&err);

	struct str after = {0};
	assert_true(session_export_json(s, &after, &err));
	assert_string_equal(str_cstr(&after), str_cstr(&before));
	assert_false(card_of(s, "2026-11-22").has_stop);
	str_wipe(&before);
	str_wipe(&after);
	free(long_answer);
	session_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_log_and_reopen, setup, teardown),
		cmocka_unit_test_setup_teardown(test_kit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_value_changes_nothing, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
