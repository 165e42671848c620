#include "core/wrap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>

#include "core/ascii.h"
#include "core/str.h"
#include "core/text_width.h"

/* libunistring takes the encoding only to settle East Asian ambiguous
 * characters; naming UTF-8 reads no locale. */
#define ENCODING "UTF-8"

/* What may happen between a byte and the one before it. */
enum seam {
	SEAM_NONE,  /* nothing: inside a character, a glued pair, a number */
	SEAM_CUT,   /* a hard cut, for a word too long for any line */
	SEAM_BREAK, /* a line break Unicode allows (UAX #14) */
};

/* One input line, valid UTF-8, with a seam before each byte. */
struct line {
	const uint8_t *s;
	size_t len;
	char *seam;
};

/* Appends a line, taking piece's buffer (piece is left empty). */
static void push(struct wrapped *w, struct str *piece)
{
	/* Room for 16 lines, then doubled whenever a power of two is full. */
	if (w->count == 0 || (w->count >= 16 && (w->count & (w->count - 1)) == 0)) {
		char **grown = realloc(w->lines, (w->count ? w->count * 2 : 16) * sizeof(*grown));
		if (grown == NULL) {
			abort();
		}
		w->lines = grown;
	}
	str_append(piece, ""); /* a buffer even for an empty line */
	w->lines[w->count++] = piece->buf;
	*piece = (struct str){0};
}

static bool is_nbsp(const uint8_t *s, size_t i, size_t len)
{
	return i + 1 < len && s[i] == 0xc2 && s[i + 1] == 0xa0;
}

/* Where the user-perceived character (grapheme cluster: a base and its
 * combining marks, an emoji sequence) that starts at s[i] ends. */
static size_t cluster_end(const uint8_t *s, size_t i, size_t len)
{
	if (s[i] < 0x80 && (i + 1 == len || s[i + 1] < 0x80)) {
		return i + 1; /* ASCII followed by ASCII: nothing to join */
	}
	return (size_t)(u8_grapheme_next(s + i, s + len) - s);
}

static int cluster_columns(const uint8_t *s, size_t i, size_t end)
{
	return end == i + 1 ? 1 : (int)text_width_utf8((const char *)s + i, end - i);
}

/* Whether the line may hold a wide character: every one is U+1100 or
 * above, whose UTF-8 starts with a byte of 0xE1 or more. Lines without
 * (Latin text, even with a no-break space) never need Unicode's break
 * rules, which cost the crisis card most of its wrapping time. */
static bool may_have_wide(const uint8_t *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] >= 0xE1) {
			return true;
		}
	}
	return false;
}

/* Fills l->seam, one grapheme cluster (a base and its combining marks, an
 * emoji sequence) at a time, so no seam falls inside a character:
 * - a line break where a word starts after spaces, as ever;
 * - a line break next to a wide (CJK) character where Unicode's rules
 *   allow one (UAX #14, from libunistring: not before "。" or a small
 *   kana, say), so text written without spaces wraps too;
 * - a hard cut anywhere else, for a word too long for any line, but never
 *   next to a no-break space, which glues;
 * - nothing at all inside a number or an address: a token (a run between
 *   spaces and wide characters) holding a digit, '/', '@' or '.', such
 *   as a phone number, a short code, a web or mail address. It overflows
 *   the line instead. Wide characters bound tokens, so a number inside
 *   CJK text glues only itself.
 * Breaks inside Latin words (after a hyphen, say) are not taken: they
 * would split "--help" or "two-letter" where a reader does not expect. */
static void find_seams(struct line *l)
{
	const uint8_t *s = l->s;
	memset(l->seam, SEAM_NONE, l->len);
	char *uax14 = NULL;
	if (may_have_wide(s, l->len)) {
		uax14 = malloc(l->len);
		if (uax14 == NULL) {
			abort();
		}
		u8_possible_linebreaks(s, l->len, ENCODING, uax14);
	}
	size_t prev = 0;
	bool prev_wide = false;
	size_t token = 0;
	bool number = false;
	size_t i = 0;
	while (i <= l->len) {
		size_t next = i < l->len ? cluster_end(s, i, l->len) : i;
		bool wide = i < l->len && cluster_columns(s, i, next) > 1;
		if (i == l->len || s[i] == ' ' || wide) {
			if (number && i > token + 1) {
				memset(l->seam + token + 1, SEAM_NONE, i - token - 1);
			}
			token = next;
			number = false;
		} else {
			for (size_t k = i; k < next; k++) {
				number = number || (s[k] >= '0' && s[k] <= '9') || s[k] == '/' ||
				         s[k] == '@' || s[k] == '.';
			}
		}
		if (i == l->len) {
			break;
		}
		if (i > 0) {
			if (s[i - 1] == ' ' && s[i] != ' ') {
				l->seam[i] = SEAM_BREAK;
			} else if ((wide || prev_wide) && uax14 != NULL &&
			           uax14[i] == UC_BREAK_POSSIBLE) {
				l->seam[i] = SEAM_BREAK;
			} else if (!is_nbsp(s, prev, l->len) && !is_nbsp(s, i, l->len)) {
				l->seam[i] = SEAM_CUT;
			}
		}
		prev = i;
		prev_wide = wide;
		i = next;
	}
	free(uax14);
}

/* Where the piece that starts at start ends: the last line break before
 * which the text, and the space after it, fit in avail columns; else the
 * last hard cut that fits; else, when not even one character fits or a
 * number is longer than the line, the first seam after some text (the
 * line overflows). Columns are counted once per character, so a line
 * costs time in proportion to its length. *trim tells the caller to drop
 * the spaces at the end of the piece. */
static size_t piece_end(const struct line *l, size_t start, int avail, bool *trim)
{
	size_t i = start;
	int cols = 0;
	bool text = false; /* a break inside the leading indent would print nothing */
	size_t brk = 0;
	size_t cut = 0;
	while (i < l->len) {
		if (text && l->seam[i] == SEAM_BREAK) {
			brk = i;
		}
		if (text && l->seam[i] != SEAM_NONE) {
			cut = i;
		}
		/* A space must fit too, as it always had to: a line broken at
		 * a space never fills the last column (the command-line
		 * golden files depend on it). */
		size_t next = cluster_end(l->s, i, l->len);
		int w = cluster_columns(l->s, i, next);
		if (cols + w > avail) {
			break;
		}
		cols += w;
		text = text || l->s[i] != ' ';
		i = next;
	}
	*trim = i < l->len;
	if (i >= l->len) {
		return l->len;
	}
	if (brk > start) {
		return brk;
	}
	if (cut > start) {
		return cut;
	}
	while (i < l->len) {
		if (text && l->seam[i] != SEAM_NONE) {
			return i;
		}
		text = text || l->s[i] != ' ';
		i = cluster_end(l->s, i, l->len);
	}
	return l->len;
}

/* Appends bytes, turning each no-break space into a plain one: the glue
 * only matters while breaking lines. */
static void append_unglued(struct str *piece, const uint8_t *s, size_t len)
{
	size_t from = 0;
	for (size_t i = 0; i < len; i++) {
		if (is_nbsp(s, i, len)) {
			str_append_n(piece, (const char *)s + from, i - from);
			str_append_char(piece, ' ');
			from = i + 2;
			i++;
		}
	}
	str_append_n(piece, (const char *)s + from, len - from);
}

static size_t hanging_indent(const uint8_t *line, size_t len, int width)
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
	return (int)indent > width / 2 ? 0 : indent;
}

/* True when every byte is printable ASCII: one column each, nothing
 * glued, nothing to break. */
static bool plain_ascii(const uint8_t *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] < 0x20 || s[i] > 0x7e) {
			return false;
		}
	}
	return true;
}

static void wrap_line(const uint8_t *s, size_t len, int width, struct wrapped *out)
{
	while (len > 0 && s[len - 1] == ' ') {
		len--; /* spaces at the end show nothing, and need no room */
	}
	if (len <= (size_t)width && plain_ascii(s, len)) {
		/* It fits as it is: the usual case (the whole crisis card on an
		 * 80-column terminal), and the one the crisis command is timed on. */
		struct str piece = {0};
		str_append_n(&piece, (const char *)s, len);
		push(out, &piece);
		return;
	}
	size_t indent = hanging_indent(s, len, width);
	struct line l = {.s = s, .len = len, .seam = malloc(len + 1)};
	if (l.seam == NULL) {
		abort();
	}
	find_seams(&l);
	size_t start = 0;
	bool first = true;
	while (start < len || first) {
		size_t pad = first ? 0 : indent;
		bool trim;
		size_t end = piece_end(&l, start, width - (int)pad, &trim);
		size_t piece_len = end - start;
		while (trim && piece_len > 0 && s[start + piece_len - 1] == ' ') {
			piece_len--;
		}
		struct str piece = {0};
		for (size_t i = 0; i < pad; i++) {
			str_append_char(&piece, ' ');
		}
		append_unglued(&piece, s + start, piece_len);
		push(out, &piece);
		start = end;
		while (start < len && s[start] == ' ') {
			start++;
		}
		first = false;
	}
	free(l.seam);
}

/* Text as valid UTF-8: each byte that does not start a valid sequence
 * becomes U+FFFD, so no line can end up holding half a character. */
static const char *valid_utf8(const char *text, struct str *fixed)
{
	size_t len = strlen(text);
	if (u8_check((const uint8_t *)text, len) == NULL) {
		return text;
	}
	size_t i = 0;
	while (i < len) {
		unsigned cp;
		size_t n = text_decode(text + i, len - i, &cp);
		if (n == 0) {
			str_append(fixed, "\xef\xbf\xbd");
			i++;
		} else {
			str_append_n(fixed, text + i, n);
			i += n;
		}
	}
	return str_cstr(fixed);
}

void wrap_text(const char *text, int width, struct wrapped *out)
{
	*out = (struct wrapped){0};
	if (width < 1) {
		width = 1;
	}
	struct str fixed = {0};
	const char *p = valid_utf8(text, &fixed);
	while (*p != '\0') {
		const char *nl = strchr(p, '\n');
		size_t len = nl != NULL ? (size_t)(nl - p) : strlen(p);
		wrap_line((const uint8_t *)p, len, width, out);
		p += len;
		if (*p == '\n') {
			p++;
		}
	}
	str_finish(&fixed);
}

void wrapped_finish(struct wrapped *w)
{
	if (w == NULL) {
		return;
	}
	for (size_t i = 0; i < w->count; i++) {
		/* Wrapped lines may be diary text: wipe them as str does. */
		explicit_bzero(w->lines[i], strlen(w->lines[i]));
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
