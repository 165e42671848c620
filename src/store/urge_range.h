#ifndef WISEMIND_STORE_URGE_RANGE_H
#define WISEMIND_STORE_URGE_RANGE_H

#include "store/status.h"
#include "store/urge_event.h"

struct store;

/* Calls fn for each quick urge logged from day from to day to (both
 * "2026-11-22", inclusive: the day is the one the person lived, the first
 * ten characters of its local time), earliest first, in one query that
 * uses the index on the time. The entry's strings are valid only during
 * the call; fn returns false to stop early. */
enum store_status store_urge_each_between(struct store *store, const char *from, const char *to,
                                          store_urge_fn *fn, void *data)
	__attribute__((warn_unused_result));

#endif
