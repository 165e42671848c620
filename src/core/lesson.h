#ifndef WISEMIND_CORE_LESSON_H
#define WISEMIND_CORE_LESSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/exercise.h"
#include "core/skill.h"

/* A skills group's way through its skills, one idea per screen, for the
 * presenter (wisemind class). Each skill is introduced (its name, when to
 * use it and when not, its cautions before anything else of it, its
 * introduction a paragraph at a time, its example), then its steps are
 * walked with the exercise engine. It asks nothing personal: the
 * engine's ratings and worksheets shown back are passed over, a
 * question is shown only as something to think about, and a long
 * timer's check-in is answered "go on" for the room. No I/O and no clock:
 * the caller gives the time, as to the engine.
 *
 * Going back replays the moves made so far, less the last, so the screen
 * before is exactly the one that was shown (a menu's pick included). */

enum lesson_page {
	LESSON_OPENING,  /* the week's title and its skills */
	LESSON_SKILL,    /* a skill's name, what its letters stand for, its summary */
	LESSON_WHEN,     /* the moments it is for */
	LESSON_NOT_WHEN, /* when to use something else first */
	LESSON_CAUTIONS, /* its cautions, before any step */
	LESSON_INTRO,    /* one paragraph of its introduction */
	LESSON_EXAMPLE,  /* its worked example */
	LESSON_PRACTICE, /* a block of a step: lesson.ex says which */
	LESSON_CLOSING,  /* the end of the skills */
};

enum lesson_move_kind {
	LESSON_MOVE_NEXT,
	LESSON_MOVE_CHOOSE, /* an option of a menu */
	LESSON_MOVE_SKILL,  /* straight to a skill's first screen */
	LESSON_MOVE_PACE,   /* a breathing pace set before the pacer starts */
};

struct lesson_move {
	enum lesson_move_kind kind;
	size_t index;
	struct skill_breath pace;
};

struct lesson {
	const struct skill *const *skills;
	size_t count;
	struct exercise_options opt;
	enum lesson_page page;
	size_t skill;  /* the skill shown (count at the opening and the closing) */
	size_t part;   /* LESSON_INTRO: which paragraph */
	struct exercise ex; /* LESSON_PRACTICE; set up from the skill's first page on */
	bool ex_live;
	struct lesson_move *moves;
	size_t move_count, move_cap;
};

/* Starts at the opening. skills (count of them) must outlive l. */
void lesson_init(struct lesson *l, const struct skill *const *skills, size_t count,
                 const struct exercise_options *opt, uint64_t now);
void lesson_finish(struct lesson *l);

/* The next screen: at a timer or the pacer, ends it (early, or before it
 * starts); at a menu, goes on without picking. At the closing, stays. */
void lesson_next(struct lesson *l, uint64_t now);
/* The screen before, exactly as it was; false at the opening. */
bool lesson_previous(struct lesson *l, uint64_t now);
/* At a menu: the option at index (as exercise_choose). */
bool lesson_choose(struct lesson *l, size_t index, uint64_t now);
/* The first screen of the next skill (the closing after the last), or of
 * this skill when not on its first screen, else the one before. */
void lesson_next_skill(struct lesson *l, uint64_t now);
void lesson_previous_skill(struct lesson *l, uint64_t now);
/* Before the pacer starts: a slower or faster breath (exercise_set_pace). */
bool lesson_set_pace(struct lesson *l, struct skill_breath pace);
/* Moves time on: a timer that ends moves the lesson on (as a move, so
 * going back returns to it); a check-in is answered "go on". True when
 * the screen changed. */
bool lesson_tick(struct lesson *l, uint64_t now);

/* The skill shown, or NULL at the opening and the closing. */
const struct skill *lesson_skill(const struct lesson *l);
/* LESSON_INTRO: the paragraph shown, from its start, and its length. */
const char *lesson_intro_part(const struct lesson *l, size_t *len);
/* LESSON_PRACTICE: the block shown (never a rating or a worksheet shown
 * back), or NULL at a step's end. */
const struct skill_block *lesson_block(const struct lesson *l);
#endif
