#include "ui/term.h"

#include <stdio.h>

#include "ui/curses.h"
#include "ui/term_type.h"

bool term_start(void)
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
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	return true;
}

void term_stop(void)
{
	if (!isendwin()) {
		endwin();
	}
}
