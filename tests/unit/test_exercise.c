/* core/exercise.c: the guided exercise as a state machine, driven by an
 * injected clock (no sleeping): every step kind, menus, branches,
 * check-ins, skip/repeat/back, early timer ends, fields, the cautions no
 * path can skip, and the crisis ending. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/content_file.h"
#include "content/file_io.h"
#include "content/skill_file.h"
#include "content/skill_library.h"
#include "core/exercise.h"

/* A skill with one of everything: a menu whose steps carry cautions, a
 * decision, a branch on a rating, a long timer, a pacer, fields shown
 * back as a grid. */
static const char workout[] =
	"---\n"
	"id: workout\n"
	"name: Workout\n"
	"module: distress-tolerance\n"
	"summary: Every kind of step.\n"
	"use: crisis\n"
	"kit: [plan]\n"
	"---\n"
	"\n"
	"An introduction.\n"
	"\n"
	"## Check in\n"
	"\n"
	"Rate distress: How upset are you?\n"
	"\n"
	"Rate urge: How strong is the urge?\n"
	"\n"
	"## Pick one\n"
	"\n"
	"Choose: Which will you try?\n"
	"\n"
	"- [Cold](#c-cold)\n"
	"- [Move](#m-move)\n"
	"- [Another skill](stop.md)\n"
	"\n"
	"## C: Cold\n"
	"\n"
	"Caution: Check with a doctor first.\n"
	"\n"
	"Caution: Never hurt yourself.\n"
	"\n"
	"Cool water.\n"
	"\n"
	"Timer: 30 seconds\n"
	"\n"
	"## M: Move\n"
	"\n"
	"Caution: Go gently.\n"
	"\n"
	"Move.\n"
	"\n"
	"Timer: 5 minutes\n"
	"\n"
	"## Breathe\n"
	"\n"
	"Caution: Stop if you feel dizzy.\n"
	"\n"
	"Breathe: in 4, out 6\n"
	"\n"
	"Timer: 2 minutes\n"
	"\n"
	"## Decide\n"
	"\n"
	"Decide: Does it fit?\n"
	"\n"
	"- [Yes](#fits)\n"
	"- [No](#does-not-fit)\n"
	"\n"
	"## Fits\n"
	"\n"
	"Ask {pros}: What is good?\n"
	"\n"
	"## Does not fit\n"
	"\n"
	"Caution: Be kind to yourself.\n"
	"\n"
	"Ask {cons}: What is hard?\n"
	"\n"
	"## Feel\n"
	"\n"
	"Rate emotion: How strong is it now?\n"
	"\n"
	"- 0-2: [Let it pass](#let-it-pass)\n"
	"- 4-5: [Act](#act)\n"
	"\n"
	"After the rating.\n"
	"\n"
	"## Let it pass\n"
	"\n"
	"Let it pass.\n"
	"\n"
	"## Act\n"
	"\n"
	"Caution: Stay safe.\n"
	"\n"
	"Act.\n"
	"\n"
	"## Plan\n"
	"\n"
	"Ask {plan}: What is your plan?\n"
	"\n"
	"Show: Side by side.\n"
	"\n"
	"| | Good | Hard |\n"
	"|---|---|---|\n"
	"| Now | {pros} | {cons} |\n"
	"\n"
	"## Check again\n"
	"\n"
	"Rate urge: How strong is the urge now?\n";

enum {
	STEP_CHECK_IN, STEP_PICK, STEP_COLD, STEP_MOVE, STEP_BREATHE, STEP_DECIDE, STEP_FITS,
	STEP_NOT_FIT, STEP_FEEL, STEP_PASS, STEP_ACT, STEP_PLAN, STEP_AGAIN, STEP_COUNT,
};

static struct content_file file;
static const struct skill *skill;

static int load(void **state)
{
	(void)state;
	struct problems p = {0};
	bool ok = content_file_parse(&skill_file_kind, "skills/distress-tolerance/workout.md",
	                             "distress-tolerance", workout, sizeof(workout) - 1, &file, &p);
	if (!ok) {
		fprintf(stderr, "%s", str_cstr(&p.text));
	}
	problems_finish(&p);
	skill = file.parsed;
	return ok ? 0 : -1;
}

static int unload(void **state)
{
	(void)state;
	content_file_finish(&file);
	return 0;
}

static void start(struct exercise *ex)
{
	struct exercise_options opt = {.urge_kind = URGE_KIND_UNKNOWN};
	urge_thresholds_default(&opt.thresholds);
	exercise_init(ex, skill, &opt, 1000);
}

static enum skill_block_kind kind(const struct exercise *ex)
{
	assert_int_equal(ex->at, EXERCISE_AT_BLOCK);
	return exercise_block(ex)->kind;
}

static void test_parsed(void **state)
{
	(void)state;
	assert_int_equal(skill->step_count, STEP_COUNT);
	assert_true(skill->steps[STEP_COLD].in_menu);
	assert_int_equal(skill->steps[STEP_COLD].menu_step, STEP_PICK);
	assert_true(skill->steps[STEP_FITS].in_menu && skill->steps[STEP_NOT_FIT].in_menu);
	assert_true(skill->steps[STEP_PASS].in_menu && skill->steps[STEP_ACT].in_menu);
	assert_false(skill->steps[STEP_PLAN].in_menu);
	const struct skill_block *menu = &skill->steps[STEP_PICK].blocks[0];
	assert_int_equal(menu->link_count, 3);
	assert_string_equal(menu->links[2].skill_id, "stop");
	const struct skill_block *show = &skill->steps[STEP_PLAN].blocks[1];
	assert_int_equal(show->show.rows, 2);
	assert_int_equal(show->show.cols, 3);
	assert_string_equal(show->show.cells[4], "{pros}");
}

static void test_in_order(void **state)
{
	(void)state;
	struct exercise ex;
	start(&ex);
	assert_int_equal(ex.at, EXERCISE_AT_INTRO);
	exercise_go_on(&ex, 1000);
	assert_int_equal(ex.step, STEP_CHECK_IN);
	assert_int_equal(kind(&ex), SKILL_BLOCK_RATE);
	assert_true(exercise_rate(&ex, 3, 1000, NULL));
	assert_false(exercise_rate(&ex, 6, 1000, NULL)); /* an urge is 0 to 5 */
	assert_true(exercise_rate(&ex, 0, 1000, NULL));
	assert_int_equal(ex.at, EXERCISE_AT_STEP_END);
	exercise_go_on(&ex, 1000);
	assert_int_equal(ex.step, STEP_PICK);
	exercise_go_on(&ex, 1000); /* leave the menu, its step's last block, without picking */
	/* The menu's steps are reached only from it. */
	assert_int_equal(ex.step, STEP_BREATHE);
	assert_int_equal(kind(&ex), SKILL_BLOCK_CAUTION);
	exercise_skip(&ex, 1000);
	assert_int_equal(ex.step, STEP_DECIDE);
	exercise_go_on(&ex, 1000);
	exercise_go_on(&ex, 1000);
	assert_int_equal(ex.step, STEP_FEEL);
	exercise_finish(&ex);
}

static void test_choose_and_pick_another(void **state)
{
	(void)state;
	struct exercise ex;
	start(&ex);
	exercise_go_on(&ex, 0);
	exercise_skip(&ex, 0);
	assert_int_equal(ex.step, STEP_PICK);
	assert_int_equal(kind(&ex), SKILL_BLOCK_CHOOSE);
	assert_false(exercise_choose(&ex, 7, 0));
	assert_true(exercise_choose(&ex, 0, 0));
	assert_int_equal(ex.step, STEP_COLD);
	assert_int_equal(ex.block, 0); /* its cautions first */
	exercise_skip(&ex, 0);
	/* Back at the menu, to pick another. */
	assert_int_equal(ex.step, STEP_PICK);
	assert_true(ex.menu_again);
	assert_int_equal(kind(&ex), SKILL_BLOCK_CHOOSE);
	assert_true(exercise_chosen(&ex, 0));
	assert_false(exercise_choose(&ex, 0, 0)); /* done already */
	assert_true(exercise_choose(&ex, 1, 0));
	assert_int_equal(ex.step, STEP_MOVE);
	exercise_skip(&ex, 0);
	assert_true(ex.menu_again);
	exercise_go_on(&ex, 0); /* go on: past the menu's steps */
	assert_int_equal(ex.step, STEP_BREATHE);
	exercise_finish(&ex);
	/* Another skill's link switches to it. */
	start(&ex);
	exercise_go_on(&ex, 0);
	exercise_skip(&ex, 0);
	assert_true(exercise_choose(&ex, 2, 0));
	assert_int_equal(ex.at, EXERCISE_AT_END);
	assert_int_equal(exercise_end_reason(&ex), EXERCISE_SWITCHED);
	assert_string_equal(ex.switch_to, "stop");
	exercise_finish(&ex);
}

static void to_step(struct exercise *ex, size_t step)
{
	start(ex);
	exercise_go_on(ex, 0);
	while (ex->at != EXERCISE_AT_END && ex->step != step) {
		exercise_skip(ex, 0);
	}
	assert_int_equal(ex->step, step);
}

static void test_decide(void **state)
{
	(void)state;
	for (size_t pick = 0; pick < 2; pick++) {
		struct exercise ex;
		to_step(&ex, STEP_DECIDE);
		assert_int_equal(kind(&ex), SKILL_BLOCK_DECIDE);
		assert_true(exercise_choose(&ex, pick, 0));
		assert_int_equal(ex.step, pick == 0 ? STEP_FITS : STEP_NOT_FIT);
		if (pick == 1) {
			assert_int_equal(kind(&ex), SKILL_BLOCK_CAUTION);
			exercise_answer(&ex, "not yet", 0); /* not at a question: nothing */
			exercise_go_on(&ex, 0);
		}
		exercise_answer(&ex, pick == 0 ? "calm" : "tired", 0);
		assert_int_equal(ex.at, EXERCISE_AT_STEP_END);
		exercise_go_on(&ex, 0);
		/* Once: after the step chosen, on past all of them. */
		assert_int_equal(ex.step, STEP_FEEL);
		assert_string_equal(exercise_field(&ex, pick == 0 ? "pros" : "cons"),
		                    pick == 0 ? "calm" : "tired");
		exercise_finish(&ex);
	}
}

static void test_branch_on_rating(void **state)
{
	(void)state;
	const struct {
		int rating;
		size_t step;
		size_t block;
		enum exercise_at at;
	} cases[] = {
		{1, STEP_PASS, 0, EXERCISE_AT_BLOCK},
		{5, STEP_ACT, 0, EXERCISE_AT_BLOCK},
		/* In no range: on in the step. */
		{3, STEP_FEEL, 1, EXERCISE_AT_BLOCK},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct exercise ex;
		to_step(&ex, STEP_FEEL);
		assert_true(exercise_rate(&ex, cases[i].rating, 0, NULL));
		assert_int_equal(ex.step, cases[i].step);
		assert_int_equal(ex.block, cases[i].block);
		exercise_skip(&ex, 0);
		/* After a branch's step, on past the branch's steps. */
		assert_int_equal(ex.step, STEP_PLAN);
		exercise_finish(&ex);
	}
}

static void test_timer_early_end_and_pause(void **state)
{
	(void)state;
	struct exercise ex;
	start(&ex);
	exercise_go_on(&ex, 0);
	exercise_skip(&ex, 0);
	assert_true(exercise_choose(&ex, 0, 0));
	exercise_go_on(&ex, 0); /* two cautions */
	exercise_go_on(&ex, 0);
	exercise_go_on(&ex, 0); /* the text */
	assert_int_equal(kind(&ex), SKILL_BLOCK_TIMER);
	assert_int_equal(exercise_timer_state(&ex), EXERCISE_TIMER_READY);
	assert_int_equal(exercise_timer_length(&ex), 30000);
	exercise_timer_start(&ex, 10000);
	assert_int_equal(exercise_tick(&ex, 20000), EXERCISE_EVENT_NONE);
	assert_int_equal(exercise_timer_left(&ex, 20000), 20000);
	exercise_timer_pause(&ex, 20000);
	assert_int_equal(exercise_tick(&ex, 900000), EXERCISE_EVENT_NONE);
	assert_int_equal(exercise_timer_left(&ex, 900000), 20000);
	exercise_timer_resume(&ex, 900000);
	assert_int_equal(exercise_tick(&ex, 919999), EXERCISE_EVENT_NONE);
	assert_int_equal(exercise_tick(&ex, 920000), EXERCISE_EVENT_TIMER_DONE);
	assert_int_equal(ex.at, EXERCISE_AT_STEP_END);
	/* Ending early: going on from a running timer. */
	exercise_repeat(&ex, 0);
	for (int i = 0; i < 3; i++) {
		exercise_go_on(&ex, 0);
	}
	exercise_timer_start(&ex, 0);
	exercise_go_on(&ex, 5000);
	assert_int_equal(ex.at, EXERCISE_AT_STEP_END);
	assert_int_equal(exercise_tick(&ex, 60000), EXERCISE_EVENT_NONE);
	exercise_finish(&ex);
}

static void test_check_in(void **state)
{
	(void)state;
	struct exercise ex;
	to_step(&ex, STEP_PICK);
	assert_true(exercise_choose(&ex, 1, 0));
	exercise_go_on(&ex, 0);
	exercise_go_on(&ex, 0);
	assert_int_equal(kind(&ex), SKILL_BLOCK_TIMER);
	exercise_timer_start(&ex, 0);
	assert_int_equal(exercise_tick(&ex, 59999), EXERCISE_EVENT_NONE);
	assert_int_equal(exercise_tick(&ex, 60000), EXERCISE_EVENT_CHECK_IN);
	assert_true(exercise_check_in_due(&ex));
	assert_int_equal(exercise_tick(&ex, 60500), EXERCISE_EVENT_NONE);
	exercise_check_in(&ex, EXERCISE_CHECK_IN_GO_ON, 61000);
	assert_false(exercise_check_in_due(&ex));
	assert_int_equal(exercise_tick(&ex, 120000), EXERCISE_EVENT_CHECK_IN);
	exercise_check_in(&ex, EXERCISE_CHECK_IN_SWITCH, 121000);
	assert_int_equal(ex.at, EXERCISE_AT_END);
	assert_int_equal(exercise_end_reason(&ex), EXERCISE_SWITCHED);
	assert_null(ex.switch_to);
	assert_int_equal(exercise_seconds(&ex, 999999), 120); /* from its start at 1000 */
	exercise_finish(&ex);
	/* A short timer never checks in; stop ends at once. */
	to_step(&ex, STEP_PICK);
	assert_true(exercise_choose(&ex, 0, 0));
	for (int i = 0; i < 3; i++) {
		exercise_go_on(&ex, 0);
	}
	exercise_timer_start(&ex, 0);
	assert_int_equal(exercise_tick(&ex, 29999), EXERCISE_EVENT_NONE);
	assert_false(exercise_check_in_due(&ex));
	exercise_stop(&ex, 100);
	assert_int_equal(exercise_end_reason(&ex), EXERCISE_STOPPED);
	exercise_finish(&ex);
	/* Stop at a check-in. */
	to_step(&ex, STEP_PICK);
	assert_true(exercise_choose(&ex, 1, 0));
	exercise_go_on(&ex, 0);
	exercise_go_on(&ex, 0);
	exercise_timer_start(&ex, 0);
	assert_int_equal(exercise_tick(&ex, 60000), EXERCISE_EVENT_CHECK_IN);
	exercise_check_in(&ex, EXERCISE_CHECK_IN_STOP, 60000);
	assert_int_equal(exercise_end_reason(&ex), EXERCISE_STOPPED);
	exercise_finish(&ex);
}

static void test_breathe(void **state)
{
	(void)state;
	struct exercise ex;
	to_step(&ex, STEP_BREATHE);
	exercise_go_on(&ex, 0);
	assert_int_equal(kind(&ex), SKILL_BLOCK_BREATHE);
	/* The step's timer is the pacer's length, not a block of its own. */
	assert_int_equal(exercise_timer_length(&ex), 120000);
	assert_false(exercise_set_pace(&ex, (struct skill_breath){.in = 6, .out = 4}));
	assert_true(exercise_set_pace(&ex, (struct skill_breath){.in = 5, .out = 7}));
	exercise_timer_start(&ex, 0);
	uint64_t left;
	assert_int_equal(exercise_breath_phase(&ex, 1000, &left), 0);
	assert_int_equal(left, 4000);
	assert_int_equal(exercise_breath_phase(&ex, 6000, &left), 2);
	assert_int_equal(left, 6000);
	assert_int_equal(exercise_breath_phase(&ex, 12500, &left), 0);
	assert_int_equal(exercise_tick(&ex, 120000), EXERCISE_EVENT_TIMER_DONE);
	assert_int_equal(ex.at, EXERCISE_AT_STEP_END);
	exercise_finish(&ex);
}

/* The person's pace from the settings: every pacer starts at it rather
 * than at the skill's "in 4, out 6". */
static void test_breathe_at_the_persons_pace(void **state)
{
	(void)state;
	struct exercise ex;
	struct exercise_options opt = {.urge_kind = URGE_KIND_UNKNOWN,
	                               .pace = {.in = 3, .hold_in = 1, .out = 8}};
	urge_thresholds_default(&opt.thresholds);
	exercise_init(&ex, skill, &opt, 1000);
	exercise_go_on(&ex, 0);
	while (ex.at != EXERCISE_AT_END && ex.step != STEP_BREATHE) {
		exercise_skip(&ex, 0);
	}
	exercise_go_on(&ex, 0);
	assert_int_equal(kind(&ex), SKILL_BLOCK_BREATHE);
	struct skill_breath pace = exercise_pace(&ex);
	assert_int_equal(pace.in, 3);
	assert_int_equal(pace.hold_in, 1);
	assert_int_equal(pace.out, 8);
	exercise_timer_start(&ex, 0);
	uint64_t left;
	assert_int_equal(exercise_breath_phase(&ex, 3500, &left), 1);
	exercise_finish(&ex);
}

static void test_skip_repeat_back(void **state)
{
	(void)state;
	struct exercise ex;
	start(&ex);
	exercise_go_on(&ex, 0);
	exercise_back(&ex, 0);
	assert_int_equal(ex.at, EXERCISE_AT_INTRO);
	exercise_go_on(&ex, 0);
	exercise_skip(&ex, 0);
	assert_true(exercise_choose(&ex, 0, 0));
	exercise_go_on(&ex, 0);
	exercise_go_on(&ex, 0);
	assert_int_equal(kind(&ex), SKILL_BLOCK_TEXT);
	/* Repeat: from the start, cautions first. */
	exercise_repeat(&ex, 0);
	assert_int_equal(ex.step, STEP_COLD);
	assert_int_equal(ex.block, 0);
	/* Back: the step the person came from, from its start. */
	exercise_back(&ex, 0);
	assert_int_equal(ex.step, STEP_PICK);
	assert_int_equal(ex.block, 0);
	exercise_back(&ex, 0);
	assert_int_equal(ex.step, STEP_CHECK_IN);
	exercise_finish(&ex);
}

static void test_fields_and_kit(void **state)
{
	(void)state;
	struct exercise ex;
	to_step(&ex, STEP_DECIDE);
	exercise_offer(&ex, "plan", "call Sam");
	assert_true(exercise_choose(&ex, 0, 0));
	assert_null(exercise_offered(&ex)); /* {pros} is not in the kit */
	exercise_answer(&ex, "first try", 0);
	exercise_repeat(&ex, 0);
	exercise_answer(&ex, "second try", 0); /* the same question again: replaced */
	assert_int_equal(ex.answer_count, 1);
	assert_string_equal(exercise_field(&ex, "pros"), "second try");
	exercise_go_on(&ex, 0);
	exercise_skip(&ex, 0);
	assert_int_equal(ex.step, STEP_PLAN);
	assert_string_equal(exercise_offered(&ex), "call Sam");
	exercise_answer(&ex, "call Sam", 0);
	assert_int_equal(kind(&ex), SKILL_BLOCK_SHOW);
	const struct skill_block *show = exercise_block(&ex);
	struct str cell = {0};
	exercise_show_cell(&ex, show->show.cells[4], &cell);
	assert_string_equal(str_cstr(&cell), "second try");
	str_clear(&cell);
	exercise_show_cell(&ex, show->show.cells[5], &cell);
	assert_string_equal(str_cstr(&cell), "(not answered)");
	str_finish(&cell);
	exercise_finish(&ex);
}

static void test_crisis_ending(void **state)
{
	(void)state;
	struct exercise ex;
	const struct exercise_rating *r;
	/* High distress, then the urge: any urge with no kind is held to
	 * suicide's threshold, 1. */
	start(&ex);
	exercise_go_on(&ex, 0);
	assert_true(exercise_rate(&ex, 7, 0, &r));
	assert_true(r->high);
	assert_true(exercise_rate(&ex, 1, 0, &r));
	assert_true(r->high);
	assert_false(exercise_urge_rated_before(&ex, r));
	while (ex.step != STEP_AGAIN) {
		exercise_skip(&ex, 0);
	}
	assert_true(exercise_ended_high(&ex));
	exercise_finish(&ex);

	start(&ex);
	exercise_go_on(&ex, 0);
	assert_true(exercise_rate(&ex, 6, 0, &r));
	assert_false(r->high);
	ex.opt.urge_kind = URGE_KIND_SELF_HARM; /* the person's target */
	assert_true(exercise_rate(&ex, 3, 0, &r));
	assert_false(r->high);
	assert_false(exercise_ended_high(&ex));
	while (ex.step != STEP_AGAIN) {
		exercise_skip(&ex, 0);
	}
	assert_true(exercise_rate(&ex, 4, 0, &r));
	assert_true(r->high);
	assert_true(exercise_urge_rated_before(&ex, r));
	exercise_go_on(&ex, 0);
	assert_int_equal(exercise_end_reason(&ex), EXERCISE_FINISHED);
	/* Ends high: the last urge rating was at its threshold. */
	assert_true(exercise_ended_high(&ex));
	exercise_finish(&ex);

	/* High at the start, low at the end: not high at the end. */
	start(&ex);
	exercise_go_on(&ex, 0);
	assert_true(exercise_rate(&ex, 9, 0, NULL));
	assert_true(exercise_ended_high(&ex));
	assert_true(exercise_rate(&ex, 0, 0, NULL));
	assert_true(exercise_ended_high(&ex)); /* distress still 9 */
	exercise_repeat(&ex, 0);
	assert_true(exercise_rate(&ex, 2, 0, NULL));
	assert_false(exercise_ended_high(&ex));
	exercise_finish(&ex);
}

/* Every way into every step: from each state reached, each action; after
 * each, a step just entered shows its cautions before anything else. */
static void clone(const struct exercise *from, struct exercise *to)
{
	size_t steps = from->skill->step_count;
	*to = *from;
	to->chosen = calloc(steps + 1, sizeof(*to->chosen));
	memcpy(to->chosen, from->chosen, steps * sizeof(*to->chosen));
	to->history = calloc(from->history_count + 1, sizeof(*to->history));
	if (from->history_count > 0) {
		memcpy(to->history, from->history, from->history_count * sizeof(*to->history));
	}
	to->ratings = calloc(from->rating_count + 1, sizeof(*to->ratings));
	if (from->rating_count > 0) {
		memcpy(to->ratings, from->ratings, from->rating_count * sizeof(*to->ratings));
	}
	to->answers = calloc(from->answer_count + 1, sizeof(*to->answers));
	for (size_t i = 0; i < from->answer_count; i++) {
		to->answers[i].ask = from->answers[i].ask;
		to->answers[i].text = strdup(from->answers[i].text);
	}
	to->offers = NULL;
	to->offer_count = 0;
}

enum { ACTION_COUNT = 17 };

static void act(struct exercise *ex, int action)
{
	switch (action) {
	case 0: exercise_go_on(ex, 0); break;
	case 1: exercise_skip(ex, 0); break;
	case 2: exercise_repeat(ex, 0); break;
	case 3: exercise_back(ex, 0); break;
	case 4: (void)exercise_choose(ex, 0, 0); break;
	case 5: (void)exercise_choose(ex, 1, 0); break;
	case 6: (void)exercise_choose(ex, 2, 0); break;
	case 7: (void)exercise_rate(ex, 0, 0, NULL); break;
	case 8: (void)exercise_rate(ex, 3, 0, NULL); break;
	case 9: (void)exercise_rate(ex, 5, 0, NULL); break;
	case 10: exercise_answer(ex, "x", 0); break;
	case 11: exercise_timer_start(ex, 0); break;
	case 12: (void)exercise_tick(ex, 10 * 60 * 1000); break;
	case 13: exercise_check_in(ex, EXERCISE_CHECK_IN_GO_ON, 0); break;
	case 14: (void)exercise_choose(ex, 3, 0); break;
	case 15: (void)exercise_choose(ex, 4, 0); break;
	default: exercise_timer_pause(ex, 0); break;
	}
}

/* Where the person is, as far as what comes next depends on it. */
static uint64_t signature(const struct exercise *ex)
{
	uint64_t h = 1469598103934665603ull;
	uint64_t parts[] = {ex->at, ex->step, ex->block, ex->resume, ex->menu_again, ex->timer,
	                    ex->history_count ? ex->history[ex->history_count - 1] : 999,
	                    ex->history_count > 1 ? ex->history[ex->history_count - 2] : 999};
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		h = (h ^ parts[i]) * 1099511628211ull;
	}
	for (size_t i = 0; i < ex->skill->step_count; i++) {
		h = (h ^ ex->chosen[i]) * 1099511628211ull;
	}
	return h | 1; /* 0 marks an empty slot */
}

enum { MAX_STATES = 1 << 14, SLOTS = 1 << 16 };

/* Walks every state of skill's exercise; returns how many step entries
 * there were, and checks each one. */
static size_t walk_every_path(const struct skill *sk)
{
	struct exercise *queue = calloc(MAX_STATES, sizeof(*queue));
	uint64_t *seen = calloc(SLOTS, sizeof(*seen));
	size_t *entered = calloc(sk->step_count, sizeof(*entered));
	assert_non_null(queue);
	assert_non_null(seen);
	size_t head = 0, tail = 0, entries = 0;
	struct exercise_options opt = {.urge_kind = URGE_KIND_UNKNOWN};
	urge_thresholds_default(&opt.thresholds);
	exercise_init(&queue[tail++], sk, &opt, 0);
	while (head < tail) {
		struct exercise *from = &queue[head++];
		for (int a = 0; a < ACTION_COUNT; a++) {
			struct exercise ex;
			clone(from, &ex);
			unsigned visits = ex.visits;
			act(&ex, a);
			if (ex.visits != visits && ex.at != EXERCISE_AT_END) {
				entries++;
				entered[ex.step]++;
				if (sk->steps[ex.step].blocks[0].kind == SKILL_BLOCK_CAUTION) {
					/* Its first caution, before anything else. */
					assert_int_equal(ex.at, EXERCISE_AT_BLOCK);
					assert_int_equal(ex.block, 0);
				}
			}
			uint64_t sig = signature(&ex);
			size_t slot = (size_t)(sig % SLOTS);
			while (seen[slot] != 0 && seen[slot] != sig) {
				slot = (slot + 1) % SLOTS;
			}
			if (seen[slot] == 0 && ex.at != EXERCISE_AT_END) {
				assert_true(tail < MAX_STATES); /* the whole space, never a cut-off part */
				seen[slot] = sig;
				queue[tail++] = ex;
			} else {
				exercise_finish(&ex);
			}
		}
	}
	/* Every step was reached, by some way. */
	for (size_t i = 0; i < sk->step_count; i++) {
		if (entered[i] == 0) {
			fail_msg("%s: the step \"%s\" was never entered", sk->id, sk->steps[i].title);
		}
	}
	for (size_t i = 0; i < tail; i++) {
		exercise_finish(&queue[i]);
	}
	free(queue);
	free(seen);
	free(entered);
	return entries;
}

static void test_cautions_on_every_path(void **state)
{
	(void)state;
	assert_true(walk_every_path(skill) > 100);
}

/* The same for every shipped skill with a cautioned step. */
static void test_cautions_on_every_path_shipped(void **state)
{
	(void)state;
	struct skill_library lib;
	skill_library_load(&lib, NULL); /* the built-in library, compiled in */
	if (lib.problems.count > 0) {
		fail_msg("%s", str_cstr(&lib.problems.text));
	}
	size_t cautioned = 0;
	for (size_t i = 0; i < lib.count; i++) {
		const struct skill *sk = &lib.skills[i];
		bool has = false;
		for (size_t s = 0; s < sk->step_count; s++) {
			has = has || sk->steps[s].blocks[0].kind == SKILL_BLOCK_CAUTION;
		}
		if (has) {
			cautioned++;
			assert_true(walk_every_path(sk) > 0);
		}
	}
	assert_true(cautioned >= 3); /* TIP, and the others with cautioned steps */
	skill_library_finish(&lib);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parsed),
		cmocka_unit_test(test_in_order),
		cmocka_unit_test(test_choose_and_pick_another),
		cmocka_unit_test(test_decide),
		cmocka_unit_test(test_branch_on_rating),
		cmocka_unit_test(test_timer_early_end_and_pause),
		cmocka_unit_test(test_check_in),
		cmocka_unit_test(test_breathe),
		cmocka_unit_test(test_breathe_at_the_persons_pace),
		cmocka_unit_test(test_skip_repeat_back),
		cmocka_unit_test(test_fields_and_kit),
		cmocka_unit_test(test_crisis_ending),
		cmocka_unit_test(test_cautions_on_every_path),
		cmocka_unit_test(test_cautions_on_every_path_shipped),
	};
	return cmocka_run_group_tests(tests, load, unload);
}
