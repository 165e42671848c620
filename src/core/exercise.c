/* The guided exercise as a state machine (exercise.h). Every way into a
 * step goes through enter_step, which starts at the step's cautions; every
 * way out goes through leave_step. */
#include "core/exercise.h"

#include <stdlib.h>
#include <string.h>

static void *grow(void *p, size_t count, size_t size)
{
	void *grown = realloc(p, count * size);
	if (grown == NULL) {
		abort();
	}
	return grown;
}

void exercise_init(struct exercise *ex, const struct skill *skill,
                   const struct exercise_options *opt, uint64_t now)
{
	*ex = (struct exercise){.skill = skill, .opt = *opt, .at = EXERCISE_AT_INTRO,
	                        .started = now, .ended = now};
	ex->chosen = calloc(skill->step_count + 1, sizeof(*ex->chosen));
	if (ex->chosen == NULL) {
		abort();
	}
}

void exercise_finish(struct exercise *ex)
{
	for (size_t i = 0; i < ex->answer_count; i++) {
		free(ex->answers[i].text);
	}
	for (size_t i = 0; i < ex->offer_count; i++) {
		free(ex->offers[i].field);
		free(ex->offers[i].text);
	}
	free(ex->answers);
	free(ex->ratings);
	free(ex->offers);
	free(ex->chosen);
	free(ex->history);
	*ex = (struct exercise){0};
}

const struct skill_step *exercise_step(const struct exercise *ex)
{
	bool in_step = ex->at == EXERCISE_AT_BLOCK || ex->at == EXERCISE_AT_STEP_END;
	return in_step ? &ex->skill->steps[ex->step] : NULL;
}

const struct skill_block *exercise_block(const struct exercise *ex)
{
	return ex->at == EXERCISE_AT_BLOCK ? &ex->skill->steps[ex->step].blocks[ex->block] : NULL;
}

static void end(struct exercise *ex, enum exercise_end why, uint64_t now)
{
	ex->at = EXERCISE_AT_END;
	ex->end = why;
	ex->ended = now;
	ex->timer = EXERCISE_TIMER_NONE;
	ex->check_in_due = false;
}

/* The Timer a Breathe in the same step takes its length from. */
static const struct skill_block *paired_timer(const struct skill_step *step)
{
	const struct skill_block *timer = NULL;
	bool breathes = false;
	for (size_t i = 0; i < step->block_count; i++) {
		breathes = breathes || step->blocks[i].kind == SKILL_BLOCK_BREATHE;
		if (timer == NULL && step->blocks[i].kind == SKILL_BLOCK_TIMER) {
			timer = &step->blocks[i];
		}
	}
	return breathes ? timer : NULL;
}

static uint64_t breath_cycle_ms(struct skill_breath p)
{
	return 1000ull * (p.in + p.hold_in + p.out + p.hold_out);
}

static uint64_t length_of(const struct exercise *ex, const struct skill_block *b)
{
	if (b->kind == SKILL_BLOCK_TIMER) {
		return 1000ull * b->seconds;
	}
	const struct skill_block *timer = paired_timer(&ex->skill->steps[ex->step]);
	if (timer != NULL) {
		return 1000ull * timer->seconds;
	}
	return EXERCISE_BREATHS_WITHOUT_TIMER * breath_cycle_ms(ex->pace);
}

/* Puts the person at block ex->block of the step, or at its end: a Timer
 * that a Breathe runs with is not a block of its own. */
static void settle(struct exercise *ex)
{
	const struct skill_step *step = &ex->skill->steps[ex->step];
	const struct skill_block *paired = paired_timer(step);
	while (ex->block < step->block_count && &step->blocks[ex->block] == paired) {
		ex->block++;
	}
	ex->timer = EXERCISE_TIMER_NONE;
	ex->check_in_due = false;
	if (ex->block >= step->block_count) {
		ex->at = EXERCISE_AT_STEP_END;
		return;
	}
	ex->at = EXERCISE_AT_BLOCK;
	const struct skill_block *b = &step->blocks[ex->block];
	if (b->kind == SKILL_BLOCK_BREATHE) {
		ex->pace = ex->opt.pace.in != 0 && ex->opt.pace.out > ex->opt.pace.in ? ex->opt.pace
		                                                                      : b->breath;
	}
	if (b->kind == SKILL_BLOCK_TIMER || b->kind == SKILL_BLOCK_BREATHE) {
		ex->timer = EXERCISE_TIMER_READY;
		ex->timer_length = length_of(ex, b);
		ex->timer_done = 0;
		ex->next_check_in = 0;
	}
}

/* The only way into a step: at its first block, so its cautions come
 * first, then on at resume (a menu returned to). */
static void enter_step(struct exercise *ex, size_t step, size_t resume, bool remember)
{
	if (remember) {
		ex->history = grow(ex->history, ex->history_count + 1, sizeof(*ex->history));
		ex->history[ex->history_count++] = step;
	}
	ex->step = step;
	ex->visits++;
	ex->menu_again = false;
	const struct skill_step *s = &ex->skill->steps[step];
	bool cautions = s->block_count > 0 && s->blocks[0].kind == SKILL_BLOCK_CAUTION;
	ex->block = cautions ? 0 : resume;
	ex->resume = cautions ? resume : 0;
	settle(ex);
}

/* The next block of the step; past the cautions, on at ex->resume. */
static void next_block(struct exercise *ex)
{
	const struct skill_step *s = &ex->skill->steps[ex->step];
	size_t next = ex->block + 1;
	bool past_cautions = s->blocks[ex->block].kind == SKILL_BLOCK_CAUTION &&
	                     (next >= s->block_count || s->blocks[next].kind != SKILL_BLOCK_CAUTION);
	if (past_cautions && ex->resume > next) {
		next = ex->resume;
	}
	if (past_cautions) {
		ex->resume = 0;
	}
	ex->block = next;
	settle(ex);
}

/* On from step i in order: the next step that no menu leads to. */
static void on_from(struct exercise *ex, size_t i, uint64_t now)
{
	size_t j = i + 1;
	while (j < ex->skill->step_count && ex->skill->steps[j].in_menu) {
		j++;
	}
	if (j >= ex->skill->step_count) {
		end(ex, EXERCISE_FINISHED, now);
	} else {
		enter_step(ex, j, 0, true);
	}
}

/* Out of the current step: back to the Choose it was picked from, or on. */
static void leave_step(struct exercise *ex, uint64_t now)
{
	const struct skill_step *s = &ex->skill->steps[ex->step];
	if (!s->in_menu) {
		on_from(ex, ex->step, now);
		return;
	}
	const struct skill_block *menu = &ex->skill->steps[s->menu_step].blocks[s->menu_block];
	if (menu->kind == SKILL_BLOCK_CHOOSE) {
		ex->chosen[ex->step] = true;
		enter_step(ex, s->menu_step, s->menu_block, true);
		ex->menu_again = true;
	} else {
		on_from(ex, s->menu_step, now);
	}
}

static void first_step(struct exercise *ex, uint64_t now)
{
	ex->history_count = 0;
	size_t i = 0;
	while (i < ex->skill->step_count && ex->skill->steps[i].in_menu) {
		i++;
	}
	if (i >= ex->skill->step_count) {
		end(ex, EXERCISE_FINISHED, now);
	} else {
		enter_step(ex, i, 0, true);
	}
}

void exercise_go_on(struct exercise *ex, uint64_t now)
{
	switch (ex->at) {
	case EXERCISE_AT_INTRO:
		first_step(ex, now);
		break;
	case EXERCISE_AT_BLOCK: {
		const struct skill_step *s = &ex->skill->steps[ex->step];
		enum skill_block_kind kind = s->blocks[ex->block].kind;
		bool menu = kind == SKILL_BLOCK_CHOOSE || kind == SKILL_BLOCK_DECIDE;
		if (menu && ex->block + 1 == s->block_count) {
			leave_step(ex, now); /* going on from a menu: on past it at once */
		} else {
			next_block(ex);
		}
		break;
	}
	case EXERCISE_AT_STEP_END:
		leave_step(ex, now);
		break;
	case EXERCISE_AT_END:
		break;
	}
}

void exercise_skip(struct exercise *ex, uint64_t now)
{
	if (ex->at == EXERCISE_AT_INTRO) {
		first_step(ex, now);
	} else if (ex->at != EXERCISE_AT_END) {
		leave_step(ex, now);
	}
}

void exercise_repeat(struct exercise *ex, uint64_t now)
{
	(void)now;
	if (ex->at == EXERCISE_AT_BLOCK || ex->at == EXERCISE_AT_STEP_END) {
		enter_step(ex, ex->step, 0, false);
	}
}

void exercise_back(struct exercise *ex, uint64_t now)
{
	(void)now;
	if (ex->at != EXERCISE_AT_BLOCK && ex->at != EXERCISE_AT_STEP_END) {
		return;
	}
	if (ex->history_count <= 1) {
		ex->history_count = 0;
		ex->at = EXERCISE_AT_INTRO;
		ex->timer = EXERCISE_TIMER_NONE;
		return;
	}
	ex->history_count--;
	enter_step(ex, ex->history[ex->history_count - 1], 0, false);
}

void exercise_stop(struct exercise *ex, uint64_t now)
{
	if (ex->at != EXERCISE_AT_END) {
		end(ex, EXERCISE_STOPPED, now);
	}
}

void exercise_answer(struct exercise *ex, const char *text, uint64_t now)
{
	(void)now;
	const struct skill_block *b = exercise_block(ex);
	if (b == NULL || b->kind != SKILL_BLOCK_ASK) {
		return;
	}
	struct exercise_answer *a = NULL;
	for (size_t i = 0; i < ex->answer_count && a == NULL; i++) {
		a = ex->answers[i].ask == b ? &ex->answers[i] : NULL;
	}
	if (a == NULL) {
		ex->answers = grow(ex->answers, ex->answer_count + 1, sizeof(*ex->answers));
		a = &ex->answers[ex->answer_count++];
		a->ask = b;
	} else {
		free(a->text);
	}
	a->text = str_dup(text);
	next_block(ex);
}

static bool is_high(const struct exercise *ex, const struct skill_block *b, int value)
{
	switch (b->scale) {
	case SKILL_SCALE_URGE: {
		enum urge_kind kind = b->urge_kind != URGE_KIND_UNKNOWN ? b->urge_kind
		                                                        : ex->opt.urge_kind;
		return urge_is_high(&ex->opt.thresholds, kind, value);
	}
	case SKILL_SCALE_DISTRESS:
		return value >= SKILL_DISTRESS_HIGH;
	default:
		return false;
	}
}

/* Follows link: a step of this skill, or another skill. */
static void follow(struct exercise *ex, const struct skill_link *link, uint64_t now)
{
	if (link->skill_id != NULL) {
		ex->switch_to = link->skill_id;
		end(ex, EXERCISE_SWITCHED, now);
	} else {
		enter_step(ex, link->step, 0, true);
	}
}

bool exercise_rate(struct exercise *ex, int value, uint64_t now,
                   const struct exercise_rating **rated)
{
	const struct skill_block *b = exercise_block(ex);
	if (b == NULL || b->kind != SKILL_BLOCK_RATE || value < 0 ||
	    value > skill_scale_max(b->scale)) {
		return false;
	}
	ex->ratings = grow(ex->ratings, ex->rating_count + 1, sizeof(*ex->ratings));
	struct exercise_rating *r = &ex->ratings[ex->rating_count++];
	*r = (struct exercise_rating){.rate = b, .value = value, .high = is_high(ex, b, value)};
	if (rated != NULL) {
		*rated = r;
	}
	for (size_t i = 0; i < b->link_count; i++) {
		if (value >= b->links[i].low && value <= b->links[i].high) {
			follow(ex, &b->links[i], now);
			return true;
		}
	}
	next_block(ex);
	return true;
}

bool exercise_chosen(const struct exercise *ex, size_t index)
{
	const struct skill_block *b = exercise_block(ex);
	if (b == NULL || index >= b->link_count || b->links[index].anchor == NULL) {
		return false;
	}
	return ex->chosen[b->links[index].step];
}

bool exercise_choose(struct exercise *ex, size_t index, uint64_t now)
{
	const struct skill_block *b = exercise_block(ex);
	if (b == NULL || (b->kind != SKILL_BLOCK_CHOOSE && b->kind != SKILL_BLOCK_DECIDE) ||
	    index >= b->link_count || exercise_chosen(ex, index)) {
		return false;
	}
	follow(ex, &b->links[index], now);
	return true;
}

enum exercise_timer exercise_timer_state(const struct exercise *ex)
{
	return ex->at == EXERCISE_AT_BLOCK ? ex->timer : EXERCISE_TIMER_NONE;
}

uint64_t exercise_timer_length(const struct exercise *ex)
{
	return exercise_timer_state(ex) != EXERCISE_TIMER_NONE ? ex->timer_length : 0;
}

static uint64_t timer_run(const struct exercise *ex, uint64_t now)
{
	uint64_t run = ex->timer_done;
	if (ex->timer == EXERCISE_TIMER_RUNNING && now > ex->timer_started) {
		run += now - ex->timer_started;
	}
	return run;
}

uint64_t exercise_timer_left(const struct exercise *ex, uint64_t now)
{
	if (exercise_timer_state(ex) == EXERCISE_TIMER_NONE) {
		return 0;
	}
	uint64_t run = timer_run(ex, now);
	return run >= ex->timer_length ? 0 : ex->timer_length - run;
}

void exercise_timer_start(struct exercise *ex, uint64_t now)
{
	if (exercise_timer_state(ex) != EXERCISE_TIMER_READY) {
		return;
	}
	ex->timer_length = length_of(ex, exercise_block(ex));
	ex->timer = EXERCISE_TIMER_RUNNING;
	ex->timer_started = now;
	ex->timer_done = 0;
	ex->next_check_in =
	    ex->timer_length >= EXERCISE_CHECK_IN_FROM_MS ? EXERCISE_CHECK_IN_EVERY_MS : 0;
}

void exercise_timer_pause(struct exercise *ex, uint64_t now)
{
	if (exercise_timer_state(ex) == EXERCISE_TIMER_RUNNING) {
		ex->timer_done = timer_run(ex, now);
		ex->timer = EXERCISE_TIMER_PAUSED;
	}
}

void exercise_timer_resume(struct exercise *ex, uint64_t now)
{
	if (exercise_timer_state(ex) == EXERCISE_TIMER_PAUSED) {
		ex->timer = EXERCISE_TIMER_RUNNING;
		ex->timer_started = now;
	}
}

enum exercise_event exercise_tick(struct exercise *ex, uint64_t now)
{
	if (exercise_timer_state(ex) != EXERCISE_TIMER_RUNNING) {
		return EXERCISE_EVENT_NONE;
	}
	uint64_t run = timer_run(ex, now);
	if (run >= ex->timer_length) {
		next_block(ex);
		return EXERCISE_EVENT_TIMER_DONE;
	}
	if (ex->next_check_in > 0 && run >= ex->next_check_in) {
		while (ex->next_check_in <= run) {
			ex->next_check_in += EXERCISE_CHECK_IN_EVERY_MS;
		}
		ex->check_in_due = true;
		return EXERCISE_EVENT_CHECK_IN;
	}
	return EXERCISE_EVENT_NONE;
}

bool exercise_check_in_due(const struct exercise *ex)
{
	return ex->check_in_due && exercise_timer_state(ex) != EXERCISE_TIMER_NONE;
}

void exercise_check_in(struct exercise *ex, enum exercise_check_in answer, uint64_t now)
{
	ex->check_in_due = false;
	if (answer == EXERCISE_CHECK_IN_SWITCH) {
		ex->switch_to = NULL;
		end(ex, EXERCISE_SWITCHED, now);
	} else if (answer == EXERCISE_CHECK_IN_STOP) {
		end(ex, EXERCISE_STOPPED, now);
	}
}

struct skill_breath exercise_pace(const struct exercise *ex)
{
	return ex->pace;
}

bool exercise_set_pace(struct exercise *ex, struct skill_breath pace)
{
	const struct skill_block *b = exercise_block(ex);
	if (b == NULL || b->kind != SKILL_BLOCK_BREATHE || ex->timer != EXERCISE_TIMER_READY ||
	    pace.in == 0 || pace.out <= pace.in) {
		return false;
	}
	ex->pace = pace;
	ex->timer_length = length_of(ex, b);
	return true;
}

int exercise_breath_phase(const struct exercise *ex, uint64_t now, uint64_t *left)
{
	uint64_t cycle = breath_cycle_ms(ex->pace);
	uint64_t at = cycle > 0 ? timer_run(ex, now) % cycle : 0;
	unsigned parts[4] = {ex->pace.in, ex->pace.hold_in, ex->pace.out, ex->pace.hold_out};
	for (int i = 0; i < 4; i++) {
		uint64_t ms = 1000ull * parts[i];
		if (at < ms) {
			*left = ms - at;
			return i;
		}
		at -= ms;
	}
	*left = 0;
	return 0;
}

void exercise_offer(struct exercise *ex, const char *field, const char *text)
{
	ex->offers = grow(ex->offers, ex->offer_count + 1, sizeof(*ex->offers));
	ex->offers[ex->offer_count++] = (struct exercise_offer){str_dup(field), str_dup(text)};
}

const char *exercise_offered(const struct exercise *ex)
{
	const struct skill_block *b = exercise_block(ex);
	if (b == NULL || b->kind != SKILL_BLOCK_ASK || b->field == NULL) {
		return NULL;
	}
	for (size_t i = 0; i < ex->offer_count; i++) {
		if (strcmp(ex->offers[i].field, b->field) == 0) {
			return ex->offers[i].text;
		}
	}
	return NULL;
}

const char *exercise_field(const struct exercise *ex, const char *field)
{
	for (size_t i = 0; i < ex->answer_count; i++) {
		const char *name = ex->answers[i].ask->field;
		if (name != NULL && strcmp(name, field) == 0) {
			return ex->answers[i].text;
		}
	}
	return NULL;
}

void exercise_fill(const char *cell, exercise_lookup_fn *lookup, void *data, struct str *out)
{
	const char *p = cell;
	for (const char *open; (open = strchr(p, '{')) != NULL;) {
		const char *close = strchr(open, '}');
		if (close == NULL) {
			break;
		}
		str_append_n(out, p, (size_t)(open - p));
		char name[72];
		size_t n = (size_t)(close - open - 1);
		const char *answer = NULL;
		if (n < sizeof(name)) {
			memcpy(name, open + 1, n);
			name[n] = '\0';
			answer = lookup(name, data);
		}
		str_append(out, answer != NULL && answer[0] != '\0' ? answer : "(not answered)");
		p = close + 1;
	}
	str_append(out, p);
}

static const char *lookup_answer(const char *field, void *data)
{
	return exercise_field(data, field);
}

void exercise_show_cell(const struct exercise *ex, const char *cell, struct str *out)
{
	exercise_fill(cell, lookup_answer, (void *)ex, out);
}

enum exercise_end exercise_end_reason(const struct exercise *ex)
{
	return ex->end;
}

bool exercise_ended_high(const struct exercise *ex)
{
	bool urge_seen = false, distress_seen = false, high = false;
	for (size_t i = ex->rating_count; i-- > 0;) {
		const struct exercise_rating *r = &ex->ratings[i];
		if (r->rate->scale == SKILL_SCALE_URGE && !urge_seen) {
			urge_seen = true;
			high = high || r->high;
		} else if (r->rate->scale == SKILL_SCALE_DISTRESS && !distress_seen) {
			distress_seen = true;
			high = high || r->high;
		}
	}
	return high;
}

unsigned exercise_seconds(const struct exercise *ex, uint64_t now)
{
	uint64_t until = ex->at == EXERCISE_AT_END ? ex->ended : now;
	return until > ex->started ? (unsigned)((until - ex->started) / 1000) : 0;
}

bool exercise_urge_rated_before(const struct exercise *ex, const struct exercise_rating *r)
{
	for (const struct exercise_rating *p = ex->ratings; p < r && p < ex->ratings + ex->rating_count;
	     p++) {
		if (p->rate->scale == SKILL_SCALE_URGE) {
			return true;
		}
	}
	return false;
}
