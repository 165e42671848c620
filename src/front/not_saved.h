#ifndef WISEMIND_FRONT_NOT_SAVED_H
#define WISEMIND_FRONT_NOT_SAVED_H

#include "core/str.h"

/* "WHAT was NOT saved: why" (what NULL: "Not saved: why"), appended to
 * out. why is a front end's sentence for the error; when it says "not
 * saved: " itself (the vault's reasons do), that is dropped, so that it
 * is said once. */
void front_not_saved(const char *what, const char *why, struct str *out);

/* As front_not_saved, then ". again": for a caller that says how to try
 * again where the person is ("s tries again."). The reason's own closing
 * "try again" ("free some space and try again") is left out, so that
 * trying again is said once, and in the way that works there. */
void front_not_saved_again(const char *what, const char *why, const char *again, struct str *out);

#endif
