#ifndef WISEMIND_CLI_PRACTICE_TIMER_H
#define WISEMIND_CLI_PRACTICE_TIMER_H

#include <stdbool.h>

#include "cli/practice_keys.h"
#include "cli/practice_run.h"
#include "core/skill.h"

/* The timed parts of a plain-text practice: the countdown and the
 * breathing pacer. Both run in slices of 100 ms so a signal or a key is
 * noticed at once; on a terminal, ! shows the crisis card and the timed
 * part goes on where it was, and Enter ends it early. keys is in its line
 * mode again whenever these return. */

/* True once the person asked to stop: Ctrl-C (io->interrupted) or a
 * termination signal (cli/signals.h). Prompts check it too. */
bool practice_timer_stop_requested(const struct practice_io *io);

/* Counts seconds down, printing the time left every 15 seconds, then
 * "Time is up" with the bell unless io->quiet. Returns false when the
 * practice was stopped; ending the timer early is not a stop. */
bool practice_timer_countdown(struct practice_io *io, struct practice_keys *keys, unsigned seconds);

/* Paces breaths breaths of pace, one line per phase. Returns false when
 * the practice was stopped. */
bool practice_timer_pacer(struct practice_io *io, struct practice_keys *keys,
                          struct skill_breath pace, unsigned breaths);

#endif
