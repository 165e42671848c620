#ifndef WISEMIND_CRYPTO_VAULT_STATUS_H
#define WISEMIND_CRYPTO_VAULT_STATUS_H

#include "core/next_step.h"

/* Every outcome of a vault or inbox call, once: the name, the exit code
 * DESIGN.md §4 gives it (3 = wrong passphrase or damaged vault, 4 = in use
 * by another wisemind), the next step a front end words (core/next_step.h)
 * and the sentence saying what is true, which names no command. */
#define VAULT_STATUS_TABLE(_) \
	_(OK, 0, NEXT_NONE, "done") \
	_(E_AUTH, 3, NEXT_NONE, "wrong passphrase, or the vault and its backup copy are damaged; check the passphrase and try again") \
	_(E_SECRET_CHANGED, 3, NEXT_NONE, "this no longer opens the diary: it was replaced in a later save; use the current passphrase or recovery key") \
	_(E_RECOVERY_AUTH, 3, NEXT_NONE, "that recovery key does not open this vault; check it against the copy you wrote down") \
	_(E_RECOVERY_FORMAT, 3, NEXT_NONE, "that is not a recovery key: it has 53 letters and digits in groups of four, and the last character is a check; look for a typo") \
	_(E_NO_RECOVERY_SLOT, 3, NEXT_NONE, "this vault has no recovery key; only its passphrase opens it") \
	_(E_DAMAGED, 3, NEXT_KEEP_DATA, "the vault file is damaged and no backup copy opens") \
	_(E_HEADER, 3, NEXT_KEEP_DATA, "the vault header is damaged or asks for unsafe settings and no backup copy opens") \
	_(E_NOT_VAULT, 3, NEXT_NONE, "diary.vault is not a wisemind vault (it does not start with WISEMIND)") \
	_(E_VERSION, 3, NEXT_NONE, "this vault was written by a newer wisemind; install that version to open it") \
	_(E_IN_USE, 4, NEXT_NONE, "wisemind is already open in another terminal; close it there first") \
	_(E_NO_VAULT, 1, NEXT_INIT, "there is no vault in the data directory yet") \
	_(E_EXISTS, 1, NEXT_PASSWD, "a vault already exists in the data directory (diary.vault, or its backup copy diary.vault.prev)") \
	_(E_PASSPHRASE_SHORT, 1, NEXT_NONE, "that passphrase is too short: use at least 8 characters, or better a few random words") \
	_(E_IMAGE, 1, NEXT_NONE, "internal error: the data to save is not an SQLite database, so nothing was written") \
	_(E_TOO_LARGE, 1, NEXT_NONE, "the diary is too large for this vault format (over 1 GiB); nothing was written") \
	_(E_NOSPACE, 1, NEXT_NONE, "not saved: the disk is full, and the diary on disk is as it was before; free some space and try again") \
	_(E_PERMISSION, 1, NEXT_NONE, "not saved: the data directory cannot be written, and the diary on disk is as it was before; check the folder's owner and permissions, then try again") \
	_(E_IO, 1, NEXT_NONE, "not saved: writing the vault failed, and the diary on disk is as it was before; check the disk, then try again") \
	_(E_DIR_SYNC, 1, NEXT_NONE, "the new copy of the diary is in place, but the disk did not confirm it (syncing the data directory failed), so a power cut could still lose it; check the disk, then save once more") \
	_(E_ODD_FILE, 1, NEXT_NONE, "diary.vault in the data directory is not a regular file (a pipe, a device, a folder or a link); move it out of the data directory, then try again") \
	_(E_READ_ONLY, 1, NEXT_NONE, "not saved: the data directory is read-only (a read-only disk or mount), and the diary on disk is as it was; reading works, saving needs a folder that can be written") \
	_(E_READ, 1, NEXT_NONE, "the vault file could not be read; check the disk and the data directory's permissions") \
	_(E_CRYPTO, 1, NEXT_NONE, "not saved: encryption failed, and the diary on disk is as it was before; try again") \
	_(E_INBOX_KEY, 1, NEXT_UNLOCK, "not saved: the locked inbox has no valid key (inbox.pub is missing or damaged)") \
	_(E_INBOX_IO, 1, NEXT_NONE, "not saved: the entry could not be written to the data directory; check free space and permissions") \
	_(E_TOO_LONG, 1, NEXT_NONE, "not saved: that entry is too long to store while locked; shorten the note, or unlock the diary first") \
	_(E_NOMEM, 1, NEXT_NONE, "not enough memory: close other programs and try again (unlocking needs about 256 MiB)") \
	_(E_ARGUMENT, 1, NEXT_NONE, "internal error: the vault was called with an invalid argument")

enum vault_status {
#define VAULT_STATUS_ENUM(name, exit_code, next, message) VAULT_##name,
	VAULT_STATUS_TABLE(VAULT_STATUS_ENUM)
#undef VAULT_STATUS_ENUM
};

/* The user-facing sentence for status (never NULL). */
const char *vault_status_message(enum vault_status status);

/* The exit code DESIGN.md §4 assigns to status: 0, 1, 3 or 4. */
int vault_status_exit_code(enum vault_status status);

/* The step that fixes status, for the front end to word. */
enum next_step vault_status_next(enum vault_status status);

/* A status for a failed system call, from its errno: disk full, no
 * permission, or a plain I/O error. */
enum vault_status vault_status_from_errno(int err);

#endif
