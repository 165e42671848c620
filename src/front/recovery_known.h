#ifndef WISEMIND_FRONT_RECOVERY_KNOWN_H
#define WISEMIND_FRONT_RECOVERY_KNOWN_H

#include "app/app.h"

/* Whether the locked diary has a recovery key, read from its header
 * (no passphrase, no key derivation), so that every front end offers one
 * only where it opens: unknown when there is no diary or its header
 * cannot be read. */
enum front_recovery { FRONT_RECOVERY_UNKNOWN, FRONT_RECOVERY_YES, FRONT_RECOVERY_NO };

enum front_recovery front_recovery_known(const struct app *app);

#endif
