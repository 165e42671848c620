#ifndef WISEMIND_CRYPTO_VAULT_H
#define WISEMIND_CRYPTO_VAULT_H

/* The encrypted vault (STORAGE.md §4): one file, diary.vault, holding the
 * SQLite image as bytes. This layer knows nothing about SQL: the caller
 * (src/store) serialises the database, hands the bytes to vault_save, and
 * gets them back from vault_open. While a struct vault exists, its
 * process holds vault.lock, so two instances never overwrite each other.
 *
 * Files in the data directory (0700; every file 0600):
 *   diary.vault        the current snapshot
 *   diary.vault.prev   a hard link to the one before, the fallback
 *   vault.lock         held with flock while the vault is open
 *   diary.vault.tmp.*  only while a save runs; deleted at open */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crypto/freshness.h"
#include "crypto/vault_keys.h"
#include "crypto/vault_status.h"

#define VAULT_FILE_NAME "diary.vault"
#define VAULT_PREV_NAME "diary.vault.prev"
#define VAULT_DAMAGED_NAME "diary.vault.damaged" /* kept aside when prev replaced it */
#define VAULT_PASSPHRASE_MIN 8

struct vault;

/* What unlocks a vault: the passphrase (raw UTF-8 bytes, never
 * normalised) or a recovery key as the person typed it. */
enum vault_secret_kind {
	VAULT_SECRET_PASSPHRASE,
	VAULT_SECRET_RECOVERY,
};

struct vault_secret {
	enum vault_secret_kind kind;
	const char *text;
	size_t len;
};

/* What vault_open hands back besides the vault. */
struct vault_opened {
	uint8_t *image; /* the SQLite image, in secure memory */
	size_t image_len;
	uint64_t generation;      /* "save #N" */
	uint64_t saved_at;        /* "last saved", UTC seconds */
	bool from_prev;           /* diary.vault was damaged: this is the older diary.vault.prev */
	enum vault_status damage; /* why diary.vault did not open, when from_prev */
	enum freshness freshness; /* FRESHNESS_NO_RECORD when no state_dir was given */
	uint64_t highest_seen;    /* the generation the state file remembers */
	unsigned stale_removed;   /* temp files of interrupted saves deleted */
	bool has_recovery;        /* the vault has a recovery-key slot */
	/* Only when from_prev, as bit masks of 1 << enum vault_slot_type:
	 * kinds of secret whose slot in the damaged file differed from the
	 * older copy's, which is kept (the newer one could not be checked);
	 * and kinds the saved vault will no longer have. On
	 * VAULT_E_SECRET_CHANGED, saved_at is when the current file was
	 * saved. */
	unsigned kept_older;
	unsigned lost;
	bool read_only; /* the data directory cannot be written: reading only */
};

/* Creates a vault in dir (created 0700 with its parents, or tightened to
 * 0700) holding image, wrapped under passphrase with Argon2id MODERATE
 * (ops 3, 256 MiB). With recovery_out non-NULL (VAULT_RECOVERY_TEXT_SIZE
 * bytes) a recovery key is made too and written there: show it once,
 * then wipe it; it is stored nowhere. state_dir (NULL: none) holds the
 * freshness record. The new vault stays open and locked in *out.
 * Returns VAULT_E_EXISTS when dir already holds a vault,
 * VAULT_E_PASSPHRASE_SHORT below VAULT_PASSPHRASE_MIN bytes. */
enum vault_status vault_create(const char *dir, const char *state_dir, const char *passphrase,
                               size_t passphrase_len, char *recovery_out, const void *image,
                               size_t image_len, struct vault **out)
	__attribute__((warn_unused_result));

/* Opens the vault in dir with secret: takes vault.lock (VAULT_E_IN_USE
 * when another process holds it), deletes stale temp files, checks the
 * header before any key derivation, unwraps the master key and decrypts
 * and authenticates the whole file before handing back one byte. When
 * the key unwraps but diary.vault is damaged (or its header cannot be
 * read), diary.vault.prev is opened instead and opened->from_prev says
 * so: show the user it is older. With state_dir, the freshness record is
 * checked and updated. On success *out and *opened are filled; release
 * the image with vault_opened_finish. On failure nothing is left. */
enum vault_status vault_open(const char *dir, const char *state_dir,
                             const struct vault_secret *secret, struct vault **out,
                             struct vault_opened *opened) __attribute__((warn_unused_result));

/* Like vault_open, but diary.vault counts as damaged although it
 * authenticated: for damage that only shows after decryption (a database
 * that fails its checks). Opens diary.vault.prev, labelled as older, with
 * the current file's slots (they authenticated); the next save keeps the
 * current file aside as diary.vault.damaged. VAULT_E_DAMAGED when prev
 * does not open. */
enum vault_status vault_open_prev(const char *dir, const char *state_dir,
                                  const struct vault_secret *secret, struct vault **out,
                                  struct vault_opened *opened)
	__attribute__((warn_unused_result));

/* Wipes and frees the image in opened; safe to call twice. */
void vault_opened_finish(struct vault_opened *opened);

/* Saves image durably (STORAGE.md §4.7): a new temp file, written in
 * full, fsynced, read back and authenticated, the old file linked to
 * diary.vault.prev, then renamed over diary.vault and the directory
 * fsynced. VAULT_OK means durable; on any failure the old file is intact
 * (or, if only the final directory fsync failed, the new one may already
 * be in place), nothing is retried on a failed descriptor, and the caller
 * keeps the data to save again later. image is never modified. */
enum vault_status vault_save(struct vault *v, const void *image, size_t image_len)
	__attribute__((warn_unused_result));

/* Checks a passphrase against the vault's passphrase slot (one Argon2id
 * run): VAULT_OK or VAULT_E_AUTH. For "type your current passphrase". */
enum vault_status vault_check_passphrase(struct vault *v, const char *passphrase, size_t len)
	__attribute__((warn_unused_result));

/* Re-wraps the master key under a new passphrase (new salt and nonce)
 * and saves image with it. The recovery key keeps working; older copies
 * (diary.vault.prev, backups) still open with the old passphrase. */
enum vault_status vault_change_passphrase(struct vault *v, const char *passphrase, size_t len,
                                          const void *image, size_t image_len)
	__attribute__((warn_unused_result));

/* Makes a new recovery key (written to out, VAULT_RECOVERY_TEXT_SIZE
 * bytes) and saves image with it; the old recovery key stops opening the
 * new file. passphrase must be the current one (it is checked: the
 * passphrase slot is re-wrapped with a fresh nonce, as adding a slot
 * changes the header it is bound to). */
enum vault_status vault_new_recovery_key(struct vault *v, const char *passphrase, size_t len,
                                         char *out, const void *image, size_t image_len)
	__attribute__((warn_unused_result));

/* Full rekey, for a suspected compromise: a new master key wrapped under
 * passphrase (which becomes the passphrase) and, when recovery_out is
 * non-NULL, a new recovery key written there; then saves image. Every old
 * passphrase and recovery key stops opening the new file. */
enum vault_status vault_rekey(struct vault *v, const char *passphrase, size_t len,
                              char *recovery_out, const void *image, size_t image_len)
	__attribute__((warn_unused_result));

/* The generation of the last durable save (or of the file opened). */
uint64_t vault_generation(const struct vault *v);

/* True when the vault has a recovery-key slot. */
bool vault_has_recovery(const struct vault *v);

/* Wipes the keys, releases vault.lock and frees v; NULL is fine. */
void vault_close(struct vault *v);

#endif
