#ifndef WISEMIND_CORE_WRAP_H
#define WISEMIND_CORE_WRAP_H

#include <stddef.h>

/* Text broken into display lines that fit a width in terminal columns. */
struct wrapped {
	char **lines; /* owned, each NUL-terminated */
	size_t count;
};

/* Wraps each input line of text at spaces to at most width columns;
 * continuation lines keep the indentation of the line they continue.
 * Columns are measured with wcwidth, so wide characters count twice. */
void wrap_text(const char *text, int width, struct wrapped *out);
void wrapped_finish(struct wrapped *w);

#endif
