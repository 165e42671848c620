/* The keys of the guided exercise: what each does depends on where the
 * engine is (core/exercise.h) and on the block on the screen. */
#include <stdio.h>
#include <string.h>

#include "app/card.h"
#include "ui/pacer.h"
#include "ui/practice.h"
#include "ui/screens.h"


static uint64_t now(const struct ui *ui)
{
	return ui->now_ms;
}

static void copy(char *to, size_t size, const char *from)
{
	snprintf(to, size, "%s", from != NULL ? from : "");
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
	practice_settle(ui, p); /* before a panel covers this screen */
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

/* A rating's key through the one rating widget (ui_rating_key); a digit
 * above the scale says the scale. True when it was a rating's key. */
static bool rating_key(struct ui *ui, int *value, bool *one, int max, enum ui_action action,
                       const struct ui_event *ev)
{
	struct ui_rating r = {.value = *value, .max = max, .one = one != NULL && *one};
	enum ui_rating_result res = ui_rating_key(&r, action, ev);
	*value = r.value;
	if (one != NULL) {
		*one = r.one;
	}
	if (res == UI_RATING_BEYOND) {
		if (max >= 10) {
			ui_say(ui, true, "This goes from 0 to %d: for %d, type 1 then 0.", max, max);
		} else {
			ui_say(ui, true, "This goes from 0 to %d: type a number up to %d, then Enter.", max,
			       max);
		}
	}
	return res != UI_RATING_NONE;
}

static void change_pace(struct practice *p, int by)
{
	struct skill_breath pace = exercise_pace(&p->ex);
	if (ui_pace_step(&pace, by)) {
		(void)exercise_set_pace(&p->ex, pace);
	}
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
		return rating_key(ui, &p->rating, &p->rating_one, max, action, ev);
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

enum ui_reaction practice_run_key(struct ui *ui, struct practice *p, enum ui_action action,
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

enum ui_reaction practice_after_key(struct ui *ui, struct practice *p, enum ui_action action,
                                  const struct ui_event *ev)
{
	if (rating_key(ui, &p->after, NULL, CARD_RATING_MAX, action, ev)) {
		/* rated, or the scale said */
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

enum ui_reaction practice_done_key(struct ui *ui, struct practice *p, enum ui_action action)
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
