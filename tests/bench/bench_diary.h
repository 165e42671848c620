#ifndef WISEMIND_TESTS_BENCH_DIARY_H
#define WISEMIND_TESTS_BENCH_DIARY_H

/* The diary every speed budget is measured on: ten years, every card
 * field every day (the default template's targets, emotions and
 * medication, a few skills ticked, a note), a few quick urges a day
 * rated before and often after a skill, sometimes with a note, and a
 * guided practice most days. Deterministic, so every run measures the
 * same diary. In a vault made with the cheap test KDF (Argon2id ops 1,
 * 8 MiB), with the sealed inbox's key pair a created vault holds. */

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "crypto/vault.h"

struct store;

#define BENCH_DIARY_DAYS 3650 /* 2016-01-01 to 2025-12-28 */
#define BENCH_PASS "benchmark passphrase"
#define BENCH_PATH_LEN 4096

struct bench_diary {
	size_t urges;     /* quick urges logged */
	size_t practices; /* guided practice entries */
	size_t homework;  /* homework, one a year, each asking for two skills a day */
	size_t image_len; /* bytes of the database image, once in a vault */
	double seconds;   /* to generate */
};

/* Day i of the diary (0 is 2016-01-01), "2016-01-01". */
void bench_diary_date(unsigned i, char out[DATE_TEXT_SIZE]);

/* One of the sentences the diary's notes are made of, for a change to
 * make on top of it. */
const char *bench_diary_sentence(unsigned n);

/* The diary in a new in-memory store, *out (store_destroy). Says why on
 * stderr when it fails. */
bool bench_diary_generate(struct store **out, struct bench_diary *stats);

/* Puts the sealed inbox's key pair into s, and s into a new vault in dir
 * made with the cheap test KDF, with inbox.pub beside it. state_dir, or
 * NULL, keeps the vault's freshness record (as XDG_STATE_HOME/wisemind
 * does for the program); recovery, or NULL, gets a recovery key's text. */
bool bench_diary_vault(struct store *s, const char *dir, const char *state_dir,
                       char recovery[VAULT_RECOVERY_TEXT_SIZE], struct bench_diary *stats);

/* Both: the diary straight into a vault. */
bool bench_diary_make(const char *dir, const char *state_dir, struct bench_diary *stats);

/* One line on stdout saying what the diary holds. */
void bench_diary_print(const struct bench_diary *stats);

/* A benchmark's folder, $TMPDIR/wisemind-bench-NAME-XXXXXX, with data/
 * (the vault's) and state/wisemind/ (XDG_STATE_HOME is state/). */
struct bench_dirs {
	char root[BENCH_PATH_LEN / 2];
	char data[BENCH_PATH_LEN];
	char state[BENCH_PATH_LEN];
	char vault_state[BENCH_PATH_LEN];
};

bool bench_dirs_make(struct bench_dirs *d, const char *name);

/* Removes the folder and everything in it. */
void bench_dirs_remove(const struct bench_dirs *d);

#endif
