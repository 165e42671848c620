/* app/safety_plan_draft.c: the safety plan as it was being changed, kept
 * inside the vault before it locks. Kept, saved and reopened, take hands
 * back the same lines in the same parts, marked the same, and removes
 * the draft, so a second take finds none; an empty plan kept is a draft
 * (not none); a draft is not the plan (the diary's plan and the file of
 * lines shown while locked are untouched); a line that is not one line
 * of text is not kept. The KDF is the real one, so there are few unlocks. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "app_dirs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "app/safety_plan.h"
#include "app/safety_plan_draft.h"
#include "app/session.h"

#define PASS "lamp river soft cedar nine"

static int setup(void **state)
{
	return app_fixture_setup(state, "plan-draft");
}

static int teardown(void **state)
{
	return app_fixture_teardown(state);
}

static struct session *unlock(struct app_fixture *f, bool create)
{
	return app_fixture_unlock(f, PASS, create);
}

static void add(struct safety_plan *p, enum safety_section s, const char *text, bool shown)
{
	safety_plan_add(p, s, text, strlen(text), shown);
}

static void take_none(struct session *s)
{
	struct safety_plan p = {0};
	bool found = true;
	struct app_error err = {0};
	assert_true(session_safety_plan_draft_take(s, &p, &found, &err));
	assert_false(found);
	assert_int_equal(safety_plan_count(&p), 0);
	safety_plan_finish(&p);
}

static bool shown_file_exists(struct app_fixture *f)
{
	struct str path = {0};
	app_safety_plan_shown_path(&f->app, &path);
	bool exists = access(str_cstr(&path), F_OK) == 0;
	str_finish(&path);
	return exists;
}

static void test_round_trip(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = unlock(f, true);
	struct app_error err = {0};
	take_none(s);
	struct safety_plan draft = {0};
	add(&draft, SAFETY_WARNING_SIGNS, "When I stop answering messages", false);
	add(&draft, SAFETY_PEOPLE, "Call Sam on 07700 900123", true);
	add(&draft, SAFETY_PEOPLE, "Caf\xc3\xa9 with Jo \\ backslash", false);
	add(&draft, SAFETY_REASONS, "My cat", true);
	assert_true(session_safety_plan_draft_keep(s, &draft, &err));
	assert_true(session_save(s, &err));
	session_close(s);

	s = unlock(f, false);
	/* A draft is not the plan: nothing of it shows, locked or not. */
	struct safety_plan plan = {0};
	assert_true(session_safety_plan_get(s, &plan, &err));
	assert_int_equal(safety_plan_count(&plan), 0);
	assert_false(shown_file_exists(f));
	struct safety_plan back = {0};
	bool found = false;
	assert_true(session_safety_plan_draft_take(s, &back, &found, &err));
	assert_true(found);
	assert_true(safety_plan_equal(&back, &draft));
	take_none(s);
	assert_true(session_save(s, &err));
	session_close(s);

	s = unlock(f, false);
	take_none(s); /* taken is gone for good once saved */
	session_close(s);
	safety_plan_finish(&draft);
	safety_plan_finish(&back);
	safety_plan_finish(&plan);
}

/* Every line removed is still a change to keep: an empty draft is found
 * (an empty plan), unlike no draft. A line with a tab or a line end (no
 * plan's line has one) is refused and nothing is kept. */
static void test_empty_and_bad(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = unlock(f, true);
	struct app_error err = {0};
	struct safety_plan empty = {0};
	assert_true(session_safety_plan_draft_keep(s, &empty, &err));
	struct safety_plan back = {0};
	add(&back, SAFETY_COPING, "left over", false);
	bool found = false;
	assert_true(session_safety_plan_draft_take(s, &back, &found, &err));
	assert_true(found);
	assert_int_equal(safety_plan_count(&back), 0);
	take_none(s);

	struct safety_plan bad = {0};
	add(&bad, SAFETY_COPING, "a walk", false);
	add(&bad, SAFETY_COPING, "two\tparts", false);
	assert_false(session_safety_plan_draft_keep(s, &bad, &err));
	assert_int_equal(err.source, APP_ERROR_APP);
	assert_int_equal(err.status, APP_E_SAFETY_LINE);
	app_error_finish(&err);
	take_none(s);
	session_close(s);
	safety_plan_finish(&bad);
	safety_plan_finish(&back);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_empty_and_bad, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
