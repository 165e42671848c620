#ifndef WISEMIND_CRYPTO_VAULT_PROBE_H
#define WISEMIND_CRYPTO_VAULT_PROBE_H

/* What `wisemind lock-status` shows without any key: it reads the
 * plaintext header and file metadata only, takes no lock (a momentary
 * shared flock tells whether another instance holds one) and writes
 * nothing. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crypto/vault_status.h"

#define VAULT_PROBE_ODD_MAX 4
#define VAULT_PROBE_NAME_MAX 64

struct vault_probe {
	bool dir_exists;
	bool exists;      /* diary.vault is there */
	bool in_use;      /* another wisemind holds vault.lock */
	int64_t saved_at; /* diary.vault's mtime: "last saved", UTC seconds */
	uint64_t size;
	enum vault_status header; /* VAULT_OK when the header reads, else why not */
	bool has_recovery;        /* the header has a recovery-key slot */
	bool prev_exists;         /* diary.vault.prev, the backup copy */
	int64_t prev_saved_at;
	enum vault_status prev_header;
	size_t inbox_pending; /* complete entries waiting in the sealed inbox */
	bool inbox_pub;       /* inbox.pub is there */
	/* Entries with a vault file's name (diary.vault, its backup, the
	 * inbox and its taken copies, inbox.pub, vault.lock) that are not
	 * regular files: a pipe, a device, a folder or a link. The first
	 * VAULT_PROBE_ODD_MAX are named; odd_count counts them all. */
	unsigned odd_count;
	char odd_names[VAULT_PROBE_ODD_MAX][VAULT_PROBE_NAME_MAX];
};

/* Fills out for the data directory dir. Returns VAULT_OK, also for a
 * directory with no vault (out->exists false) or none at all. */
enum vault_status vault_probe(const char *dir, struct vault_probe *out)
	__attribute__((warn_unused_result));

#endif
