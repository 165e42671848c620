#include "core/text_width.h"

#include <string.h>

/* Decoding and the locale check only; the widths are in text_columns.c
 * (GNU libunistring). The build-time crisis generator (skills/meson.build)
 * links this file through core/ascii.c and must not need libunistring. */

size_t text_decode(const char *text, size_t n, unsigned *cp)
{
	const unsigned char *s = (const unsigned char *)text;
	if (n == 0) {
		return 0;
	}
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	size_t len = (s[0] & 0xe0) == 0xc0 ? 2 : (s[0] & 0xf0) == 0xe0 ? 3
	             : (s[0] & 0xf8) == 0xf0 ? 4 : 0;
	if (len == 0 || len > n) {
		return 0;
	}
	unsigned v = s[0] & (0x7fu >> len);
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			return 0;
		}
		v = (v << 6) | (s[i] & 0x3f);
	}
	static const unsigned least[] = {0, 0, 0x80, 0x800, 0x10000};
	if (v < least[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
		return 0;
	}
	*cp = v;
	return len;
}

bool text_locale_is_utf8(const char *lc_all, const char *lc_ctype, const char *lang)
{
	const char *locale = lc_all;
	if (locale == NULL || locale[0] == '\0') {
		locale = lc_ctype;
	}
	if (locale == NULL || locale[0] == '\0') {
		locale = lang;
	}
	const char *dot = locale != NULL ? strchr(locale, '.') : NULL;
	if (dot == NULL) {
		return false;
	}
	char codeset[16];
	size_t n = 0;
	for (const char *p = dot + 1; *p != '\0' && *p != '@' && n + 1 < sizeof(codeset); p++) {
		if (*p != '-' && *p != '_') {
			codeset[n++] = (char)((*p >= 'A' && *p <= 'Z') ? *p - 'A' + 'a' : *p);
		}
	}
	codeset[n] = '\0';
	return strcmp(codeset, "utf8") == 0;
}
