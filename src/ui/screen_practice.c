/* The guided exercise, one step per screen: the screen's operations.
 * Keys are in practice_keys.c, drawing in practice_draw.c, keeping in
 * practice_record.c. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/practice.h"
#include "app/settings_change.h"
#include "app/urge_threshold.h"
#include "ui/pacer.h"
#include "ui/practice.h"
#include "ui/screens.h"

#define ANSWER_MAX 4096 /* bytes of one typed answer */

static uint64_t now(const struct ui *ui)
{
	return ui->now_ms;
}

bool practice_timer_running(const struct practice *p)
{
	return p->started && p->phase == PRACTICE_RUN &&
	       exercise_timer_state(&p->ex) == EXERCISE_TIMER_RUNNING;
}

/* The card's targets, for an urge rating whose target is not known yet. */
static void load_targets(struct ui *ui, struct practice *p)
{
	struct app_error err = {0};
	if (ui->session == NULL || !session_card_template(ui->session, &p->card, &err)) {
		card_template_default(&p->card);
	}
	app_error_finish(&err);
	size_t shown = 0;
	for (size_t i = 0; i < p->card.target_count; i++) {
		if (!p->card.targets[i].retired) {
			p->card.targets[shown++] = p->card.targets[i];
		}
	}
	p->card.target_count = shown;
	p->targets.count = shown;
}

static void offer_kit(struct ui *ui, struct practice *p)
{
	for (size_t i = 0; i < p->skill->kit_count && ui->session != NULL; i++) {
		struct str text = {0};
		struct app_error err = {0};
		bool found = false;
		if (session_practice_kit(ui->session, p->skill->id, p->skill->kit[i], &text, &found,
		                         &err) &&
		    found) {
			exercise_offer(&p->ex, p->skill->kit[i], str_cstr(&text));
		}
		app_error_finish(&err);
		str_wipe(&text);
	}
}

static void copy(char *to, size_t size, const char *from)
{
	snprintf(to, size, "%s", from != NULL ? from : "");
}

static void enter(struct ui *ui, void *state, const void *arg)
{
	struct practice *p = state;
	const struct ui_practice_arg *a = arg;
	copy(p->skill_id, sizeof(p->skill_id), a != NULL ? a->skill : NULL);
	p->skill = skill_library_find(ui_skills(ui), p->skill_id);
	p->phase = PRACTICE_DONE;
	p->rating = p->after = -1;
	p->seen_visit = UINT_MAX;
	if (!ui_edit_init(&p->edit, ANSWER_MAX, false)) {
		ui->quit = true;
		return;
	}
	load_targets(ui, p);
	if (p->skill == NULL) {
		return;
	}
	if (a->target != NULL || a->urge_id != NULL) {
		p->follows_urge = (a->target != NULL && a->target[0] != '\0') ||
		                  (a->urge_id != NULL && a->urge_id[0] != '\0');
		copy(p->target, sizeof(p->target), a->target);
		copy(p->pu.id, sizeof(p->pu.id), a->urge_id);
	}
	struct exercise_options eo;
	app_exercise_options(&ui->app, &eo);
	if (p->target[0] != '\0') {
		eo.urge_kind = app_practice_urge_kind(ui->session, p->target);
	}
	/* The start as the diary keeps it; the engine itself only ever sees
	 * the loop's clock. */
	app_time_iso_now(p->started_at);
	exercise_init(&p->ex, p->skill, &eo, now(ui));
	p->started = true;
	p->phase = PRACTICE_RUN;
	offer_kit(ui, p);
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct practice *p = state;
	if (p->started) {
		exercise_finish(&p->ex);
	}
	ui_edit_finish(&p->edit);
	str_finish(&p->log_why);
}

/* The practice has ended: keep it, then ask after the urge it follows. */
static void ended(struct ui *ui, struct practice *p)
{
	struct app_error err = {0};
	p->logged = practice_log(ui, p, false, &err);
	app_error_finish(&err);
	p->log_failed = ui->session != NULL && !p->logged && p->ex.visits > 0;
	if (exercise_end_reason(&p->ex) == EXERCISE_SWITCHED) {
		practice_switch_options(ui, p);
	}
	p->tv.scroll = 0;
	p->phase = p->follows_urge ? PRACTICE_AFTER : PRACTICE_DONE;
}

/* A block seen for the first time starts its widgets afresh. */
static void fresh_block(struct practice *p)
{
	const struct exercise *ex = &p->ex;
	if (p->seen_visit == ex->visits && p->seen_step == ex->step && p->seen_block == ex->block &&
	    p->seen_at == ex->at && p->seen_menu_again == ex->menu_again) {
		return;
	}
	p->seen_visit = ex->visits;
	p->seen_step = ex->step;
	p->seen_block = ex->block;
	p->seen_at = ex->at;
	p->seen_menu_again = ex->menu_again;
	p->tv.scroll = 0;
	p->rating = -1;
	p->rating_one = false;
	p->menu = (struct ui_list){0};
	ui_edit_clear(&p->edit);
	p->editing = false;
	const struct skill_block *b = exercise_block(ex);
	if (ex->at == EXERCISE_AT_BLOCK && b->kind == SKILL_BLOCK_ASK) {
		const char *offered = exercise_offered(ex);
		if (offered != NULL) {
			ui_edit_set(&p->edit, offered);
		}
		p->editing = true;
	} else if (ex->at == EXERCISE_AT_BLOCK &&
	           (b->kind == SKILL_BLOCK_CHOOSE || b->kind == SKILL_BLOCK_DECIDE)) {
		p->menu.count = b->link_count + 1; /* the last row goes on without one */
	}
}

/* After every move of the engine: text is read on the screen of the
 * block that follows it (practice_draw.c shows it there), and a step's
 * cautions are read together, so neither waits for a key of its own. */
void practice_settle(struct ui *ui, struct practice *p)
{
	struct exercise *ex = &p->ex;
	while (ex->at == EXERCISE_AT_BLOCK) {
		const struct skill_step *step = exercise_step(ex);
		const struct skill_block *b = exercise_block(ex);
		size_t next = ex->block + 1;
		if (b->kind == SKILL_BLOCK_TEXT ||
		    (b->kind == SKILL_BLOCK_CAUTION && next < step->block_count &&
		     step->blocks[next].kind == SKILL_BLOCK_CAUTION)) {
			exercise_go_on(ex, now(ui));
			continue;
		}
		break;
	}
	if (ex->at == EXERCISE_AT_END && p->phase == PRACTICE_RUN) {
		ended(ui, p);
	}
	fresh_block(p);
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct practice *p = state;
	enum ui_reaction r = UI_REACT_NONE;
	/* Enter is "go on" in a practice's hints; to its steps, menus and
	 * lists it is what Enter is everywhere. */
	if (action == UI_ACTION_GO_ON) {
		action = UI_ACTION_OPEN;
	}
	switch (p->phase) {
	case PRACTICE_RUN:
		r = practice_run_key(ui, p, action, ev);
		/* A rating that opened a panel settled before it did. */
		if (ui_top(ui) != NULL && ui_top(ui)->state == p) {
			practice_settle(ui, p);
		}
		return r;
	case PRACTICE_AFTER:
		return practice_after_key(ui, p, action, ev);
	case PRACTICE_DONE:
		return practice_done_key(ui, p, action);
	}
	return r;
}

static enum ui_reaction tick(struct ui *ui, void *state)
{
	struct practice *p = state;
	if (!p->started || p->phase != PRACTICE_RUN ||
	    exercise_timer_state(&p->ex) != EXERCISE_TIMER_RUNNING) {
		return UI_REACT_NONE;
	}
	bool timer = exercise_block(&p->ex)->kind == SKILL_BLOCK_TIMER;
	enum exercise_event e = exercise_tick(&p->ex, now(ui));
	if (e == EXERCISE_EVENT_TIMER_DONE && timer && !ui->app.settings.quiet) {
		beep(); /* so a person with eyes closed knows the time is up */
	}
	if (e != EXERCISE_EVENT_NONE) {
		practice_settle(ui, p);
	}
	return UI_REACT_REDRAW;
}

static int tick_ms(const void *state)
{
	const struct practice *p = state;
	if (!practice_timer_running(p)) {
		return 0;
	}
	return exercise_block(&p->ex)->kind == SKILL_BLOCK_BREATHE ? 100 : 250;
}

static bool busy(const void *state)
{
	return practice_timer_running(state);
}

static void cover(struct ui *ui, void *state, bool covered)
{
	struct practice *p = state;
	bool timer = p->started && p->phase == PRACTICE_RUN &&
	             exercise_timer_state(&p->ex) != EXERCISE_TIMER_NONE;
	ui_timer_cover(timer ? &p->ex : NULL, &p->held, covered, now(ui));
}

/* A timer's keys are hinted only while a timer or the pacer runs (or
 * waits, paused). */
static bool hints_now(const void *state, enum ui_context context)
{
	const struct practice *p = state;
	if (p->phase != PRACTICE_RUN) {
		/* The end and the after-rating say their own keys on the page:
		 * skip and stop mean nothing there. */
		return context != UI_CTX_TIMER && context != UI_CTX_PRACTICE;
	}
	enum exercise_timer t = exercise_timer_state(&p->ex);
	return context != UI_CTX_TIMER || t == EXERCISE_TIMER_RUNNING || t == EXERCISE_TIMER_PAUSED;
}

static bool typing(const void *state)
{
	const struct practice *p = state;
	return p->phase == PRACTICE_RUN && p->editing;
}

/* Before the diary locks: what was done so far, with what is being
 * typed, is kept as a practice not finished. Locked already, or nothing
 * done: nothing to keep. Once the end was kept, that stays. */
static bool keep(struct ui *ui, void *state, struct app_error *err)
{
	struct practice *p = state;
	if (ui->session == NULL || !p->started || p->ex.visits == 0 || p->logged) {
		return true;
	}
	return practice_log(ui, p, true, err);
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	practice_draw(ui, state, w);
}

static void layout(struct ui *ui, void *state, int lines, int cols)
{
	(void)lines;
	(void)cols;
	struct practice *p = state;
	if (p->started && p->phase == PRACTICE_RUN) {
		practice_settle(ui, p);
	}
}

const struct ui_screen ui_screen_practice = {
	.name = "practice",
	.contexts = {UI_CTX_TIMER, UI_CTX_PRACTICE, UI_CTX_RATING, UI_CTX_COUNT},
	.state_size = sizeof(struct practice),
	.enter = enter,
	.leave = leave,
	.layout = layout,
	.draw = draw,
	.key = key,
	.tick = tick,
	.tick_ms = tick_ms,
	.busy = busy,
	.cover = cover,
	.typing = typing,
	.hints_now = hints_now,
	.keep = keep,
};
