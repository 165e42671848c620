#ifndef WISEMIND_CORE_HANDOUT_H
#define WISEMIND_CORE_HANDOUT_H

#include <stddef.h>

#include "core/skill.h"
#include "core/str.h"

/* A printable handout for a skills group (issue 16): what it says, in
 * order, built from our own skill files, with each worksheet question as
 * a blank box to fill in by hand. The text, Markdown and PDF writers all
 * draw this one model, so the three formats cannot say different things. */

enum handout_kind {
	HANDOUT_TITLE,     /* the handout's title (text), with its plan under it (note) */
	HANDOUT_SKILL,     /* a skill begins (a new page on paper): name (text), acronym (note) */
	HANDOUT_HEADING,   /* a step's title, or a part of the skill ("When to use it") */
	HANDOUT_PARAGRAPH, /* words to read; may hold line breaks */
	HANDOUT_CAUTION,   /* a medical or safety caution, before what it concerns */
	HANDOUT_LIST,      /* a short list: the question or heading (text), then items */
	HANDOUT_BOX,       /* a blank box labelled text, lines high for writing */
	HANDOUT_SCALE,     /* a rating to circle: its question (text), low..high, end words */
	HANDOUT_GRID,      /* a worksheet table: caption (text), rows x cols cells */
};

struct handout_item {
	enum handout_kind kind;
	char *text;
	char *note;        /* TITLE: the plan's name; SKILL: the acronym; else NULL */
	char **items;      /* LIST: the items; GRID: rows * cols cells, NULL for a blank one */
	size_t count;      /* LIST: items; GRID: rows * cols */
	size_t rows, cols; /* GRID: the first row heads it */
	unsigned lines;    /* BOX: lines to write on */
	int low, high;     /* SCALE: its points, from low to high */
	const char *low_words, *high_words; /* SCALE: what the ends mean; may be NULL */
};

struct handout {
	struct handout_item *items;
	size_t count;
	size_t cap;
};

/* What a handout is of: a title block when there is a plan (a week) or
 * more than one skill, then each skill in the order given. */
struct handout_source {
	const char *title;          /* "Week 4 of 24: Distress tolerance", or the skills' names */
	const char *plan;           /* the curriculum's name, for a week; NULL for skills by id */
	const struct skill *const *skills;
	size_t count;
};

/* Builds the handout: for each skill, its name, summary, cautions (before
 * any step), when to use it, introduction and steps; in a step, its
 * cautions first, then text, a box per question, a scale per rating,
 * options for a choice, a grid per worksheet table (a cell that is only a
 * {field} is blank; text around a field keeps a line to write on), and
 * "Take 2 minutes." for a timer. A list shown back that only repeats the
 * step's questions is left out. Start h zeroed; finish it either way. */
void handout_build(const struct handout_source *src, struct handout *h);
void handout_finish(struct handout *h);

/* The line every copy carries: made by wisemind, the skills in its own
 * words, "DBT" used only to describe them. */
const char *handout_notice(void);

/* The handout as plain text, lines at most HANDOUT_TEXT_WIDTH columns
 * (display width), boxes and grids drawn with +, - and |. Skill text stays
 * as written (UTF-8). */
#define HANDOUT_TEXT_WIDTH 72
void handout_text(const struct handout *h, struct str *out);

/* The handout as Markdown: headings, paragraphs, cautions as quotes,
 * lists; boxes, scales and grids as the text writer draws them, in a
 * ```text block, so that any viewer shows them as boxes. */
void handout_markdown(const struct handout *h, struct str *out);

#endif
