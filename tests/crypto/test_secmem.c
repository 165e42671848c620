/* crypto/secmem.c (STORAGE.md §5 #16, the parts this layer owns): the
 * lock-down the CLI calls while unlocked really turns core dumps off, and
 * secret buffers are usable, guarded memory. Zeroing of SQLite's freed
 * blocks belongs to the store's allocator and its tests. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "crypto/secmem.h"
#include "crypto/vault.h"

/* In a child, so the test runner keeps its own settings. */
static void test_lock_down(void **state)
{
	(void)state;
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct rlimit some = {1 << 20, 1 << 20};
		setrlimit(RLIMIT_CORE, &some);
		if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 1) {
			_exit(10); /* the test would prove nothing */
		}
		if (!secmem_lock_down()) {
			_exit(11);
		}
		struct rlimit now;
		if (getrlimit(RLIMIT_CORE, &now) != 0 || now.rlim_cur != 0 || now.rlim_max != 0) {
			_exit(12);
		}
		if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0) {
			_exit(13);
		}
		/* The hard limit is 0 too: nothing in the process can raise it. */
		struct rlimit raise = {1 << 20, 1 << 20};
		if (setrlimit(RLIMIT_CORE, &raise) == 0 && getuid() != 0) {
			_exit(14);
		}
		_exit(0);
	}
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

static void test_secure_buffers(void **state)
{
	(void)state;
	assert_true(secmem_init());
	assert_null(secmem_alloc(0));
	uint8_t *p = secmem_alloc(100);
	assert_non_null(p);
	memset(p, 0xab, 100);
	assert_int_equal(p[99], 0xab);
	secmem_free(p);
	secmem_free(NULL);
}

/* Writing past a secret buffer hits a guard page instead of leaking into
 * a neighbour: the process dies with SIGSEGV. */
static void test_guard_page(void **state)
{
	(void)state;
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		signal(SIGSEGV, SIG_DFL); /* not cmocka's handler */
		volatile uint8_t *p = secmem_alloc(64);
		if (p == NULL) {
			_exit(1);
		}
		for (size_t i = 64; i < 64 + 65536; i++) {
			p[i] = 1;
		}
		_exit(0);
	}
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGSEGV);
}

/* vault_opened_finish forgets the image; the buffer itself is wiped by
 * sodium_free, which the guard-page test shows is in use. */
static void test_opened_finish_clears(void **state)
{
	(void)state;
	struct vault_opened o = {0};
	o.image = secmem_alloc(4096);
	o.image_len = 4096;
	vault_opened_finish(&o);
	assert_null(o.image);
	assert_int_equal(o.image_len, 0);
	vault_opened_finish(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_lock_down),
	    cmocka_unit_test(test_secure_buffers),
	    cmocka_unit_test(test_guard_page),
	    cmocka_unit_test(test_opened_finish_clears),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
