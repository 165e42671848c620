#include "cli/practice_keys.h"

#include <errno.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void practice_keys_init(struct practice_keys *keys, FILE *in)
{
	*keys = (struct practice_keys){.in = in, .fd = fileno(in)};
	keys->tty = keys->fd >= 0 && isatty(keys->fd);
	if (keys->tty) {
		setvbuf(in, NULL, _IONBF, 0);
	}
}

void practice_keys_begin(struct practice_keys *keys)
{
	if (!keys->tty || keys->live || tcgetattr(keys->fd, &keys->saved) != 0) {
		return;
	}
	struct termios t = keys->saved;
	/* ISIG stays on: Ctrl-C must still stop the practice. */
	t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	keys->live = tcsetattr(keys->fd, TCSANOW, &t) == 0;
}

void practice_keys_end(struct practice_keys *keys)
{
	if (!keys->live) {
		return;
	}
	/* TCSANOW, not TCSAFLUSH: discarding is practice_keys_discard's job,
	 * right before a prompt. */
	while (tcsetattr(keys->fd, TCSANOW, &keys->saved) != 0 && errno == EINTR) {
	}
	keys->live = false;
}

/* One byte at a time, so keys after an Enter stay in the terminal's queue
 * for practice_keys_discard. */
static enum practice_key read_key(struct practice_keys *keys, long ms)
{
	long start = now_ms();
	for (long left = ms; left > 0; left = ms - (now_ms() - start)) {
		struct pollfd p = {.fd = keys->fd, .events = POLLIN};
		int n = poll(&p, 1, (int)left);
		if (n == 0 || (n < 0 && errno == EINTR)) {
			return PRACTICE_KEY_NONE; /* a signal: the caller checks for a stop */
		}
		if (n < 0 || (p.revents & POLLIN) == 0) {
			return PRACTICE_KEY_GONE;
		}
		unsigned char c;
		ssize_t got = read(keys->fd, &c, 1);
		if (got < 0 && (errno == EINTR || errno == EAGAIN)) {
			return PRACTICE_KEY_NONE;
		}
		if (got <= 0) {
			return PRACTICE_KEY_GONE;
		}
		if (c == '!') {
			return PRACTICE_KEY_CRISIS;
		}
		if (c == '\n' || c == '\r') {
			return PRACTICE_KEY_ENTER;
		}
		if (c == 'p' || c == 'P' || c == ' ') {
			return PRACTICE_KEY_PAUSE;
		}
		if (c == 's' || c == 'S') {
			return PRACTICE_KEY_SWITCH;
		}
		if (c == 'q' || c == 'Q') {
			return PRACTICE_KEY_QUIT;
		}
	}
	return PRACTICE_KEY_NONE;
}

enum practice_key practice_keys_poll(struct practice_keys *keys, long ms, long *waited_ms)
{
	long start = now_ms();
	enum practice_key key = PRACTICE_KEY_NONE;
	if (keys->live) {
		key = read_key(keys, ms);
	} else if (ms > 0) {
		struct timespec ts = {.tv_sec = ms / 1000, .tv_nsec = ms % 1000 * 1000000L};
		nanosleep(&ts, NULL); /* a signal ends it early; the caller checks */
	}
	*waited_ms = now_ms() - start;
	return key;
}

void practice_keys_discard(struct practice_keys *keys)
{
	if (keys->tty) {
		tcflush(keys->fd, TCIFLUSH);
	}
}
