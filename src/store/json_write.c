#include "store/json_write.h"

#include <stdbool.h>

/* The length of the valid UTF-8 sequence at p (at most left bytes), or 0
 * when it is not one. The same rules as str_is_utf8. */
static size_t utf8_len(const unsigned char *p, size_t left)
{
	size_t need;
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		need = 2;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		need = 3;
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		need = 4;
	} else {
		return 0;
	}
	return need <= left && str_is_utf8((const char *)p, need) ? need : 0;
}

static bool plain(unsigned char c)
{
	return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
}

void json_write_string(struct str *out, const char *text, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)text;
	str_append_char(out, '"');
	size_t i = 0;
	while (i < len) {
		unsigned char c = p[i];
		if (c >= 0x80) {
			size_t n = utf8_len(p + i, len - i);
			if (n == 0) {
				str_append(out, "\\ufffd");
				i++;
			} else if (n == 3 && c == 0xE2 && p[i + 1] == 0x80 &&
			           (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) {
				str_append(out, p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
				i += n;
			} else {
				str_append_n(out, text + i, n);
				i += n;
			}
			continue;
		}
		switch (c) {
		case '"':
			str_append(out, "\\\"");
			break;
		case '\\':
			str_append(out, "\\\\");
			break;
		case '\b':
			str_append(out, "\\b");
			break;
		case '\f':
			str_append(out, "\\f");
			break;
		case '\n':
			str_append(out, "\\n");
			break;
		case '\r':
			str_append(out, "\\r");
			break;
		case '\t':
			str_append(out, "\\t");
			break;
		default:
			if (c < 0x20 || c == 0x7F) {
				str_append(out, "\\u00");
				str_append_char(out, hex[c >> 4]);
				str_append_char(out, hex[c & 0xF]);
				break;
			}
			/* A run of printable ASCII goes out in one append. */
			size_t run = 1;
			while (i + run < len && plain(p[i + run])) {
				run++;
			}
			str_append_n(out, text + i, run);
			i += run;
			continue;
		}
		i++;
	}
	str_append_char(out, '"');
}

void json_write_hex(struct str *out, const unsigned char *bytes, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	str_append_char(out, '"');
	for (size_t i = 0; i < len; i++) {
		str_append_char(out, hex[bytes[i] >> 4]);
		str_append_char(out, hex[bytes[i] & 0xF]);
	}
	str_append_char(out, '"');
}
