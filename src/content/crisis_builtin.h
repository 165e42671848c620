#ifndef WISEMIND_CONTENT_CRISIS_BUILTIN_H
#define WISEMIND_CONTENT_CRISIS_BUILTIN_H

#include <stddef.h>
#include <stdint.h>

#include "core/country_list.h"

/* The tables of skills/crisis as compiled into the program: checked and
 * written as constants at build time by src/content/crisis_gen.c, so the
 * crisis card parses nothing. Every text is an offset into one pool (0:
 * none), so the tables hold no pointers for the loader to relocate at
 * every start: the crisis card must start as fast as a program that only
 * prints (issue 7). */
struct crisis_builtin_line {
	uint32_t id, name, ascii, phone, hours, text, text_hours, languages, note, check;
};

struct crisis_builtin_row {
	char code[3];
	uint32_t name, emergency, verified, check, note;
	uint16_t first_source, source_count, first_line, line_count;
};

struct crisis_builtin_emergency {
	char code[3];
	uint8_t status; /* enum emergency_status */
	uint32_t all, ambulance, police, verified, sources, remark;
};

extern const char crisis_builtin_pool[];

/* Each sorted by code: the crisis lines, every ISO 3166-1 country
 * (countries.tsv; its offsets are into crisis_builtin_pool too) and every
 * one's emergency numbers (emergency.tsv). */
extern const struct crisis_builtin_row crisis_builtin_rows[];
extern const size_t crisis_builtin_row_count;
extern const struct crisis_builtin_line crisis_builtin_lines[];
extern const uint32_t crisis_builtin_sources[];
extern const struct country_row crisis_builtin_countries[];
extern const size_t crisis_builtin_country_count;
extern const struct crisis_builtin_emergency crisis_builtin_emergency[];

#endif
