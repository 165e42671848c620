#ifndef WISEMIND_CONTENT_CRISIS_LOAD_H
#define WISEMIND_CONTENT_CRISIS_LOAD_H

#include "content/status.h"

#include <stdbool.h>
#include <stddef.h>

#include "content/crisis_parse.h"
#include "core/country_list.h"
#include "core/emergency.h"
#include "core/crisis.h"
#include "core/str.h"

/* Largest crisis file read; a longer one is refused as damaged. */
#define CRISIS_FILE_MAX (1024 * 1024)


/* Puts every row of the compiled-in table into table. It cannot be
 * missing or malformed: the build checked it. */
void crisis_load_builtin(struct crisis_table *table);

/* Puts only code's compiled-in row into table, so the crisis card copies
 * one country and parses nothing. False when the table has no row for
 * code. */
bool crisis_load_builtin_country(struct crisis_table *table, const char *code);

/* The codes that have a row in the compiled-in table, sorted, at most
 * max of them. */
size_t crisis_builtin_codes(char (*codes)[COUNTRY_CODE_SIZE], size_t max);

/* Every ISO 3166-1 country, compiled in. */
void crisis_builtin_country_list(struct country_list *list);

/* code's compiled-in emergency numbers in out; false when code is not an
 * ISO 3166-1 code. */
bool crisis_builtin_emergency_for(const char *code, struct emergency_entry *out);

/* Reads path and merges it as crisis_load_buffer does. */
enum content_status crisis_load_file(const char *path, enum crisis_origin origin,
                                     struct crisis_table *table, struct str *err);

#endif
