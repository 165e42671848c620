#ifndef WISEMIND_STORE_INBOX_KEY_H
#define WISEMIND_STORE_INBOX_KEY_H

#include "store/status.h"

struct store;

#define STORE_INBOX_KEY_LEN 32

/* The sealed inbox's key pair lives inside the vault (STORAGE.md, "Quick
 * urges while locked"): the public half is also in inbox.pub, and is
 * compared with this one at unlock. */
enum store_status store_inbox_key_set(struct store *store,
                                      const unsigned char pk[STORE_INBOX_KEY_LEN],
                                      const unsigned char sk[STORE_INBOX_KEY_LEN])
	__attribute__((warn_unused_result));

/* STORE_NOT_FOUND when the vault has no inbox key yet. */
enum store_status store_inbox_key_get(struct store *store, unsigned char pk[STORE_INBOX_KEY_LEN],
                                      unsigned char sk[STORE_INBOX_KEY_LEN])
	__attribute__((warn_unused_result));

#endif
