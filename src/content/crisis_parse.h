#ifndef WISEMIND_CONTENT_CRISIS_PARSE_H
#define WISEMIND_CONTENT_CRISIS_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/crisis.h"
#include "core/str.h"

/* Parses a crisis table (skills/crisis/lines.yaml format) from buf and
 * merges its rows into table, marked with origin: built-in rows are put
 * whole and held to the full format (ids, ASCII forms, sources); the
 * person's rows add or replace single lines by id
 * (crisis_table_merge_user). All or nothing: on any problem table is
 * untouched and err holds "line N: what is wrong". Used at build time for
 * the compiled-in table, and at run time for the person's own file. */
bool crisis_load_buffer(const char *buf, size_t len, enum crisis_origin origin,
                        struct crisis_table *table, struct str *err)
	__attribute__((warn_unused_result));

#endif
