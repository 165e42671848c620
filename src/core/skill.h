#ifndef WISEMIND_CORE_SKILL_H
#define WISEMIND_CORE_SKILL_H

#include <stdbool.h>
#include <stddef.h>

#include "core/urge_level.h"
#include "core/str.h"

/* The modules of DESIGN.md §5, plus "general" for skills that serve all
 * of them (chain analysis). */
enum skill_module {
	SKILL_MINDFULNESS,
	SKILL_DISTRESS_TOLERANCE,
	SKILL_EMOTION_REGULATION,
	SKILL_INTERPERSONAL,
	SKILL_GENERAL,
	SKILL_MODULE_COUNT,
};

/* What one paragraph of a step is (wisemind-skills(5), BODY). */
enum skill_block_kind {
	SKILL_BLOCK_TEXT,    /* words to read, lists already flattened */
	SKILL_BLOCK_CAUTION, /* shown first, highlighted */
	SKILL_BLOCK_TIMER,   /* a countdown of seconds */
	SKILL_BLOCK_BREATHE, /* a breathing pacer */
	SKILL_BLOCK_ASK,     /* a question answered in the person's words */
	SKILL_BLOCK_RATE,    /* a rating on one of the scales below */
	SKILL_BLOCK_CHOOSE,  /* a menu of steps: pick one, then maybe another */
	SKILL_BLOCK_DECIDE,  /* a question whose answer decides the way on */
	SKILL_BLOCK_SHOW,    /* the person's answers shown back, as a list or a grid */
};

/* The rating scales: one per kind, everywhere. Urges and emotions are on
 * the diary card's 0-5; distress is 0-10. */
enum skill_scale {
	SKILL_SCALE_URGE,
	SKILL_SCALE_EMOTION,
	SKILL_SCALE_DISTRESS,
	SKILL_SCALE_COUNT,
};

#define SKILL_DISTRESS_HIGH 7 /* distress from 7 of 10 is high (DESIGN.md §2.2) */

/* Where an option leads: a step of this skill, or another skill. */
struct skill_link {
	char *label;     /* what the person picks */
	char *anchor;    /* "#t-temperature" without the '#', or NULL */
	char *skill_id;  /* another skill ("problem-solving"), or NULL */
	size_t step;     /* the step anchor names, once resolved */
	int low, high;   /* a rating branch: the ratings that go this way */
};

/* A field shown back: the text of one list item or table cell, with
 * {field} where an answer goes. */
struct skill_show {
	size_t rows, cols;   /* cols 1: a list, in order; more: a grid whose first row heads it */
	char **cells;        /* rows * cols, row by row */
};

/* A breathing pattern in whole seconds; the holds may be 0. */
struct skill_breath {
	unsigned in;
	unsigned hold_in;
	unsigned out;
	unsigned hold_out;
};

struct skill_block {
	enum skill_block_kind kind;
	char *text;          /* the paragraph (text, caution, question, rating label, heading) */
	unsigned seconds;    /* TIMER */
	struct skill_breath breath; /* BREATHE */
	enum skill_scale scale;     /* RATE */
	enum urge_kind urge_kind;   /* RATE of an urge: the kind named, or URGE_KIND_UNKNOWN */
	char *field;         /* ASK: the worksheet field it fills, or NULL */
	struct skill_link *links;   /* CHOOSE, DECIDE, and a RATE that branches */
	size_t link_count;
	struct skill_show show;     /* SHOW */
	char **bold;         /* TEXT: the phrases the file made bold, in order */
	size_t bold_count;
	unsigned line;       /* where it starts in its file, 1-based */
};

struct skill_step {
	char *title;
	char *anchor;        /* the title as a link names it: "T: Temperature" is "t-temperature" */
	/* A step that a Choose, a Decide or a rating branch leads to is
	 * reached only from there: menu_step and menu_block say where. */
	bool in_menu;
	size_t menu_step, menu_block;
	struct skill_block *blocks;
	size_t block_count;
	unsigned line;
};

/* Where a skill came from. Later ones replace earlier ones with the same
 * id: built-in, then the user's. */
enum skill_origin {
	SKILL_BUILT_IN,
	SKILL_USER,
	SKILL_HOMEWORK, /* came with a homework file; kept in the vault */
};

struct skill {
	char *id;
	char *name;
	enum skill_module module;
	char *acronym;       /* may be NULL */
	char *summary;
	bool for_crisis;
	bool for_everyday;
	unsigned minutes;    /* 0 when not given */
	char **cautions;
	size_t caution_count;
	char **related;
	size_t related_count;
	unsigned related_line; /* where "related" is in its file, for problems */
	char *reference;     /* may be NULL */
	char **kit;          /* fields of the person's own kit: offered again next time */
	size_t kit_count;
	char **when;         /* the moments the skill is for */
	size_t when_count;
	char **not_when;     /* when to use something else first */
	size_t not_when_count;
	char *example;       /* one short worked example; may be NULL */
	char *intro;
	char **intro_bold;   /* the phrases of intro the file made bold, in order */
	size_t intro_bold_count;
	struct skill_step *steps;
	size_t step_count;
	char *path;          /* the file it came from, for messages */
	enum skill_origin origin;
};

void skill_finish(struct skill *skill);

/* The module's id as written in files ("distress-tolerance"), and its
 * name for people ("Distress tolerance"). */
const char *skill_module_id(enum skill_module module);
const char *skill_module_name(enum skill_module module);
/* Parses a module id; false when it is not one. */
bool skill_module_parse(const char *id, enum skill_module *out);

/* True for an id of lower-case letters, digits and dashes, starting with a
 * letter, at most 48 characters. */
bool skill_id_valid(const char *id);

/* Directive values (wisemind-skills(5)). Each returns false, with a short
 * reason in *why, when the value is not valid. */
bool skill_parse_timer(const char *value, unsigned *seconds, const char **why);
bool skill_parse_breath(const char *value, struct skill_breath *out, const char **why);
/* A breathing pattern as skill_parse_breath reads it ("in 4, hold 1, out
 * 6"), appended to out. */
void skill_breath_text(struct skill_breath b, struct str *out);
/* A range of ratings as a branch writes it: "0-2", or one number "3". */
bool skill_parse_range(const char *text, int *low, int *high);

/* A rating's scale from the words between "Rate" and the colon: "urge"
 * (then maybe a kind: "urge self-harm"), "emotion" or "distress". */
bool skill_parse_scale(const char *words, enum skill_scale *scale, enum urge_kind *kind,
                       const char **why);
/* The lowest and highest rating on a scale: 0 and 5, or 0 and 10. */
int skill_scale_max(enum skill_scale scale);
/* The scale's name ("urge", "emotion", "distress"). */
const char *skill_scale_name(enum skill_scale scale);
/* The words for one point of a scale, such as "a little" for an urge
 * of 1; NULL for a point without its own words (distress between its
 * anchors). */
const char *skill_scale_words(enum skill_scale scale, int value);

/* A step title as a Markdown link names it, GitHub's way: lower case,
 * spaces to hyphens, other punctuation dropped ("T: Temperature" is
 * "t-temperature"). */
char *skill_anchor(const char *title);

/* True for a field name: an id, maybe with dots between its parts
 * ("pros-act", "dear-man.describe"). */
bool skill_field_valid(const char *name);

/* The step whose anchor is anchor; false when there is none. */
bool skill_find_anchor(const struct skill *skill, const char *anchor, size_t *step);

#endif
