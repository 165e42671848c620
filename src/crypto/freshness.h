#ifndef WISEMIND_CRYPTO_FRESHNESS_H
#define WISEMIND_CRYPTO_FRESHNESS_H

/* The advisory rollback check of STORAGE.md §4.10. A state file outside
 * the data directory remembers, per vault file_id, the highest generation
 * seen, MACed with the vault's freshness key, so a copy of the data
 * directory cannot carry a matching record along. It cannot prevent a
 * rollback; it lets the unlock screen say one happened. */

#include <stdint.h>

#include "crypto/vault_format.h"

#define FRESHNESS_NAME "freshness"

enum freshness {
	FRESHNESS_OK,        /* as new as, or newer than, anything seen */
	FRESHNESS_NO_RECORD, /* no state file, or no record of this vault */
	FRESHNESS_INVALID,   /* the state file or this vault's record fails its check */
	FRESHNESS_OLDER,     /* older than a generation seen before: a rollback */
};

/* Compares generation with the record for file_id in state_dir/freshness.
 * *seen gets the recorded generation (0 when there is none). */
enum freshness freshness_check(const char *state_dir, const uint8_t key[VAULT_KEY_LEN],
                               const uint8_t file_id[VAULT_FILE_ID_LEN], uint64_t generation,
                               uint64_t *seen);

/* Records generation for file_id (keeping the highest one seen),
 * creating state_dir (0700) when needed; the file is replaced atomically
 * and durably. Records of other vaults are kept. Returns 0 or -errno. */
int freshness_record(const char *state_dir, const uint8_t key[VAULT_KEY_LEN],
                     const uint8_t file_id[VAULT_FILE_ID_LEN], uint64_t generation)
	__attribute__((warn_unused_result));

#endif
