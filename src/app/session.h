#ifndef WISEMIND_APP_SESSION_H
#define WISEMIND_APP_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "app/error.h"
#include "app/notice.h"
#include "app/secret.h"

/* An unlocked diary: the vault file and the database in memory, behind
 * the use cases below. Front ends hold a pointer and never see the store
 * or the vault. */
struct session;

/* What can be known without a secret, checked before one is asked for
 * (STORAGE.md §4.8: lock, read the header, then ask): another wisemind
 * holds the vault, there is no vault, it was written by a newer wisemind,
 * or an odd file sits in its place. False with the reason in err. */
bool session_precheck(const struct app *app, struct app_error *err)
	__attribute__((warn_unused_result));

/* Creates a new vault in app's data directory holding an empty diary and
 * the sealed inbox's key pair (inbox.pub is written beside it). With
 * recovery_out not NULL, a recovery key is made and its text put there,
 * to be shown once. */
bool session_create(const struct app *app, const struct app_secret *passphrase,
                    struct app_secret *recovery_out, struct session **out, struct app_error *err)
	__attribute__((warn_unused_result));

/* Unlocks with a passphrase, or a recovery key when recovery: opens the
 * vault (its backup copy when it is damaged), loads the diary, checks
 * inbox.pub against the key inside (repairing it, loudly, when it was
 * changed) and merges every urge waiting in the sealed inbox, saving
 * durably before the inbox is removed. What the person must be told is
 * in session_notices. */
bool session_open(const struct app *app, const struct app_secret *secret, bool recovery,
                  struct session **out, struct app_error *err)
	__attribute__((warn_unused_result));

/* The notices of the unlock (or the creation), in order. */
const struct app_notices *session_notices(const struct session *s);

/* How many urges the unlock recorded (merged from the sealed inbox): when
 * any, the front end shows the crisis card with the notices (DESIGN §2.2:
 * every path that records an urge shows crisis lines; one unlock, one
 * card). */
size_t session_urges_recorded(const struct session *s);

/* What the unlock's merged urges bring to show: the card's severity and
 * the skills to suggest (given is 0 when none came). */
struct app_urge_result;
const struct app_urge_result *session_unlock_urges(const struct session *s);

/* Saves the diary durably ("saved" only once it is on disk). On failure
 * the diary stays in memory, unchanged, for another try. */
bool session_save(struct session *s, struct app_error *err) __attribute__((warn_unused_result));

/* Closes the vault and wipes the diary and keys from memory; NULL is
 * ignored. */
void session_close(struct session *s);

/* Use cases on an open session. */

/* Checks the passphrase of the open diary (one key derivation), for a
 * screen that guards a diary kept open: false with err when it is not. */
bool session_check_passphrase(struct session *s, const struct app_secret *secret,
                              struct app_error *err) __attribute__((warn_unused_result));

/* A new passphrase: only its key slot is rewritten, durably. */
bool session_change_passphrase(struct session *s, const struct app_secret *fresh,
                               struct app_error *err) __attribute__((warn_unused_result));

/* A new recovery key, which replaces the old one; it needs the
 * passphrase. The key's text goes to key_out, to be shown once. */
bool session_new_recovery_key(struct session *s, const struct app_secret *passphrase,
                              struct app_secret *key_out, struct app_error *err)
	__attribute__((warn_unused_result));

/* The whole diary as JSON (DESIGN.md §4's export) appended to out. This is
 * plaintext: the front end says so. */
bool session_export_json(struct session *s, struct str *out, struct app_error *err)
	__attribute__((warn_unused_result));

/* What an import did. urges, set whether or not the import succeeded,
 * says what the file's urges bring to show: when urges->given is not 0
 * the front end shows the crisis card (DESIGN §2.2), even when the file
 * was refused. It lives as long as the session. */
struct app_import_result {
	const struct app_urge_result *urges;
	size_t added;       /* entries that were new */
	size_t kept;        /* entries already in the diary, left as they were */
	size_t urges_added; /* of the new entries, urges: crisis lines must show (DESIGN §2.2) */
};

/* Merges an export (len bytes of json) into the diary, all or nothing,
 * then saves durably. */
bool session_import_json(struct session *s, const char *json, size_t len,
                         struct app_import_result *result, struct app_error *err)
	__attribute__((warn_unused_result));

#endif
