#ifndef WISEMIND_APP_CARD_DRAFT_H
#define WISEMIND_APP_CARD_DRAFT_H

#include <stdbool.h>
#include <stddef.h>

#include "app/card.h"
#include "app/error.h"
#include "core/date.h"

struct session;

/* A diary card's unsaved changes, kept inside the vault when it locks
 * (quick-hide, idle lock, quit) so nothing typed is lost. A draft is not
 * a card value: it changes no day and counts no urge (so it brings no
 * crisis card) until the person saves it as one. One draft at a time. */

struct app_card_draft {
	char date[DATE_TEXT_SIZE];
	size_t count;
	struct app_card_change *changes; /* keys and values point into text */
	char *text;
	size_t text_size; /* bytes of text, to wipe */
};

/* Keeps count changes to date's card as the draft, replacing any other;
 * count 0 removes the draft. Not saved: the caller saves the session
 * (the screen frame does after every keep). False with err when the
 * changes could not be kept (too long, not text, the diary failed). */
bool session_card_draft_keep(struct session *s, const char *date,
                             const struct app_card_change *changes, size_t count,
                             struct app_error *err) __attribute__((warn_unused_result));

/* Hands over the draft, if there is one, and removes it from the diary
 * (saved with the next save, so a crash before then keeps it). *found
 * says whether there was one; out is always set, to be finished. A draft
 * that cannot be read (only a damaged import makes one) is dropped as
 * none. */
bool session_card_draft_take(struct session *s, struct app_card_draft *out, bool *found,
                             struct app_error *err) __attribute__((warn_unused_result));

/* Whether a draft waits, and for which day (into date), without taking
 * it: today's screen says so. */
bool session_card_draft_waiting(struct session *s, char date[DATE_TEXT_SIZE]);

/* Frees what take handed over (wiping it: it is diary text). */
void app_card_draft_finish(struct app_card_draft *draft);

#endif
