#ifndef WISEMIND_FRONT_NOT_SAVED_H
#define WISEMIND_FRONT_NOT_SAVED_H

#include "core/str.h"

/* "WHAT was NOT saved: why" (what NULL: "Not saved: why"), appended to
 * out. why is a front end's sentence for the error; when it says "not
 * saved: " itself (the vault's reasons do), that is dropped, so that it
 * is said once. */
void front_not_saved(const char *what, const char *why, struct str *out);

#endif
