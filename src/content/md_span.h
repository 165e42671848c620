#ifndef WISEMIND_CONTENT_MD_SPAN_H
#define WISEMIND_CONTENT_MD_SPAN_H

#include <stdbool.h>
#include <stddef.h>

/* Whether a span of text md4c hands to a text callback can be taken: no
 * span is longer than the document it came from. md4c has been seen to
 * hand a size wrapped below zero (about 4 GiB, mity/md4c#42; our fuzzer
 * found one in the skill loader: a 4 GiB allocation); reading it would
 * run past the document. Every md4c text callback asks this first and
 * stops the parse when it is false, so the file is refused, whole. */
static inline bool md_span_ok(size_t size, size_t doc_len)
{
	return size <= doc_len;
}

#endif
