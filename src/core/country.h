#ifndef WISEMIND_CORE_COUNTRY_H
#define WISEMIND_CORE_COUNTRY_H

#include <stdbool.h>

/* A country is an ISO 3166-1 alpha-2 code, upper case, or "" for unknown. */
#define COUNTRY_CODE_SIZE 3

/* Where the country came from, in the order DESIGN.md §2.3 tries them. */
enum country_source {
	COUNTRY_FROM_FLAG,
	COUNTRY_FROM_SETTING,
	COUNTRY_FROM_LOCALE,
	COUNTRY_UNKNOWN,
};

/* What the environment says about the locale; NULL or "" means unset. */
struct locale_env {
	const char *lc_all;
	const char *lc_messages;
	const char *lang;
};

/* Normalises a code a person typed ("gb", "UK", " de ") into out.
 * Returns false, leaving out "", when it is not two ASCII letters. */
bool country_normalize(const char *typed, char out[COUNTRY_CODE_SIZE]);

/* The territory of one locale name: "en_GB.UTF-8" -> GB,
 * "de_AT.iso885915@euro" -> AT, "en-GB" -> GB. A locale without a
 * territory ("C", "POSIX", "C.UTF-8", "de") gives false and "". */
bool country_from_locale(const char *locale, char out[COUNTRY_CODE_SIZE]);

/* Picks the locale variable POSIX says is in force for messages: the first
 * non-empty of LC_ALL, LC_MESSAGES, LANG. NULL when all are empty. */
const char *country_locale_in_force(const struct locale_env *env);

/* The country to use: the flag, else the saved setting, else the locale
 * in force. A flag or setting that is not a valid code is skipped (the
 * caller reports it). Writes "" and returns COUNTRY_UNKNOWN when nothing
 * gives a country; never guesses from a language alone. */
enum country_source country_resolve(const char *flag, const char *setting,
                                    const struct locale_env *env,
                                    char out[COUNTRY_CODE_SIZE]);

#endif
