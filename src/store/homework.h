#ifndef WISEMIND_STORE_HOMEWORK_H
#define WISEMIND_STORE_HOMEWORK_H

#include <stdbool.h>
#include <stddef.h>

#include "store/status.h"

struct store;

/* Homework in the diary (issue 15, schema version 6): table homework,
 * and the skill files that came with it (table skill_file), kept inside
 * the vault so nothing of a person's therapy lands in a plaintext
 * folder. */

struct store_homework {
	const char *id;     /* "hw-3f9a1c2e" */
	const char *title;
	const char *from;   /* "2026-11-30" */
	const char *until;  /* or NULL: open-ended */
	const char *note;   /* the therapist's words, Markdown; "" */
	const char *skills; /* ids joined by ';' */
	const char *every;  /* "day", "weekday", "3-per-week" */
	const char *done;   /* the day it was marked done, or NULL */
};

/* A skill file that came with a homework. */
struct store_skill_file {
	const char *id;
	const char *homework; /* the homework it came with */
	const char *text;
};

/* Puts h and the skill files that came with it, all or nothing. A
 * homework with the same id is the same homework, imported again: it is
 * replaced, keeping the day it was marked done, and its skill files with
 * it. STORE_INVALID, changing nothing, when a value fails the schema's
 * checks. *added says whether the id was new. */
enum store_status store_homework_put(struct store *store, const struct store_homework *h,
                                     const struct store_skill_file *files, size_t count,
                                     bool *added) __attribute__((warn_unused_result));

/* Calls fn for each homework, by first day then id. Everything in it is
 * valid only during the call. */
typedef void store_homework_fn(const struct store_homework *h, void *data);
enum store_status store_homework_each(struct store *store, store_homework_fn *fn, void *data)
	__attribute__((warn_unused_result));

/* Marks homework id done on day. STORE_NOT_FOUND when there is none. */
enum store_status store_homework_done(struct store *store, const char *id, const char *day)
	__attribute__((warn_unused_result));

/* Calls fn for each skill file kept in the diary, by id. */
typedef void store_skill_file_fn(const struct store_skill_file *f, void *data);
enum store_status store_skill_file_each(struct store *store, store_skill_file_fn *fn,
                                        void *data) __attribute__((warn_unused_result));

/* Calls fn once for each day from..to (both inclusive, "YYYY-MM-DD") and
 * skill with at least one practice started that day, by day then skill:
 * what homework counts, a skill once a day. */
typedef void store_practice_day_fn(const char *day, const char *skill, void *data);
enum store_status store_practice_days(struct store *store, const char *from, const char *to,
                                      store_practice_day_fn *fn, void *data)
	__attribute__((warn_unused_result));

#endif
