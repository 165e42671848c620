#ifndef WISEMIND_STORE_URGE_EVENT_H
#define WISEMIND_STORE_URGE_EVENT_H

#include <stdbool.h>
#include <stddef.h>

#include "store/status.h"

struct store;

#define STORE_URGE_ID_SIZE 16

/* One quick urge (DESIGN.md §6). Times are local with their UTC offset,
 * "2026-11-22T14:03:00+01:00", so the day it belongs to never shifts. */
struct store_urge {
	unsigned char id[STORE_URGE_ID_SIZE]; /* random; the merge key */
	const char *at;
	const char *target; /* an identifier: "suicide", "self-harm", "use", ... */
	int before;         /* 0 to 5 */
	int after;          /* 0 to 5, or -1 when not rated again yet */
	const char *skill;  /* the skill used, or NULL */
	const char *note;   /* or NULL */
	bool via_inbox;     /* logged while locked, merged from the sealed inbox */
};

/* A fresh random id for a new entry, made where the entry is first
 * recorded (also when it goes through the sealed inbox), so every copy of
 * the entry carries the same one. */
void store_urge_id_new(unsigned char id[STORE_URGE_ID_SIZE]);

/* Records urge unless an entry with its id is already there, so merging
 * the same inbox twice adds nothing. *added (may be NULL) says which.
 * STORE_INVALID when a field is out of range. */
enum store_status store_urge_add(struct store *store, const struct store_urge *urge,
                                 bool *added) __attribute__((warn_unused_result));

/* Sets the rating after the skill (0 to 5) of the entry with id, and the
 * skill used (NULL keeps the one it has). STORE_NOT_FOUND when there is
 * none. */
enum store_status store_urge_set_after(struct store *store,
                                       const unsigned char id[STORE_URGE_ID_SIZE], int after,
                                       const char *skill) __attribute__((warn_unused_result));

/* Removes the entry with id (a mistyped or planted one). STORE_NOT_FOUND
 * when there is none. */
enum store_status store_urge_remove(struct store *store,
                                    const unsigned char id[STORE_URGE_ID_SIZE])
	__attribute__((warn_unused_result));

/* How many entries there are on day ("2026-11-22"), or in all when day
 * is NULL. */
enum store_status store_urge_count(struct store *store, const char *day, size_t *out)
	__attribute__((warn_unused_result));

/* Calls fn for each entry on day (all when NULL), earliest first. The
 * entry's strings are valid only during the call. fn returns false to
 * stop early. */
typedef bool store_urge_fn(const struct store_urge *urge, void *data);
enum store_status store_urge_each(struct store *store, const char *day, store_urge_fn *fn,
                                  void *data) __attribute__((warn_unused_result));

/* Calls fn for each urge rated again after a skill (an after-rating and a
 * skill), in no particular order: what report --helps counts. */
enum store_status store_urge_each_rated(struct store *store, store_urge_fn *fn, void *data)
	__attribute__((warn_unused_result));

/* Calls fn for each entry logged from day from to day to (both
 * "2026-11-22", inclusive: the day is the one the person lived, the first
 * ten characters of its local time), earliest first, in one query that
 * uses the index on the time. */
enum store_status store_urge_each_between(struct store *store, const char *from, const char *to,
                                          store_urge_fn *fn, void *data)
	__attribute__((warn_unused_result));

/* Calls fn once with the entry with id, or the latest one (by the instant
 * it was logged) when id is NULL. STORE_NOT_FOUND when there is none. */
enum store_status store_urge_find(struct store *store, const unsigned char *id,
                                  store_urge_fn *fn, void *data) __attribute__((warn_unused_result));

#endif
