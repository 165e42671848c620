/* vault.lock (STORAGE.md §5 #18): a second instance is refused while a
 * child process holds the vault open, also after the child's save has
 * replaced diary.vault's inode, and the lock goes away with its holder,
 * even one killed with SIGKILL. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "crypto/vault.h"
#include "crypto/inbox.h"
#include "crypto/vault_lock.h"
#include "crypto/vault_probe.h"
#include "helpers.h"

/* The child: opens the vault, says 'L', then obeys one-byte commands:
 * 'S' saves (answering 'D'), 'Q' closes and exits. */
static void child(const char *dir, int cmd_fd, int reply_fd)
{
	struct test_hooks t;
	test_hooks_init(&t);
	struct vault_secret s = test_passphrase(TEST_PASS);
	struct vault_opened o;
	struct vault *v = NULL;
	if (vault_open_hooked(&t.hooks, dir, NULL, &s, &v, &o) != VAULT_OK) {
		_exit(2);
	}
	if (write(reply_fd, "L", 1) != 1) {
		_exit(3);
	}
	char c;
	while (read(cmd_fd, &c, 1) == 1) {
		if (c == 'S') {
			char ok = vault_save(v, o.image, o.image_len) == VAULT_OK ? 'D' : 'E';
			if (write(reply_fd, &ok, 1) != 1) {
				_exit(3);
			}
		} else if (c == 'Q') {
			break;
		}
	}
	vault_opened_finish(&o);
	vault_close(v);
	_exit(0);
}

struct holder {
	pid_t pid;
	int cmd, reply;
};

static struct holder start_holder(const char *dir)
{
	int to_child[2], from_child[2];
	assert_int_equal(pipe(to_child), 0);
	assert_int_equal(pipe(from_child), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(to_child[1]);
		close(from_child[0]);
		child(dir, to_child[0], from_child[1]);
	}
	close(to_child[0]);
	close(from_child[1]);
	struct holder h = {pid, to_child[1], from_child[0]};
	char c = 0;
	assert_int_equal(read(h.reply, &c, 1), 1);
	assert_int_equal(c, 'L');
	return h;
}

static void stop_holder(struct holder *h)
{
	close(h->cmd);
	close(h->reply);
	int status;
	assert_int_equal(waitpid(h->pid, &status, 0), h->pid);
}

static enum vault_status try_open(const char *dir)
{
	struct test_hooks t;
	test_hooks_init(&t);
	struct vault_secret s = test_passphrase(TEST_PASS);
	struct vault_opened o;
	enum vault_status st = test_open(dir, &s, &t, &o);
	vault_opened_finish(&o);
	if (st == VAULT_E_IN_USE) {
		assert_int_equal(t.kdf_calls, 0); /* refused before asking for work */
	}
	return st;
}

static bool in_use(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	assert_true(fd >= 0);
	bool busy = vault_lock_in_use(fd);
	close(fd);
	return busy;
}

static void test_second_instance_refused(void **state)
{
	(void)state;
	char *dir = test_mkdtemp();
	test_make_vault(dir, 4096, 1, NULL);
	assert_false(in_use(dir));
	struct holder h = start_holder(dir);
	assert_int_equal(try_open(dir), VAULT_E_IN_USE);
	assert_int_equal(vault_status_exit_code(VAULT_E_IN_USE), 4);
	assert_true(in_use(dir));
	struct vault_probe p;
	assert_int_equal(vault_probe(dir, &p), VAULT_OK);
	assert_true(p.in_use);

	/* The child's save renames a new inode over diary.vault: the lock,
	 * on its own file, still holds. */
	char *file = test_path(dir, VAULT_FILE_NAME);
	struct stat before, after;
	assert_int_equal(stat(file, &before), 0);
	char c = 0;
	assert_int_equal(write(h.cmd, "S", 1), 1);
	assert_int_equal(read(h.reply, &c, 1), 1);
	assert_int_equal(c, 'D');
	assert_int_equal(stat(file, &after), 0);
	assert_int_not_equal(before.st_ino, after.st_ino);
	assert_int_equal(try_open(dir), VAULT_E_IN_USE);

	assert_int_equal(write(h.cmd, "Q", 1), 1);
	stop_holder(&h);
	assert_false(in_use(dir));
	assert_int_equal(try_open(dir), VAULT_OK);
	free(file);
	test_rmdir(dir);
	free(dir);
}

static void test_killed_holder_releases(void **state)
{
	(void)state;
	char *dir = test_mkdtemp();
	test_make_vault(dir, 4096, 1, NULL);
	struct holder h = start_holder(dir);
	assert_int_equal(try_open(dir), VAULT_E_IN_USE);
	kill(h.pid, SIGKILL);
	stop_holder(&h);
	assert_int_equal(try_open(dir), VAULT_OK);
	test_rmdir(dir);
	free(dir);
}

/* Within one process too: the lock is per open file, not per process. */
static void test_same_process_refused(void **state)
{
	(void)state;
	char *dir = test_mkdtemp();
	test_make_vault(dir, 4096, 1, NULL);
	struct test_hooks t;
	test_hooks_init(&t);
	struct vault_secret s = test_passphrase(TEST_PASS);
	struct vault_opened o;
	struct vault *v = NULL;
	assert_int_equal(vault_open_hooked(&t.hooks, dir, NULL, &s, &v, &o), VAULT_OK);
	vault_opened_finish(&o);
	assert_int_equal(try_open(dir), VAULT_E_IN_USE);
	uint8_t *img = test_image(4096, 1);
	struct vault *v2 = NULL;
	assert_int_equal(vault_create_hooked(&t.hooks, dir, NULL, TEST_PASS, TEST_PASS_LEN, NULL,
	                                     img, 4096, &v2),
	                 VAULT_E_IN_USE);
	free(img);
	vault_close(v);
	assert_int_equal(try_open(dir), VAULT_OK);
	test_rmdir(dir);
	free(dir);
}

/* lock-status without a key: existence, last-saved time, backup copy,
 * waiting inbox entries; it creates nothing. */
static void test_probe(void **state)
{
	(void)state;
	char *dir = test_mkdtemp();
	char *missing = test_path(dir, "none");
	struct vault_probe p;
	assert_int_equal(vault_probe(missing, &p), VAULT_OK);
	assert_false(p.dir_exists);
	assert_false(p.exists);
	assert_int_not_equal(access(missing, F_OK), 0);
	assert_int_equal(vault_probe(dir, &p), VAULT_OK);
	assert_true(p.dir_exists);
	assert_false(p.exists);
	assert_int_equal(p.header, VAULT_E_NO_VAULT);

	char rk[VAULT_RECOVERY_TEXT_SIZE];
	test_make_vault(dir, 4096, 1, rk);
	uint8_t pk[INBOX_KEY_LEN], sk[INBOX_KEY_LEN], id[INBOX_ID_LEN];
	assert_true(inbox_keypair(pk, sk));
	assert_int_equal(inbox_publish(dir, pk), VAULT_OK);
	assert_int_equal(inbox_append(dir, "a", 1, id), VAULT_OK);
	assert_int_equal(inbox_append(dir, "b", 1, id), VAULT_OK);
	assert_int_equal(vault_probe(dir, &p), VAULT_OK);
	assert_true(p.exists);
	assert_false(p.in_use);
	assert_int_equal(p.header, VAULT_OK);
	assert_true(p.has_recovery);
	assert_false(p.prev_exists);
	assert_true(p.saved_at > 1700000000);
	assert_int_equal(p.inbox_pending, 2);
	assert_true(p.inbox_pub);
	char *lock = test_path(dir, VAULT_LOCK_NAME);
	char *file = test_path(dir, VAULT_FILE_NAME);
	unlink(lock);
	assert_int_equal(vault_probe(dir, &p), VAULT_OK);
	assert_int_not_equal(access(lock, F_OK), 0); /* no lock file made */
	uint8_t junk[64] = "NOTAVAULT";
	test_write(file, junk, sizeof(junk));
	assert_int_equal(vault_probe(dir, &p), VAULT_OK);
	assert_int_equal(p.header, VAULT_E_NOT_VAULT);
	free(lock);
	free(file);
	free(missing);
	test_rmdir(dir);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_second_instance_refused),
	    cmocka_unit_test(test_killed_holder_releases),
	    cmocka_unit_test(test_same_process_refused),
	    cmocka_unit_test(test_probe),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
