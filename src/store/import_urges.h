#ifndef WISEMIND_STORE_IMPORT_URGES_H
#define WISEMIND_STORE_IMPORT_URGES_H

#include <stddef.h>

#include "store/status.h"

struct store;

/* The urges an export file holds, read before (and whatever the outcome
 * of) its import, so the crisis lines show for them even when the import
 * is refused (DESIGN.md §2.2). Lenient: whatever cannot be read as an
 * urge is passed over; a rating that is not a number comes as -1. fn gets
 * each one: where it is kept (0: logged, 1: a card value, 2: a "coming
 * into session" rating, whose target is the item's id), the target and
 * the rating. Uses the store only for its JSON functions. */
typedef void store_import_urge_fn(int place, const char *target, int rating, void *data);
enum store_status store_import_urges(struct store *store, const char *json, size_t len,
                                     store_import_urge_fn *fn, void *data)
	__attribute__((warn_unused_result));

#endif
