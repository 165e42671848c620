#ifndef WISEMIND_CORE_SAFETY_PLAN_H
#define WISEMIND_CORE_SAFETY_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"

/* The safety plan (issue 10): the seven parts of the Stanley-Brown
 * safety plan, each a list of short lines in the person's own words. A
 * line may be marked to show even when the diary is locked (by `crisis`);
 * those lines alone are kept outside the vault (DESIGN.md §2.5). */

enum safety_section {
	SAFETY_WARNING_SIGNS,
	SAFETY_COPING,
	SAFETY_DISTRACTIONS,
	SAFETY_PEOPLE,
	SAFETY_PROFESSIONALS,
	SAFETY_ENVIRONMENT,
	SAFETY_REASONS,
	SAFETY_SECTION_COUNT,
};

/* How many lines a part holds, and how long a line may be, in characters
 * (code points). The schema (store/schema.c, version 4) holds the same
 * numbers. */
#define SAFETY_LINES_MAX 20
#define SAFETY_LINE_CHARS_MAX 500

struct safety_section_info {
	const char *id;     /* kept in the diary and the file: "warning-signs" */
	const char *title;  /* "Warning signs" */
	const char *prompt; /* one line asking for it, to the person */
};

/* The part's id, title and prompt; never NULL for a valid section. */
const struct safety_section_info *safety_section_info(enum safety_section section);

/* The section whose id is id; false when there is none. */
bool safety_section_find(const char *id, enum safety_section *out);

/* What is wrong with a line, if anything. */
enum safety_line_problem {
	SAFETY_LINE_OK,
	SAFETY_LINE_EMPTY,    /* nothing but spaces */
	SAFETY_LINE_TOO_LONG, /* more than SAFETY_LINE_CHARS_MAX characters */
	SAFETY_LINE_NOT_TEXT, /* not UTF-8, or a control character (a newline, a tab, ESC) */
};

/* Checks one line of len bytes: UTF-8 text with no control character (C0,
 * DEL or C1: they could move a terminal's cursor or hide what is shown),
 * not only spaces, at most SAFETY_LINE_CHARS_MAX characters. */
enum safety_line_problem safety_line_check(const char *text, size_t len);

struct safety_line {
	struct str text; /* wiped when the plan is finished */
	bool shown;      /* shown even when locked: kept outside the vault too */
};

struct safety_lines {
	struct safety_line *items;
	size_t count;
};

/* The whole plan as a value. Zero-initialise it; safety_plan_finish wipes
 * and frees it. Allocation failure aborts, as with struct str. */
struct safety_plan {
	struct safety_lines sections[SAFETY_SECTION_COUNT];
};

/* Appends a line of len bytes to section (unchecked: see
 * safety_line_check). */
void safety_plan_add(struct safety_plan *plan, enum safety_section section, const char *text,
                     size_t len, bool shown);

/* Removes line index (from 0) of section; nothing when there is none. */
void safety_plan_remove(struct safety_plan *plan, enum safety_section section, size_t index);

/* Removes every line of section. */
void safety_plan_clear_section(struct safety_plan *plan, enum safety_section section);

/* Copies src into dst (finished first). */
void safety_plan_copy(struct safety_plan *dst, const struct safety_plan *src);

/* How many lines the plan holds; how many of them are shown when locked. */
size_t safety_plan_count(const struct safety_plan *plan);
size_t safety_plan_shown_count(const struct safety_plan *plan);

/* True when a and b hold the same lines, in the same order, marked the
 * same. */
bool safety_plan_equal(const struct safety_plan *a, const struct safety_plan *b);

/* True when the lines of a marked shown are exactly those of b marked
 * shown, in the same order (what the locked file must hold). */
bool safety_plan_same_shown(const struct safety_plan *a, const struct safety_plan *b);

/* Wipes every line and frees the plan; it is then empty. */
void safety_plan_finish(struct safety_plan *plan);

/* Appends the lines of one part as plain text, indented, each numbered
 * from 1 and "[shown when locked]" after those that are; or "(nothing
 * here yet)". Spaces between two digits become no-break spaces. */
void safety_plan_format_lines(const struct safety_plan *plan, enum safety_section section,
                              struct str *out);

/* Appends the lines of plan marked shown, under the title of their part,
 * for the crisis card; nothing when there are none. Spaces between two
 * digits become no-break spaces, so a phone number is never split. */
void safety_plan_format_shown(const struct safety_plan *plan, struct str *out);

#endif
