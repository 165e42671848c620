#ifndef WISEMIND_CLI_PRACTICE_RUN_H
#define WISEMIND_CLI_PRACTICE_RUN_H

#include <stdbool.h>
#include <stdio.h>

#include "core/skill.h"

/* Where a plain-text practice reads and writes, and how fast time runs. */
struct practice_io {
	FILE *in;
	FILE *out;
	unsigned time_scale;     /* 1 normally; tests divide time by more */
	const char *crisis_card; /* shown whenever the person types ! */
	bool quiet;              /* no bell when a timer is up */
};

enum practice_end {
	PRACTICE_FINISHED,
	PRACTICE_STOPPED,   /* Ctrl-C, a termination signal or end of input: left cleanly */
};

/* Walks the person through skill in plain text: cautions first, then each
 * step (Enter to go on), countdowns that print the time left and ring the
 * bell when time is up, a breathing pacer that prints in/out cues at a pace
 * the person may change, and questions and ratings read from io->in.
 * Typing ! and Enter at any prompt shows the crisis card, then the prompt
 * again. When io->in is a terminal, ! alone shows the card during a timer
 * or the pacer, which then go on, and Enter ends them early; the terminal
 * is back in its own mode before this returns, also after a stop by
 * signal (app/signals.h: Ctrl-C, or a termination signal).
 * Call it before anything reads io->in. Keeps nothing: ratings are only
 * echoed in the summary. */
enum practice_end practice_run(const struct skill *skill, struct practice_io *io);

#endif
