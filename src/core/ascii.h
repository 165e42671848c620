#ifndef WISEMIND_CORE_ASCII_H
#define WISEMIND_CORE_ASCII_H

#include "core/str.h"

/* Appends text as a terminal that cannot show UTF-8 can: accented Latin
 * letters lose their accents, common punctuation becomes its ASCII
 * cousin, a no-break space stays (for wrap_text, which prints a space),
 * and every other character, invalid byte or control byte becomes "?".
 * The result holds no byte above 0x7f but the no-break spaces. */
void ascii_fold(const char *text, struct str *out);

#endif
