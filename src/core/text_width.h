#ifndef WISEMIND_CORE_TEXT_WIDTH_H
#define WISEMIND_CORE_TEXT_WIDTH_H

#include <stdbool.h>
#include <stddef.h>

/* Columns a terminal gives one Unicode code point, from GNU libunistring's
 * tables (uc_width, in text_columns.c): 2 for East Asian wide and fullwidth characters and
 * emoji, 0 for combining marks and zero-width characters, 1 otherwise
 * (control characters too). East Asian ambiguous characters count 1.
 * It needs no locale: setting one up costs the crisis command more than
 * everything else it does (issue 7's budget), so only the full screen,
 * for curses, sets the locale. */
int text_width_of(unsigned cp);

/* Columns of len bytes of UTF-8 text: the sum of text_width_of over its
 * characters. An invalid byte counts 1, as the U+FFFD that wrap_text
 * prints in its place. */
size_t text_width_utf8(const char *text, size_t len);

/* Decodes the UTF-8 sequence at s (at most n bytes) into *cp and returns
 * its length; 0 when it is not valid UTF-8 (overlong, surrogate, beyond
 * U+10FFFF, cut short) or n is 0. It needs no libunistring, so the
 * build-time crisis generator can link it. */
size_t text_decode(const char *s, size_t n, unsigned *cp);

/* True when the character-type locale in force, the first non-empty of
 * LC_ALL, LC_CTYPE and LANG (POSIX's order), has the codeset UTF-8
 * ("en_GB.UTF-8", "C.utf8"). Any arguments may be NULL. */
bool text_locale_is_utf8(const char *lc_all, const char *lc_ctype, const char *lang);

#endif
