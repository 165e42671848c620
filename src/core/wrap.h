#ifndef WISEMIND_CORE_WRAP_H
#define WISEMIND_CORE_WRAP_H

#include <stdbool.h>
#include <stddef.h>

/* Text broken into display lines that fit a width in terminal columns. */
struct wrapped {
	char **lines; /* owned, each NUL-terminated */
	size_t count;
};

/* Wraps each input line of text to at most width columns, breaking at
 * spaces, and in text written without them (Chinese, Japanese) between
 * wide characters where Unicode's line-breaking rules allow (UAX #14, from
 * GNU libunistring: not before "。", say). Continuation lines keep
 * the indentation of the line they continue (a list item's, after its
 * marker). Columns are measured with text_width_of, so wide characters
 * and most emoji count twice; no locale is needed.
 * A no-break space (U+00A0) never breaks and comes out as a plain space,
 * so a phone number glued with it stays on one line. A word too long for
 * the width is cut between characters (grapheme clusters: never inside a
 * UTF-8 sequence, never between a base and its combining mark), unless
 * it holds a digit, '/', '@' or '.' (a number or an address): that one
 * overflows the line rather than be broken. So does one character wider
 * than the whole width. A width below 1 counts as 1. Spaces at the end of
 * an input line are dropped.
 * Every line is valid UTF-8: an invalid input byte becomes U+FFFD. */
void wrap_text(const char *text, int width, struct wrapped *out);
void wrapped_finish(struct wrapped *w);

/* wrap_text for a terminal: when it cannot show UTF-8 (ascii_only), the
 * text is folded to ASCII first (ascii_fold). Every front end draws text
 * through this one function. */
void wrap_for_terminal(const char *text, int width, bool ascii_only, struct wrapped *out);

#endif
