/* The test build of the screen (STYLE.md: screens tested without a
 * terminal): the same program, with keys and time from a script and the
 * screen dumped, text and attributes, to an inherited descriptor (never a
 * file: DESIGN §2's invariant 5). curses still draws on the pseudo-
 * terminal the runner (headless.py) gives it, at a fixed size.
 *
 * WISEMIND_TEST_SCRIPT_FD: the script, one command a line:
 *   key NAME      Enter, Esc, Tab, Space, Up, Down, Left, Right, PageUp,
 *                 PageDown, Home, End, Backspace, Delete, F1, C-x (a control
 *                 key), or one character
 *   type TEXT     each character of TEXT (UTF-8) as a key
 *   wait MS       time passes: the loop times out and ticks as it asks
 *   resize C L    the terminal becomes C columns by L lines
 *   dump NAME     the screen, as it is now, to the dump descriptor: its
 *                 rows, each followed by a "~" row of attributes (1 bold,
 *                 2 reverse, 4 underline, 8 dim, added) and a "^" row of
 *                 colour pairs when it has any
 *   screens       the names of every registered screen
 *   disk full|room  the vault's writes fail as on a full disk (ENOSPC),
 *                 or work again (the vault's system calls are wrapped:
 *                 -Wl,--wrap=vault_io_default)
 *   timed on|off  with WISEMIND_TEST_TIMING set, each key given while on
 *                 writes "frame KEY MS" to the dump descriptor: from the
 *                 key to the loop's next read, when the frame is on the
 *                 terminal (tests/bench/bench_screen.c)
 * At the end of the script the program is asked to quit (as SIGTERM
 * would). WISEMIND_TEST_DUMP_FD: where dumps go. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crypto/vault_io.h"
#include "ui/curses.h"
#include "ui/screens.h"
#include "ui/ui.h"

int wisemind_main(int argc, char **argv);

/* A full disk, on the script's word: new files and writes fail with
 * ENOSPC; reading, and opening what is there, still work. */
static bool disk_full;

const struct vault_io *__real_vault_io_default(void);
const struct vault_io *__wrap_vault_io_default(void);

static int full_openat(void *ctx, int dirfd, const char *name, int flags, mode_t mode)
{
	(void)ctx;
	const struct vault_io *real = __real_vault_io_default();
	if (disk_full && (flags & O_CREAT) && faccessat(dirfd, name, F_OK, 0) != 0) {
		errno = ENOSPC;
		return -1;
	}
	return real->openat(real->ctx, dirfd, name, flags, mode);
}

static ssize_t full_write(void *ctx, int fd, const void *buf, size_t n)
{
	(void)ctx;
	const struct vault_io *real = __real_vault_io_default();
	if (disk_full) {
		errno = ENOSPC;
		return -1;
	}
	return real->write(real->ctx, fd, buf, n);
}

static int full_linkat(void *ctx, int dirfd, const char *from, const char *to)
{
	(void)ctx;
	const struct vault_io *real = __real_vault_io_default();
	if (disk_full) {
		errno = ENOSPC;
		return -1;
	}
	return real->linkat(real->ctx, dirfd, from, to);
}

const struct vault_io *__wrap_vault_io_default(void)
{
	static struct vault_io io;
	io = *__real_vault_io_default();
	io.openat = full_openat;
	io.write = full_write;
	io.linkat = full_linkat;
	io.ctx = NULL;
	return &io;
}

static FILE *script;
static FILE *dump;
static uint64_t clock_ms = 1000000;
static uint64_t waiting;           /* of a wait, still to pass */
static unsigned pending[256];      /* characters of a "type" still to give */
static size_t pending_count, pending_at;
static bool timing, timed;
static double key_at = -1;      /* when the timed key was given */
static char timed_key[64];

static double now_real_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* The loop reads again once the key's frame is drawn and updated. */
static void frame_done(void)
{
	if (key_at >= 0) {
		fprintf(dump, "frame %s %.4f\n", timed_key, now_real_ms() - key_at);
		fflush(dump);
		key_at = -1;
	}
}

static bool give(struct ui_event *ev, const char *name)
{
	(void)ev;
	if (timing && timed) {
		snprintf(timed_key, sizeof(timed_key), "%s", name);
		key_at = now_real_ms();
	}
	return true;
}

static void dump_screen(struct ui *ui, const char *name)
{
	struct ui_frame *top = ui_top(ui);
	fprintf(dump, "=== %s (%dx%d, %s)\n", name, COLS, LINES,
	        top != NULL ? top->screen->name : "no screen");
	for (int y = 0; y < LINES; y++) {
		char text[4096];
		char attrs[1024];
		char colors[1024];
		size_t t = 0;
		int a = 0;
		int last_text = 0, last_attr = 0, last_color = 0;
		for (int x = 0; x < COLS && a < (int)sizeof(attrs) - 1; x++) {
			cchar_t cc;
			wchar_t wch[CCHARW_MAX + 1] = {0};
			attr_t at = 0;
			short pair = 0;
			if (mvwin_wch(curscr, y, x, &cc) == ERR ||
			    getcchar(&cc, wch, &at, &pair, NULL) == ERR) {
				wch[0] = L' ';
			}
			char mb[16];
			int n = (int)wcstombs(mb, wch, sizeof(mb));
			if (n <= 0) {
				mb[0] = ' ';
				n = 1;
			}
			if (t + (size_t)n < sizeof(text) - 1) {
				memcpy(text + t, mb, (size_t)n);
				t += (size_t)n;
			}
			if (!(n == 1 && mb[0] == ' ')) {
				last_text = (int)t;
			}
			int bits = ((at & A_BOLD) ? 1 : 0) | ((at & A_REVERSE) ? 2 : 0) |
			           ((at & A_UNDERLINE) ? 4 : 0) | ((at & A_DIM) ? 8 : 0);
			colors[a] = pair == 0 ? ' ' : (char)('0' + pair % 10);
			attrs[a++] = bits == 0 ? ' ' : "0123456789abcdef"[bits];
			if (bits != 0) {
				last_attr = a;
			}
			if (pair != 0) {
				last_color = a;
			}
		}
		text[last_text] = '\0';
		attrs[last_attr] = '\0';
		fprintf(dump, "%s\n", text);
		if (last_attr > 0) {
			fprintf(dump, "~%s\n", attrs);
		}
		colors[last_color] = '\0';
		if (last_color > 0) {
			fprintf(dump, "^%s\n", colors);
		}
	}
	fflush(dump);
}

static bool named_key(const char *name, struct ui_event *ev)
{
	static const struct {
		const char *name;
		int code;
		bool fn;
	} keys[] = {
		{"Enter", '\r', false}, {"Esc", 27, false},   {"Tab", '\t', false},
		{"Space", ' ', false},  {"Up", KEY_UP, true}, {"Down", KEY_DOWN, true},
		{"Left", KEY_LEFT, true}, {"Right", KEY_RIGHT, true},
		{"PageUp", KEY_PPAGE, true}, {"PageDown", KEY_NPAGE, true},
		{"Home", KEY_HOME, true}, {"End", KEY_END, true},
		{"Backspace", KEY_BACKSPACE, true}, {"Delete", KEY_DC, true},
		{"F1", KEY_F(1), true},
	};
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (strcmp(name, keys[i].name) == 0) {
			ev->code = keys[i].code;
			ev->fn = keys[i].fn;
			return true;
		}
	}
	if (name[0] == 'C' && name[1] == '-' && name[2] != '\0' && name[3] == '\0') {
		ev->code = UI_CTRL(name[2]);
		ev->fn = false;
		return true;
	}
	if (name[0] != '\0' && name[1] == '\0') {
		ev->code = (unsigned char)name[0];
		ev->fn = false;
		return true;
	}
	return false;
}

static void queue_text(const char *text)
{
	pending_count = 0;
	pending_at = 0;
	mbstate_t st = {0};
	const char *p = text;
	size_t left = strlen(text);
	while (left > 0 && pending_count < 256) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, p, left, &st);
		if (n == 0 || n == (size_t)-1 || n == (size_t)-2) {
			break;
		}
		pending[pending_count++] = (unsigned)wc;
		p += n;
		left -= n;
	}
}

static bool script_read(struct ui *ui, struct ui_event *ev, int timeout_ms)
{
	frame_done();
	/* The screen asks for an immediate tick: no person types that fast. */
	if (timeout_ms <= 1) {
		clock_ms += (uint64_t)timeout_ms;
		return false;
	}
	if (waiting > 0) {
		uint64_t step = waiting < (uint64_t)timeout_ms ? waiting : (uint64_t)timeout_ms;
		waiting -= step;
		clock_ms += step;
		return false;
	}
	if (pending_at < pending_count) {
		ev->code = (int)pending[pending_at++];
		ev->fn = false;
		return give(ev, "typed");
	}
	char line[1024];
	while (fgets(line, sizeof(line), script) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, "key ", 4) == 0 && named_key(line + 4, ev)) {
			return give(ev, line + 4);
		}
		if (strncmp(line, "timed ", 6) == 0) {
			timed = strcmp(line + 6, "on") == 0;
			continue;
		}
		if (strncmp(line, "type ", 5) == 0) {
			queue_text(line + 5);
			return script_read(ui, ev, timeout_ms);
		}
		if (strncmp(line, "wait ", 5) == 0) {
			waiting = strtoull(line + 5, NULL, 10);
			return script_read(ui, ev, timeout_ms);
		}
		if (strncmp(line, "resize ", 7) == 0) {
			int cols = 0, lines = 0;
			if (sscanf(line + 7, "%d %d", &cols, &lines) == 2) {
				resizeterm(lines, cols);
				ev->code = KEY_RESIZE;
				ev->fn = true;
				return give(ev, "resize");
			}
		}
		if (strncmp(line, "dump", 4) == 0) {
			dump_screen(ui, line[4] == ' ' ? line + 5 : "");
			continue;
		}
		if (strncmp(line, "disk ", 5) == 0) {
			disk_full = strcmp(line + 5, "full") == 0;
			continue;
		}
		if (strcmp(line, "screens") == 0) {
			/* Every registered screen, for the test that visits them all. */
			for (size_t i = 0; i < ui_screen_count; i++) {
				fprintf(dump, "registered %s\n", ui_screens[i]->name);
			}
			continue;
		}
		if (line[0] != '\0' && line[0] != '#') {
			fprintf(stderr, "headless: not a script command: %s\n", line);
			exit(99);
		}
	}
	/* The end of the script: leave as a termination signal would. */
	raise(SIGTERM);
	return false;
}

static uint64_t script_now(struct ui *ui)
{
	(void)ui;
	return clock_ms;
}

static const struct ui_io script_io = {.read = script_read, .now_ms = script_now};

int main(int argc, char **argv)
{
	const char *in = getenv("WISEMIND_TEST_SCRIPT_FD");
	const char *out = getenv("WISEMIND_TEST_DUMP_FD");
	if (in == NULL || out == NULL) {
		/* A case's setup: the commands, as the program runs them. */
		return wisemind_main(argc, argv);
	}
	script = fdopen(atoi(in), "r");
	dump = fdopen(atoi(out), "w");
	if (script == NULL || dump == NULL) {
		return 99;
	}
	timing = getenv("WISEMIND_TEST_TIMING") != NULL;
	ui_test_io = &script_io;
	return wisemind_main(argc, argv);
}
