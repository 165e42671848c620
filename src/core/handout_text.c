/* A handout as plain text and as Markdown (issue 16): the same words,
 * boxes drawn with +, - and | so that any printer and any Markdown viewer
 * shows them; lines wrapped by display width. */
#include <stdlib.h>
#include <string.h>

#include "core/handout.h"
#include "core/text_width.h"
#include "core/wrap.h"

#define W HANDOUT_TEXT_WIDTH
#define GRID_LINES 3 /* a blank worksheet cell's lines to write on */

static void repeat(struct str *out, char c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		str_append_char(out, c);
	}
}

static size_t width_of(const char *text)
{
	return text_width_utf8(text, strlen(text));
}

/* text, wrapped to width, each line after prefix. */
static void wrapped(struct str *out, const char *prefix, const char *text, int width)
{
	struct wrapped w;
	wrap_text(text, width, &w);
	for (size_t i = 0; i < w.count; i++) {
		str_appendf(out, "%s%s\n", prefix, w.lines[i]);
	}
	wrapped_finish(&w);
}

/* head and text as one paragraph, wrapped. */
static void prefixed(struct str *out, const char *head, const char *text)
{
	struct str s = {0};
	str_appendf(&s, "%s%s", head, text);
	wrapped(out, "", str_cstr(&s), W);
	str_finish(&s);
}

/* One line of a box: "| text   |", the text padded to width columns. */
static void cell_line(struct str *out, const char *text, size_t width)
{
	str_appendf(out, "| %s", text);
	size_t used = width_of(text);
	repeat(out, ' ', used < width ? width - used : 0);
	str_append_char(out, ' ');
}

static void rule(struct str *out, const size_t *widths, size_t cols)
{
	for (size_t c = 0; c < cols; c++) {
		str_append_char(out, '+');
		repeat(out, '-', widths[c] + 2);
	}
	str_append(out, "+\n");
}

static void box(struct str *out, const struct handout_item *it)
{
	size_t inner = W - 4;
	struct wrapped w;
	wrap_text(it->text, (int)inner, &w);
	rule(out, &inner, 1);
	for (size_t i = 0; i < w.count; i++) {
		cell_line(out, w.lines[i], inner);
		str_append(out, "|\n");
	}
	for (unsigned i = 0; i < it->lines; i++) {
		cell_line(out, "", inner);
		str_append(out, "|\n");
	}
	rule(out, &inner, 1);
	wrapped_finish(&w);
}

/* "(0 = none, 5 = the strongest)", or nothing for a scale without words. */
static void scale_words(struct str *out, const struct handout_item *it)
{
	if (it->low_words != NULL && it->high_words != NULL) {
		str_appendf(out, "(%d = %s, %d = %s)", it->low, it->low_words, it->high,
		            it->high_words);
	}
}

static void scale(struct str *out, const struct handout_item *it)
{
	wrapped(out, "", it->text, W);
	str_append(out, "  Circle one: ");
	for (int v = it->low; v <= it->high; v++) {
		str_appendf(out, " %3d", v);
	}
	str_append(out, "\n  ");
	scale_words(out, it);
	str_append_char(out, '\n');
}

/* Columns of labels get what they need, up to a fair share; columns with
 * cells to write in share the rest. */
static void grid_widths(const struct handout_item *it, size_t *widths)
{
	size_t cols = it->cols, blank_cols = 0, used = 0;
	size_t avail = W - (cols + 1) - 2 * cols, fair = avail / cols;
	bool *blank = calloc(cols, sizeof(*blank));
	if (blank == NULL) {
		abort();
	}
	for (size_t c = 0; c < cols; c++) {
		widths[c] = 1;
		for (size_t r = 0; r < it->rows; r++) {
			const char *cell = it->items[r * cols + c];
			if (cell == NULL) {
				blank[c] = true;
			} else if (width_of(cell) > widths[c]) {
				widths[c] = width_of(cell);
			}
		}
		if (blank[c]) {
			blank_cols++;
		} else {
			widths[c] = widths[c] < fair ? widths[c] : fair;
			used += widths[c];
		}
	}
	size_t share_cols = blank_cols > 0 ? blank_cols : cols, rest = avail - used;
	for (size_t c = 0, given = 0; c < cols; c++) {
		if (blank_cols > 0 && !blank[c]) {
			continue;
		}
		size_t extra = ++given == share_cols ? rest : rest / share_cols;
		widths[c] = (blank_cols > 0 ? 0 : widths[c]) + extra;
		rest -= extra;
	}
	free(blank);
}

/* The table, without its caption. */
static void grid(struct str *out, const struct handout_item *it)
{
	size_t cols = it->cols;
	size_t *widths = calloc(cols, sizeof(*widths));
	struct wrapped *cells = calloc(cols, sizeof(*cells));
	if (widths == NULL || cells == NULL) {
		abort();
	}
	grid_widths(it, widths);
	rule(out, widths, cols);
	for (size_t r = 0; r < it->rows; r++) {
		size_t lines = 1;
		for (size_t c = 0; c < cols; c++) {
			const char *cell = it->items[r * cols + c];
			wrap_text(cell != NULL ? cell : "", (int)widths[c], &cells[c]);
			size_t need = cell == NULL ? GRID_LINES : cells[c].count;
			lines = need > lines ? need : lines;
		}
		for (size_t l = 0; l < lines; l++) {
			for (size_t c = 0; c < cols; c++) {
				cell_line(out, l < cells[c].count ? cells[c].lines[l] : "", widths[c]);
			}
			str_append(out, "|\n");
		}
		for (size_t c = 0; c < cols; c++) {
			wrapped_finish(&cells[c]);
		}
		rule(out, widths, cols);
	}
	free(cells);
	free(widths);
}

static void text_item(const struct handout_item *it, struct str *out)
{
	switch (it->kind) {
	case HANDOUT_BOX:
		box(out, it);
		return;
	case HANDOUT_SCALE:
		scale(out, it);
		return;
	case HANDOUT_GRID:
		wrapped(out, "", it->text, W);
		grid(out, it);
		return;
	case HANDOUT_TITLE:
	case HANDOUT_SKILL:
		repeat(out, '=', W);
		str_append_char(out, '\n');
		wrapped(out, "", it->text, W);
		if (it->note != NULL) {
			wrapped(out, "", it->note, W);
		}
		repeat(out, '=', W);
		str_append_char(out, '\n');
		return;
	case HANDOUT_HEADING:
		wrapped(out, "", it->text, W);
		repeat(out, '-', width_of(it->text) < W ? width_of(it->text) : W);
		str_append_char(out, '\n');
		return;
	case HANDOUT_CAUTION:
		prefixed(out, "CAUTION: ", it->text);
		return;
	case HANDOUT_LIST:
		wrapped(out, "", it->text, W);
		for (size_t i = 0; i < it->count; i++) {
			/* wrap_text indents what follows a list marker. */
			prefixed(out, "  - ", it->items[i]);
		}
		return;
	default:
		wrapped(out, "", it->text, W);
		return;
	}
}

void handout_text(const struct handout *h, struct str *out)
{
	for (size_t i = 0; i < h->count; i++) {
		if (i > 0) {
			str_append_char(out, '\n');
		}
		text_item(&h->items[i], out);
	}
	str_append_char(out, '\n');
	repeat(out, '-', W);
	str_append_char(out, '\n');
	wrapped(out, "", handout_notice(), W);
}

static void md_item(const struct handout_item *it, int top, struct str *out)
{
	switch (it->kind) {
	case HANDOUT_BOX:
		/* A box drawn in a code block: every viewer keeps its shape. */
		str_append(out, "```text\n");
		box(out, it);
		str_append(out, "```\n");
		return;
	case HANDOUT_GRID:
		if (it->text[0] != '\0') {
			str_appendf(out, "%s\n\n", it->text);
		}
		str_append(out, "```text\n");
		grid(out, it);
		str_append(out, "```\n");
		return;
	case HANDOUT_SCALE:
		str_appendf(out, "%s\n\nCircle one:", it->text);
		for (int v = it->low; v <= it->high; v++) {
			str_appendf(out, " %s%d", v > it->low ? "· " : "", v);
		}
		str_append_char(out, ' ');
		scale_words(out, it);
		str_append_char(out, '\n');
		return;
	case HANDOUT_TITLE:
	case HANDOUT_SKILL:
		repeat(out, '#', (size_t)(it->kind == HANDOUT_TITLE ? 1 : top));
		str_appendf(out, " %s\n", it->text);
		if (it->note != NULL) {
			str_appendf(out, "\n*%s*\n", it->note);
		}
		return;
	case HANDOUT_HEADING:
		repeat(out, '#', (size_t)top + 1);
		str_appendf(out, " %s\n", it->text);
		return;
	case HANDOUT_CAUTION:
		str_appendf(out, "> **Caution:** %s\n", it->text);
		return;
	case HANDOUT_LIST:
		str_appendf(out, "%s\n\n", it->text);
		for (size_t i = 0; i < it->count; i++) {
			str_appendf(out, "- %s\n", it->items[i]);
		}
		return;
	default:
		str_appendf(out, "%s\n", it->text);
		return;
	}
}

void handout_markdown(const struct handout *h, struct str *out)
{
	/* A title block is the one top heading; without one, each skill is. */
	int top = h->count > 0 && h->items[0].kind == HANDOUT_TITLE ? 2 : 1;
	for (size_t i = 0; i < h->count; i++) {
		if (i > 0) {
			str_append_char(out, '\n');
		}
		md_item(&h->items[i], top, out);
	}
	str_appendf(out, "\n---\n\n*%s*\n", handout_notice());
}
