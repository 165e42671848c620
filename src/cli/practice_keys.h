#ifndef WISEMIND_CLI_PRACTICE_KEYS_H
#define WISEMIND_CLI_PRACTICE_KEYS_H

#include <stdbool.h>
#include <stdio.h>
#include <termios.h>

/* Single keys during a practice timer or breathing pacer. On a terminal,
 * ! and Enter work there without a line: the terminal is put in
 * key-at-a-time mode without echo for the length of the timer only. When
 * input is a pipe or a file nothing is read during timers, so scripted
 * answers are read at the prompts they were written for. */
struct practice_keys {
	FILE *in;
	int fd;
	bool tty;             /* input is a terminal */
	bool live;            /* the terminal is in key-at-a-time mode now */
	struct termios saved; /* the mode to put back */
};

enum practice_key {
	PRACTICE_KEY_NONE,   /* the time passed, or a signal came */
	PRACTICE_KEY_CRISIS, /* ! */
	PRACTICE_KEY_ENTER,
	PRACTICE_KEY_PAUSE,  /* p or space: pause, or go on after a pause */
	PRACTICE_KEY_SWITCH, /* s: at a check-in, switch to another skill */
	PRACTICE_KEY_QUIT,   /* q: at a check-in, stop */
	PRACTICE_KEY_GONE, /* the terminal went away: no more input */
};

/* Looks at in before anything is read from it. On a terminal, in is made
 * unbuffered, so no typed-ahead line can wait in stdio where
 * practice_keys_discard cannot reach it. */
void practice_keys_init(struct practice_keys *keys, FILE *in);

/* Starts a timer or pacer: on a terminal, key-at-a-time mode without echo
 * (signals still work: Ctrl-C stays Ctrl-C). Does nothing otherwise. */
void practice_keys_begin(struct practice_keys *keys);

/* Puts the terminal back as it was. Safe to call when nothing began; every
 * way out of a timer, a signal included, goes through it. */
void practice_keys_end(struct practice_keys *keys);

/* Waits at most ms milliseconds for one key that matters (other keys are
 * dropped) and stores the time actually waited in *waited_ms. Without a
 * live terminal it only sleeps. Returns early, with PRACTICE_KEY_NONE,
 * when a signal arrives, so the caller can check for a stop. */
enum practice_key practice_keys_poll(struct practice_keys *keys, long ms, long *waited_ms);

/* Throws away whatever was typed ahead on a terminal, so keys pressed
 * during a timer never answer the next prompt. Does nothing on a pipe or a
 * file: there every line is an answer. */
void practice_keys_discard(struct practice_keys *keys);

#endif
