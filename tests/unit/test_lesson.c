/* core/lesson.c: the presenter's way through a group's skills, one idea
 * per screen: its order (cautions before any step), what it passes over
 * (ratings, answers shown back), going back exactly, menus, timers that
 * end by themselves, and every built-in skill walked to its end. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/content_file.h"
#include "content/skill_file.h"
#include "content/skill_library.h"
#include "core/lesson.h"

static const char text[] =
	"---\n"
	"id: drill\n"
	"name: Drill\n"
	"module: distress-tolerance\n"
	"acronym: Do Rest Inhale Let Learn\n"
	"summary: A skill with every part.\n"
	"use: crisis\n"
	"cautions:\n"
	"  - Check with a doctor first.\n"
	"when:\n"
	"  - a wave comes\n"
	"not-when:\n"
	"  - you are calm\n"
	"example: Sam tries it.\n"
	"---\n"
	"\n"
	"First paragraph.\n"
	"\n"
	"Second paragraph.\n"
	"\n"
	"## Check in\n"
	"\n"
	"Rate distress: How upset are you?\n"
	"\n"
	"## Pick one\n"
	"\n"
	"Choose: Which will you try?\n"
	"\n"
	"- [Cold](#cold)\n"
	"- [Move](#move)\n"
	"\n"
	"## Cold\n"
	"\n"
	"Caution: Not with a heart condition.\n"
	"\n"
	"Cool water on your face.\n"
	"\n"
	"Timer: 30 seconds\n"
	"\n"
	"## Move\n"
	"\n"
	"Move fast.\n"
	"\n"
	"Timer: 6 minutes\n"
	"\n"
	"## Write\n"
	"\n"
	"Ask {plan}: What is your plan?\n"
	"\n"
	"Show: Your plan.\n"
	"\n"
	"- {plan}\n";

static struct content_file file;
static const struct skill *drill;

static int load(void **state)
{
	(void)state;
	struct problems p = {0};
	bool ok = content_file_parse(&skill_file_kind, "skills/distress-tolerance/drill.md",
	                             "distress-tolerance", text, sizeof(text) - 1, &file, &p);
	if (!ok) {
		fprintf(stderr, "%s", str_cstr(&p.text));
	}
	problems_finish(&p);
	drill = file.parsed;
	return ok ? 0 : -1;
}

static int unload(void **state)
{
	(void)state;
	content_file_finish(&file);
	return 0;
}

static void start(struct lesson *l, const struct skill *const *skills, size_t n)
{
	struct exercise_options opt = {.urge_kind = URGE_KIND_UNKNOWN};
	urge_thresholds_default(&opt.thresholds);
	lesson_init(l, skills, n, &opt, 1000);
}

/* Where the lesson is, as one string, to compare screens. */
static void where(const struct lesson *l, char *buf, size_t size)
{
	const struct skill_block *b = lesson_block(l);
	snprintf(buf, size, "%d/%zu/%zu/%zu/%zu/%d", (int)l->page, l->skill, l->part,
	         l->page == LESSON_PRACTICE ? l->ex.step : 0,
	         l->page == LESSON_PRACTICE ? l->ex.block : 0, b != NULL ? (int)b->kind : -1);
}

static void test_order(void **state)
{
	(void)state;
	const struct skill *skills[] = {drill};
	struct lesson l;
	start(&l, skills, 1);
	assert_int_equal(l.page, LESSON_OPENING);
	assert_null(lesson_skill(&l));
	static const enum lesson_page pages[] = {LESSON_SKILL, LESSON_WHEN, LESSON_NOT_WHEN,
	                                         LESSON_CAUTIONS, LESSON_INTRO, LESSON_INTRO,
	                                         LESSON_EXAMPLE};
	for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		lesson_next(&l, 1000);
		assert_int_equal(l.page, pages[i]);
		assert_ptr_equal(lesson_skill(&l), drill);
	}
	size_t len;
	const char *part = lesson_intro_part(&l, &len);
	assert_null(part); /* not on an introduction now */
	lesson_previous(&l, 1000);
	part = lesson_intro_part(&l, &len);
	assert_int_equal(len, strlen("Second paragraph."));
	assert_memory_equal(part, "Second paragraph.", len);
	lesson_next(&l, 1000);
	/* The check-in's rating is passed over: the first screen of the steps
	 * is the menu. */
	lesson_next(&l, 1000);
	assert_int_equal(l.page, LESSON_PRACTICE);
	assert_int_equal(lesson_block(&l)->kind, SKILL_BLOCK_CHOOSE);
	/* Going on from the menu without a pick: the step after the menu's
	 * ones, the question, shown; the worksheet shown back is not. */
	lesson_next(&l, 1000);
	assert_int_equal(lesson_block(&l)->kind, SKILL_BLOCK_ASK);
	lesson_next(&l, 1000);
	assert_int_equal(l.page, LESSON_CLOSING);
	lesson_next(&l, 1000);
	assert_int_equal(l.page, LESSON_CLOSING);
	lesson_finish(&l);
}

static void test_menu_timer_and_back(void **state)
{
	(void)state;
	const struct skill *skills[] = {drill};
	struct lesson l;
	start(&l, skills, 1);
	while (lesson_block(&l) == NULL || lesson_block(&l)->kind != SKILL_BLOCK_CHOOSE) {
		lesson_next(&l, 1000);
	}
	char menu[64], got[64];
	where(&l, menu, sizeof(menu));
	assert_true(lesson_choose(&l, 0, 1000));
	/* The caution comes first, then the words, then the timer. */
	assert_int_equal(lesson_block(&l)->kind, SKILL_BLOCK_CAUTION);
	lesson_next(&l, 1000);
	assert_string_equal(lesson_block(&l)->text, "Cool water on your face.");
	lesson_next(&l, 1000);
	assert_int_equal(lesson_block(&l)->kind, SKILL_BLOCK_TIMER);
	/* The timer runs out by itself: back at the menu, the pick kept. */
	exercise_timer_start(&l.ex, 2000);
	assert_false(lesson_tick(&l, 31000));
	assert_true(lesson_tick(&l, 32000));
	assert_int_equal(lesson_block(&l)->kind, SKILL_BLOCK_CHOOSE);
	assert_true(exercise_chosen(&l.ex, 0));
	/* Back: the timer, ready again, then the caution, then the menu as it
	 * was, with nothing picked. */
	assert_true(lesson_previous(&l, 40000));
	assert_int_equal(lesson_block(&l)->kind, SKILL_BLOCK_TIMER);
	assert_int_equal(exercise_timer_state(&l.ex), EXERCISE_TIMER_READY);
	assert_true(lesson_previous(&l, 40000));
	assert_int_equal(lesson_block(&l)->kind, SKILL_BLOCK_TEXT);
	assert_true(lesson_previous(&l, 40000));
	assert_int_equal(lesson_block(&l)->kind, SKILL_BLOCK_CAUTION);
	assert_true(lesson_previous(&l, 40000));
	where(&l, got, sizeof(got));
	assert_string_equal(got, menu);
	assert_false(exercise_chosen(&l.ex, 0));
	/* A long timer's check-in is answered for the room: it keeps going. */
	assert_true(lesson_choose(&l, 1, 50000));
	lesson_next(&l, 50000);
	assert_int_equal(lesson_block(&l)->kind, SKILL_BLOCK_TIMER);
	exercise_timer_start(&l.ex, 50000);
	assert_true(lesson_tick(&l, 50000 + EXERCISE_CHECK_IN_FROM_MS));
	assert_int_equal(exercise_timer_state(&l.ex), EXERCISE_TIMER_RUNNING);
	assert_false(exercise_check_in_due(&l.ex));
	lesson_finish(&l);
}

static void test_back_retraces_every_screen(void **state)
{
	(void)state;
	const struct skill *skills[] = {drill, drill};
	struct lesson l;
	start(&l, skills, 2);
	char seen[64][64];
	size_t n = 0;
	where(&l, seen[n++], 64);
	while (l.page != LESSON_CLOSING && n < 64) {
		if (lesson_block(&l) != NULL && lesson_block(&l)->kind == SKILL_BLOCK_CHOOSE &&
		    !exercise_chosen(&l.ex, 1) && lesson_choose(&l, 1, 1000)) {
			where(&l, seen[n++], 64);
			continue;
		}
		lesson_next(&l, 1000);
		where(&l, seen[n++], 64);
	}
	assert_int_equal(l.page, LESSON_CLOSING);
	char got[64];
	for (size_t i = n - 1; i > 0; i--) {
		assert_true(lesson_previous(&l, 1000));
		where(&l, got, sizeof(got));
		assert_string_equal(got, seen[i - 1]);
	}
	assert_false(lesson_previous(&l, 1000));
	lesson_finish(&l);
}

static void test_skills_jump(void **state)
{
	(void)state;
	const struct skill *skills[] = {drill, drill, drill};
	struct lesson l;
	start(&l, skills, 3);
	lesson_next_skill(&l, 1000);
	assert_int_equal(l.page, LESSON_SKILL);
	assert_int_equal(l.skill, 0);
	lesson_next(&l, 1000);
	lesson_next(&l, 1000);
	lesson_previous_skill(&l, 1000); /* to this skill's first screen */
	assert_int_equal(l.page, LESSON_SKILL);
	assert_int_equal(l.skill, 0);
	lesson_next_skill(&l, 1000);
	lesson_next_skill(&l, 1000);
	assert_int_equal(l.skill, 2);
	lesson_previous_skill(&l, 1000); /* from a first screen: the skill before */
	assert_int_equal(l.skill, 1);
	lesson_next_skill(&l, 1000);
	lesson_next_skill(&l, 1000);
	assert_int_equal(l.page, LESSON_CLOSING);
	lesson_previous_skill(&l, 1000);
	assert_int_equal(l.page, LESSON_SKILL);
	assert_int_equal(l.skill, 2);
	/* Back retraces the jumps too. */
	assert_true(lesson_previous(&l, 1000));
	assert_int_equal(l.page, LESSON_CLOSING);
	lesson_finish(&l);
}

/* Every built-in skill, walked by "next" alone: it ends, never stops at
 * a rating or at answers shown back, and a skill with cautions shows
 * them before any of its steps. */
static void test_every_built_in_skill(void **state)
{
	(void)state;
	struct skill_library lib = {0};
	skill_library_load(&lib, NULL);
	assert_true(lib.count > 40);
	for (size_t i = 0; i < lib.count; i++) {
		const struct skill *s = &lib.skills[i];
		const struct skill *skills[] = {s};
		struct lesson l;
		start(&l, skills, 1);
		bool cautions = false, practice = false;
		size_t moves = 0;
		while (l.page != LESSON_CLOSING) {
			assert_true(++moves < 500);
			lesson_next(&l, 1000);
			cautions = cautions || l.page == LESSON_CAUTIONS;
			if (l.page == LESSON_PRACTICE) {
				const struct skill_block *b = lesson_block(&l);
				assert_non_null(b);
				assert_int_not_equal(b->kind, SKILL_BLOCK_RATE);
				assert_int_not_equal(b->kind, SKILL_BLOCK_SHOW);
				if (!practice && s->caution_count > 0 && !cautions) {
					fail_msg("%s: a step came before its cautions", s->id);
				}
				practice = true;
			}
		}
		lesson_finish(&l);
	}
	skill_library_finish(&lib);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_menu_timer_and_back),
		cmocka_unit_test(test_back_retraces_every_screen),
		cmocka_unit_test(test_skills_jump),
		cmocka_unit_test(test_every_built_in_skill),
	};
	return cmocka_run_group_tests(tests, load, unload);
}
