/* The timed blocks of a plain-text practice, driven by the engine's
 * clock (core/exercise.h): this file only waits, reads keys and prints. */
#include "cli/practice_timer.h"

#include <time.h>

#include "app/signals.h"
#include "cli/term_width.h"
#include "core/skill_format.h"
#include "core/str.h"

#define TIMER_REPORT_EVERY_MS 15000 /* between "time left" lines */
#define SPOKEN_REPORT_EVERY_MS 30000 /* the same in words: a screen reader reads each one */
#define SLICE_MS 100                /* how soon a signal or a key is noticed */

bool practice_timer_stop_requested(const struct practice_io *io)
{
	(void)io;
	return app_signals_pending() != 0;
}

uint64_t practice_clock(const struct practice_io *io)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	uint64_t ms = (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
	return ms * (io->time_scale > 0 ? io->time_scale : 1);
}

/* Said in words, as it comes in the middle of a sentence after the
 * crisis lines, and in plain mode, where a screen reader says it. */
void practice_duration_words(unsigned seconds, struct str *out)
{
	unsigned m = seconds / 60, s = seconds % 60;
	if (m > 0) {
		str_appendf(out, "%u minute%s", m, m == 1 ? "" : "s");
	}
	if (s > 0 || m == 0) {
		str_appendf(out, "%s%u second%s", m > 0 ? " " : "", s, s == 1 ? "" : "s");
	}
}

static unsigned seconds_up(uint64_t ms)
{
	return (unsigned)((ms + 999) / 1000);
}

/* The crisis card, then where the practice is: the person may have
 * looked away for a while. */
static void show_crisis_card(struct practice_io *io, const struct exercise *ex, uint64_t now)
{
	fputc('\n', io->out);
	term_print_wrapped(io->out, io->crisis_card);
	struct str where = {0};
	if (exercise_block(ex)->kind == SKILL_BLOCK_BREATHE) {
		struct skill_breath pace = exercise_pace(ex);
		uint64_t cycle = 1000ull * (pace.in + pace.hold_in + pace.out + pace.hold_out);
		uint64_t length = exercise_timer_length(ex);
		uint64_t run = length - exercise_timer_left(ex, now);
		str_appendf(&where, "[The breathing goes on: breath %llu of %llu.]",
		            (unsigned long long)(run / cycle + 1),
		            (unsigned long long)((length + cycle - 1) / cycle));
	} else {
		str_append(&where, "[The timer goes on: ");
		unsigned left = seconds_up(exercise_timer_left(ex, now));
		practice_duration_words(left > 0 ? left : 1, &where);
		str_append(&where, " left.]");
	}
	term_print_wrapped(io->out, str_cstr(&where));
	str_finish(&where);
}

/* What the person sees change: the time left every 15 seconds (30 in
 * words), or each phase of a breath. A wait that ends late (a busy
 * machine) never skips a line: the lines missed are printed then, in
 * order, so the output is the same however the waits fall. */
struct shown {
	uint64_t report; /* the last "time left" mark shown, in report_every()s; 0: none yet */
	uint64_t breath; /* the breath and phase shown, as 4 * breath + phase, + 1; 0: none */
};

static uint64_t report_every(const struct practice_io *io)
{
	return io->spoken ? SPOKEN_REPORT_EVERY_MS : TIMER_REPORT_EVERY_MS;
}

static void show_time_left(struct practice_io *io, const struct exercise *ex, uint64_t now,
                           struct shown *shown)
{
	uint64_t every = report_every(io);
	uint64_t left = exercise_timer_left(ex, now);
	uint64_t mark = (left + every - 1) / every;
	mark = mark > 0 ? mark : 1;
	while (shown->report == 0 || shown->report > mark) {
		/* The first line says the whole time; the others, each mark's. */
		unsigned secs = shown->report == 0 ? seconds_up(left)
		                                   : (unsigned)((shown->report - 1) * every / 1000);
		shown->report = shown->report == 0 ? mark : shown->report - 1;
		if (secs == 0) {
			break;
		}
		struct str line = {0};
		if (io->spoken) {
			practice_duration_words(secs, &line);
			fprintf(io->out, "  %s left.\n", str_cstr(&line));
		} else {
			skill_format_duration(secs, &line);
			fprintf(io->out, "  %s left\n", str_cstr(&line));
		}
		str_finish(&line);
	}
}

static void show_breaths(struct practice_io *io, const struct exercise *ex, uint64_t now,
                         struct shown *shown)
{
	struct skill_breath pace = exercise_pace(ex);
	unsigned parts[] = {pace.in, pace.hold_in, pace.out, pace.hold_out};
	uint64_t cycle = 1000ull * (pace.in + pace.hold_in + pace.out + pace.hold_out);
	uint64_t length = exercise_timer_length(ex);
	if (cycle == 0 || length == 0) {
		return;
	}
	uint64_t run = length - exercise_timer_left(ex, now);
	run = run < length ? run : length - 1; /* time up: the last phase, not a new breath */
	uint64_t at = run % cycle, phase = 0;
	while (phase < 3 && at >= 1000ull * parts[phase]) {
		at -= 1000ull * parts[phase];
		phase++;
	}
	uint64_t now_key = run / cycle * 4 + phase;
	uint64_t breaths = (length + cycle - 1) / cycle;
	static const char *const cues[] = {"Breathe in...", "Hold...", "Breathe out...", "Hold..."};
	static const char *const spoken[] = {"Breathe in", "Hold", "Breathe out", "Hold"};
	for (uint64_t key = shown->breath; key <= now_key; key++) {
		unsigned p = (unsigned)(key % 4);
		if (parts[p] == 0) {
			continue;
		}
		if (p == 0) {
			fprintf(io->out, io->spoken ? "Breath %llu of %llu.\n" : "Breath %llu of %llu\n",
			        (unsigned long long)(key / 4 + 1), (unsigned long long)breaths);
		}
		if (io->spoken) {
			struct str words = {0};
			practice_duration_words(parts[p], &words);
			fprintf(io->out, "  %s for %s.\n", spoken[p], str_cstr(&words));
			str_finish(&words);
		} else {
			fprintf(io->out, "  %s %u\n", cues[p], parts[p]);
		}
	}
	shown->breath = now_key + 1 > shown->breath ? now_key + 1 : shown->breath;
}

static void show_progress(struct practice_io *io, const struct exercise *ex, uint64_t now,
                          struct shown *shown)
{
	if (exercise_block(ex)->kind == SKILL_BLOCK_TIMER) {
		show_time_left(io, ex, now, shown);
	} else {
		show_breaths(io, ex, now, shown);
	}
}

/* How long to wait, in real ms: until the next thing to show, at most a
 * slice, so a late wake never skips a line. */
static long next_wait(const struct practice_io *io, const struct exercise *ex, uint64_t now)
{
	uint64_t until = SLICE_MS * (uint64_t)(io->time_scale > 0 ? io->time_scale : 1);
	if (exercise_timer_state(ex) == EXERCISE_TIMER_RUNNING) {
		uint64_t left = exercise_timer_left(ex, now);
		uint64_t next = left;
		if (exercise_block(ex)->kind == SKILL_BLOCK_TIMER) {
			uint64_t every = report_every(io);
			next = left > 0 ? left - (left - 1) / every * every : 0;
		} else {
			uint64_t phase_left;
			(void)exercise_breath_phase(ex, now, &phase_left);
			next = phase_left < left ? phase_left : left;
		}
		until = next < until ? next : until;
	}
	unsigned scale = io->time_scale > 0 ? io->time_scale : 1;
	long ms = (long)((until + scale - 1) / scale);
	return ms > 0 ? ms : 1;
}

/* True while ex is still at the timed block it was at when the run began. */
static bool same_block(const struct exercise *ex, unsigned visits, size_t block)
{
	return ex->at == EXERCISE_AT_BLOCK && ex->visits == visits && ex->block == block;
}

static void on_key(struct practice_io *io, struct exercise *ex, enum practice_key key,
                   uint64_t now, bool *gone)
{
	switch (key) {
	case PRACTICE_KEY_CRISIS:
		show_crisis_card(io, ex, now);
		break;
	case PRACTICE_KEY_ENTER:
		fputs(exercise_block(ex)->kind == SKILL_BLOCK_TIMER ? "  Timer ended early.\n"
		                                                     : "  Breathing ended early.\n",
		      io->out);
		exercise_go_on(ex, now);
		break;
	case PRACTICE_KEY_PAUSE:
		if (exercise_timer_state(ex) == EXERCISE_TIMER_PAUSED) {
			exercise_timer_resume(ex, now);
			fputs("  Going on.\n", io->out);
		} else {
			exercise_timer_pause(ex, now);
			fputs("  Paused. Press p to go on.\n", io->out);
		}
		break;
	case PRACTICE_KEY_SWITCH:
	case PRACTICE_KEY_QUIT:
		if (exercise_check_in_due(ex)) {
			exercise_check_in(ex, key == PRACTICE_KEY_SWITCH ? EXERCISE_CHECK_IN_SWITCH
			                                                 : EXERCISE_CHECK_IN_STOP,
			                  now);
		}
		break;
	case PRACTICE_KEY_GONE:
		*gone = true;
		break;
	case PRACTICE_KEY_NONE:
		break;
	}
}

bool practice_timer_run(struct practice_io *io, struct practice_keys *keys, struct exercise *ex)
{
	unsigned visits = ex->visits;
	size_t block = ex->block;
	bool breathe = exercise_block(ex)->kind == SKILL_BLOCK_BREATHE;
	practice_keys_begin(keys);
	if (keys->live) {
		struct str hint = {0};
		str_appendf(&hint, "  Press Enter to end the %s early, p to pause, or ! for crisis "
		                   "lines.", breathe ? "breathing" : "timer");
		term_print_wrapped(io->out, str_cstr(&hint));
		str_finish(&hint);
	}
	struct shown shown = {0};
	bool gone = false;
	exercise_timer_start(ex, practice_clock(io));
	while (same_block(ex, visits, block) && !gone && !practice_timer_stop_requested(io)) {
		uint64_t now = practice_clock(io);
		if (exercise_timer_state(ex) == EXERCISE_TIMER_RUNNING) {
			show_progress(io, ex, now, &shown);
		}
		fflush(io->out);
		long waited;
		enum practice_key key = practice_keys_poll(keys, next_wait(io, ex, now), &waited);
		now = practice_clock(io);
		on_key(io, ex, key, now, &gone);
		if (!same_block(ex, visits, block)) {
			break;
		}
		if (exercise_timer_state(ex) == EXERCISE_TIMER_RUNNING) {
			show_progress(io, ex, now, &shown); /* up to the end, before it ends */
		}
		switch (exercise_tick(ex, now)) {
		case EXERCISE_EVENT_TIMER_DONE:
			if (breathe) {
				fputs("  Let your breath return to its own pace.\n", io->out);
			} else {
				/* The bell, so a person with eyes closed knows the time is up. */
				fputs(io->quiet ? "  Time is up.\n" : "  Time is up.\a\n", io->out);
			}
			break;
		case EXERCISE_EVENT_CHECK_IN:
			if (keys->live) {
				term_print_wrapped(io->out,
				                   ex->skill->for_crisis
				                       ? "  Checking in: has the urge passed? Keep going, or "
				                         "press s to switch to another skill, or q to stop."
				                       : "  Checking in: keep going, or press s to switch to "
				                         "another skill, or q to stop.");
			}
			break;
		case EXERCISE_EVENT_NONE:
			break;
		}
	}
	practice_keys_end(keys);
	fflush(io->out);
	return !gone && !practice_timer_stop_requested(io);
}
