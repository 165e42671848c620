#ifndef WISEMIND_CORE_CRISIS_H
#define WISEMIND_CORE_CRISIS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/country.h"

/* Where a row or a line came from, shown so a person knows who vouches
 * for it. Installed copies of the table are reference only and never
 * read (DESIGN.md §2.1), so there are two origins. */
enum crisis_origin {
	CRISIS_BUILT_IN,
	CRISIS_USER,
};

/* The hours value of a line whose hours no source confirmed. */
#define CRISIS_HOURS_UNKNOWN "not confirmed"

/* One crisis service. Every string is owned by the line; any but name and
 * hours may be NULL. */
struct crisis_line {
	char *id;         /* stable within its country; NULL for an added user line */
	char *name;
	char *ascii;      /* the name in ASCII, when name is not */
	char *phone;
	char *hours;      /* of the phone (or of the text when there is no phone) */
	char *text;       /* how to text or chat, e.g. "text 988" */
	char *text_hours; /* of the text option, when it differs from hours */
	char *languages;
	char *note;       /* for the person, on the card */
	char *check;      /* for people who check the table: shown with the sources */
	enum crisis_origin origin;
	char *was_phone;  /* a replaced built-in line's phone, shown beneath it */
	char *was_text;   /* a replaced built-in line's text option */
};

/* One country's row of the crisis table. */
struct crisis_country {
	char code[COUNTRY_CODE_SIZE];
	char *name;
	char *emergency;  /* NULL in a user row: the emergency table then says */
	char *verified;   /* YYYY-MM; NULL in a user row */
	char **sources;
	size_t source_count;
	char *check;
	char *note;
	struct crisis_line *lines;
	size_t line_count;
	enum crisis_origin origin;
};

/* The table: one row per country code. */
struct crisis_table {
	struct crisis_country *countries;
	size_t count;
};

void crisis_table_init(struct crisis_table *table);
void crisis_table_finish(struct crisis_table *table);
void crisis_country_finish(struct crisis_country *country);
void crisis_line_finish(struct crisis_line *line);

/* The row for code, or NULL when the table does not cover it. */
const struct crisis_country *crisis_table_find(const struct crisis_table *table,
                                               const char *code);

/* Moves row into the table as a new row; a row with the same code is
 * replaced. row is left zeroed. */
void crisis_table_put(struct crisis_table *table, struct crisis_country *row);

/* Merges a row from the person's own file (DESIGN.md §2.1): a country the
 * table lacks is added whole; otherwise each line replaces the built-in
 * line with the same id (which stays visible as was_phone/was_text) or
 * is added after the national lines. National lines are never removed.
 * The row's note, if any, is added too. row is consumed and left zeroed. */
void crisis_table_merge_user(struct crisis_table *table, struct crisis_country *row);

/* True for a line (or its text option) that is open around the clock. */
bool crisis_line_always_open(const struct crisis_line *line);
bool crisis_hours_always(const char *hours);
bool crisis_hours_unknown(const char *hours);

/* The line's name as the terminal can show it: the ASCII form when
 * ascii_only and one exists. */
const char *crisis_line_name(const struct crisis_line *line, bool ascii_only);

#endif
