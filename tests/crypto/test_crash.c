/* STORAGE.md §5 #10, the kill -9 loop: a child opens the vault and saves
 * new generations of an image as fast as it can, acknowledging each
 * durable save over a pipe; the parent SIGKILLs it at a random moment
 * (during Argon2id, encryption, write, fsync, verify, link or rename),
 * then opens the vault itself. Every time, the file must authenticate,
 * be the current file (not the fallback) and hold at least the last
 * acknowledged generation.
 *
 * Usage: test_crypto_crash [ITERATIONS]; WISEMIND_CRASH_SEED repeats a
 * run. Uses Argon2id ops 1 / 8 MiB and a one-bucket image to stay fast. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "crypto/vault.h"
#include "helpers.h"

#define IMG_LEN 16384
#define COUNTER_AT 4096 /* where the image carries its entry counter */

static long iterations = 300;

static uint64_t image_counter(const uint8_t *img)
{
	uint64_t c;
	memcpy(&c, img + COUNTER_AT, sizeof(c));
	return c;
}

/* The child: never returns. */
static void saver(const char *dir, int ack_fd)
{
	struct test_hooks t;
	test_hooks_init(&t);
	struct vault_secret s = test_passphrase(TEST_PASS);
	struct vault_opened o;
	struct vault *v = NULL;
	if (vault_open_hooked(&t.hooks, dir, NULL, &s, &v, &o) != VAULT_OK) {
		_exit(2);
	}
	uint64_t c = image_counter(o.image);
	for (;;) {
		c++;
		memcpy(o.image + COUNTER_AT, &c, sizeof(c));
		if (vault_save(v, o.image, o.image_len) != VAULT_OK) {
			_exit(3);
		}
		if (write(ack_fd, &c, sizeof(c)) != (ssize_t)sizeof(c)) {
			_exit(4);
		}
	}
}

static int64_t now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* Reads whatever acknowledgements are in the pipe, waiting at most
 * timeout_ms; returns false at end of file. */
static bool read_acks(int fd, int timeout_ms, uint64_t *last, unsigned long *count)
{
	struct pollfd p = {fd, POLLIN, 0};
	int r = poll(&p, 1, timeout_ms);
	if (r <= 0) {
		return true;
	}
	uint64_t buf[64];
	ssize_t n = read(fd, buf, sizeof(buf));
	if (n <= 0) {
		return n < 0 && errno == EINTR;
	}
	/* Acks are 8 bytes, written atomically (< PIPE_BUF). */
	assert_int_equal(n % 8, 0);
	for (ssize_t i = 0; i < n / 8; i++) {
		assert_true(buf[i] > *last);
		*last = buf[i];
		(*count)++;
	}
	return true;
}

/* Kills the child and reads the acknowledgements it sent before dying. */
static void stop_saver(pid_t pid, int fd, uint64_t *acked, unsigned long *acks)
{
	kill(pid, SIGKILL);
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	while (read_acks(fd, 0, acked, acks)) {
		struct pollfd pf = {fd, POLLIN, 0};
		if (poll(&pf, 1, 0) <= 0 || !(pf.revents & POLLIN)) {
			break;
		}
	}
	close(fd);
}

/* Forks a saver on dir; p[0] is left open to read its acknowledgements. */
static pid_t start_saver(const char *dir, int p[2])
{
	assert_int_equal(pipe(p), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(p[0]);
		saver(dir, p[1]);
	}
	close(p[1]);
	return pid;
}

/* The longest wait before a kill: the time a child takes to open the vault
 * (the KDF and a decrypt) and acknowledge a few saves, measured once, and
 * at least 60 ms. A sanitizer build or a loaded machine is several times
 * slower; a fixed window would then kill every child before its first
 * save. */
static int64_t kill_window_us(const char *dir, uint64_t *acked)
{
	int p[2];
	pid_t pid = start_saver(dir, p);
	int64_t started = now_us();
	unsigned long acks = 0;
	while (acks < 4 && now_us() - started < 30000000) {
		if (!read_acks(p[0], 1000, acked, &acks)) {
			fail_msg("the saver died on its own while it was being timed");
		}
	}
	int64_t took = now_us() - started;
	stop_saver(pid, p[0], acked, &acks);
	assert_true(acks > 0);
	return took > 60000 ? took : 60000;
}

static void test_kill_loop(void **state)
{
	(void)state;
	const char *seed_env = getenv("WISEMIND_CRASH_SEED");
	unsigned seed = seed_env != NULL ? (unsigned)strtoul(seed_env, NULL, 10)
	                                 : (unsigned)time(NULL) ^ (unsigned)getpid();
	printf("WISEMIND_CRASH_SEED=%u, %ld iterations\n", seed, iterations);
	char *dir = test_mkdtemp();
	test_make_vault(dir, IMG_LEN, 10, NULL); /* counter bytes start random; reset below */
	{
		struct test_hooks t;
		test_hooks_init(&t);
		struct vault_secret s = test_passphrase(TEST_PASS);
		struct vault_opened o;
		struct vault *v = NULL;
		assert_int_equal(vault_open_hooked(&t.hooks, dir, NULL, &s, &v, &o), VAULT_OK);
		memset(o.image + COUNTER_AT, 0, 8);
		assert_int_equal(vault_save(v, o.image, o.image_len), VAULT_OK);
		vault_opened_finish(&o);
		vault_close(v);
	}
	uint64_t acked = 0;
	unsigned long acks = 0, debris = 0, killed_before_first_ack = 0;
	int64_t window = kill_window_us(dir, &acked);
	printf("kills within %.0f ms of the start\n", window / 1e3);
	int64_t started = now_us();
	for (long it = 0; it < iterations; it++) {
		int p[2];
		pid_t pid = start_saver(dir, p);
		int64_t deadline = now_us() + (int64_t)rand_r(&seed) % window;
		unsigned long before = acks;
		for (int64_t left; (left = deadline - now_us()) > 0;) {
			if (!read_acks(p[0], (int)(left / 1000), &acked, &acks)) {
				fail_msg("the saver died on its own (seed %u, iteration %ld)", seed,
				         it);
			}
		}
		stop_saver(pid, p[0], &acked, &acks);
		killed_before_first_ack += acks == before;

		struct vault_secret s = test_passphrase(TEST_PASS);
		struct vault_opened o;
		enum vault_status st = test_open(dir, &s, NULL, &o);
		if (st != VAULT_OK || o.from_prev) {
			fail_msg("iteration %ld (seed %u): status %d, from_prev %d", it, seed, st,
			         o.from_prev);
		}
		uint64_t have = image_counter(o.image);
		if (have < acked) {
			fail_msg("iteration %ld (seed %u): acknowledged %llu, found %llu", it, seed,
			         (unsigned long long)acked, (unsigned long long)have);
		}
		/* At most one save can have landed without its ack arriving. */
		assert_true(have <= acked + 1);
		acked = have;
		debris += o.stale_removed;
		vault_opened_finish(&o);
	}
	printf("%ld kills, %lu acknowledged saves, %lu kills before any ack, %lu temp files "
	       "cleaned up, %.1f s\n",
	       iterations, acks, killed_before_first_ack, debris, (now_us() - started) / 1e6);
	assert_true(acks > 0);
	test_rmdir(dir);
	free(dir);
}

int main(int argc, char **argv)
{
	if (argc > 1) {
		iterations = strtol(argv[1], NULL, 10);
	}
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_kill_loop),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
