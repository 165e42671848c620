#include "core/passphrase_strength.h"

#include <zxcvbn.h>

#include "core/str.h"

/* Words a person might build a passphrase from that say nothing secret. */
static const char *const obvious[] = {"wisemind", "dbt", "diary", "skills", "therapy", NULL};

enum passphrase_strength passphrase_rate(const char *passphrase, size_t len, double *bits)
{
	double entropy = 0.0;
	enum passphrase_strength rating;
	/* zxcvbn reads up to the NUL; a passphrase with a NUL in it is cut there,
	 * which only makes the estimate lower. */
	if (str_utf8_chars(passphrase) < PASSPHRASE_MIN_CHARS || len < PASSPHRASE_MIN_CHARS) {
		rating = PASSPHRASE_TOO_SHORT;
	} else {
		entropy = ZxcvbnMatch(passphrase, (const char **)obvious, NULL);
		rating = entropy < PASSPHRASE_REFUSE_BITS ? PASSPHRASE_VERY_WEAK
		         : entropy < PASSPHRASE_GOOD_BITS ? PASSPHRASE_WEAK
		                                          : PASSPHRASE_GOOD;
	}
	if (bits != NULL) {
		*bits = entropy;
	}
	return rating;
}
