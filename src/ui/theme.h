#ifndef WISEMIND_UI_THEME_H
#define WISEMIND_UI_THEME_H

#include <stdbool.h>

/* What a piece of the screen is for; the theme decides how it looks. In
 * the monochrome scheme (NO_COLOR, --no-color, or a terminal without
 * colours) attributes alone carry the meaning: nothing rests on colour. */
enum ui_role {
	UI_ROLE_TEXT,
	UI_ROLE_TITLE,
	UI_ROLE_HINT,
	UI_ROLE_ALERT,    /* what went wrong, or needs care now */
	UI_ROLE_SELECTED, /* the row or field the cursor is on */
	UI_ROLE_GOOD,     /* saved */
	UI_ROLE_CRISIS,   /* the crisis lines' numbers */
	UI_ROLE_COUNT,
};

/* The characters of boxes, bars, sparklines and the pacer: UTF-8 when
 * the locale's codeset is UTF-8, ASCII otherwise. */
struct glyphs {
	const char *filled;     /* a full cell of a bar or the pacer */
	const char *empty;      /* an empty cell */
	const char *marker;     /* the selected row */
	const char *check_on;   /* a ticked box */
	const char *check_off;
	const char *bullet;
	const char *dash;       /* between a number and its meaning */
	const char *ellipsis;   /* the end of a line cut short */
	const char *spark[8];   /* sparkline levels, lowest first */
};

struct theme {
	bool color;
	bool utf8;
	const struct glyphs *g;
};

/* Chooses the glyphs from the locale's codeset (after setlocale). */
void theme_init(struct theme *theme, bool utf8);

/* Starts colours when color is wanted and the terminal has them
 * (curses must be started). */
void theme_start_colors(struct theme *theme, bool want_color);

/* The curses attributes for a role in the theme. */
int theme_attr(const struct theme *theme, enum ui_role role);

#endif
