#ifndef WISEMIND_APP_SIGNALS_H
#define WISEMIND_APP_SIGNALS_H

#include <stdbool.h>

/* The program's one signal module, for every front end. A handler only
 * records the signal (no SA_RESTART, so a waiting read or poll returns at
 * once); the front end then finishes or abandons its step, closes the
 * session (which wipes the diary and keys), puts the terminal back and
 * exits with 128 + the signal. Nothing else happens in a handler. */

/* Which signals to catch. */
enum app_signal_set {
	/* SIGTERM and SIGHUP: stop the program, after closing the session. */
	APP_SIGNALS_TERMINATE = 1u << 0,
	/* SIGINT and SIGQUIT (Ctrl-C, Ctrl-\): the person stops what runs,
	 * which may first need the terminal put back. */
	APP_SIGNALS_INTERRUPT = 1u << 1,
};

/* Catches the signals of set (a mask of enum app_signal_set). */
void app_signals_catch(unsigned set);

/* The last signal caught, or 0. */
int app_signals_pending(void);

/* True once SIGINT or SIGQUIT was caught. */
bool app_signals_interrupted(void);

#endif
