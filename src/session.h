#ifndef WISEMIND_SESSION_H
#define WISEMIND_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app.h"
#include "crypto/vault.h"
#include "store/store.h"

/* An unlocked diary: the vault file, and the database in memory. */
struct session {
	struct vault *vault;
	struct store *store;
	uint64_t generation;   /* "save #N" of what was opened */
	uint64_t saved_at;     /* UTC seconds */
	bool has_recovery;
	size_t merged;         /* urges merged from the sealed inbox at unlock */
	struct str notices;    /* sentences the person must see, one per line */
};

/* What went wrong: one sentence that names the fix, and the exit code of
 * DESIGN.md §4 (1 error, 3 wrong passphrase or damaged, 4 in use). */
struct session_error {
	int exit_code;
	struct str message;
};

void session_error_finish(struct session_error *err);

/* Creates a new vault in app's data directory holding an empty diary and
 * the sealed inbox's key pair (inbox.pub is written beside it). When
 * recovery_out is not NULL, a recovery key is made and its text written
 * there (VAULT_RECOVERY_TEXT_SIZE bytes), to be shown once. */
bool session_create(const struct app *app, const char *passphrase, size_t len,
                    char *recovery_out, struct session *out, struct session_error *err)
	__attribute__((warn_unused_result));

/* Unlocks: opens the vault with secret, loads the diary, checks inbox.pub
 * against the key inside (repairing it, loudly, when it was changed), and
 * merges every urge waiting in the sealed inbox, saving durably before the
 * inbox is removed. Notices (older backup opened, rollback suspected,
 * "last saved") go to out->notices. */
/* What can be known without a secret, checked before one is asked for
 * (STORAGE.md §4.8: lock, read the header, then ask): another wisemind
 * holds the vault, there is no vault, it was written by a newer wisemind,
 * or an odd file sits in its place. False with the sentence in err. */
bool session_precheck(const struct app *app, struct session_error *err)
	__attribute__((warn_unused_result));

bool session_open(const struct app *app, const struct vault_secret *secret,
                  struct session *out, struct session_error *err)
	__attribute__((warn_unused_result));

/* Saves the diary durably ("saved" only once it is on disk). On failure
 * the diary stays in memory, unchanged, for another try. */
bool session_save(struct session *s, struct session_error *err)
	__attribute__((warn_unused_result));

/* Closes the vault and wipes the diary and keys from memory. */
void session_close(struct session *s);

#endif
