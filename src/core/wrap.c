#include "core/wrap.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "core/str.h"

static void push(struct wrapped *w, const char *start, size_t len)
{
	char **grown = realloc(w->lines, (w->count + 1) * sizeof(*grown));
	if (grown == NULL) {
		abort();
	}
	w->lines = grown;
	struct str line = {0};
	str_append_n(&line, start, len);
	w->lines[w->count++] = line.buf;
}

/* Columns of the bytes s[0..len); a byte that does not decode counts 1. */
static int columns(const char *s, size_t len)
{
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	int cols = 0;
	size_t i = 0;
	while (i < len) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, s + i, len - i, &st);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			memset(&st, 0, sizeof(st));
			cols++;
			i++;
			continue;
		}
		int wcw = wcwidth(wc);
		cols += wcw > 0 ? wcw : 0;
		i += n;
	}
	return cols;
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
		int avail = width - (int)pad;
		size_t end = len;
		if (columns(line + start, len - start) > avail) {
			/* Break at the last space that fits; if none, cut hard. */
			size_t fit = start;
			size_t last_space = 0;
			while (fit < len && columns(line + start, fit + 1 - start) <= avail) {
				if (line[fit] == ' ') {
					last_space = fit;
				}
				fit++;
			}
			end = last_space > start ? last_space : (fit > start ? fit : start + 1);
		}
		struct str piece = {0};
		for (size_t i = 0; i < pad; i++) {
			str_append_char(&piece, ' ');
		}
		str_append_n(&piece, line + start, end - start);
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
