#ifndef WISEMIND_CORE_CRISIS_H
#define WISEMIND_CORE_CRISIS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/country.h"

/* One crisis service. Every string is owned by the line; any but name and
 * hours may be NULL. */
struct crisis_line {
	char *name;
	char *phone;
	char *text;      /* how to text or chat, e.g. "text 988" */
	char *hours;     /* exactly "24/7" for around-the-clock lines */
	char *languages;
	char *note;
	char *caveat;    /* what the reference could not confirm */
};

/* Where a row came from, shown so a person knows who vouches for it. */
enum crisis_origin {
	CRISIS_BUILT_IN,
	CRISIS_INSTALLED,
	CRISIS_USER,
};

/* One country's row of the crisis table. */
struct crisis_country {
	char code[COUNTRY_CODE_SIZE];
	char *name;
	char *emergency;
	char *verified;   /* YYYY-MM */
	char **sources;
	size_t source_count;
	char *caveat;
	char *note;
	struct crisis_line *lines;
	size_t line_count;
	enum crisis_origin origin;
};

/* The whole table, one row per country code. */
struct crisis_table {
	struct crisis_country *countries;
	size_t count;
};

void crisis_table_init(struct crisis_table *table);
void crisis_table_finish(struct crisis_table *table);
void crisis_country_finish(struct crisis_country *country);

/* The row for code, or NULL when the table does not cover it. */
const struct crisis_country *crisis_table_find(const struct crisis_table *table,
                                               const char *code);

/* Moves row into the table: it replaces the row with the same code or is
 * added. A file may add or update rows, never remove them. row is left
 * zeroed. */
void crisis_table_put(struct crisis_table *table, struct crisis_country *row);

/* True for a line that is open around the clock. */
bool crisis_line_always_open(const struct crisis_line *line);

#endif
