#ifndef WISEMIND_UI_PACER_H
#define WISEMIND_UI_PACER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/exercise.h"

/* What a practice's pacer and countdown show, drawn by the practice
 * (practice_pacer.c) and by the presenter for a room (class_draw.c), from
 * the engine's state at now. */

/* How full the pacer is at now, in 0..cells: it grows through the
 * in-breath, stays full while holding, shrinks through the out-breath.
 * *phase is the engine's (0 in, 1 hold, 2 out, 3 hold; -1 before it
 * starts) and *left the ms left in it. */
int ui_pacer_fill(const struct exercise *ex, uint64_t now, int cells, int *phase,
                  uint64_t *left);
/* "Breathe in...", "Hold...", "Breathe out...", or before the start
 * "Ready when you are." */
const char *ui_pacer_cue(int phase);
/* The time left on the timer as "MM:SS", rounded up. */
void ui_timer_clock(const struct exercise *ex, uint64_t now, char *buf, size_t size);

/* A breath one second slower (by 1) or faster (by -1), in and out
 * alike; false, changing nothing, beyond 1 to 12 seconds in. */
bool ui_pace_step(struct skill_breath *pace, int by);

/* A screen went under another (covered) or came back on top: a running
 * timer or pacer waits while it is covered (held says it was this that
 * paused it) and goes on when it is back, so the time left is what it
 * was. ex may be NULL (no timer on the screen). */
void ui_timer_cover(struct exercise *ex, bool *held, bool covered, uint64_t now);

#endif
