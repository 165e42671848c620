/* app/card_draft.c: a diary card's unsaved changes kept inside the vault
 * before it locks. Kept, saved and reopened, take hands back the same
 * changes and removes them, so a second take finds none; the draft is no
 * card value (the day stays empty, no urge is counted); keeping nothing
 * removes a draft. The KDF is the real one, so there are few unlocks. */
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
#include "app/card_draft.h"
#include "app/session.h"
#include "core/diary_card.h"

#define PASS "lamp river soft cedar nine"
#define DAY "2026-11-22"

static int setup(void **state)
{
	return app_fixture_setup(state, "card-draft");
}

static int teardown(void **state)
{
	return app_fixture_teardown(state);
}

static struct session *unlock(struct app_fixture *f, bool create)
{
	return app_fixture_unlock(f, PASS, create);
}

static const struct app_card_change changes[] = {
	{"urge.suicide", "2"},
	{"emotion.joy", ""},
	{"action.use", "yes"},
	{"med.other-drugs", "2 beer = too much"},
	{"note", "line one\nback\\slash \\n not a line end\r\ncaf\xc3\xa9"},
};
#define N_CHANGES (sizeof(changes) / sizeof(changes[0]))

static bool empty_day(const struct card_day *day, void *data)
{
	bool *empty = data;
	*empty = card_day_is_empty(day) && day->peak_count == 0;
	return true;
}

static void take_none(struct session *s)
{
	struct app_card_draft d;
	bool found = true;
	struct app_error err = {0};
	assert_true(session_card_draft_take(s, &d, &found, &err));
	assert_false(found);
	assert_int_equal(d.count, 0);
	app_card_draft_finish(&d);
}

static void test_round_trip(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = unlock(f, true);
	struct app_error err = {0};
	take_none(s);
	assert_true(session_card_draft_keep(s, DAY, changes, N_CHANGES, &err));
	assert_true(session_save(s, &err));
	session_close(s);

	s = unlock(f, false);
	bool empty = false;
	assert_true(session_card_each(s, DAY, DAY, empty_day, &empty, &err));
	assert_true(empty); /* a draft is not a card value */
	char waiting[DATE_TEXT_SIZE];
	assert_true(session_card_draft_waiting(s, waiting)); /* today's screen says so */
	assert_string_equal(waiting, DAY);
	struct app_card_draft d;
	bool found = false;
	assert_true(session_card_draft_take(s, &d, &found, &err));
	assert_true(found);
	assert_string_equal(d.date, DAY);
	assert_int_equal(d.count, N_CHANGES);
	for (size_t i = 0; i < N_CHANGES; i++) {
		assert_string_equal(d.changes[i].key, changes[i].key);
		assert_string_equal(d.changes[i].value, changes[i].value);
	}
	app_card_draft_finish(&d);
	take_none(s);
	assert_false(session_card_draft_waiting(s, waiting));
	assert_true(session_save(s, &err));
	session_close(s);

	s = unlock(f, false);
	take_none(s); /* taken is gone for good once saved */
	session_close(s);
}

/* Keeping nothing removes a draft; a bad date is refused. */
static void test_keep_nothing(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = unlock(f, true);
	struct app_error err = {0};
	assert_true(session_card_draft_keep(s, DAY, changes, 1, &err));
	assert_true(session_card_draft_keep(s, DAY, NULL, 0, &err));
	take_none(s);
	assert_false(session_card_draft_keep(s, "2026-13-40", changes, 1, &err));
	app_error_finish(&err);
	take_none(s);
	session_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_keep_nothing, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
