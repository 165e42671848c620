#ifndef WISEMIND_CORE_PASSPHRASE_STRENGTH_H
#define WISEMIND_CORE_PASSPHRASE_STRENGTH_H

#include <stddef.h>

/* How hard a passphrase is to guess, by zxcvbn's estimate. Argon2id slows
 * each guess down but cannot rescue a guessable passphrase (STORAGE.md
 * §4.4), so very weak ones are refused. */
enum passphrase_strength {
	PASSPHRASE_TOO_SHORT, /* fewer than PASSPHRASE_MIN_CHARS characters */
	PASSPHRASE_VERY_WEAK, /* refused */
	PASSPHRASE_WEAK,      /* accepted, with a warning */
	PASSPHRASE_GOOD,
};

#define PASSPHRASE_MIN_CHARS 8
#define PASSPHRASE_REFUSE_BITS 40.0
#define PASSPHRASE_GOOD_BITS 60.0

/* Rates the UTF-8 passphrase of len bytes; *bits gets zxcvbn's entropy
 * estimate when not NULL. */
enum passphrase_strength passphrase_rate(const char *passphrase, size_t len, double *bits);

#endif
