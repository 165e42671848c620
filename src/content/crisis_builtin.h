#ifndef WISEMIND_CONTENT_CRISIS_BUILTIN_H
#define WISEMIND_CONTENT_CRISIS_BUILTIN_H

#include <stddef.h>

#include "core/country_list.h"
#include "core/emergency.h"

/* The crisis table as compiled into the program: skills/crisis/lines.yaml,
 * checked and turned into these constant rows at build time by
 * src/content/crisis_gen.c, so the crisis card parses nothing to show a
 * country's lines. The fields mirror struct crisis_line and struct
 * crisis_country; NULL where the file has no value. */
struct crisis_builtin_line {
	const char *id, *name, *ascii, *phone, *hours, *text, *text_hours, *languages, *note,
		*check;
};

struct crisis_builtin_row {
	char code[3];
	const char *name, *emergency, *verified, *check, *note;
	const char *const *sources;
	size_t source_count;
	const struct crisis_builtin_line *lines;
	size_t line_count;
};

/* Each sorted by code: the crisis lines, every ISO 3166-1 country
 * (countries.tsv) and every one's emergency numbers (emergency.tsv). */
extern const struct crisis_builtin_row crisis_builtin_rows[];
extern const size_t crisis_builtin_row_count;
extern const struct country_info crisis_builtin_countries[];
extern const size_t crisis_builtin_country_count;
extern const struct emergency_entry crisis_builtin_emergency[];
extern const size_t crisis_builtin_emergency_count;

#endif
