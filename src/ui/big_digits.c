#include "ui/big_digits.h"

#include <string.h>

/* Each glyph: 5 rows of 3 bits, the leftmost the highest. */
static const unsigned char digits[10][UI_BIG_ROWS] = {
	{7, 5, 5, 5, 7}, {2, 6, 2, 2, 7}, {7, 1, 7, 4, 7}, {7, 1, 7, 1, 7}, {5, 5, 7, 1, 1},
	{7, 4, 7, 1, 7}, {7, 4, 7, 5, 7}, {7, 1, 1, 1, 1}, {7, 5, 7, 5, 7}, {7, 5, 7, 1, 7},
};
static const unsigned char colon[UI_BIG_ROWS] = {0, 1, 0, 1, 0};

/* A glyph's bits and width in cells (0: not drawn). */
static int glyph(char c, const unsigned char **bits)
{
	static const unsigned char blank[UI_BIG_ROWS] = {0};
	if (c >= '0' && c <= '9') {
		*bits = digits[c - '0'];
		return 3;
	}
	*bits = c == ':' ? colon : blank;
	return c == ':' || c == ' ' ? 1 : 0;
}

int ui_big_width(const char *text, int scale)
{
	int cells = 0;
	for (const char *p = text; *p != '\0'; p++) {
		const unsigned char *bits;
		int w = glyph(*p, &bits);
		cells += w + (w > 0 && p[1] != '\0'); /* a cell between glyphs */
	}
	return cells * 2 * scale;
}

int ui_big_scale(const char *text, int rows, int cols, int max_scale)
{
	int scale = max_scale;
	while (scale > 0 && (UI_BIG_ROWS * scale > rows || ui_big_width(text, scale) > cols)) {
		scale--;
	}
	return scale;
}

void ui_big_draw(struct ui *ui, WINDOW *w, int row, const char *text, int scale,
                 enum ui_role role)
{
	int col = (getmaxx(w) - ui_big_width(text, scale)) / 2;
	const char *cell = ui->theme.g->filled;
	wattrset(w, theme_attr(&ui->theme, role));
	for (const char *p = text; *p != '\0'; p++) {
		const unsigned char *bits;
		int width = glyph(*p, &bits);
		for (int r = 0; r < UI_BIG_ROWS * scale; r++) {
			for (int c = 0; c < width * 2 * scale; c++) {
				int bit = width - 1 - c / (2 * scale);
				if (bits[r / scale] >> bit & 1) {
					mvwaddstr(w, row + r, col + c, cell);
				}
			}
		}
		col += (width + (width > 0)) * 2 * scale;
	}
}
