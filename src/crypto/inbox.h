#ifndef WISEMIND_CRYPTO_INBOX_H
#define WISEMIND_CRYPTO_INBOX_H

/* The sealed inbox on disk: inbox.pub (the public key, plaintext), inbox
 * (appended records, see inbox_format.h) and inbox.taken.* (inboxes set
 * aside for a merge). Appending needs no passphrase and no vault lock, so
 * a quick urge works while another terminal has wisemind open. Appenders
 * and the merger take an flock on the inbox file itself; an appender that
 * finds its file was set aside starts again on a new one, so no record
 * is ever written to a file after it was read.
 *
 * The merge, crash-safe because records carry random ids:
 *   inbox_take -> insert entries not yet present -> save the vault
 *   durably -> inbox_release. A crash before the release merges the same
 *   records again next time, never loses them. */

#include <stddef.h>
#include <stdint.h>

#include "crypto/inbox_format.h"
#include "crypto/vault_status.h"

#define INBOX_NAME "inbox"
#define INBOX_PUB_NAME "inbox.pub"
#define INBOX_TAKEN_PREFIX "inbox.taken."

/* Writes the public key to dir/inbox.pub (0600), atomically and durably.
 * Call it after vault_create, and again to repair a missing or replaced
 * file. Returns VAULT_OK or a status from the errno. */
enum vault_status inbox_publish(const char *dir, const uint8_t pk[INBOX_KEY_LEN])
	__attribute__((warn_unused_result));

enum inbox_pub_state {
	INBOX_PUB_SAME,
	INBOX_PUB_MISSING,
	INBOX_PUB_CHANGED, /* different or damaged: someone may have replaced it */
};

/* Compares dir/inbox.pub with the public key kept inside the vault. At
 * unlock, INBOX_PUB_CHANGED must be shown loudly: entries sealed to a
 * stranger's key since then are readable by that stranger, not by us. */
enum inbox_pub_state inbox_pub_compare(const char *dir, const uint8_t pk[INBOX_KEY_LEN]);

/* Seals payload to inbox.pub and appends it to dir/inbox: O_APPEND, then
 * fsync of the file, and of the directory when the file was created.
 * VAULT_OK means durable; id gets the entry's random id. Returns
 * VAULT_E_INBOX_KEY when inbox.pub is missing or damaged,
 * VAULT_E_TOO_LONG, or VAULT_E_INBOX_IO. */
enum vault_status inbox_append(const char *dir, const void *payload, size_t len,
                               uint8_t id[INBOX_ID_LEN]) __attribute__((warn_unused_result));

/* Sets dir/inbox aside (renamed to inbox.taken.<random>) and reads every
 * set-aside file, including ones an interrupted merge left, into b (which
 * must be zeroed). Every complete record is read; a torn last record is
 * counted in b->torn and skipped. Returns VAULT_OK (also when there is
 * nothing), or VAULT_E_READ or VAULT_E_NOMEM; b is filled either way and
 * must be finished. */
enum vault_status inbox_take(const char *dir, const uint8_t pk[INBOX_KEY_LEN],
                             const uint8_t sk[INBOX_KEY_LEN], struct inbox_batch *b)
	__attribute__((warn_unused_result));

/* After the merged entries were saved durably: deletes the files b came
 * from and fsyncs the directory. Returns VAULT_OK or VAULT_E_INBOX_IO
 * (harmless: the next take reads them again and the ids dedupe). */
enum vault_status inbox_release(const char *dir, const struct inbox_batch *b)
	__attribute__((warn_unused_result));

/* The number of complete records waiting (inbox and set-aside files) in
 * the directory dirfd, without any key: for `wisemind lock-status`. */
size_t inbox_pending(int dirfd);

#endif
