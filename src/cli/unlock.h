#ifndef WISEMIND_CLI_UNLOCK_H
#define WISEMIND_CLI_UNLOCK_H

#include "app/app.h"
#include "app/secret.h"
#include "app/session.h"

/* Unlocks the diary for a command: turns core dumps off, checks what can
 * be checked without a secret, reads the passphrase (--passphrase-fd, or
 * the terminal) or the recovery key (--recovery-key-fd), opens the
 * session and prints its notices on stderr. When kept is not NULL the
 * secret read is left there (for recovery-key, which needs the
 * passphrase again); else it is wiped at once. Returns 0, or the exit
 * code after printing one sentence. */
int cli_unlock(struct app *app, struct session **session, struct app_secret *kept);

#endif
