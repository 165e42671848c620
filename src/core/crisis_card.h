#ifndef WISEMIND_CORE_CRISIS_CARD_H
#define WISEMIND_CORE_CRISIS_CARD_H

#include "core/country.h"
#include "core/crisis.h"
#include "core/str.h"

/* Whose country the card is for, and how wisemind knows it. */
struct crisis_who {
	char code[COUNTRY_CODE_SIZE]; /* "" when unknown */
	enum country_source source;
	const char *locale;           /* the locale it came from, or NULL */
};

/* Appends the crisis card as plain text lines: the emergency number first,
 * then the country's crisis lines with hours, then where to find more and
 * how the country was chosen. An unknown or uncovered country gets the
 * emergency-number advice and findahelpline.com, never another country's
 * line. */
void crisis_card_format(const struct crisis_table *table,
                        const struct crisis_who *who, struct str *out);

/* Appends when the row was checked and the sources it was checked against. */
void crisis_card_format_sources(const struct crisis_table *table,
                                const struct crisis_who *who, struct str *out);

#endif
