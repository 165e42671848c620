/* Benchmark: the screen's budgets (issue 13, "Speed"), on the ten-year
 * diary of bench_diary.h in a vault made with the cheap test KDF, driven
 * through the test build of the screen (tests/tui/headless.c) on a
 * pseudo-terminal of 80x24, as a person uses it:
 *
 * 1. startup to the unlock screen <= 30 ms: from posix_spawn-like fork
 *    and exec of the program to its first frame on the terminal (the
 *    script's first read, which comes after the first draw); the median.
 * 2. a keystroke to a finished frame <= 5 ms: a key script replayed after
 *    the unlock (today, the diary card moved through its fields and back
 *    a year of days, the skills, a skill page, the quick urge's steps,
 *    the crisis lines, help, a resize), each key timed from when it is
 *    given to when the loop reads again, its frame drawn and on the
 *    terminal. The unlock and the saves, whose budgets are the vault's,
 *    are not timed. Budget: the 99th percentile (one scheduling hiccup
 *    on a busy machine is not the program's); the median and the
 *    slowest key are printed too.
 * 4. the presenter for a group (issue 16, wisemind class --week 4, no
 *    diary), the same budget on its own line: every screen of the week
 *    forward and back, each timer and pacer started (so the frames drawn
 *    while they run are measured) at 80x24 and at a projector's 160x45.
 * 3. the week view (issue 14), the same budget on its own line: opened
 *    from today, a few weeks back, straight to the diary's last week with
 *    g, back three years of weeks with Left and forward with Right (each
 *    a new week read: its report, its eight weeks' trend), scrolled, a
 *    week typed, a resize.
 *
 * WISEMIND_BENCH_SHORT=1 (CI): fewer runs, the same budgets; a broken one
 * fails. Sanitizer builds print the figures only.
 *   bench_screen WISEMIND-HEADLESS
 * Run with: meson test -C build --benchmark --suite bench -v screen-speed */
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench_clock.h"
#include "bench_diary.h"
#include "core/str.h"

#define STARTUP_BUDGET_MS 30.0
#define KEY_BUDGET_MS 5.0
#define STARTS 41
#define SHORT_STARTS 11
#define REPLAYS 5
#define SHORT_REPLAYS 2
#define MAX_KEYS 4096

struct run {
	double first_dump_ms; /* from fork to the first bytes of a dump */
	double keys[MAX_KEYS];
	size_t key_count;
	char first_screen[32]; /* the screen of the first dump */
	int status;
};

/* Runs the headless program with script on a pseudo-terminal, reading
 * what it dumps; false when it cannot be started. */
static bool run_script(const char *program, const struct bench_dirs *d, const char *script,
                       const char *command, struct run *out)
{
	int script_pipe[2], dump_pipe[2];
	if (pipe(script_pipe) != 0 || pipe(dump_pipe) != 0) {
		return false;
	}
	struct winsize ws = {.ws_row = 24, .ws_col = 80};
	int master = -1;
	double start = bench_now_ms();
	pid_t pid = forkpty(&master, NULL, NULL, &ws);
	if (pid < 0) {
		return false;
	}
	if (pid == 0) {
		close(script_pipe[1]);
		close(dump_pipe[0]);
		char in[16], dump[16], home[BENCH_PATH_LEN + 8], state[BENCH_PATH_LEN + 16];
		snprintf(in, sizeof(in), "%d", script_pipe[0]);
		snprintf(dump, sizeof(dump), "%d", dump_pipe[1]);
		snprintf(home, sizeof(home), "%s", d->root);
		snprintf(state, sizeof(state), "%s", d->state);
		setenv("WISEMIND_TEST_SCRIPT_FD", in, 1);
		setenv("WISEMIND_TEST_DUMP_FD", dump, 1);
		setenv("WISEMIND_TEST_TIMING", "1", 1);
		setenv("HOME", home, 1);
		setenv("XDG_CONFIG_HOME", home, 1);
		setenv("XDG_STATE_HOME", state, 1);
		setenv("TERM", "xterm-256color", 1);
		setenv("LANG", "C.UTF-8", 1);
		if (command != NULL) {
			execl(program, program, "--data-dir", d->data, "--country", "GB", command,
			      "--week", "4", (char *)NULL);
		} else {
			execl(program, program, "--data-dir", d->data, "--country", "GB", (char *)NULL);
		}
		_exit(127);
	}
	close(script_pipe[0]);
	close(dump_pipe[1]);
	size_t len = strlen(script);
	if (write(script_pipe[1], script, len) != (ssize_t)len) {
		return false;
	}
	close(script_pipe[1]);
	out->first_dump_ms = -1;
	out->key_count = 0;
	out->first_screen[0] = '\0';
	char buf[65536];
	size_t have = 0;
	int fl = fcntl(master, F_GETFL);
	fcntl(master, F_SETFL, fl | O_NONBLOCK);
	for (;;) {
		/* The terminal's output is drained so curses never blocks. */
		char drain[65536];
		while (read(master, drain, sizeof(drain)) > 0) {
		}
		fd_set rd;
		FD_ZERO(&rd);
		FD_SET(dump_pipe[0], &rd);
		FD_SET(master, &rd);
		int top = dump_pipe[0] > master ? dump_pipe[0] : master;
		if (select(top + 1, &rd, NULL, NULL, NULL) < 0 && errno != EINTR) {
			break;
		}
		if (!FD_ISSET(dump_pipe[0], &rd)) {
			continue;
		}
		ssize_t n = read(dump_pipe[0], buf + have, sizeof(buf) - 1 - have);
		if (n <= 0) {
			break;
		}
		if (out->first_dump_ms < 0) {
			out->first_dump_ms = bench_now_ms() - start;
		}
		have += (size_t)n;
		buf[have] = '\0';
		char *line = buf, *eol;
		while ((eol = strchr(line, '\n')) != NULL) {
			*eol = '\0';
			char name[64];
			double ms;
			char screen[32];
			if (out->first_screen[0] == '\0' &&
			    sscanf(line, "=== %*s (%*dx%*d, %31[a-z_])", screen) == 1) {
				memcpy(out->first_screen, screen, sizeof(screen));
			}
			if (sscanf(line, "frame %63s %lf", name, &ms) == 2 && out->key_count < MAX_KEYS) {
				if (ms > KEY_BUDGET_MS) {
					printf("slow key %zu: %s %.2f ms\n", out->key_count, name, ms);
				}
				out->keys[out->key_count++] = ms;
			}
			line = eol + 1;
		}
		have = strlen(line);
		memmove(buf, line, have);
	}
	close(dump_pipe[0]);
	close(master);
	waitpid(pid, &out->status, 0);
	return true;
}

/* The keys a person presses on a working day, after the unlock. */
static void replay_script(struct str *s)
{
	str_append(s, "key Enter\ntype " BENCH_PASS "\nkey Enter\nwait 5\ntimed on\n");
	/* the diary card: every field, then back a year of days */
	str_append(s, "key c\n");
	for (int i = 0; i < 30; i++) {
		str_append(s, "key Down\n");
	}
	for (int i = 0; i < 30; i++) {
		str_append(s, "key Up\n");
	}
	str_append(s, "key 3\nkey Right\nkey Left\nkey x\n");
	for (int i = 0; i < 340; i++) {
		/* from today to the diary's last days, which are full */
		str_append(s, i == 0 ? "key [\nkey [\n" : "key [\n");
	}
	str_append(s, "key ]\nkey ]\nkey PageDown\nkey PageUp\nkey Esc\nkey Esc\n");
	/* the skills, a skill page, the crisis lines, help */
	str_append(s, "key s\nkey Down\nkey Enter\n");
	for (int i = 0; i < 15; i++) {
		str_append(s, "key Down\n");
	}
	str_append(s, "key Enter\nkey PageDown\nkey PageUp\nkey !\nkey Down\nkey Esc\nkey Esc\n"
	              "key Esc\nkey Esc\nkey ?\nkey PageDown\nkey Esc\n");
	/* a practice: paced breathing, its pacer running while keys pause
	 * and resume it, and the crisis lines over it (stopping keeps the
	 * practice, a vault save: not timed) */
	str_append(s, "key s\nkey Down\nkey Enter\n");
	for (int i = 0; i < 10; i++) {
		str_append(s, "key Down\n");
	}
	str_append(s, "key p\nkey Enter\nkey 5\nkey Enter\nkey Enter\nkey Enter\nkey Enter\n");
	for (int i = 0; i < 20; i++) {
		str_append(s, "wait 150\nkey p\nwait 100\nkey p\n");
	}
	str_append(s, "wait 300\nkey !\nkey Esc\nkey +\nkey -\ntimed off\nkey q\nwait 5\ntimed on\n"
	              "key Esc\nkey Esc\nkey Esc\n");
	/* the quick urge's steps, up to the note (saving is the vault's) */
	str_append(s, "key u\nkey Down\nkey Up\nkey Enter\nkey 2\nkey Up\nkey Down\nkey Enter\n"
	              "type sitting with it\nkey Esc\nkey Esc\nkey Esc\n");
	str_append(s, "resize 100 30\nresize 80 24\ntimed off\nkey q\n");
}

/* The week view: each arrow reads a new week from the diary. */
static void week_script(struct str *s)
{
	str_append(s, "key Enter\ntype " BENCH_PASS "\nkey Enter\nwait 5\ntimed on\nkey w\n");
	for (int i = 0; i < 10; i++) {
		str_append(s, "key Left\n"); /* 2026: after the diary's last day */
	}
	str_append(s, "key g\ntype 2025-W52\nkey Enter\n");
	for (int i = 0; i < 160; i++) {
		str_append(s, i % 8 == 7 ? "key [\n" : "key Left\n");
	}
	for (int i = 0; i < 40; i++) {
		str_append(s, i % 8 == 7 ? "key ]\n" : "key Right\n");
	}
	str_append(s, "key PageDown\nkey Down\nkey Up\nkey PageUp\nkey Down\nkey PageDown\n"
	              "key g\ntype 2016-01-04\nkey Enter\nkey Right\nkey Left\n"
	              "resize 100 30\nresize 60 20\nresize 80 24\nkey Esc\n"
	              "timed off\nkey q\n");
}

/* The presenter: the week's screens forward with each timer and pacer
 * started and running a while, then back, then at a projector's size. */
static void class_script(struct str *s)
{
	str_append(s, "timed on\n");
	for (int i = 0; i < 70; i++) {
		str_append(s, "key Space\nkey Enter\nwait 700\nkey p\nkey p\n");
	}
	for (int i = 0; i < 40; i++) {
		str_append(s, "key b\n");
	}
	str_append(s, "resize 160 45\n");
	for (int i = 0; i < 40; i++) {
		str_append(s, "key Space\nkey Enter\nwait 300\n");
	}
	str_append(s, "key [\nkey ]\nresize 80 24\ntimed off\nkey q\n");
}

/* Runs script replays times, adding every key's time to all (n so far);
 * false when a run does not get through at least min_keys keys. */
static bool replay(const char *program, const struct bench_dirs *d, const char *script,
                   const char *command, int replays, size_t min_keys, struct run *r,
                   double *all, size_t *n)
{
	for (int i = 0; i < replays; i++) {
		if (!run_script(program, d, script, command, r) || !WIFEXITED(r->status) ||
		    WEXITSTATUS(r->status) != 0 || r->key_count < min_keys) {
			fprintf(stderr, "bench_screen: the key script did not run through (%zu keys)\n",
			        r->key_count);
			return false;
		}
		memcpy(all + *n, r->keys, r->key_count * sizeof(double));
		*n += r->key_count;
	}
	return true;
}

/* Prints what of keys were timed; true when within the budget. */
static bool keys_line(const char *what, double *keys, size_t n)
{
	bench_sort(keys, n);
	double median = keys[n / 2], p99 = keys[n * 99 / 100], slowest = keys[n - 1];
	printf("%s, %zu keys on the ten-year diary: median %.3f ms, 99th percentile %.3f ms "
	       "(budget %.0f ms), slowest %.3f ms\n",
	       what, n, median, p99, KEY_BUDGET_MS, slowest);
	return p99 <= KEY_BUDGET_MS;
}

static bool startup_ms(const char *program, const struct bench_dirs *d, double *ms)
{
	struct run *r = calloc(1, sizeof(*r));
	/* Timed to the first screen, which must be the locked one (not the
	 * first run, not an error). */
	bool ok = r != NULL && run_script(program, d, "dump start\nkey q\n", NULL, r) &&
	          r->first_dump_ms >= 0 && WIFEXITED(r->status) && WEXITSTATUS(r->status) == 0 &&
	          strcmp(r->first_screen, "unlock") == 0;
	if (ok) {
		*ms = r->first_dump_ms;
	}
	free(r);
	return ok;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fputs("usage: bench_screen WISEMIND-HEADLESS\n", stderr);
		return 2;
	}
	bool short_mode = getenv("WISEMIND_BENCH_SHORT") != NULL;
	struct bench_dirs d;
	struct bench_diary stats = {0};
	if (!bench_dirs_make(&d, "screen") || !bench_diary_make(d.data, d.vault_state, &stats)) {
		return 1;
	}
	bench_diary_print(&stats);
	int starts = short_mode ? SHORT_STARTS : STARTS;
	double *start_times = calloc((size_t)starts, sizeof(double));
	struct run *r = calloc(1, sizeof(*r));
	double *all = calloc((size_t)MAX_KEYS * REPLAYS, sizeof(double));
	double *week = calloc((size_t)MAX_KEYS * REPLAYS, sizeof(double));
	double *room = calloc((size_t)MAX_KEYS * REPLAYS, sizeof(double));
	int rc = 0;
	if (start_times == NULL || r == NULL || all == NULL || week == NULL || room == NULL) {
		return 1;
	}
	for (int i = 0; i < starts; i++) {
		if (!startup_ms(argv[1], &d, &start_times[i])) {
			fputs("bench_screen: the program did not start at the locked screen and quit cleanly\n", stderr);
			rc = 1;
			goto done;
		}
	}
	bench_sort(start_times, (size_t)starts);
	double startup = start_times[starts / 2];
	struct str script = {0}, weeks = {0}, class = {0};
	replay_script(&script);
	week_script(&weeks);
	class_script(&class);
	size_t n = 0, n_week = 0, n_room = 0;
	int replays = short_mode ? SHORT_REPLAYS : REPLAYS;
	bool ran = replay(argv[1], &d, str_cstr(&script), NULL, replays, 450, r, all, &n) &&
	           replay(argv[1], &d, str_cstr(&weeks), NULL, replays, 240, r, week, &n_week) &&
	           replay(argv[1], &d, str_cstr(&class), "class", replays, 400, r, room, &n_room);
	str_finish(&script);
	str_finish(&weeks);
	str_finish(&class);
	if (!ran) {
		rc = 1;
		goto done;
	}
	printf("startup to the unlock screen: median %.2f ms of %d starts (budget %.0f ms)\n",
	       startup, starts, STARTUP_BUDGET_MS);
	bool keys_ok = keys_line("keystroke to finished frame", all, n);
	bool week_ok = keys_line("week view, keystroke to finished frame", week, n_week);
	bool room_ok = keys_line("presenter (class --week 4), keystroke to finished frame", room,
	                         n_room);
	bool over = startup > STARTUP_BUDGET_MS || !keys_ok || !week_ok || !room_ok;
	if (over) {
		printf("over budget%s\n",
		       BENCH_SANITIZED ? ", but this is a sanitizer build: not a failure" : "");
		rc = BENCH_SANITIZED ? 0 : 1;
	}
done:
	free(start_times);
	free(r);
	free(all);
	free(week);
	free(room);
	bench_dirs_remove(&d);
	return rc;
}
