#ifndef WISEMIND_CORE_WRAP_H
#define WISEMIND_CORE_WRAP_H

#include <stdbool.h>
#include <stddef.h>

/* Text broken into display lines that fit a width in terminal columns. */
struct wrapped {
	char **lines; /* owned, each NUL-terminated */
	size_t count;
};

/* Wraps each input line of text at spaces to at most width columns;
 * continuation lines keep the indentation of the line they continue.
 * Columns are measured with text_width_of, so wide characters count
 * twice; no locale is needed.
 * A no-break space (U+00A0) never breaks and comes out as a plain space,
 * so a phone number glued with it stays on one line. A word too long for
 * the width is cut between characters, never inside one, unless it holds
 * a digit, '/', '@' or '.' (a number or an address): that one overflows
 * the line rather than be broken. */
void wrap_text(const char *text, int width, struct wrapped *out);
void wrapped_finish(struct wrapped *w);

/* wrap_text for a terminal: when it cannot show UTF-8 (ascii_only), the
 * text is folded to ASCII first (ascii_fold). Every front end draws text
 * through this one function. */
void wrap_for_terminal(const char *text, int width, bool ascii_only, struct wrapped *out);

#endif
