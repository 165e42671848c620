#include "ui/term.h"

#include <stdio.h>

#include "ui/curses.h"
#include "ui/term_type.h"

/* Foreground per role in the colour theme; -1 is the terminal's default. */
static const short color_fg[UI_ROLE_COUNT] = {
	[UI_ROLE_TEXT] = -1,
	[UI_ROLE_TITLE] = COLOR_CYAN,
	[UI_ROLE_HINT] = -1,
	[UI_ROLE_ALERT] = COLOR_YELLOW,
};

static const int color_extra[UI_ROLE_COUNT] = {
	[UI_ROLE_TEXT] = A_NORMAL,
	[UI_ROLE_TITLE] = A_BOLD,
	[UI_ROLE_HINT] = A_DIM,
	[UI_ROLE_ALERT] = A_BOLD,
};

/* Monochrome: attributes alone carry the meaning. */
static const int mono_attr[UI_ROLE_COUNT] = {
	[UI_ROLE_TEXT] = A_NORMAL,
	[UI_ROLE_TITLE] = A_BOLD,
	[UI_ROLE_HINT] = A_NORMAL,
	[UI_ROLE_ALERT] = A_BOLD | A_UNDERLINE,
};

bool term_start(struct term *term, bool monochrome)
{
	/* initscr would exit on a terminal terminfo does not know; newterm
	 * returns NULL instead, and the caller falls back to plain mode. A
	 * dumb terminal is known but cannot place the cursor. */
	if (!term_type_usable()) {
		return false;
	}
	if (newterm(NULL, stdout, stdin) == NULL) {
		return false;
	}
	if (tigetstr("cup") == NULL || tigetstr("cup") == (char *)-1) {
		endwin();
		return false;
	}
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	term->color = !monochrome && has_colors();
	if (term->color) {
		start_color();
		use_default_colors();
		for (int r = 0; r < UI_ROLE_COUNT; r++) {
			init_pair((short)(r + 1), color_fg[r], -1);
		}
	}
	return true;
}

void term_stop(void)
{
	if (!isendwin()) {
		endwin();
	}
}

int term_attr(const struct term *term, enum ui_role role)
{
	if (term->color) {
		return (int)COLOR_PAIR(role + 1) | color_extra[role];
	}
	return mono_attr[role];
}
