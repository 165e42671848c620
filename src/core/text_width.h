#ifndef WISEMIND_CORE_TEXT_WIDTH_H
#define WISEMIND_CORE_TEXT_WIDTH_H

#include <stdbool.h>
#include <stddef.h>

/* Columns a terminal gives one Unicode code point: 2 for East Asian wide
 * and fullwidth characters, 0 for combining marks and zero-width
 * characters, 1 otherwise. It needs no locale: setting one up costs the
 * crisis command more than everything else it does (issue 7's budget), so
 * only the full screen, for curses, sets the locale. */
int text_width_of(unsigned cp);

/* Decodes the UTF-8 sequence at s (at most n bytes) into *cp and returns
 * its length; 0 when it is not valid UTF-8. */
size_t text_decode(const char *s, size_t n, unsigned *cp);

/* True when the character-type locale in force, the first non-empty of
 * LC_ALL, LC_CTYPE and LANG (POSIX's order), has the codeset UTF-8
 * ("en_GB.UTF-8", "C.utf8"). Any arguments may be NULL. */
bool text_locale_is_utf8(const char *lc_all, const char *lc_ctype, const char *lang);

#endif
