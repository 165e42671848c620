/* The widths declared in core/text_width.h, from GNU libunistring's
 * tables. Apart from text_width.c, whose decoder the build-time crisis
 * generator links without libunistring. */
#include "core/text_width.h"

#include <stdint.h>
#include <uniwidth.h>

/* libunistring settles the width of East Asian ambiguous characters by the
 * encoding it is given; naming UTF-8 makes them narrow, as terminals
 * outside CJK locales draw them, and reads no locale. */
#define ENCODING "UTF-8"

int text_width_of(unsigned cp)
{
	if (cp >= 0x20 && cp < 0x7f) {
		return 1;
	}
	int w = uc_width((ucs4_t)cp, ENCODING);
	return w < 0 ? 1 : w; /* a control character */
}

size_t text_width_utf8(const char *text, size_t len)
{
	size_t cols = 0;
	size_t i = 0;
	while (i < len) {
		unsigned cp;
		size_t n = text_decode(text + i, len - i, &cp);
		cols += n == 0 ? 1 : (size_t)text_width_of(cp);
		i += n == 0 ? 1 : n;
	}
	return cols;
}
