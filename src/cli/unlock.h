#ifndef WISEMIND_CLI_UNLOCK_H
#define WISEMIND_CLI_UNLOCK_H

#include "app/app.h"
#include "app/secret.h"
#include "app/session.h"

/* Who shows the crisis card when the unlock merges urges logged while
 * locked (DESIGN §2.2): the unlock, on stderr; or the command, which
 * shows one card for everything it records (one command, one card). */
enum cli_unlock_card {
	CLI_CARD_FOR_MERGED,
	CLI_CARD_BY_COMMAND,
};

/* Unlocks the diary for a command: turns core dumps off, checks what can
 * be checked without a secret, reads the passphrase (--passphrase-fd, or
 * the terminal) or the recovery key (--recovery-key-fd), opens the
 * session and prints its notices on stderr. When kept is not NULL the
 * secret read is left there (for recovery-key, which needs the
 * passphrase again); else it is wiped at once. Returns 0, or the exit
 * code after printing one sentence. */
int cli_unlock(struct app *app, struct session **session, struct app_secret *kept,
               enum cli_unlock_card card);

#endif
