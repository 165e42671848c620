#ifndef WISEMIND_STORE_CARD_H
#define WISEMIND_STORE_CARD_H

#include "core/diary_card.h"
#include "store/status.h"

struct store;

/* The diary card a day at a time (DESIGN.md §6), in one call each. */

/* Calls fn for each day from from to to (both "2026-11-22", inclusive)
 * that has anything on its card or any urge logged, earliest first, with
 * the day filled in: the card's values and the peak of the urges logged
 * that day per target. One query, however many days. The day is valid
 * only during the call; fn returns false to stop early. */
typedef bool store_card_fn(const struct card_day *day, void *data);
enum store_status store_card_each(struct store *store, const char *from, const char *to,
                                  store_card_fn *fn, void *data)
	__attribute__((warn_unused_result));

/* Fills day (already initialised) with date's card: empty when nothing is
 * recorded that day. */
enum store_status store_card_get(struct store *store, const char *date, struct card_day *day)
	__attribute__((warn_unused_result));

/* Makes day's date hold exactly day's values (peaks aside: they come from
 * the urges logged), all or nothing. STORE_INVALID, changing nothing,
 * when a value is out of range. An empty day leaves no row behind. */
enum store_status store_card_put(struct store *store, const struct card_day *day)
	__attribute__((warn_unused_result));

#endif
