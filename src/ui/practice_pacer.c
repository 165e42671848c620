/* The timed blocks on the screen: a countdown with a bar, and the
 * breathing pacer, a shape that grows through the in-breath and shrinks
 * through the out-breath, drawn from the engine's phase at ui->now_ms. */
#include <stdio.h>

#include "ui/pacer.h"
#include "ui/practice.h"

static const char *const cues[] = {"Breathe in...", "Hold...", "Breathe out...", "Hold..."};

#define BREATH_MAX 12 /* seconds of an in-breath, at the slowest */

bool ui_pace_step(struct skill_breath *pace, int by)
{
	if ((by < 0 && pace->in <= 1) || (by > 0 && pace->in >= BREATH_MAX)) {
		return false;
	}
	pace->in = (unsigned)((int)pace->in + by);
	pace->out = (unsigned)((int)pace->out + by);
	return true;
}

const char *ui_pacer_cue(int phase)
{
	return phase >= 0 && phase < 4 ? cues[phase] : "Ready when you are.";
}

static void bar(struct ui *ui, WINDOW *w, int row, int col, int cells, int filled)
{
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	for (int i = 0; i < cells; i++) {
		mvwaddstr(w, row, col + i, i < filled ? ui->theme.g->filled : ui->theme.g->empty);
	}
}

void ui_timer_clock(const struct exercise *ex, uint64_t now, char *buf, size_t size)
{
	uint64_t s = (exercise_timer_left(ex, now) + 999) / 1000;
	snprintf(buf, size, "%02u:%02u", (unsigned)(s / 60), (unsigned)(s % 60));
}

static void time_left(const struct exercise *ex, uint64_t now, char *buf, size_t size)
{
	char clock[16];
	ui_timer_clock(ex, now, clock, sizeof(clock));
	snprintf(buf, size, "%s left", clock);
}

static const char *timer_hint(const struct exercise *ex, bool breathe)
{
	switch (exercise_timer_state(ex)) {
	case EXERCISE_TIMER_READY:
		return breathe ? "Enter starts the breathing; - and + change the pace; s skips this step."
		               : "Enter starts the timer; s skips this step.";
	case EXERCISE_TIMER_PAUSED:
		return "Paused. p goes on; Enter ends it here.";
	default:
		return "p pauses; Enter ends it early; q stops the practice.";
	}
}

static int draw_check_in(struct ui *ui, struct practice *p, WINDOW *w, int row)
{
	if (!exercise_check_in_due(&p->ex)) {
		return 0;
	}
	return ui_text(ui, w, row, 1, getmaxx(w) - 2, 2, UI_ROLE_ALERT,
	               p->skill->for_crisis
	                   ? "Checking in: has the urge passed? Enter keeps going, s switches to "
	                     "another skill, q stops."
	                   : "Checking in: Enter keeps going, s switches to another skill, q stops.");
}

void practice_draw_timer(struct ui *ui, struct practice *p, WINDOW *w, int row)
{
	const struct exercise *ex = &p->ex;
	int cells = getmaxx(w) - 4;
	char left[32];
	time_left(ex, ui->now_ms, left, sizeof(left));
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(w, row, 2, left);
	uint64_t length = exercise_timer_length(ex);
	uint64_t rest = exercise_timer_left(ex, ui->now_ms);
	bar(ui, w, row + 1, 2, cells, length > 0 ? (int)(rest * (uint64_t)cells / length) : 0);
	ui_text(ui, w, row + 2, 1, getmaxx(w) - 2, 1, UI_ROLE_HINT, timer_hint(ex, false));
	draw_check_in(ui, p, w, row + 3);
}

int ui_pacer_fill(const struct exercise *ex, uint64_t now, int cells, int *phase,
                       uint64_t *left)
{
	struct skill_breath pace = exercise_pace(ex);
	unsigned parts[4] = {pace.in, pace.hold_in, pace.out, pace.hold_out};
	if (exercise_timer_state(ex) == EXERCISE_TIMER_READY) {
		*phase = -1;
		*left = 0;
		return 0;
	}
	*phase = exercise_breath_phase(ex, now, left);
	uint64_t whole = 1000ull * parts[*phase];
	uint64_t done = whole > *left ? whole - *left : 0;
	switch (*phase) {
	case 0:
		return whole > 0 ? (int)(done * (uint64_t)cells / whole) : cells;
	case 1:
		return cells;
	case 2:
		return whole > 0 ? (int)(*left * (uint64_t)cells / whole) : 0;
	default:
		return 0;
	}
}

void practice_draw_pacer(struct ui *ui, struct practice *p, WINDOW *w, int row)
{
	const struct exercise *ex = &p->ex;
	int width = getmaxx(w);
	int cells = width - 10;
	int phase;
	uint64_t left;
	int n = ui_pacer_fill(ex, ui->now_ms, cells, &phase, &left);
	char cue[64];
	if (phase < 0) {
		snprintf(cue, sizeof(cue), "%s", ui_pacer_cue(phase));
	} else {
		snprintf(cue, sizeof(cue), "%s %u", ui_pacer_cue(phase), (unsigned)((left + 999) / 1000));
	}
	ui_center(ui, w, row, UI_ROLE_TITLE, cue);
	/* A shape that swells and falls: a wide middle row, narrower ones
	 * above and below, all centred. */
	static const int narrower[3] = {6, 0, 6};
	for (int r = 0; r < 3; r++) {
		int m = n - narrower[r] > 0 ? n - narrower[r] : 0;
		int track = cells - narrower[r];
		int col = (width - track) / 2;
		if (r == 1) {
			bar(ui, w, row + 1 + r, col, track, 0); /* the track, so the shape has a frame */
		}
		bar(ui, w, row + 1 + r, col + (track - m) / 2, m, m);
	}
	struct skill_breath pace = exercise_pace(ex);
	char line[96];
	char t[32];
	time_left(ex, ui->now_ms, t, sizeof(t));
	snprintf(line, sizeof(line), "Pace: in %u, out %u seconds.  %s", pace.in, pace.out, t);
	ui_text(ui, w, row + 4, 1, width - 2, 1, UI_ROLE_TEXT, line);
	ui_text(ui, w, row + 5, 1, width - 2, 1, UI_ROLE_HINT, timer_hint(ex, true));
	draw_check_in(ui, p, w, row + 6);
}

void ui_timer_cover(struct exercise *ex, bool *held, bool covered, uint64_t now)
{
	if (ex == NULL) {
		*held = false;
		return;
	}
	enum exercise_timer t = exercise_timer_state(ex);
	if (covered && t == EXERCISE_TIMER_RUNNING) {
		exercise_timer_pause(ex, now);
		*held = true;
	} else if (!covered && *held) {
		if (t == EXERCISE_TIMER_PAUSED) {
			exercise_timer_resume(ex, now);
		}
		*held = false;
	}
}
