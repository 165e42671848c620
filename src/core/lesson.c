#include "core/lesson.h"

#include <stdlib.h>
#include <string.h>

const struct skill *lesson_skill(const struct lesson *l)
{
	return l->skill < l->count ? l->skills[l->skill] : NULL;
}

static size_t intro_parts(const struct skill *s)
{
	if (s->intro == NULL || s->intro[0] == '\0') {
		return 0;
	}
	size_t n = 1;
	for (const char *p = strstr(s->intro, "\n\n"); p != NULL; p = strstr(p + 2, "\n\n")) {
		n++;
	}
	return n;
}

const char *lesson_intro_part(const struct lesson *l, size_t *len)
{
	const struct skill *s = lesson_skill(l);
	if (l->page != LESSON_INTRO || s == NULL || s->intro == NULL) {
		*len = 0;
		return NULL;
	}
	const char *p = s->intro;
	for (size_t i = 0; i < l->part; i++) {
		const char *gap = strstr(p, "\n\n");
		if (gap == NULL) {
			break;
		}
		p = gap + 2;
	}
	const char *end = strstr(p, "\n\n");
	*len = end != NULL ? (size_t)(end - p) : strlen(p);
	return p;
}

/* Whether a page has anything to show for the skill. */
static bool page_has(const struct skill *s, enum lesson_page page)
{
	switch (page) {
	case LESSON_WHEN:
		return s->when_count > 0;
	case LESSON_NOT_WHEN:
		return s->not_when_count > 0;
	case LESSON_CAUTIONS:
		return s->caution_count > 0;
	case LESSON_INTRO:
		return intro_parts(s) > 0;
	case LESSON_EXAMPLE:
		return s->example != NULL && s->example[0] != '\0';
	default:
		return true;
	}
}

static bool passed_over(const struct skill_block *b)
{
	/* Nothing personal: no rating, nothing the person wrote shown back. */
	return b->kind == SKILL_BLOCK_RATE || b->kind == SKILL_BLOCK_SHOW;
}

static void skill_start(struct lesson *l, size_t index, uint64_t now)
{
	if (l->ex_live) {
		exercise_finish(&l->ex);
		l->ex_live = false;
	}
	l->skill = index;
	l->part = 0;
	if (index >= l->count) {
		l->page = LESSON_CLOSING;
		return;
	}
	l->page = LESSON_SKILL;
	exercise_init(&l->ex, l->skills[index], &l->opt, now);
	l->ex_live = true;
}

/* Goes past what the room does not see: a rating, a worksheet shown
 * back, the end of a step, and the end of the skill (on to the next
 * one). */
static void settle(struct lesson *l, uint64_t now)
{
	while (l->page == LESSON_PRACTICE) {
		struct exercise *ex = &l->ex;
		const struct skill_block *b = exercise_block(ex);
		if (ex->at == EXERCISE_AT_END) {
			skill_start(l, l->skill + 1, now);
		} else if (ex->at == EXERCISE_AT_STEP_END || (b != NULL && passed_over(b))) {
			exercise_go_on(ex, now);
		} else {
			return;
		}
	}
}

static void next_page(struct lesson *l, uint64_t now)
{
	const struct skill *s = lesson_skill(l);
	switch (l->page) {
	case LESSON_OPENING:
		skill_start(l, 0, now);
		return;
	case LESSON_CLOSING:
		return;
	case LESSON_PRACTICE:
		exercise_go_on(&l->ex, now);
		settle(l, now);
		return;
	case LESSON_INTRO:
		if (l->part + 1 < intro_parts(s)) {
			l->part++;
			return;
		}
		break;
	default:
		break;
	}
	for (enum lesson_page p = l->page + 1; p < LESSON_PRACTICE; p++) {
		if (page_has(s, p)) {
			l->page = p;
			l->part = 0;
			return;
		}
	}
	l->page = LESSON_PRACTICE;
	exercise_go_on(&l->ex, now); /* from its introduction to its first step */
	settle(l, now);
}

static bool apply(struct lesson *l, const struct lesson_move *m, uint64_t now)
{
	switch (m->kind) {
	case LESSON_MOVE_NEXT:
		next_page(l, now);
		return true;
	case LESSON_MOVE_CHOOSE:
		if (l->page != LESSON_PRACTICE || !exercise_choose(&l->ex, m->index, now)) {
			return false;
		}
		settle(l, now);
		return true;
	case LESSON_MOVE_SKILL:
		skill_start(l, m->index, now);
		return true;
	case LESSON_MOVE_PACE:
		return l->page == LESSON_PRACTICE && exercise_set_pace(&l->ex, m->pace);
	}
	return false;
}

/* Keeps m, already made, for going back. */
static bool keep_move(struct lesson *l, struct lesson_move m)
{
	if (l->move_count == l->move_cap) {
		size_t cap = l->move_cap ? l->move_cap * 2 : 64;
		struct lesson_move *moves = realloc(l->moves, cap * sizeof(*moves));
		if (moves == NULL) {
			return false;
		}
		l->moves = moves;
		l->move_cap = cap;
	}
	l->moves[l->move_count++] = m;
	return true;
}

/* Makes m and keeps it. A move that cannot be kept is not made: going
 * back must always find the screen before. */
static bool record(struct lesson *l, struct lesson_move m, uint64_t now)
{
	if (!keep_move(l, m)) {
		return false;
	}
	l->move_count--;
	if (!apply(l, &m, now)) {
		return false;
	}
	l->move_count++;
	return true;
}

void lesson_init(struct lesson *l, const struct skill *const *skills, size_t count,
                 const struct exercise_options *opt, uint64_t now)
{
	(void)now;
	*l = (struct lesson){.skills = skills, .count = count, .opt = *opt};
	l->page = LESSON_OPENING;
	l->skill = count;
}

void lesson_finish(struct lesson *l)
{
	if (l->ex_live) {
		exercise_finish(&l->ex);
	}
	free(l->moves);
	*l = (struct lesson){0};
}

void lesson_next(struct lesson *l, uint64_t now)
{
	if (l->page != LESSON_CLOSING) {
		record(l, (struct lesson_move){.kind = LESSON_MOVE_NEXT}, now);
	}
}

bool lesson_choose(struct lesson *l, size_t index, uint64_t now)
{
	return record(l, (struct lesson_move){.kind = LESSON_MOVE_CHOOSE, .index = index}, now);
}

bool lesson_set_pace(struct lesson *l, struct skill_breath pace)
{
	return record(l, (struct lesson_move){.kind = LESSON_MOVE_PACE, .pace = pace}, 0);
}

bool lesson_previous(struct lesson *l, uint64_t now)
{
	/* A pace set here is not a screen: it goes back with the move before. */
	size_t keep = l->move_count;
	while (keep > 0 && l->moves[keep - 1].kind == LESSON_MOVE_PACE) {
		keep--;
	}
	if (keep == 0) {
		return false;
	}
	keep--;
	struct lesson_move *moves = l->moves;
	size_t cap = l->move_cap;
	l->moves = NULL;
	struct lesson fresh;
	lesson_init(&fresh, l->skills, l->count, &l->opt, now);
	lesson_finish(l);
	*l = fresh;
	for (size_t i = 0; i < keep; i++) {
		apply(l, &moves[i], now);
	}
	l->moves = moves;
	l->move_cap = cap;
	l->move_count = keep;
	return true;
}

static bool at_skill_start(const struct lesson *l)
{
	return l->page == LESSON_SKILL;
}

void lesson_next_skill(struct lesson *l, uint64_t now)
{
	size_t to = l->page == LESSON_OPENING ? 0 : l->skill + 1;
	if (l->page != LESSON_CLOSING) {
		record(l, (struct lesson_move){.kind = LESSON_MOVE_SKILL, .index = to}, now);
	}
}

void lesson_previous_skill(struct lesson *l, uint64_t now)
{
	if (l->page == LESSON_OPENING) {
		return;
	}
	size_t to = l->page == LESSON_CLOSING ? l->count - 1 : l->skill;
	if (l->page != LESSON_CLOSING && at_skill_start(l)) {
		if (l->skill == 0) {
			lesson_previous(l, now); /* to the opening, as it came */
			return;
		}
		to = l->skill - 1;
	}
	if (l->count > 0) {
		record(l, (struct lesson_move){.kind = LESSON_MOVE_SKILL, .index = to}, now);
	}
}

bool lesson_tick(struct lesson *l, uint64_t now)
{
	if (l->page != LESSON_PRACTICE) {
		return false;
	}
	switch (exercise_tick(&l->ex, now)) {
	case EXERCISE_EVENT_TIMER_DONE:
		/* The engine went on by itself, as "next" at the timer would
		 * have: kept as that move, so going back returns to the timer. */
		keep_move(l, (struct lesson_move){.kind = LESSON_MOVE_NEXT});
		settle(l, now);
		return true;
	case EXERCISE_EVENT_CHECK_IN:
		exercise_check_in(&l->ex, EXERCISE_CHECK_IN_GO_ON, now);
		return true;
	case EXERCISE_EVENT_NONE:
		break;
	}
	return false;
}

const struct skill_block *lesson_block(const struct lesson *l)
{
	return l->page == LESSON_PRACTICE ? exercise_block(&l->ex) : NULL;
}
