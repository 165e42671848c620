#ifndef WISEMIND_CLI_PRACTICE_TIMER_H
#define WISEMIND_CLI_PRACTICE_TIMER_H

#include <stdbool.h>
#include <stdint.h>

#include "cli/practice_keys.h"
#include "cli/practice_run.h"
#include "core/exercise.h"
#include "core/str.h"

/* The timed blocks of a plain-text practice, the countdown and the
 * breathing pacer, as the exercise engine times them. They run in slices
 * of 100 ms so a signal or a key is noticed at once. On a terminal: !
 * shows the crisis card and the timer goes on where it was; Enter ends it
 * early; p pauses it; at a check-in (timers of 5 minutes or more, every
 * minute), s switches to another skill and q stops. keys is in its line
 * mode again whenever these return. */

/* True once the person asked to stop: Ctrl-C or a termination signal
 * (app/signals.h). Prompts check it too. */
bool practice_timer_stop_requested(const struct practice_io *io);

/* The practice's clock in milliseconds: monotonic, io->time_scale times
 * as fast in the test build. */
uint64_t practice_clock(const struct practice_io *io);

/* "2 minutes 10 seconds", "1 minute", "45 seconds": a length in words,
 * appended to out. */
void practice_duration_words(unsigned seconds, struct str *out);

/* Runs the timer of ex's current block from its start until it is done,
 * ended early or paused and ended, or the practice moved on (a check-in's
 * switch or stop). Returns false when the practice was stopped by a
 * signal or the terminal went away. */
bool practice_timer_run(struct practice_io *io, struct practice_keys *keys, struct exercise *ex);

#endif
