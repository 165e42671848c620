/* The guided exercise, one step per screen: the screen's operations and
 * keys. Drawing is in practice_draw.c, keeping in practice_record.c. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/practice.h"
#include "app/urge_threshold.h"
#include "ui/practice.h"
#include "ui/screens.h"

#define ANSWER_MAX 4096 /* bytes of one typed answer */
#define BREATH_MAX 12   /* seconds of an in-breath, at the slowest */

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
	p->skill = skill_library_find(app_skills_get(&ui->app, &p->skills), p->skill_id);
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
	struct exercise_options eo = {.urge_kind = URGE_KIND_UNKNOWN};
	(void)app_urge_thresholds(&ui->app, &eo.thresholds);
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
	app_skills_finish(&p->skills);
}

/* The practice has ended: keep it, then ask after the urge it follows. */
static void ended(struct ui *ui, struct practice *p)
{
	struct app_error err = {0};
	p->logged = practice_log(ui, p, false, &err);
	app_error_finish(&err);
	p->log_failed = ui->session != NULL && !p->logged && p->ex.visits > 0;
	if (exercise_end_reason(&p->ex) == EXERCISE_SWITCHED) {
		practice_switch_options(p);
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
static void settle(struct ui *ui, struct practice *p)
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

static bool need_target(const struct practice *p, const struct skill_block *b)
{
	return b->kind == SKILL_BLOCK_RATE && b->scale == SKILL_SCALE_URGE && p->target[0] == '\0';
}

static void rate(struct ui *ui, struct practice *p, const struct skill_block *b)
{
	const struct exercise_rating *rated = NULL;
	int value = p->rating;
	if (value < 0) {
		exercise_go_on(&p->ex, now(ui)); /* left unrated */
		return;
	}
	enum skill_scale scale = b->scale;
	if (!exercise_rate(&p->ex, value, now(ui), &rated)) {
		return;
	}
	bool high = rated->high;
	settle(ui, p); /* before a panel covers this screen */
	if (scale == SKILL_SCALE_URGE) {
		practice_urge_rated(ui, p, value); /* the crisis panel, on top */
	} else if (scale == SKILL_SCALE_DISTRESS && high) {
		ui_push(ui, &ui_screen_crisis, NULL);
	}
}

static void pick_target(struct ui *ui, struct practice *p)
{
	if (p->targets.count == 0) {
		return;
	}
	copy(p->target, sizeof(p->target), p->card.targets[p->targets.selected].id);
	p->ex.opt.urge_kind = app_practice_urge_kind(ui->session, p->target);
}

/* A digit on a rating: 1 then 0 makes 10 on the distress scale. */
static bool rating_digit(struct practice *p, int max, const struct ui_event *ev)
{
	if (ev->fn || ev->code < '0' || ev->code > '9') {
		return false;
	}
	int d = ev->code - '0';
	int v = p->rating_one && d == 0 && max >= 10 ? 10 : d;
	if (v <= max) {
		p->rating = v;
	}
	p->rating_one = d == 1;
	return true;
}

static bool rating_move(int *value, int max, enum ui_action action)
{
	if (action == UI_ACTION_UP || action == UI_ACTION_LESS || action == UI_ACTION_PACE_SLOWER) {
		*value = *value > 0 ? *value - 1 : 0;
	} else if (action == UI_ACTION_DOWN || action == UI_ACTION_MORE ||
	           action == UI_ACTION_PACE_FASTER) {
		*value = *value < max ? *value + 1 : max;
	} else {
		return false;
	}
	return true;
}

static void change_pace(struct practice *p, int by)
{
	struct skill_breath pace = exercise_pace(&p->ex);
	if ((by < 0 && pace.in <= 1) || (by > 0 && pace.in >= BREATH_MAX)) {
		return;
	}
	pace.in = (unsigned)((int)pace.in + by);
	pace.out = (unsigned)((int)pace.out + by);
	(void)exercise_set_pace(&p->ex, pace);
}

/* Enter at a timer or the pacer: answers a check-in, starts it, or ends
 * it early. */
static void timer_open(struct ui *ui, struct practice *p)
{
	if (exercise_check_in_due(&p->ex)) {
		exercise_check_in(&p->ex, EXERCISE_CHECK_IN_GO_ON, now(ui));
	} else if (exercise_timer_state(&p->ex) == EXERCISE_TIMER_READY) {
		exercise_timer_start(&p->ex, now(ui));
	} else {
		exercise_go_on(&p->ex, now(ui));
	}
}

/* Keys that belong to the kind of block on the screen; false when the
 * key is not one of them. */
static bool block_key(struct ui *ui, struct practice *p, enum ui_action action,
                      const struct ui_event *ev)
{
	const struct skill_block *b = exercise_block(&p->ex);
	if (need_target(p, b)) {
		if (action == UI_ACTION_OPEN) {
			pick_target(ui, p);
			return true;
		}
		return ui_list_key(&p->targets, action, p->list_rows);
	}
	switch (b->kind) {
	case SKILL_BLOCK_TIMER:
	case SKILL_BLOCK_BREATHE:
		if (action == UI_ACTION_OPEN) {
			timer_open(ui, p);
		} else if (action == UI_ACTION_PAUSE) {
			if (exercise_timer_state(&p->ex) == EXERCISE_TIMER_PAUSED) {
				exercise_timer_resume(&p->ex, now(ui));
			} else {
				exercise_timer_pause(&p->ex, now(ui));
			}
		} else if (action == UI_ACTION_PACE_SLOWER || action == UI_ACTION_PACE_FASTER) {
			change_pace(p, action == UI_ACTION_PACE_SLOWER ? 1 : -1);
		} else {
			return false;
		}
		return true;
	case SKILL_BLOCK_ASK:
		if (action == UI_ACTION_OPEN) {
			p->editing = true;
			return true;
		}
		return false;
	case SKILL_BLOCK_RATE: {
		int max = skill_scale_max(b->scale);
		if (action == UI_ACTION_OPEN) {
			rate(ui, p, b);
			return true;
		}
		if (rating_digit(p, max, ev)) {
			return true;
		}
		p->rating_one = false;
		if (p->rating < 0 && (action == UI_ACTION_DOWN || action == UI_ACTION_UP)) {
			p->rating = 0;
			return true;
		}
		return rating_move(&p->rating, max, action);
	}
	case SKILL_BLOCK_CHOOSE:
	case SKILL_BLOCK_DECIDE:
		if (!ev->fn && ev->code >= '1' && ev->code <= '9' &&
		    (size_t)(ev->code - '1') < b->link_count) {
			p->menu.selected = (size_t)(ev->code - '1');
			action = UI_ACTION_OPEN;
		}
		if (action != UI_ACTION_OPEN) {
			return ui_list_key(&p->menu, action, p->list_rows);
		}
		if (p->menu.selected >= b->link_count) {
			exercise_go_on(&p->ex, now(ui));
		} else if (!exercise_choose(&p->ex, p->menu.selected, now(ui))) {
			ui_say(ui, false, "You have done that one: pick another, or go on.");
		}
		return true;
	default:
		if (action == UI_ACTION_OPEN) {
			exercise_go_on(&p->ex, now(ui));
			return true;
		}
		return false;
	}
}

/* Typing an answer: Enter keeps it (an empty one leaves the question,
 * or keeps what was offered from last time); Esc stops typing, and what
 * is typed stays in the field. */
static enum ui_reaction edit_key(struct ui *ui, struct practice *p, enum ui_action action,
                                 const struct ui_event *ev)
{
	switch (ui_edit_key(&p->edit, action, ev)) {
	case UI_EDIT_DONE:
		if (p->edit.len > 0) {
			exercise_answer(&p->ex, p->edit.buf, now(ui));
		} else {
			exercise_go_on(&p->ex, now(ui));
		}
		return UI_REACT_REDRAW;
	case UI_EDIT_CANCEL:
		p->editing = false;
		return UI_REACT_REDRAW;
	case UI_EDIT_CHANGED:
		return UI_REACT_REDRAW;
	case UI_EDIT_NONE:
		return ui_textview_key(&p->tv, action) ? UI_REACT_REDRAW : UI_REACT_NONE;
	}
	return UI_REACT_NONE;
}

static enum ui_reaction run_key(struct ui *ui, struct practice *p, enum ui_action action,
                                const struct ui_event *ev)
{
	struct exercise *ex = &p->ex;
	bool check_in = exercise_check_in_due(ex);
	if (p->editing) {
		return edit_key(ui, p, action, ev);
	}
	if (ex->at == EXERCISE_AT_BLOCK && block_key(ui, p, action, ev)) {
		return UI_REACT_REDRAW;
	}
	switch (action) {
	case UI_ACTION_OPEN:
		exercise_go_on(ex, now(ui));
		break;
	case UI_ACTION_SKIP:
		if (check_in) {
			exercise_check_in(ex, EXERCISE_CHECK_IN_SWITCH, now(ui));
		} else if (ex->at != EXERCISE_AT_INTRO) {
			exercise_skip(ex, now(ui));
		}
		break;
	case UI_ACTION_REPEAT:
		if (ex->at != EXERCISE_AT_INTRO) {
			exercise_repeat(ex, now(ui));
		}
		break;
	case UI_ACTION_BACK:
		exercise_back(ex, now(ui));
		break;
	case UI_ACTION_STOP:
		if (check_in) {
			exercise_check_in(ex, EXERCISE_CHECK_IN_STOP, now(ui));
		} else {
			exercise_stop(ex, now(ui));
		}
		break;
	default:
		return ui_textview_key(&p->tv, action) ? UI_REACT_REDRAW : UI_REACT_NONE;
	}
	return UI_REACT_REDRAW;
}

static enum ui_reaction after_key(struct ui *ui, struct practice *p, enum ui_action action,
                                  const struct ui_event *ev)
{
	if (!ev->fn && ev->code >= '0' && ev->code <= '5') {
		p->after = ev->code - '0';
	} else if (p->after < 0 && (action == UI_ACTION_UP || action == UI_ACTION_DOWN)) {
		p->after = 0;
	} else if (rating_move(&p->after, CARD_RATING_MAX, action)) {
		/* moved */
	} else if (action == UI_ACTION_OPEN && p->after >= 0) {
		p->phase = PRACTICE_DONE;
		practice_after_rated(ui, p);
	} else if (action == UI_ACTION_STOP || action == UI_ACTION_OPEN) {
		p->phase = PRACTICE_DONE; /* left unrated */
	} else {
		return UI_REACT_NONE;
	}
	return UI_REACT_REDRAW;
}

static void start_switch(struct ui *ui, struct practice *p)
{
	const struct skill *next = p->switch_to[p->switches.selected];
	struct ui_practice_arg arg = {.skill = next->id};
	char id[sizeof(p->pu.id)], target[sizeof(p->target)];
	if (p->follows_urge || p->pu.id[0] != '\0') {
		memcpy(id, p->pu.id, sizeof(id));
		memcpy(target, p->target, sizeof(target));
		arg.urge_id = id;
		arg.target = target;
	}
	char skill[APP_URGE_SKILL_ID_MAX + 1];
	copy(skill, sizeof(skill), next->id);
	arg.skill = skill;
	ui_replace(ui, &ui_screen_practice, &arg);
}

static enum ui_reaction done_key(struct ui *ui, struct practice *p, enum ui_action action)
{
	if (p->switches.count > 0 && ui_list_key(&p->switches, action, p->list_rows)) {
		return UI_REACT_REDRAW;
	}
	if (ui_textview_key(&p->tv, action)) {
		return UI_REACT_REDRAW;
	}
	if (action == UI_ACTION_REPEAT && p->log_failed) {
		struct app_error err = {0};
		p->logged = practice_log(ui, p, false, &err);
		app_error_finish(&err);
		p->log_failed = !p->logged;
	} else if (action == UI_ACTION_OPEN && p->switches.count > 0) {
		start_switch(ui, p);
	} else if (action == UI_ACTION_OPEN || action == UI_ACTION_STOP || action == UI_ACTION_BACK) {
		ui_pop(ui);
	} else {
		return UI_REACT_NONE;
	}
	return UI_REACT_REDRAW;
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct practice *p = state;
	enum ui_reaction r = UI_REACT_NONE;
	switch (p->phase) {
	case PRACTICE_RUN:
		r = run_key(ui, p, action, ev);
		/* A rating that opened a panel settled before it did. */
		if (ui_top(ui) != NULL && ui_top(ui)->state == p) {
			settle(ui, p);
		}
		return r;
	case PRACTICE_AFTER:
		return after_key(ui, p, action, ev);
	case PRACTICE_DONE:
		return done_key(ui, p, action);
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
	if (e == EXERCISE_EVENT_TIMER_DONE && timer) {
		beep(); /* so a person with eyes closed knows the time is up */
	}
	if (e != EXERCISE_EVENT_NONE) {
		settle(ui, p);
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
		settle(ui, p);
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
	.typing = typing,
	.keep = keep,
};
