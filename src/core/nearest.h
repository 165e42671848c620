#ifndef WISEMIND_CORE_NEAREST_H
#define WISEMIND_CORE_NEAREST_H

#include <stddef.h>

/* The word of words (count of them) nearest to typed, for "did you mean"
 * when a key, an id or a name was mistyped: the fewest single-letter
 * changes, insertions and deletions, at most a third of the longer word
 * (and at least 2), else NULL. Ties go to the earlier word. */
const char *nearest_word(const char *typed, const char *const *words, size_t count);

#endif
