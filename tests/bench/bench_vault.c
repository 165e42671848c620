/* Benchmark: the vault's speed and memory budgets (issue 3; STORAGE.md
 * §3.1 "Performance", §4.7, the sealed inbox), on the ten-year diary of
 * bench_diary.h.
 *
 * Unlocking is timed with the recovery key, which opens the vault through
 * the same read, header check, unwrap, decrypt and authentication as a
 * passphrase but runs no Argon2id at all: that is "unlock after the KDF"
 * exactly (a KDF counter checks none ran). Run with
 * meson test -C build --benchmark --suite bench -v */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench_clock.h"
#include "bench_diary.h"
#include "core/str.h"
#include "core/urge_record.h"
#include "crypto/inbox.h"
#include "crypto/vault.h"
#include "crypto/vault_hooks.h"
#include "store/alloc.h"
#include "store/diary.h"
#include "store/store.h"
#include "store/urge_event.h"

/* In bench_plain_sqlite.c. */
struct plain_db;
struct plain_db *plain_db_open(const char *path);
bool plain_db_check(struct plain_db *db);
bool plain_db_save(struct plain_db *db, const char *date, const char *note,
                   const struct store_urge *urge);
void plain_db_close(struct plain_db *db);

#define UNLOCK_RUNS 15
#define SAVE_RUNS 25
#define APPEND_RUNS 60

#define UNLOCK_RATIO_BUDGET 1.4 /* against plain SQLite opening the same image */
#define SHORT_TIME_ALLOWANCE 1.5
#define UNLOCK_BUDGET_MS 100.0
#define SAVE_BUDGET_MS 60.0
#define APPEND_BUDGET_MS 15.0
#define MEMORY_BUDGET_MB 48.0 /* 10^6 bytes */

/* WISEMIND_BENCH_SHORT=1 (CI): the times in milliseconds, which depend on
 * the machine and what else runs on it, get an allowance for noise and are
 * judged on the first quartile rather than the median (a shared machine
 * here ran the same unlock at 75 ms and at 130 ms minutes apart); the
 * ratios against plain SQLite and the memory budget do not. A full run
 * holds every budget exactly, on the median. */
static bool short_run(void)
{
	return getenv("WISEMIND_BENCH_SHORT") != NULL;
}

/* Whether times (already sorted) break a budget in milliseconds. */
static bool over_budget(const double *sorted, size_t n, double budget)
{
	if (short_run()) {
		return sorted[n / 4] > budget * SHORT_TIME_ALLOWANCE;
	}
	return sorted[n / 2] > budget;
}

/* Sorts times and returns the median. */
static double median(double *times, size_t n)
{
	bench_sort(times, n);
	return n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
}

static double mb(double bytes)
{
	return bytes / 1e6;
}

/* dir/name into out (PATH_LEN bytes); false when it does not fit. */
#define PATH_LEN BENCH_PATH_LEN
static bool path_join(char out[PATH_LEN], const char *dir, const char *name)
{
	int n = snprintf(out, PATH_LEN, "%s/%s", dir, name);
	return n > 0 && n < PATH_LEN;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool check(enum store_status st, const char *what)
{
	if (st != STORE_OK) {
		fprintf(stderr, "bench_vault: %s: %s\n", what, store_status_message(st));
	}
	return st == STORE_OK;
}

/* What a card edit and a quick urge change before each save: the last
 * day's note and one new urge. The same change goes to plain SQLite. */
struct change {
	char date[DATE_TEXT_SIZE];
	char note[600];
	char at[32];
	struct store_urge urge;
};

static void change_make(struct change *c, unsigned n)
{
	bench_diary_date(BENCH_DIARY_DAYS - 1, c->date);
	snprintf(c->note, sizeof(c->note), "%s %s (edit %u)", bench_diary_sentence(n),
	         bench_diary_sentence(n * 7 + 3), n);
	snprintf(c->at, sizeof(c->at), "%sT%02u:%02u:00+00:00", c->date, 8 + n / 60 % 15, n % 60);
	c->urge = (struct store_urge){
	    .at = c->at,
	    .target = "self-harm",
	    .before = 4,
	    .after = 2,
	    .skill = "tip",
	    .note = bench_diary_sentence(n * 5 + 1),
	};
	store_urge_id_new(c->urge.id);
}

static bool change_apply(struct store *s, const struct change *c)
{
	return check(store_diary_set_note(s, c->date, c->note), "note") &&
	       check(store_urge_add(s, &c->urge, NULL), "urge event");
}

static bool vault_ok(enum vault_status st, const char *what)
{
	if (st != VAULT_OK) {
		fprintf(stderr, "bench_vault: %s: %s\n", what, vault_status_message(st));
	}
	return st == VAULT_OK;
}

/* Counts Argon2id runs, to show the recovery-key unlock runs none. */
static void count_kdf(void *ctx)
{
	(*(unsigned *)ctx)++;
}

/* Opens the vault and the diary in it: the whole unlock after the KDF
 * when secret is the recovery key. *vault_ms (may be NULL) gets the
 * time vault_open took. */
static bool unlock(const struct vault_hooks *hooks, const char *dir,
                   const struct vault_secret *secret, struct vault **v, struct store **s,
                   double *vault_ms)
{
	struct vault_opened o;
	double start = bench_now_ms();
	if (!vault_ok(vault_open_hooked(hooks, dir, NULL, secret, v, &o), "vault_open")) {
		return false;
	}
	if (vault_ms != NULL) {
		*vault_ms = bench_now_ms() - start;
	}
	bool ok = check(store_open_image_copy(o.image, o.image_len, s), "store_open_image_copy");
	vault_opened_finish(&o);
	if (!ok) {
		vault_close(*v);
		*v = NULL;
	}
	return ok;
}

static bool save(struct vault *v, struct store *s)
{
	struct store_image img;
	if (!check(store_image_get(s, &img), "store_image_get")) {
		return false;
	}
	bool ok = vault_ok(vault_save(v, img.data, img.len), "vault_save");
	store_image_release(&img);
	return ok;
}

/* A VmRSS/VmHWM figure of this process, in kB; -1 when unreadable. */
static long status_kb(const char *field)
{
	FILE *f = fopen("/proc/self/status", "r");
	if (f == NULL) {
		return -1;
	}
	char line[256];
	long kb = -1;
	size_t n = strlen(field);
	while (fgets(line, sizeof(line), f) != NULL) {
		if (strncmp(line, field, n) == 0) {
			kb = strtol(line + n, NULL, 10);
			break;
		}
	}
	fclose(f);
	return kb;
}

/* The memory measurement, in a fresh process (re-executed, so nothing of
 * the generator is resident): unlock with the recovery key (no Argon2id)
 * and save once. Prints "RSS-before HWM" in kB. */
static int memory_child(const char *dir, const char *recovery)
{
	if (!store_global_init()) {
		return 1;
	}
	long before = status_kb("VmRSS:");
	struct vault_secret secret = {VAULT_SECRET_RECOVERY, recovery, strlen(recovery)};
	struct vault *v = NULL;
	struct store *s = NULL;
	if (!unlock(NULL, dir, &secret, &v, &s, NULL)) {
		return 1;
	}
	struct change c;
	change_make(&c, 9999);
	bool ok = change_apply(s, &c) && save(v, s);
	store_destroy(s);
	vault_close(v);
	if (!ok) {
		return 1;
	}
	printf("%ld %ld\n", before, status_kb("VmHWM:"));
	return 0;
}

static bool run_memory_child(const char *dir, const char *recovery, long *before_kb, long *hwm_kb)
{
	int fds[2];
	if (pipe(fds) != 0) {
		return false;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return false;
	}
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], STDOUT_FILENO);
		close(fds[1]);
		execl("/proc/self/exe", "bench_vault", "--memory-child", dir, recovery,
		      (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	char buf[64] = {0};
	ssize_t n = read(fds[0], buf, sizeof(buf) - 1);
	close(fds[0]);
	int wstatus;
	if (waitpid(pid, &wstatus, 0) != pid || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0 ||
	    n <= 0) {
		return false;
	}
	return sscanf(buf, "%ld %ld", before_kb, hwm_kb) == 2;
}

static bool write_file(const char *path, const void *buf, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		return false;
	}
	bool ok = write(fd, buf, len) == (ssize_t)len && fsync(fd) == 0;
	return close(fd) == 0 && ok;
}

static long file_size(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		return -1;
	}
	long n = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
	fclose(f);
	return n;
}

/* What one small durable write costs on this disk, to read the times
 * above against: a 4 KiB write and fsync, median of 20. */
static double fsync_ms(const char *dir)
{
	char path[PATH_LEN];
	if (!path_join(path, dir, "fsync.probe")) {
		return -1;
	}
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		return -1;
	}
	static const char block[4096];
	double times[20];
	bool ok = true;
	for (size_t i = 0; ok && i < COUNT(times); i++) {
		double start = bench_now_ms();
		ok = write(fd, block, sizeof(block)) == (ssize_t)sizeof(block) && fsync(fd) == 0;
		times[i] = bench_now_ms() - start;
	}
	close(fd);
	unlink(path);
	return ok ? median(times, COUNT(times)) : -1;
}

struct results {
	double unlock_ms;
	double save_ms;
	double change_save_ms;
	bool failed;
};

/* 1: unlock after the KDF, by recovery key; for reference, by passphrase
 * with the cheap test KDF. */
static bool bench_unlock(const char *dir, const char *recovery, size_t image_len,
                         struct results *res)
{
	unsigned kdf_runs = 0;
	struct vault_hooks hooks = {.on_kdf = count_kdf, .ctx = &kdf_runs};
	struct vault_secret by_key = {VAULT_SECRET_RECOVERY, recovery, strlen(recovery)};
	struct vault_secret by_pass = {VAULT_SECRET_PASSPHRASE, BENCH_PASS, strlen(BENCH_PASS)};
	double key_ms[UNLOCK_RUNS], vault_ms[UNLOCK_RUNS], pass_ms[UNLOCK_RUNS];
	for (int i = 0; i < UNLOCK_RUNS; i++) {
		struct vault *v;
		struct store *s;
		double start = bench_now_ms();
		if (!unlock(&hooks, dir, &by_key, &v, &s, &vault_ms[i])) {
			return false;
		}
		key_ms[i] = bench_now_ms() - start;
		store_destroy(s);
		vault_close(v);
	}
	if (kdf_runs != 0) {
		fprintf(stderr, "bench_vault: the recovery-key unlock ran Argon2id\n");
		return false;
	}
	for (int i = 0; i < UNLOCK_RUNS; i++) {
		struct vault *v;
		struct store *s;
		double start = bench_now_ms();
		if (!unlock(&hooks, dir, &by_pass, &v, &s, NULL)) {
			return false;
		}
		pass_ms[i] = bench_now_ms() - start;
		store_destroy(s);
		vault_close(v);
	}
	res->unlock_ms = median(key_ms, UNLOCK_RUNS);
	char path[PATH_LEN];
	long file = path_join(path, dir, VAULT_FILE_NAME) ? file_size(path) : -1;
	printf("vault unlock after KDF (10-year diary, %.1f MB image, %.1f MB file; read, "
	       "authenticate, decrypt, deserialize, quick_check; by recovery key, so no Argon2id "
	       "runs): median %.1f ms, worst %.1f ms over %d runs (budget %.0f ms)\n",
	       mb((double)image_len), mb((double)file), res->unlock_ms, key_ms[UNLOCK_RUNS - 1],
	       UNLOCK_RUNS, UNLOCK_BUDGET_MS);
	printf("  of which vault_open (read, authenticate, decrypt): median %.1f ms; the rest is "
	       "store_open_image_copy (copy, deserialize, quick_check)\n",
	       median(vault_ms, UNLOCK_RUNS));
	printf("  for reference, the same unlock by passphrase with the cheap test KDF "
	       "(Argon2id ops 1, 8 MiB) included: median %.1f ms (not budgeted)\n",
	       median(pass_ms, UNLOCK_RUNS));
	res->failed |= over_budget(key_ms, UNLOCK_RUNS, UNLOCK_BUDGET_MS);
	return true;
}

/* 2: one save after a change (the change itself timed apart). */
static bool bench_save(const char *dir, const char *recovery, struct results *res)
{
	struct vault_secret by_key = {VAULT_SECRET_RECOVERY, recovery, strlen(recovery)};
	struct vault *v;
	struct store *s;
	if (!unlock(NULL, dir, &by_key, &v, &s, NULL)) {
		return false;
	}
	double save_ms[SAVE_RUNS], both_ms[SAVE_RUNS];
	bool ok = true;
	for (int i = 0; ok && i < SAVE_RUNS; i++) {
		struct change c;
		change_make(&c, (unsigned)i);
		double start = bench_now_ms();
		ok = change_apply(s, &c);
		double saving = bench_now_ms();
		ok = ok && save(v, s);
		double end = bench_now_ms();
		save_ms[i] = end - saving;
		both_ms[i] = end - start;
	}
	store_destroy(s);
	vault_close(v);
	if (!ok) {
		return false;
	}
	res->save_ms = median(save_ms, SAVE_RUNS);
	res->change_save_ms = median(both_ms, SAVE_RUNS);
	printf("vault save (serialize, encrypt, write, fsync, read back and authenticate, link "
	       ".prev, rename, fsync dir): median %.1f ms, worst %.1f ms over %d runs "
	       "(budget %.0f ms)\n",
	       res->save_ms, save_ms[SAVE_RUNS - 1], SAVE_RUNS, SAVE_BUDGET_MS);
	res->failed |= over_budget(save_ms, SAVE_RUNS, SAVE_BUDGET_MS);
	return true;
}

/* 3: a quick urge while locked, encoded as the unlock will decode it
 * (core/urge_record), sealed to the vault's inbox.pub and appended
 * durably. */
static bool bench_append(const char *dir, struct results *res)
{
	double times[APPEND_RUNS];
	for (int i = 0; i < APPEND_RUNS; i++) {
		struct urge_record r = {.rating = 4};
		snprintf(r.at, sizeof(r.at), "2025-12-28T21:%02d:00+00:00", i % 60);
		snprintf(r.target, sizeof(r.target), "self-harm");
		snprintf(r.note, sizeof(r.note), "%s", bench_diary_sentence((unsigned)i));
		uint8_t id[INBOX_ID_LEN];
		double start = bench_now_ms();
		struct str payload = {0};
		bool ok = urge_record_encode(&r, &payload) &&
		          vault_ok(inbox_append(dir, payload.buf, payload.len, id), "inbox_append");
		str_finish(&payload);
		if (!ok) {
			return false;
		}
		times[i] = bench_now_ms() - start;
	}
	double first = times[0];
	double m = median(times, APPEND_RUNS);
	printf("locked urge append (encode, seal to inbox.pub, O_APPEND write, fsync; the first "
	       "also fsyncs the directory, %.1f ms): median %.1f ms, worst %.1f ms over %d runs "
	       "(budget %.0f ms)\n",
	       first, m, times[APPEND_RUNS - 1], APPEND_RUNS, APPEND_BUDGET_MS);
	res->failed |= over_budget(times, APPEND_RUNS, APPEND_BUDGET_MS);
	return true;
}

/* 4: peak memory of a fresh process that only unlocks and saves. */
static bool bench_memory(const char *dir, const char *recovery, struct results *res)
{
	long before = 0, hwm = 0;
	if (!run_memory_child(dir, recovery, &before, &hwm)) {
		fprintf(stderr, "bench_vault: the memory child failed\n");
		return false;
	}
	double peak = mb((double)hwm * 1024);
	printf("peak memory outside the KDF (VmHWM of a fresh process that unlocks by recovery "
	       "key, so no Argon2id, and saves once): %.1f MB, of which %.1f MB resident before "
	       "the unlock (budget %.0f MB)\n",
	       peak, mb((double)before * 1024), MEMORY_BUDGET_MB);
	res->failed |= peak > MEMORY_BUDGET_MB;
	return true;
}

/* 5: the same diary as a plain SQLite file. The two opens alternate, one
 * of each per round, so both see the machine in the same state: on a
 * shared machine whose speed drifts during a run, timing them minutes
 * apart compared two different machines. */
static bool bench_plain(const char *dir, const char *recovery, struct store *s,
                        struct results *res)
{
	char path[PATH_LEN];
	struct store_image img;
	if (!path_join(path, dir, "plain.db")) {
		return false;
	}
	if (!check(store_image_get(s, &img), "store_image_get")) {
		return false;
	}
	bool ok = write_file(path, img.data, img.len);
	store_image_release(&img);
	if (!ok) {
		fprintf(stderr, "bench_vault: cannot write %s: %s\n", path, strerror(errno));
		return false;
	}
	struct vault_secret by_key = {VAULT_SECRET_RECOVERY, recovery, strlen(recovery)};
	double open_ms[UNLOCK_RUNS], vault_ms[UNLOCK_RUNS], save_ms[SAVE_RUNS];
	for (int i = 0; i < UNLOCK_RUNS; i++) {
		struct vault *v;
		struct store *vs;
		double start = bench_now_ms();
		if (!unlock(NULL, dir, &by_key, &v, &vs, NULL)) {
			return false;
		}
		vault_ms[i] = bench_now_ms() - start;
		store_destroy(vs);
		vault_close(v);
		start = bench_now_ms();
		struct plain_db *db = plain_db_open(path);
		ok = db != NULL && plain_db_check(db);
		open_ms[i] = bench_now_ms() - start;
		plain_db_close(db);
		if (!ok) {
			fprintf(stderr, "bench_vault: plain SQLite open or quick_check failed\n");
			return false;
		}
	}
	struct plain_db *db = plain_db_open(path);
	int saved = 0;
	while (db != NULL && saved < SAVE_RUNS) {
		struct change c;
		change_make(&c, (unsigned)saved);
		double start = bench_now_ms();
		if (!plain_db_save(db, c.date, c.note, &c.urge)) {
			break;
		}
		save_ms[saved++] = bench_now_ms() - start;
	}
	plain_db_close(db);
	if (saved != SAVE_RUNS) {
		fprintf(stderr, "bench_vault: plain SQLite save failed\n");
		return false;
	}
	double plain_open = median(open_ms, UNLOCK_RUNS);
	double vault_open = median(vault_ms, UNLOCK_RUNS);
	double plain_save = median(save_ms, SAVE_RUNS);
	/* Issue 8: a ratio measured in the same run holds across machines. */
	double open_ratio = vault_open / plain_open;
	printf("open vs plain SQLite (warm page cache, the two opens alternating): vault unlock "
	       "after KDF %.1f ms / sqlite3_open_v2 + journal_mode=DELETE, synchronous=FULL + "
	       "quick_check(1) on the same image as a file %.1f ms = %.2fx (budget %.1fx)\n",
	       vault_open, plain_open, open_ratio, UNLOCK_RATIO_BUDGET);
	res->failed |= open_ratio > UNLOCK_RATIO_BUDGET;
	printf("save vs plain SQLite: vault (set a day's note and add an urge in memory, then "
	       "the whole save above) %.1f ms / one transaction doing the same upsert and insert "
	       "on the file, committed with journal_mode=DELETE, synchronous=FULL %.1f ms = %.1fx "
	       "(not budgeted)\n",
	       res->change_save_ms, plain_save, res->change_save_ms / plain_save);
	return true;
}

static int run(const char *dir)
{
	struct store *s = NULL;
	struct bench_diary diary = {0};
	if (!bench_diary_generate(&s, &diary)) {
		return 2;
	}
	/* Created with the cheap KDF so that the passphrase reference unlock
	 * stays cheap; the recovery-key unlock runs no KDF either way. */
	char recovery[VAULT_RECOVERY_TEXT_SIZE];
	bool ok = bench_diary_vault(s, dir, NULL, recovery, &diary);
	size_t image_len = diary.image_len;
	if (ok) {
		bench_diary_print(&diary);
		printf("this disk: 4 KiB write + fsync %.2f ms\n", fsync_ms(dir));
	}
	struct results res = {0};
	ok = ok && bench_unlock(dir, recovery, image_len, &res) &&
	     bench_save(dir, recovery, &res) && bench_append(dir, &res) &&
	     bench_memory(dir, recovery, &res) && bench_plain(dir, recovery, s, &res);
	store_destroy(s);
	if (!ok) {
		return 2;
	}
	if (res.failed && BENCH_SANITIZED) {
		printf("a budget was exceeded, but this is a sanitizer build: not a failure\n");
		return 0;
	}
	if (res.failed) {
		printf("a budget was exceeded\n");
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 4 && strcmp(argv[1], "--memory-child") == 0) {
		return memory_child(argv[2], argv[3]);
	}
	if (!store_global_init()) {
		fprintf(stderr, "bench_vault: store_global_init failed\n");
		return 2;
	}
	struct bench_dirs d;
	if (!bench_dirs_make(&d, "vault")) {
		return 2;
	}
	double start = bench_now_ms();
	int rc = run(d.data);
	bench_dirs_remove(&d);
	printf("bench_vault took %.1f s\n", (bench_now_ms() - start) / 1e3);
	return rc;
}
