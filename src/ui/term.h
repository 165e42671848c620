#ifndef WISEMIND_UI_TERM_H
#define WISEMIND_UI_TERM_H

#include <stdbool.h>

/* What a piece of the screen is for; the theme decides how it looks. */
enum ui_role {
	UI_ROLE_TEXT,
	UI_ROLE_TITLE,
	UI_ROLE_HINT,
	UI_ROLE_ALERT,
	UI_ROLE_COUNT,
};

/* Starts curses on the terminal. With monochrome (NO_COLOR, --no-color, or
 * a terminal without colours) roles are drawn with attributes only, so
 * nothing depends on colour alone. Returns false, with the terminal left
 * as it was, when it cannot be driven: TERM unset, "dumb", or unknown to
 * terminfo. */
struct term {
	bool color;
};

bool term_start(struct term *term, bool monochrome);
void term_stop(void);

/* The curses attributes for a role in the terminal's theme. */
int term_attr(const struct term *term, enum ui_role role);

/* Minimum size the screens are laid out for (DESIGN.md §7). */
#define TERM_MIN_COLS 80
#define TERM_MIN_LINES 24

#endif
