#ifndef WISEMIND_CONTENT_CRISIS_LOAD_H
#define WISEMIND_CONTENT_CRISIS_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/crisis.h"
#include "core/str.h"

/* Largest crisis file read; a longer one is refused as damaged. */
#define CRISIS_FILE_MAX (1024 * 1024)

enum crisis_load_result {
	CRISIS_LOAD_OK,
	CRISIS_LOAD_MISSING, /* no such file (or no such directory): nothing to add */
	CRISIS_LOAD_BAD,     /* unreadable or malformed: ignored, err says why */
};

/* Parses a crisis table (skills/crisis/lines.yaml format) from buf and
 * merges its rows into table, marked with origin. All or nothing: on any
 * problem table is untouched and err holds "line N: what is wrong". */
bool crisis_load_buffer(const char *buf, size_t len, enum crisis_origin origin,
                        struct crisis_table *table, struct str *err)
	__attribute__((warn_unused_result));

/* The table compiled into the program. It cannot be missing; false means
 * a build defect, which the test suite catches. */
bool crisis_load_builtin(struct crisis_table *table)
	__attribute__((warn_unused_result));

/* Reads path and merges it as crisis_load_buffer does. */
enum crisis_load_result crisis_load_file(const char *path, enum crisis_origin origin,
                                         struct crisis_table *table, struct str *err);

#endif
