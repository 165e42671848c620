/* A worksheet's answers shown back in plain text: a list in order (a
 * DEAR MAN script), or a grid (the four boxes of pros and cons) drawn
 * with ASCII lines, so it reads the same in any terminal. */
#include "cli/practice_run.h"

#include <stdlib.h>
#include <string.h>

#include "cli/term_width.h"
#include "core/text_width.h"
#include "core/wrap.h"

#define FIRST_COLUMN_MAX 24

static int cell_width(const char *text)
{
	int widest = 0;
	for (const char *p = text; *p != '\0';) {
		size_t n = strcspn(p, "\n");
		int w = (int)text_width_utf8(p, n);
		widest = w > widest ? w : widest;
		p += n + (p[n] == '\n');
	}
	return widest;
}

static void pad(FILE *out, const char *line, int width)
{
	fputs(line, out);
	for (int w = (int)text_width_utf8(line, strlen(line)); w < width; w++) {
		fputc(' ', out);
	}
}

static void print_row(FILE *out, struct wrapped *cells, size_t cols, const int *widths)
{
	size_t lines = 0;
	for (size_t c = 0; c < cols; c++) {
		lines = cells[c].count > lines ? cells[c].count : lines;
	}
	for (size_t l = 0; l < lines; l++) {
		for (size_t c = 0; c < cols; c++) {
			const char *text = l < cells[c].count ? cells[c].lines[l] : "";
			if (c + 1 < cols) {
				pad(out, text, widths[c]);
				fputs(" | ", out);
			} else {
				fputs(text, out);
			}
		}
		fputc('\n', out);
	}
}

static void print_rule(FILE *out, size_t cols, const int *widths)
{
	for (size_t c = 0; c < cols; c++) {
		for (int i = 0; i < widths[c] + (c > 0) + (c + 1 < cols); i++) {
			fputc('-', out);
		}
		if (c + 1 < cols) {
			fputc('+', out);
		}
	}
	fputc('\n', out);
}

static void print_grid(FILE *out, const struct skill_show *show, char **filled)
{
	int total = term_width(out);
	size_t cols = show->cols;
	int *widths = calloc(cols, sizeof(*widths));
	struct wrapped *cells = calloc(cols, sizeof(*cells));
	if (widths == NULL || cells == NULL) {
		abort();
	}
	for (size_t r = 0; r < show->rows; r++) {
		int w = cell_width(filled[r * cols]);
		widths[0] = w > widths[0] ? w : widths[0];
	}
	widths[0] = widths[0] > FIRST_COLUMN_MAX ? FIRST_COLUMN_MAX : widths[0];
	int rest = total - widths[0] - 3 * (int)(cols - 1);
	for (size_t c = 1; c < cols; c++) {
		widths[c] = rest / (int)(cols - 1) > 8 ? rest / (int)(cols - 1) : 8;
	}
	for (size_t r = 0; r < show->rows; r++) {
		for (size_t c = 0; c < cols; c++) {
			wrap_for_terminal(filled[r * cols + c], widths[c], !term_is_utf8(), &cells[c]);
		}
		print_row(out, cells, cols, widths);
		for (size_t c = 0; c < cols; c++) {
			wrapped_finish(&cells[c]);
		}
		if (r == 0 || r + 1 < show->rows) {
			print_rule(out, cols, widths);
		}
	}
	free(cells);
	free(widths);
}

void practice_print_show(FILE *out, const struct skill_block *show,
                         exercise_lookup_fn *lookup, void *data)
{
	size_t n = show->show.rows * show->show.cols;
	struct str *text = calloc(n + 1, sizeof(*text));
	char **filled = calloc(n + 1, sizeof(*filled));
	if (text == NULL || filled == NULL) {
		abort();
	}
	for (size_t i = 0; i < n; i++) {
		/* The person's answers, shown through term_printable as all prose
		 * is: a grid's cells are printed here, not by term_print_wrapped. */
		struct str raw = {0};
		exercise_fill(show->show.cells[i], lookup, data, &raw);
		term_printable(str_cstr(&raw), &text[i]);
		str_wipe(&raw);
		filled[i] = (char *)str_cstr(&text[i]);
	}
	term_print_wrapped(out, show->text);
	fputc('\n', out);
	if (show->show.cols == 1) {
		for (size_t i = 0; i < n; i++) {
			struct str item = {0};
			str_appendf(&item, "- %s", filled[i]);
			term_print_wrapped(out, str_cstr(&item));
			str_finish(&item);
		}
	} else {
		print_grid(out, &show->show, filled);
	}
	for (size_t i = 0; i < n; i++) {
		str_wipe(&text[i]); /* the person's own words */
	}
	free(text);
	free(filled);
}
