#ifndef WISEMIND_CORE_EXERCISE_H
#define WISEMIND_CORE_EXERCISE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/skill.h"
#include "core/str.h"
#include "core/urge_level.h"

/* The guided exercise: one skill walked step by step, as a state machine
 * every front end drives (plain practice, the screen, the group
 * presenter). It does no I/O and reads no clock: each call that can
 * depend on time is given the caller's monotonic time in milliseconds.
 *
 * Where the person is: the introduction, a block of a step (text, a
 * caution, a timer, a question, ...), the end of a step, or the end.
 * Whichever way a step is entered (in order, back, repeat, a menu, a
 * branch), its cautions come first; skipping leaves the whole step,
 * never a caution alone. */

enum exercise_at {
	EXERCISE_AT_INTRO,    /* the name, cautions and introduction: go on to begin */
	EXERCISE_AT_BLOCK,    /* exercise_block() of exercise_step() */
	EXERCISE_AT_STEP_END, /* the step is done: go on, repeat it or go back */
	EXERCISE_AT_END,
};

enum exercise_end {
	EXERCISE_FINISHED,
	EXERCISE_STOPPED,
	EXERCISE_SWITCHED, /* to exercise_switch_to(), or to a skill the person picks */
};

enum exercise_timer {
	EXERCISE_TIMER_NONE,    /* the block is not timed */
	EXERCISE_TIMER_READY,   /* not started */
	EXERCISE_TIMER_RUNNING,
	EXERCISE_TIMER_PAUSED,
};

/* What exercise_tick saw. */
enum exercise_event {
	EXERCISE_EVENT_NONE,
	EXERCISE_EVENT_TIMER_DONE, /* time is up: the practice moved on */
	EXERCISE_EVENT_CHECK_IN,   /* a long timer asks: has the urge passed? */
};

/* The answer to a check-in. */
enum exercise_check_in {
	EXERCISE_CHECK_IN_GO_ON,
	EXERCISE_CHECK_IN_SWITCH,
	EXERCISE_CHECK_IN_STOP,
};

#define EXERCISE_CHECK_IN_FROM_MS (5 * 60 * 1000) /* timers this long check in */
#define EXERCISE_CHECK_IN_EVERY_MS (60 * 1000)
#define EXERCISE_BREATHS_WITHOUT_TIMER 5

struct exercise_options {
	struct urge_thresholds thresholds; /* the person's, as settings.yaml sets them */
	enum urge_kind urge_kind; /* the kind of the urge the practice is about; UNKNOWN: suicide's */
	/* The person's breathing pace (settings): every pacer starts at it
	 * rather than at the skill's; in 0: the skill's. */
	struct skill_breath pace;
};

/* A question answered, or a rating given; block is the skill's. */
struct exercise_answer {
	const struct skill_block *ask;
	char *text;
};

struct exercise_rating {
	const struct skill_block *rate;
	int value;
	bool high; /* at or above the urge's threshold, or distress from 7 */
};

struct exercise_offer {
	char *field;
	char *text;
};

struct exercise {
	const struct skill *skill;
	struct exercise_options opt;
	enum exercise_at at;
	enum exercise_end end;
	const char *switch_to; /* EXERCISE_SWITCHED: a skill id, or NULL */
	size_t step, block;
	size_t resume;         /* the block to go on at once the step's cautions are read */
	unsigned visits;       /* counts entries into steps: a front end sees a repeat */
	bool menu_again;       /* back at a Choose after one of its steps */
	bool *chosen;          /* per step: picked from its menu already */
	size_t *history;       /* the steps entered, for going back */
	size_t history_count;

	enum exercise_timer timer;
	uint64_t timer_length;  /* ms */
	uint64_t timer_done;    /* ms run before the last start */
	uint64_t timer_started;
	uint64_t next_check_in; /* ms of running time; 0: none */
	bool check_in_due;
	struct skill_breath pace;

	struct exercise_answer *answers;
	size_t answer_count;
	struct exercise_rating *ratings;
	size_t rating_count;
	struct exercise_offer *offers;
	size_t offer_count;
	uint64_t started, ended;
};

/* Starts skill (which must outlive ex) at its introduction. */
void exercise_init(struct exercise *ex, const struct skill *skill,
                   const struct exercise_options *opt, uint64_t now);
void exercise_finish(struct exercise *ex);

/* Where the person is. exercise_step and exercise_block are NULL when
 * there is none (the introduction, the end). */
const struct skill_step *exercise_step(const struct exercise *ex);
const struct skill_block *exercise_block(const struct exercise *ex);

/* Goes on from where the person is: begins from the introduction; after
 * text, a caution or a Show, the next block; at a timer, ends it (early,
 * or before it starts); at a question or a rating, leaves it unanswered;
 * at a Choose or Decide, leaves the menu without picking (and the step,
 * when the menu is its last block); at the end of a step, the next step
 * (or back to the menu the step was picked from). */
void exercise_go_on(struct exercise *ex, uint64_t now);
/* Leaves the whole step, as going on from its end does. */
void exercise_skip(struct exercise *ex, uint64_t now);
/* The step again from its start (its cautions first). */
void exercise_repeat(struct exercise *ex, uint64_t now);
/* The step before this one (as the person came), from its start; from
 * the first step, the introduction. */
void exercise_back(struct exercise *ex, uint64_t now);
void exercise_stop(struct exercise *ex, uint64_t now);

/* At an Ask: keeps text (copied) and goes on. */
void exercise_answer(struct exercise *ex, const char *text, uint64_t now);
/* At a Rate: keeps value and goes on, along a branch when the rating has
 * one. False, changing nothing, when value is off the scale. *rated, when
 * not NULL, is the rating kept: whether it is high, by the rule of
 * DESIGN.md §2.2. */
bool exercise_rate(struct exercise *ex, int value, uint64_t now,
                   const struct exercise_rating **rated);
/* At a Choose or a Decide: the option at index (of the block's links);
 * another skill's link ends the exercise, switched to it. False when
 * there is no such option, or it was picked already. */
bool exercise_choose(struct exercise *ex, size_t index, uint64_t now);
/* True when the option at index of the current menu was picked before. */
bool exercise_chosen(const struct exercise *ex, size_t index);

/* The timer of the current block (a Timer, or a Breathe with its step's
 * timer, or EXERCISE_BREATHS_WITHOUT_TIMER breaths). */
enum exercise_timer exercise_timer_state(const struct exercise *ex);
uint64_t exercise_timer_length(const struct exercise *ex);
uint64_t exercise_timer_left(const struct exercise *ex, uint64_t now);
void exercise_timer_start(struct exercise *ex, uint64_t now);
void exercise_timer_pause(struct exercise *ex, uint64_t now);
void exercise_timer_resume(struct exercise *ex, uint64_t now);
/* Moves time on: the end of a timer, a check-in on a long one. */
enum exercise_event exercise_tick(struct exercise *ex, uint64_t now);
bool exercise_check_in_due(const struct exercise *ex);
void exercise_check_in(struct exercise *ex, enum exercise_check_in answer, uint64_t now);

/* The breathing pace of the current Breathe block, which the person may
 * change before it starts (the out-breath stays longer). The phase at
 * now: 0 in, 1 hold, 2 out, 3 hold; *left the ms left in it. */
struct skill_breath exercise_pace(const struct exercise *ex);
bool exercise_set_pace(struct exercise *ex, struct skill_breath pace);
int exercise_breath_phase(const struct exercise *ex, uint64_t now, uint64_t *left);

/* A kit answer from an earlier practice, offered at the Ask of field. */
void exercise_offer(struct exercise *ex, const char *field, const char *text);
/* What is offered at the current Ask, or NULL. */
const char *exercise_offered(const struct exercise *ex);

/* The answer to field (or NULL), and a Show's cell with each {field}
 * filled in ("(not answered)" for one left out). */
const char *exercise_field(const struct exercise *ex, const char *field);
typedef const char *exercise_lookup_fn(const char *field, void *data);
void exercise_fill(const char *cell, exercise_lookup_fn *lookup, void *data, struct str *out);
void exercise_show_cell(const struct exercise *ex, const char *cell, struct str *out);

/* After the end: why, for how long, and whether it ended high: the last
 * urge rating, or the last distress rating, at or above its line. */
enum exercise_end exercise_end_reason(const struct exercise *ex);
bool exercise_ended_high(const struct exercise *ex);
unsigned exercise_seconds(const struct exercise *ex, uint64_t now);
/* True once an urge was rated in this practice, before this rating. */
bool exercise_urge_rated_before(const struct exercise *ex, const struct exercise_rating *r);

#endif
