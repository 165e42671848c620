#include "core/wrap.h"

#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "core/str.h"
#include "core/text_width.h"

static void push(struct wrapped *w, const char *start, size_t len)
{
	/* Room for 16 lines, then doubled whenever a power of two is full. */
	if (w->count == 0 || (w->count >= 16 && (w->count & (w->count - 1)) == 0)) {
		char **grown = realloc(w->lines, (w->count ? w->count * 2 : 16) * sizeof(*grown));
		if (grown == NULL) {
			abort();
		}
		w->lines = grown;
	}
	struct str line = {0};
	str_append_n(&line, start, len);
	w->lines[w->count++] = line.buf;
}

#define NBSP_0 '\xc2'
#define NBSP_1 '\xa0'

static bool is_nbsp(const char *s, size_t i, size_t len)
{
	return i + 1 < len && s[i] == NBSP_0 && s[i + 1] == NBSP_1;
}

/* A word that must never be cut: a web or mail address, or anything with
 * a digit in it (a phone number, a short code). It may overflow instead. */
static bool uncuttable(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if ((c >= '0' && c <= '9') || c == '/' || c == '@' || c == '.') {
			return true;
		}
	}
	return false;
}

/* The length of the UTF-8 sequence that starts at s[i], at least 1. */
static size_t char_len(const char *s, size_t i, size_t len)
{
	unsigned char c = (unsigned char)s[i];
	size_t n = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
	size_t k = 1;
	while (k < n && i + k < len && ((unsigned char)s[i + k] & 0xc0) == 0x80) {
		k++;
	}
	return k;
}

/* Columns of the one character at s[i..i+n); an invalid byte counts 1. */
static int char_columns(const char *s, size_t i, size_t n)
{
	unsigned cp;
	return text_decode(s + i, n, &cp) == 0 ? (int)n : text_width_of(cp);
}

/* Where the piece that starts at start ends: the last break (a plain
 * space) that fits in avail columns. A single word longer than that is
 * cut at a character boundary unless it is uncuttable. Columns are
 * counted once per character, so a line costs time in proportion to its
 * length. */
static size_t piece_end(const char *line, size_t start, size_t len, int avail)
{
	size_t i = start;
	size_t last_space = 0;
	int cols = 0;
	bool in_text = false; /* a break inside the leading indent would print nothing */
	while (i < len) {
		size_t step = char_len(line, i, len);
		int w = ((unsigned char)line[i] < 0x80) ? 1 : char_columns(line, i, step);
		if (cols + w > avail) {
			break;
		}
		if (line[i] == ' ' && in_text) {
			last_space = i;
		}
		in_text = in_text || line[i] != ' ';
		cols += w;
		i += step;
	}
	if (i >= len) {
		return len;
	}
	if (last_space > start) {
		return last_space;
	}
	size_t word_start = start;
	while (word_start < len && line[word_start] == ' ') {
		word_start++;
	}
	size_t word_end = word_start;
	while (word_end < len && line[word_end] != ' ') {
		word_end++;
	}
	if (uncuttable(line + word_start, word_end - word_start) || i == start) {
		return i == start ? start + char_len(line, start, len) : word_end;
	}
	return i;
}

/* Appends bytes, turning each no-break space into a plain one: the glue
 * only matters while breaking lines. */
static void append_unglued(struct str *piece, const char *s, size_t len)
{
	size_t from = 0;
	for (size_t i = 0; i < len; i++) {
		if (is_nbsp(s, i, len)) {
			str_append_n(piece, s + from, i - from);
			str_append_char(piece, ' ');
			from = i + 2;
			i++;
		}
	}
	str_append_n(piece, s + from, len - from);
}

static void wrap_line(const char *line, size_t len, int width, struct wrapped *out)
{
	size_t indent = 0;
	while (indent < len && line[indent] == ' ') {
		indent++;
	}
	/* A list item hangs: its continuation lines align after the marker. */
	if (indent + 1 < len && (line[indent] == '-' || line[indent] == '*') &&
	    line[indent + 1] == ' ') {
		indent += 2;
	} else {
		size_t d = indent;
		while (d < len && line[d] >= '0' && line[d] <= '9') {
			d++;
		}
		if (d > indent && d + 1 < len && line[d] == '.' && line[d + 1] == ' ') {
			indent = d + 2;
		}
	}
	if ((int)indent > width / 2) {
		indent = 0;
	}
	size_t start = 0;
	bool first = true;
	while (start < len || first) {
		size_t pad = first ? 0 : indent;
		size_t end = piece_end(line, start, len, width - (int)pad);
		struct str piece = {0};
		for (size_t i = 0; i < pad; i++) {
			str_append_char(&piece, ' ');
		}
		append_unglued(&piece, line + start, end - start);
		push(out, piece.buf, piece.len);
		str_finish(&piece);
		start = end;
		while (start < len && line[start] == ' ') {
			start++;
		}
		first = false;
	}
}

void wrap_text(const char *text, int width, struct wrapped *out)
{
	*out = (struct wrapped){0};
	if (width < 10) {
		width = 10;
	}
	const char *p = text;
	while (*p != '\0') {
		const char *nl = strchr(p, '\n');
		size_t len = nl != NULL ? (size_t)(nl - p) : strlen(p);
		wrap_line(p, len, width, out);
		p += len;
		if (*p == '\n') {
			p++;
		}
	}
}

void wrapped_finish(struct wrapped *w)
{
	if (w == NULL) {
		return;
	}
	for (size_t i = 0; i < w->count; i++) {
		free(w->lines[i]);
	}
	free(w->lines);
	*w = (struct wrapped){0};
}

void wrap_for_terminal(const char *text, int width, bool ascii_only, struct wrapped *out)
{
	struct str folded = {0};
	if (ascii_only) {
		ascii_fold(text, &folded);
		text = str_cstr(&folded);
	}
	wrap_text(text, width, out);
	str_finish(&folded);
}
