#include "ui/term.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "ui/curses.h"
#include "ui/term_type.h"

/* A fatal stop (abort: out of memory, a library's misuse check) puts
 * the terminal back first, so the person is not left in a screen with no
 * echo and the diary still on it; then the stop goes on as it would. */
static void restore_on_abort(int sig)
{
	term_stop();
	signal(sig, SIG_DFL);
	raise(sig);
}

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
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = restore_on_abort;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGABRT, &sa, NULL);
	return true;
}

void term_stop(void)
{
	if (!isendwin()) {
		/* Blank first: a terminal with no alternate screen keeps what
		 * was last drawn in its scrollback, and that is the diary. */
		clear();
		refresh();
		endwin();
	}
	signal(SIGABRT, SIG_DFL);
}
