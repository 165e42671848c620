#ifndef WISEMIND_CORE_COUNTRY_LIST_H
#define WISEMIND_CORE_COUNTRY_LIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/country.h"

/* One ISO 3166-1 country or territory, as the list stores it: its names
 * are offsets into the list's text, so a compiled-in list has no pointers
 * for the loader to relocate at every start. */
struct country_row {
	char code[COUNTRY_CODE_SIZE];
	char alpha3[4];
	uint32_t name;  /* English short name; may be non-ASCII */
	uint32_t ascii; /* the same in ASCII */
	uint32_t other; /* other English names, ";"-separated, or "" */
};

/* A country with its names, for the caller to read. */
struct country_info {
	char code[COUNTRY_CODE_SIZE];
	char alpha3[4];
	const char *name;
	const char *ascii;
	const char *other;
};

/* Every ISO 3166-1 code, sorted by code. */
struct country_list {
	const struct country_row *rows;
	size_t count;
	const char *text;
	void *owned; /* what country_list_parse allocated; NULL for constants */
};

/* Parses the list from text in the skills/crisis/countries.tsv format (at
 * build time; the program uses the compiled constants). False when a row
 * is malformed. */
bool country_list_parse(struct country_list *list, const char *text, size_t len);
void country_list_finish(struct country_list *list);

/* Row i, or code's row, with its names. False when there is none (code is
 * not an ISO 3166-1 code); out is then zeroed. */
bool country_list_at(const struct country_list *list, size_t i, struct country_info *out);
bool country_list_find(const struct country_list *list, const char *code,
                       struct country_info *out);

/* The country's name as the terminal can show it. */
const char *country_info_name(const struct country_info *info, bool ascii_only);

/* Reads what a person typed as a country: an alpha-2 code (any case, "UK"
 * for GB) that ISO 3166-1 assigns, or an English name ("germany",
 * "United States of America"). Writes the code and returns true, or
 * returns false and leaves out "". */
bool country_list_read(const struct country_list *list, const char *typed,
                       char out[COUNTRY_CODE_SIZE]);

/* What to suggest for a mistyped country. */
struct country_suggestion {
	char codes[6][COUNTRY_CODE_SIZE];
	size_t count;
	bool exact; /* an alpha-3 code or a name: the one code it stands for */
};

/* Suggests codes for typed, which country_list_read did not accept: the
 * alpha-2 code of an alpha-3 code ("USA" -> US) or of an English name;
 * otherwise the codes one letter away (one letter changed, added or
 * removed) that are among with_rows, the codes that have crisis lines. */
void country_list_suggest(const struct country_list *list, const char *typed,
                          const char (*with_rows)[COUNTRY_CODE_SIZE], size_t row_count,
                          struct country_suggestion *out);

#endif
