#ifndef WISEMIND_FRONT_HELPS_WORDS_H
#define WISEMIND_FRONT_HELPS_WORDS_H

#include "core/helps.h"
#include "core/str.h"

/* Which skills help most (core/helps.h), in the words report --helps and
 * the week view both use. */

/* The skills with too few rated uses to rank, with their counts:
 * "stop 2 times, tip 1 time". Appends nothing when there are none. */
void front_helps_too_few(const struct helps *h, struct str *out);

/* After helps_rank, when no skill is ranked yet (h->ranked is 0): the
 * sentences that say so, why, what there is so far, and what is
 * suggested until then, appended to out (not wrapped). */
void front_helps_too_little(const struct helps *h, struct str *out);

#endif
