#ifndef WISEMIND_UI_BIG_DIGITS_H
#define WISEMIND_UI_BIG_DIGITS_H

#include "ui/ui.h"

/* A countdown in digits large enough for the back of a room, drawn by
 * wisemind itself with the theme's filled cell (a block, or "#" in
 * ASCII): each digit 3 cells wide and 5 high at scale 1, a cell being
 * scale rows by twice scale columns, so the digits keep their shape in a
 * terminal's tall character cells. Only digits, ':' and spaces. */

#define UI_BIG_ROWS 5

/* Columns text takes at scale. */
int ui_big_width(const char *text, int scale);
/* The largest scale (at most max_scale) at which text fits in rows by
 * cols; 0 when it does not fit even at 1. */
int ui_big_scale(const char *text, int rows, int cols, int max_scale);
/* Draws text centred across w's width, its top at row. */
void ui_big_draw(struct ui *ui, WINDOW *w, int row, const char *text, int scale,
                 enum ui_role role);

#endif
