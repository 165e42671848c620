#ifndef WISEMIND_STORE_PRACTICE_H
#define WISEMIND_STORE_PRACTICE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"
#include "store/status.h"

struct store;

/* The practice log (issue 11, schema version 5): each guided exercise
 * done with the diary open, with its answers and ratings in the order
 * they were given. */

/* One answer. */
struct store_practice_field {
	const char *field;    /* "" for an unnamed question, else "dear-man.describe" */
	const char *question; /* as the skill asked it */
	const char *answer;
};

/* One rating on wisemind's two scales. */
struct store_practice_rating {
	const char *scale;    /* "urge", "emotion" or "distress" */
	const char *question;
	int value;            /* urge and emotion 0 to 5, distress 0 to 10 */
};

struct store_practice {
	const char *at;    /* its start, "2026-11-22T14:03:00+01:00" */
	const char *skill; /* the skill's id */
	long long seconds; /* how long it took */
	bool finished;     /* false: stopped part way */
	const struct store_practice_field *fields;
	size_t field_count;
	const struct store_practice_rating *ratings;
	size_t rating_count;
};

/* Puts p, its fields and its ratings (numbered in array order), all or
 * nothing, in place of any practice of the same skill with the same
 * start: that is the same practice, logged again (a retry after a failed
 * save). STORE_INVALID, changing nothing, when a value fails the schema's
 * checks (a time, an id, a field name, a scale, a rating out of its
 * range, text that is not UTF-8). */
enum store_status store_practice_put(struct store *store, const struct store_practice *p)
	__attribute__((warn_unused_result));

/* Calls fn once with the last practice of skill (the latest start, by
 * the instant), its fields and ratings in order. Everything in it is
 * valid only during the call. STORE_NOT_FOUND when skill has none. */
typedef void store_practice_fn(const struct store_practice *p, void *data);
enum store_status store_practice_last(struct store *store, const char *skill,
                                      store_practice_fn *fn, void *data)
	__attribute__((warn_unused_result));

/* Appends to out the latest answer to field in skill's practices that is
 * not empty or only white space: the person's own kit (an ACCEPTS list, a
 * self-soothe box), offered again the next time. STORE_NOT_FOUND, and
 * nothing appended, when there is none. */
enum store_status store_practice_kit(struct store *store, const char *skill, const char *field,
                                     struct str *out) __attribute__((warn_unused_result));

#endif
