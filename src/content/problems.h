#ifndef WISEMIND_CONTENT_PROBLEMS_H
#define WISEMIND_CONTENT_PROBLEMS_H

#include <stdarg.h>
#include <stddef.h>

#include "core/str.h"

/* Problems found in content files, one "path:line: what is wrong" per
 * line, so an editor can jump to each one. */
struct problems {
	struct str text;
	size_t count;
};

void problems_add(struct problems *p, const char *path, size_t line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* problems_add with the arguments already gathered, for the parsers' own
 * helpers that add to the same list. */
void problems_vadd(struct problems *p, const char *path, size_t line, const char *fmt, va_list ap)
	__attribute__((format(printf, 4, 0)));
void problems_finish(struct problems *p);

/* The problems in place order: by file (in the order each file first
 * came), then by line, so one run lists a file's problems top to bottom. */
void problems_sorted(const struct problems *p, struct str *out);

#endif
