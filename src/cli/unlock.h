#ifndef WISEMIND_CLI_UNLOCK_H
#define WISEMIND_CLI_UNLOCK_H

#include "app.h"
#include "cli/passphrase_input.h"
#include "session.h"

/* Unlocks the diary for a command: turns core dumps off, reads the
 * passphrase (--passphrase-fd, or the terminal) or the recovery key
 * (--recovery-key-fd), opens the session and prints its notices to
 * stderr. When kept is not NULL the secret read is left there (for
 * passwd and recovery-key); else it is wiped at once. Returns 0, or the
 * exit code after printing one sentence. */
int cli_unlock(struct app *app, struct session *session, struct secret_text *kept);

/* Prints "wisemind: <message>" for a session error and returns its exit
 * code. */
int cli_session_error(struct session_error *err);

#endif
