#ifndef WISEMIND_CLI_PRACTICE_RUN_H
#define WISEMIND_CLI_PRACTICE_RUN_H

#include <stdbool.h>
#include <stdio.h>

#include "core/exercise.h"

struct practice_io;

/* What the command does with an urge rating as it is given: records it
 * (app_practice_urge_rate) and prints what the record says, the crisis
 * lines always. Returns false when the practice cannot go on (a stop). */
typedef bool practice_urge_fn(struct practice_io *io, const struct exercise_rating *rating);

/* Where a plain-text practice reads and writes, and how fast time runs. */
struct practice_io {
	FILE *in;
	FILE *out;
	unsigned time_scale;     /* 1; only the test build runs time faster */
	const char *crisis_card; /* the full card: on !, a high rating, a high end */
	bool quiet;              /* no bell when a timer is up */
	/* Plain mode, for screen readers: a timer's time left said in words
	 * ("2 minutes 30 seconds left") every 30 seconds, and each phase of a
	 * breath with its length in words, instead of "2:30 left" every 15
	 * seconds and "Breathe in... 4". */
	bool spoken;
	practice_urge_fn *urge;  /* called for each urge rating */
	void *data;              /* the command's, for urge */
	/* The urge the practice rates: given (--urge), else asked at its
	 * first urge rating; "" until then. */
	char urge_target[65];
	/* The kind of a target, so the engine holds it to its threshold. */
	enum urge_kind (*target_kind)(struct practice_io *io, const char *target);
};

/* The test build's time scale (tests/cli/fast_clock.c sets it); 1 in the
 * program people run, which reads no variable to bend time. */
extern unsigned practice_time_scale;

enum practice_end {
	PRACTICE_FINISHED,
	PRACTICE_STOPPED,  /* Ctrl-C, a termination signal, q, or end of input: left cleanly */
	PRACTICE_SWITCHED, /* to another skill: ex says which, or none (the person picks) */
};

/* Walks the person through ex (at its introduction) in plain text,
 * rendering what the exercise engine says, block by block: cautions
 * first, text, timers and the breathing pacer (practice_timer.h),
 * questions (a kit answer from last time offered), ratings on the two
 * scales with their words, menus, answers shown back. At the end of each
 * step: Enter goes on, r repeats it, b goes back, s skips, q stops.
 * Typing ! and Enter at any prompt shows the crisis card, then the prompt
 * again. A distress rating that is high shows the full crisis card when
 * given; urge ratings go to io->urge. The terminal is back in its own mode
 * before this returns, also after a stop by signal. Call it before
 * anything reads io->in. */
enum practice_end practice_run(struct exercise *ex, struct practice_io *io);

/* Prints a Show block of skill with answers from lookup: a list in order,
 * or a grid with its heading row. */
void practice_print_show(FILE *out, const struct skill_block *show,
                         exercise_lookup_fn *lookup, void *data);

#endif
