#ifndef WISEMIND_CRYPTO_VAULT_LOCK_H
#define WISEMIND_CRYPTO_VAULT_LOCK_H

/* vault.lock: one wisemind at a time per data directory (STORAGE.md
 * §4.1). The lock is an flock on a separate empty file, never on
 * diary.vault, whose inode every save replaces. */

#include <stdbool.h>

#include "crypto/vault_io.h"

#define VAULT_LOCK_NAME "vault.lock"

/* Creates (0600) and locks vault.lock in dirfd without waiting, opening
 * it through io (tests make the folder read-only that way). Returns
 * the descriptor that holds the lock, -EWOULDBLOCK when another process
 * holds it, or another -errno. */
int vault_lock_acquire(const struct vault_io *io, int dirfd) __attribute__((warn_unused_result));

/* For a read-only data directory: a shared lock on an existing
 * vault.lock, which a writer's exclusive one excludes. Returns the
 * descriptor, -EWOULDBLOCK when a writer holds it, -ENOENT when there is
 * no lock file, or another -errno. */
int vault_lock_acquire_shared(const struct vault_io *io, int dirfd)
	__attribute__((warn_unused_result));

/* Releases the lock; a negative fd is ignored. */
void vault_lock_release(int fd);

/* True when another process holds vault.lock in dirfd right now. Creates
 * nothing; a missing lock file means not in use. */
bool vault_lock_in_use(int dirfd);

#endif
