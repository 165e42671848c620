#include "cli/practice_timer.h"

#include "cli/term_width.h"

#include "app/signals.h"
#include "core/skill_format.h"
#include "core/str.h"

#define TIMER_REPORT_EVERY 15 /* seconds between "time left" lines */
#define SLICE_MS 100          /* how soon a signal or a key is noticed */

enum wait_end {
	WAIT_DONE,    /* the time has passed */
	WAIT_CRISIS,  /* ! was pressed; the time left is kept */
	WAIT_ENTER,   /* the person ended the timed part early */
	WAIT_STOPPED, /* Ctrl-C, a termination signal, or the terminal went away */
};

bool practice_timer_stop_requested(const struct practice_io *io)
{
	(void)io;
	return app_signals_pending() != 0;
}

static long scaled_ms(const struct practice_io *io, unsigned seconds)
{
	return (long)seconds * 1000 / (long)io->time_scale;
}

/* The real seconds that ms of scaled time stand for, rounded up, so a
 * timer never says 0 while it still runs. */
static unsigned real_seconds(const struct practice_io *io, long ms)
{
	return ms > 0 ? (unsigned)((ms * (long)io->time_scale + 999) / 1000) : 0;
}

/* Waits *ms in slices, leaving in *ms what is left when a key ends the
 * wait. */
static enum wait_end wait_ms(struct practice_io *io, struct practice_keys *keys, long *ms)
{
	while (*ms > 0 && !practice_timer_stop_requested(io)) {
		long waited;
		enum practice_key key =
		    practice_keys_poll(keys, *ms < SLICE_MS ? *ms : SLICE_MS, &waited);
		*ms -= waited;
		switch (key) {
		case PRACTICE_KEY_CRISIS:
			return WAIT_CRISIS;
		case PRACTICE_KEY_ENTER:
			return WAIT_ENTER;
		case PRACTICE_KEY_GONE:
			return WAIT_STOPPED;
		case PRACTICE_KEY_NONE:
			break;
		}
	}
	return practice_timer_stop_requested(io) ? WAIT_STOPPED : WAIT_DONE;
}

/* "2 minutes 10 seconds": said in words, as it comes in the middle of a
 * sentence after the crisis lines. */
static void append_duration_words(struct str *out, unsigned seconds)
{
	unsigned m = seconds / 60, s = seconds % 60;
	if (m > 0) {
		str_appendf(out, "%u minute%s", m, m == 1 ? "" : "s");
	}
	if (s > 0 || m == 0) {
		str_appendf(out, "%s%u second%s", m > 0 ? " " : "", s, s == 1 ? "" : "s");
	}
}

/* The crisis card, then where the practice is: the person may have
 * looked away for a while. */
static void show_crisis_card(struct practice_io *io, const char *where)
{
	fputc('\n', io->out);
	term_print_wrapped(io->out, io->crisis_card);
	fprintf(io->out, "[%s]\n", where);
	fflush(io->out);
}

/* Waits the seconds of one stretch of the countdown; after it, left_after
 * seconds of the timer remain. */
static enum wait_end wait_stretch(struct practice_io *io, struct practice_keys *keys,
                                  unsigned seconds, unsigned left_after)
{
	long ms = scaled_ms(io, seconds);
	enum wait_end end;
	while ((end = wait_ms(io, keys, &ms)) == WAIT_CRISIS) {
		struct str where = {0};
		str_append(&where, "The timer goes on: ");
		unsigned left = left_after + real_seconds(io, ms);
		append_duration_words(&where, left > 0 ? left : 1);
		str_append(&where, " left.");
		show_crisis_card(io, str_cstr(&where));
		str_finish(&where);
	}
	return end;
}

bool practice_timer_countdown(struct practice_io *io, struct practice_keys *keys, unsigned seconds)
{
	practice_keys_begin(keys);
	if (keys->live) {
		fputs("  Press Enter to end the timer early, or ! for crisis lines.\n", io->out);
	}
	struct str line = {0};
	enum wait_end end = WAIT_DONE;
	for (unsigned left = seconds; left > 0 && end == WAIT_DONE;) {
		str_clear(&line);
		skill_format_duration(left, &line);
		fprintf(io->out, "  %s left\n", str_cstr(&line));
		fflush(io->out);
		unsigned next =
		    left > TIMER_REPORT_EVERY ? left - ((left - 1) % TIMER_REPORT_EVERY + 1) : 0;
		end = wait_stretch(io, keys, left - next, next);
		left = next;
	}
	str_finish(&line);
	practice_keys_end(keys);
	if (end == WAIT_STOPPED) {
		return false;
	}
	if (end == WAIT_ENTER) {
		fputs("  Timer ended early.\n", io->out);
	} else {
		/* The bell, so a person with eyes closed knows the time is up. */
		fputs(io->quiet ? "  Time is up.\n" : "  Time is up.\a\n", io->out);
	}
	fflush(io->out);
	return true;
}

/* One phase of a breath. After the crisis card, where says which breath
 * this is and the cue comes again with the seconds left in it. */
static enum wait_end phase(struct practice_io *io, struct practice_keys *keys, const char *cue,
                           unsigned seconds, const char *where)
{
	if (seconds == 0) {
		return WAIT_DONE;
	}
	fprintf(io->out, "  %s %u\n", cue, seconds);
	fflush(io->out);
	long ms = scaled_ms(io, seconds);
	enum wait_end end;
	while ((end = wait_ms(io, keys, &ms)) == WAIT_CRISIS) {
		show_crisis_card(io, where);
		unsigned left = real_seconds(io, ms);
		fprintf(io->out, "  %s %u\n", cue, left > 0 ? left : 1);
		fflush(io->out);
	}
	return end;
}

static enum wait_end breath(struct practice_io *io, struct practice_keys *keys,
                            struct skill_breath pace, unsigned n, unsigned breaths)
{
	const struct {
		const char *cue;
		unsigned seconds;
	} phases[] = {
	    {"Breathe in...", pace.in},
	    {"Hold...", pace.hold_in},
	    {"Breathe out...", pace.out},
	    {"Hold...", pace.hold_out},
	};
	struct str where = {0};
	str_appendf(&where, "The breathing goes on: breath %u of %u.", n, breaths);
	fprintf(io->out, "Breath %u of %u\n", n, breaths);
	enum wait_end end = WAIT_DONE;
	for (size_t i = 0; i < sizeof(phases) / sizeof(phases[0]) && end == WAIT_DONE; i++) {
		end = phase(io, keys, phases[i].cue, phases[i].seconds, str_cstr(&where));
	}
	str_finish(&where);
	return end;
}

bool practice_timer_pacer(struct practice_io *io, struct practice_keys *keys,
                          struct skill_breath pace, unsigned breaths)
{
	practice_keys_begin(keys);
	if (keys->live) {
		fputs("  Press Enter to end the breathing early, or ! for crisis lines.\n",
		      io->out);
	}
	enum wait_end end = WAIT_DONE;
	for (unsigned i = 1; i <= breaths && end == WAIT_DONE; i++) {
		end = breath(io, keys, pace, i, breaths);
	}
	practice_keys_end(keys);
	if (end == WAIT_STOPPED) {
		return false;
	}
	if (end == WAIT_ENTER) {
		fputs("  Breathing ended early.\n", io->out);
	}
	fputs("  Let your breath return to its own pace.\n", io->out);
	fflush(io->out);
	return true;
}
