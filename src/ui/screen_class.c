/* The presenter for a group: one idea per screen, next and back, the
 * week's timers and pacer for the whole room. It opens no diary and asks
 * nothing personal (core/lesson.c passes over ratings and answers). */
#include "ui/class.h"
#include "ui/pacer.h"
#include "ui/screens.h"

static void enter(struct ui *ui, void *state, const void *arg)
{
	struct class_screen *c = state;
	c->group = arg;
	struct exercise_options opt = {.urge_kind = URGE_KIND_UNKNOWN};
	urge_thresholds_default(&opt.thresholds);
	lesson_init(&c->lesson, c->group->list, c->group->count, &opt, ui->now_ms);
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct class_screen *c = state;
	lesson_finish(&c->lesson);
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	class_draw(ui, state, w);
}

static struct exercise *timer_of(struct class_screen *c)
{
	const struct skill_block *b = lesson_block(&c->lesson);
	return b != NULL && (b->kind == SKILL_BLOCK_TIMER || b->kind == SKILL_BLOCK_BREATHE)
	       ? &c->lesson.ex : NULL;
}

/* Enter: starts a timer or the pacer (or goes on with a paused one);
 * while one runs it does nothing, so a stray Enter never cuts the room's
 * practice short; elsewhere the next screen. */
static void start(struct ui *ui, struct class_screen *c)
{
	struct exercise *ex = timer_of(c);
	enum exercise_timer t = ex != NULL ? exercise_timer_state(ex) : EXERCISE_TIMER_NONE;
	if (t == EXERCISE_TIMER_READY) {
		exercise_timer_start(ex, ui->now_ms);
	} else if (t == EXERCISE_TIMER_PAUSED) {
		exercise_timer_resume(ex, ui->now_ms);
	} else if (t == EXERCISE_TIMER_NONE) {
		lesson_next(&c->lesson, ui->now_ms);
	}
}

static bool timer_key(struct ui *ui, struct class_screen *c, enum ui_action action)
{
	struct exercise *ex = timer_of(c);
	if (ex == NULL) {
		return false;
	}
	enum exercise_timer t = exercise_timer_state(ex);
	if (action == UI_ACTION_PAUSE && t == EXERCISE_TIMER_RUNNING) {
		exercise_timer_pause(ex, ui->now_ms);
	} else if (action == UI_ACTION_PAUSE && t == EXERCISE_TIMER_PAUSED) {
		exercise_timer_resume(ex, ui->now_ms);
	} else if (action == UI_ACTION_PACE_SLOWER || action == UI_ACTION_PACE_FASTER) {
		struct skill_breath pace = exercise_pace(ex);
		if (t != EXERCISE_TIMER_READY || lesson_block(&c->lesson)->kind != SKILL_BLOCK_BREATHE ||
		    !ui_pace_step(&pace, action == UI_ACTION_PACE_SLOWER ? 1 : -1)) {
			return false;
		}
		lesson_set_pace(&c->lesson, pace);
	} else {
		return false;
	}
	return true;
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct class_screen *c = state;
	struct lesson *l = &c->lesson;
	int scroll = c->scroll;
	c->scroll = 0;
	switch (action) {
	case UI_ACTION_START:
		start(ui, c);
		break;
	case UI_ACTION_NEXT:
		lesson_next(l, ui->now_ms);
		break;
	case UI_ACTION_PREVIOUS:
		if (!lesson_previous(l, ui->now_ms)) {
			ui_say(ui, false, "This is the first screen. Space goes on.");
		}
		break;
	case UI_ACTION_NEXT_SKILL:
		lesson_next_skill(l, ui->now_ms);
		break;
	case UI_ACTION_PREV_SKILL:
		lesson_previous_skill(l, ui->now_ms);
		break;
	case UI_ACTION_NUMBER:
		if (lesson_block(l) == NULL ||
		    (lesson_block(l)->kind != SKILL_BLOCK_CHOOSE &&
		     lesson_block(l)->kind != SKILL_BLOCK_DECIDE) ||
		    !lesson_choose(l, (size_t)(ev->code - '1'), ui->now_ms)) {
			c->scroll = scroll;
			return UI_REACT_NONE;
		}
		break;
	case UI_ACTION_DOWN:
		c->scroll = scroll + (c->hidden > 0);
		break;
	case UI_ACTION_UP:
		c->scroll = scroll > 0 ? scroll - 1 : 0;
		break;
	case UI_ACTION_QUIT:
		return UI_REACT_QUIT;
	default:
		c->scroll = scroll;
		return timer_key(ui, c, action) ? UI_REACT_REDRAW : UI_REACT_NONE;
	}
	return UI_REACT_REDRAW;
}

static bool running(const struct class_screen *c)
{
	const struct skill_block *b = lesson_block(&c->lesson);
	return b != NULL && (b->kind == SKILL_BLOCK_TIMER || b->kind == SKILL_BLOCK_BREATHE) &&
	       exercise_timer_state(&c->lesson.ex) == EXERCISE_TIMER_RUNNING;
}

static enum ui_reaction tick(struct ui *ui, void *state)
{
	struct class_screen *c = state;
	bool was = running(c);
	if (lesson_tick(&c->lesson, ui->now_ms)) {
		c->scroll = 0;
		return UI_REACT_REDRAW;
	}
	return was ? UI_REACT_REDRAW : UI_REACT_NONE;
}

static int tick_ms(const void *state)
{
	const struct class_screen *c = state;
	if (!running(c)) {
		return 0;
	}
	return lesson_block(&c->lesson)->kind == SKILL_BLOCK_BREATHE ? 100 : 250;
}

static bool busy(const void *state)
{
	return running(state);
}

static void cover(struct ui *ui, void *state, bool covered)
{
	struct class_screen *c = state;
	ui_timer_cover(timer_of(c), &c->held, covered, ui->now_ms);
}

static bool hints_now(const void *state, enum ui_context context)
{
	const struct class_screen *c = state;
	const struct skill_block *b = lesson_block(&c->lesson);
	return context != UI_CTX_CLASS_TIMER ||
	       (b != NULL && (b->kind == SKILL_BLOCK_TIMER || b->kind == SKILL_BLOCK_BREATHE));
}

const struct ui_screen ui_screen_class = {
	.name = "class",
	.contexts = {UI_CTX_CLASS_TIMER, UI_CTX_CLASS, UI_CTX_COUNT},
	.state_size = sizeof(struct class_screen),
	.enter = enter,
	.leave = leave,
	.draw = draw,
	.key = key,
	.tick = tick,
	.tick_ms = tick_ms,
	.busy = busy,
	.cover = cover,
	.hints_now = hints_now,
};
