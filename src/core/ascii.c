#include "core/ascii.h"

#include <string.h>

#include "core/text_width.h"

/* ASCII forms of U+00C0..U+017F (Latin-1 letters and Latin Extended-A),
 * made from their Unicode decompositions. */
static const char latin[][3] = {
	"A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E",
	"I", "I", "I", "I", "D", "N", "O", "O", "O", "O", "O", "x",
	"O", "U", "U", "U", "U", "Y", "Th", "ss", "a", "a", "a", "a",
	"a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "/", "o", "u", "u", "u",
	"u", "y", "th", "y", "A", "a", "A", "a", "A", "a", "C", "c",
	"C", "c", "C", "c", "C", "c", "D", "d", "D", "d", "E", "e",
	"E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
	"G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i",
	"I", "i", "I", "i", "I", "i", "IJ", "ij", "J", "j", "K", "k",
	"k", "L", "l", "L", "l", "L", "l", "L", "l", "L", "l", "N",
	"n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
	"O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s",
	"S", "s", "S", "s", "S", "s", "T", "t", "T", "t", "T", "t",
	"U", "u", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u",
	"W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
};

/* Arrays, not pointers: a table of pointers is relocated, page by page,
 * at every start of the program. */
struct sign {
	unsigned cp;
	char ascii[9];
};

/* Punctuation that the data and skill text use. */
static const struct sign signs[] = {
	{0x00A0, "\xc2\xa0"}, /* no-break space: kept, wrap_text makes it a space */
	{0x00AB, "\""}, {0x00BB, "\""}, {0x00B7, "."}, {0x2010, "-"}, {0x2011, "-"},
	{0x2012, "-"}, {0x2013, "-"}, {0x2014, "-"}, {0x2018, "'"}, {0x2019, "'"},
	{0x201C, "\""}, {0x201D, "\""}, {0x2026, "..."}, {0x2022, "*"}, {0x2192, "->"},
	{0x00B0, " degrees"}, {0x00D7, "x"},
};

void ascii_fold(const char *text, struct str *out)
{
	const char *s = text;
	const char *end = text + strlen(text);
	while (*s != '\0') {
		unsigned cp = 0;
		size_t n = text_decode(s, (size_t)(end - s), &cp);
		if (n == 0) {
			str_append_char(out, '?');
			s++;
			continue;
		}
		s += n;
		if (cp < 0x80) {
			/* Control bytes other than tab and newline could move the
			 * cursor or change the terminal: never pass them on. */
			str_append_char(out, (cp >= 0x20 && cp != 0x7f) || cp == '\n' || cp == '\t'
			                         ? (char)cp : '?');
			continue;
		}
		if (cp >= 0xC0 && cp < 0x180) {
			str_append(out, latin[cp - 0xC0]);
			continue;
		}
		const char *sign = "?";
		for (size_t i = 0; i < sizeof(signs) / sizeof(signs[0]); i++) {
			if (signs[i].cp == cp) {
				sign = signs[i].ascii;
				break;
			}
		}
		if (cp == 0x00B0) {
			/* "10 °C" and "10°C" both read "10 degrees C". */
			bool spaced = out->len > 0 && out->buf[out->len - 1] == ' ';
			str_append(out, spaced ? "degrees" : " degrees");
			if (*s != '\0' && *s != ' ' && *s != '\n') {
				str_append_char(out, ' ');
			}
			continue;
		}
		str_append(out, sign);
	}
}
