#ifndef WISEMIND_FRONT_PASSPHRASE_WORDS_H
#define WISEMIND_FRONT_PASSPHRASE_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"

/* What every front end offers when a passphrase or a recovery key is
 * made: an idea for a passphrase, and the check that a recovery key was
 * written down. No I/O: each front end words and shows it itself. */

/* Appends a suggestion of five random everyday words ("lamp river soft
 * cedar nine"): easy to type, hard to guess (about 38 bits from this list
 * of 200 words), five different ones. */
void front_passphrase_suggest(struct str *out);

/* Which group of the recovery key (as session_create writes it: groups
 * of four joined by '-') to ask back, counted from 0: a random one, never
 * the last (its check character, which a person could copy wrongly and
 * still match by luck). Returns -1 when the key has fewer than two
 * groups, so there is nothing to ask. */
int front_recovery_pick_group(const char *key);

/* True when typed is group number group (from 0) of key: spaces and
 * dashes in typed are ignored, and lower-case letters count as capitals. */
bool front_recovery_group_matches(const char *typed, const char *key, int group);

#endif
