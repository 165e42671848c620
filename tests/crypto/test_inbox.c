/* The sealed inbox (crypto/inbox*.c): append and read back, a torn last
 * record, ids that make a repeated merge harmless, a replaced inbox.pub,
 * fixed-size records, and appends racing a merge in another process. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "crypto/inbox.h"
#include "helpers.h"

struct fixture {
	char *dir;
	char *inbox;
	uint8_t pk[INBOX_KEY_LEN], sk[INBOX_KEY_LEN];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	f->dir = test_mkdtemp();
	f->inbox = test_path(f->dir, INBOX_NAME);
	assert_true(inbox_keypair(f->pk, f->sk));
	assert_int_equal(inbox_publish(f->dir, f->pk), VAULT_OK);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	test_rmdir(f->dir);
	free(f->dir);
	free(f->inbox);
	free(f);
	return 0;
}

static size_t pending(const struct fixture *f)
{
	int fd = open(f->dir, O_RDONLY | O_DIRECTORY);
	assert_true(fd >= 0);
	size_t n = inbox_pending(fd);
	close(fd);
	return n;
}

static off_t file_size(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? st.st_size : -1;
}

static void append(const struct fixture *f, const char *text, uint8_t id[INBOX_ID_LEN])
{
	assert_int_equal(inbox_append(f->dir, text, strlen(text), id), VAULT_OK);
}

static void test_append_and_read(void **state)
{
	struct fixture *f = *state;
	char longest[INBOX_PAYLOAD_MAX + 1];
	memset(longest, 'n', INBOX_PAYLOAD_MAX);
	longest[INBOX_PAYLOAD_MAX] = '\0';
	const char *texts[] = {"urge self-harm 4 at 14:02", "", longest};
	uint8_t ids[3][INBOX_ID_LEN];
	for (int i = 0; i < 3; i++) {
		append(f, texts[i], ids[i]);
		/* Every record the same size: the note's length does not show. */
		assert_int_equal(file_size(f->inbox), (off_t)(i + 1) * INBOX_RECORD_LEN);
	}
	assert_memory_not_equal(ids[0], ids[1], INBOX_ID_LEN);
	assert_int_equal(pending(f), 3);
	/* Sealed: the text is not in the file. */
	size_t len;
	uint8_t *raw = test_read(f->inbox, &len);
	assert_null(memmem(raw, len, "self-harm", 9));
	free(raw);

	struct inbox_batch b = {0};
	assert_int_equal(inbox_take(f->dir, f->pk, f->sk, &b), VAULT_OK);
	assert_int_equal(b.count, 3);
	assert_int_equal(b.torn, 0);
	assert_int_equal(b.unreadable, 0);
	for (int i = 0; i < 3; i++) {
		assert_memory_equal(b.entries[i].id, ids[i], INBOX_ID_LEN);
		assert_int_equal(b.entries[i].len, strlen(texts[i]));
		assert_memory_equal(b.entries[i].payload, texts[i], strlen(texts[i]));
	}
	assert_int_equal(file_size(f->inbox), -1); /* set aside */
	assert_int_equal(pending(f), 3);           /* still waiting until released */
	assert_int_equal(inbox_release(f->dir, &b), VAULT_OK);
	assert_int_equal(pending(f), 0);
	inbox_batch_finish(&b);

	/* Nothing waiting is not an error. */
	assert_int_equal(inbox_take(f->dir, f->pk, f->sk, &b), VAULT_OK);
	assert_int_equal(b.count, 0);
	inbox_batch_finish(&b);
}

static void test_torn_last_record(void **state)
{
	struct fixture *f = *state;
	uint8_t id[3][INBOX_ID_LEN];
	append(f, "one", id[0]);
	append(f, "two", id[1]);
	/* A crash in the middle of the third append. */
	uint8_t rec[INBOX_RECORD_LEN], torn_id[INBOX_ID_LEN];
	assert_int_equal(inbox_record_seal(rec, torn_id, "three", 5, f->pk), VAULT_OK);
	int fd = open(f->inbox, O_WRONLY | O_APPEND);
	assert_int_equal(write(fd, rec, 500), 500);
	close(fd);
	assert_int_equal(pending(f), 2);

	struct inbox_batch b = {0};
	assert_int_equal(inbox_take(f->dir, f->pk, f->sk, &b), VAULT_OK);
	assert_int_equal(b.count, 2);
	assert_int_equal(b.torn, 1);
	assert_int_equal(b.unreadable, 0);
	inbox_batch_finish(&b);

	/* Appending after a torn tail cuts it off first, so later records stay
	 * readable. */
	test_rmdir(f->dir);
	assert_int_equal(mkdir(f->dir, 0700), 0);
	assert_int_equal(inbox_publish(f->dir, f->pk), VAULT_OK);
	append(f, "one", id[0]);
	fd = open(f->inbox, O_WRONLY | O_APPEND);
	assert_int_equal(write(fd, rec, 300), 300);
	close(fd);
	append(f, "four", id[2]);
	assert_int_equal(file_size(f->inbox), 2 * INBOX_RECORD_LEN);
	assert_int_equal(inbox_take(f->dir, f->pk, f->sk, &b), VAULT_OK);
	assert_int_equal(b.count, 2);
	assert_memory_equal(b.entries[1].payload, "four", 4);
	inbox_batch_finish(&b);
}

/* A crash after the merge's save but before the release: the next take
 * returns the same records with the same ids, plus new ones. */
static void test_repeat_merge_keeps_ids(void **state)
{
	struct fixture *f = *state;
	uint8_t a[INBOX_ID_LEN], b_id[INBOX_ID_LEN], c[INBOX_ID_LEN];
	append(f, "a", a);
	append(f, "b", b_id);
	struct inbox_batch first = {0};
	assert_int_equal(inbox_take(f->dir, f->pk, f->sk, &first), VAULT_OK);
	assert_int_equal(first.count, 2);
	inbox_batch_finish(&first); /* ...and the process dies before inbox_release */

	append(f, "c", c);
	struct inbox_batch again = {0};
	assert_int_equal(inbox_take(f->dir, f->pk, f->sk, &again), VAULT_OK);
	assert_int_equal(again.count, 3);
	assert_int_equal(again.file_count, 2);
	int seen = 0;
	for (size_t i = 0; i < again.count; i++) {
		seen |= memcmp(again.entries[i].id, a, INBOX_ID_LEN) == 0 ? 1 : 0;
		seen |= memcmp(again.entries[i].id, b_id, INBOX_ID_LEN) == 0 ? 2 : 0;
		seen |= memcmp(again.entries[i].id, c, INBOX_ID_LEN) == 0 ? 4 : 0;
	}
	assert_int_equal(seen, 7);
	assert_int_equal(inbox_release(f->dir, &again), VAULT_OK);
	inbox_batch_finish(&again);
	assert_int_equal(pending(f), 0);

	/* The same record twice in a file is read once. */
	uint8_t rec[INBOX_RECORD_LEN], id[INBOX_ID_LEN];
	assert_int_equal(inbox_record_seal(rec, id, "dup", 3, f->pk), VAULT_OK);
	struct inbox_batch d = {0};
	uint8_t two[2 * INBOX_RECORD_LEN];
	memcpy(two, rec, INBOX_RECORD_LEN);
	memcpy(two + INBOX_RECORD_LEN, rec, INBOX_RECORD_LEN);
	assert_int_equal(inbox_parse(&d, two, sizeof(two), f->pk, f->sk), VAULT_OK);
	assert_int_equal(d.count, 1);
	assert_int_equal(d.duplicates, 1);
	inbox_batch_finish(&d);
}

static void test_changed_pub_detected(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(inbox_pub_compare(f->dir, f->pk), INBOX_PUB_SAME);
	uint8_t pk2[INBOX_KEY_LEN], sk2[INBOX_KEY_LEN];
	assert_true(inbox_keypair(pk2, sk2));
	assert_int_equal(inbox_publish(f->dir, pk2), VAULT_OK); /* someone replaced it */
	assert_int_equal(inbox_pub_compare(f->dir, f->pk), INBOX_PUB_CHANGED);
	uint8_t id[INBOX_ID_LEN];
	append(f, "sealed to the stranger", id);
	struct inbox_batch b = {0};
	assert_int_equal(inbox_take(f->dir, f->pk, f->sk, &b), VAULT_OK);
	assert_int_equal(b.count, 0);
	assert_int_equal(b.unreadable, 1);
	inbox_batch_finish(&b);

	char *pub = test_path(f->dir, INBOX_PUB_NAME);
	test_write(pub, (const uint8_t *)"garbage", 7);
	assert_int_equal(inbox_pub_compare(f->dir, f->pk), INBOX_PUB_CHANGED);
	assert_int_equal(inbox_append(f->dir, "x", 1, id), VAULT_E_INBOX_KEY);
	unlink(pub);
	assert_int_equal(inbox_pub_compare(f->dir, f->pk), INBOX_PUB_MISSING);
	assert_int_equal(inbox_append(f->dir, "x", 1, id), VAULT_E_INBOX_KEY);
	assert_int_equal(inbox_publish(f->dir, f->pk), VAULT_OK);
	struct stat st;
	assert_int_equal(stat(pub, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	free(pub);
}

static void test_limits(void **state)
{
	struct fixture *f = *state;
	char big[INBOX_PAYLOAD_MAX + 1];
	memset(big, 'x', sizeof(big));
	uint8_t id[INBOX_ID_LEN];
	assert_int_equal(inbox_append(f->dir, big, sizeof(big), id), VAULT_E_TOO_LONG);
	assert_int_equal(file_size(f->inbox), -1);
	char *missing = test_path(f->dir, "nowhere");
	assert_int_equal(inbox_append(missing, "x", 1, id), VAULT_E_INBOX_KEY);
	free(missing);
	/* A damaged record in the middle costs only itself. */
	uint8_t ids[3][INBOX_ID_LEN];
	append(f, "1", ids[0]);
	append(f, "2", ids[1]);
	append(f, "3", ids[2]);
	size_t len;
	uint8_t *raw = test_read(f->inbox, &len);
	raw[INBOX_RECORD_LEN + 100] ^= 1;
	test_write(f->inbox, raw, len);
	free(raw);
	struct inbox_batch b = {0};
	assert_int_equal(inbox_take(f->dir, f->pk, f->sk, &b), VAULT_OK);
	assert_int_equal(b.count, 2);
	assert_int_equal(b.unreadable, 1);
	inbox_batch_finish(&b);
}

/* A child appends while the parent keeps merging: every append the child
 * saw succeed is read exactly once across all the batches. */
static void test_append_races_merge(void **state)
{
	struct fixture *f = *state;
	enum { N = 60 };
	int p[2];
	assert_int_equal(pipe(p), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(p[0]);
		for (int i = 0; i < N; i++) {
			uint8_t id[INBOX_ID_LEN];
			char text[16];
			int n = snprintf(text, sizeof(text), "entry %d", i);
			if (inbox_append(f->dir, text, (size_t)n, id) != VAULT_OK ||
			    write(p[1], id, sizeof(id)) != (ssize_t)sizeof(id)) {
				_exit(1);
			}
		}
		_exit(0);
	}
	close(p[1]);
	uint8_t acked[N][INBOX_ID_LEN];
	uint8_t(*got)[INBOX_ID_LEN] = calloc(4 * N, INBOX_ID_LEN);
	size_t n_acked = 0, n_got = 0;
	bool child_done = false;
	while (!child_done || n_acked < N) {
		struct inbox_batch b = {0};
		assert_int_equal(inbox_take(f->dir, f->pk, f->sk, &b), VAULT_OK);
		assert_int_equal(b.torn, 0);
		for (size_t i = 0; i < b.count; i++) {
			assert_true(n_got < 4 * N);
			memcpy(got[n_got++], b.entries[i].id, INBOX_ID_LEN);
		}
		assert_int_equal(inbox_release(f->dir, &b), VAULT_OK);
		inbox_batch_finish(&b);
		ssize_t r = read(p[0], acked[n_acked], INBOX_ID_LEN);
		if (r == INBOX_ID_LEN) {
			n_acked++;
		} else {
			child_done = true;
			assert_int_equal(n_acked, N);
		}
	}
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	struct inbox_batch last = {0};
	assert_int_equal(inbox_take(f->dir, f->pk, f->sk, &last), VAULT_OK);
	for (size_t i = 0; i < last.count; i++) {
		memcpy(got[n_got++], last.entries[i].id, INBOX_ID_LEN);
	}
	assert_int_equal(inbox_release(f->dir, &last), VAULT_OK);
	inbox_batch_finish(&last);
	close(p[0]);
	assert_int_equal(n_got, N);
	for (size_t i = 0; i < N; i++) {
		size_t hits = 0;
		for (size_t j = 0; j < n_got; j++) {
			hits += memcmp(acked[i], got[j], INBOX_ID_LEN) == 0;
		}
		assert_int_equal(hits, 1);
	}
	free(got);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
	    T(test_append_and_read),      T(test_torn_last_record), T(test_repeat_merge_keeps_ids),
	    T(test_changed_pub_detected), T(test_limits),           T(test_append_races_merge),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
