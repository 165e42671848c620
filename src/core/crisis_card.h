#ifndef WISEMIND_CORE_CRISIS_CARD_H
#define WISEMIND_CORE_CRISIS_CARD_H

#include "core/country.h"
#include "core/country_list.h"
#include "core/crisis.h"
#include "core/emergency.h"
#include "core/str.h"

/* Whose country the card is for, and how wisemind knows it. */
struct crisis_who {
	char code[COUNTRY_CODE_SIZE]; /* "" when unknown */
	enum country_source source;
	const char *locale;           /* the locale it came from, or NULL */
};

/* Everything the card is made from. The hints are the front end's words
 * for where the person is (a command in the shell, a key on the screen):
 * the card itself never names a key or a command. */
struct crisis_card_view {
	const struct crisis_table *table;
	const struct emergency_entry *emergency; /* the code's row, or NULL */
	const struct country_info *country;      /* NULL when not an ISO code */
	struct crisis_who who;
	bool ascii_only;           /* the terminal cannot show UTF-8 */
	const char *change_hint;   /* completes "To change the country, ..." */
	const char *sources_hint;  /* a sentence saying where the sources are */
};

/* Appends the crisis card as plain text lines: the emergency number
 * first, then the country's crisis lines with the hours of each option,
 * then where to find more and how the country was chosen (first, when it
 * was only guessed). A country without crisis lines gets its own
 * emergency number, or, when that is not known, the common ones; never
 * another country's line. Spaces inside a phone number are no-break
 * spaces (U+00A0), so that wrap_text never splits the number. */
void crisis_card_format(const struct crisis_card_view *view, struct str *out);

/* Appends the short form: the emergency number, and the first line open
 * around the clock (else the first line). */
void crisis_card_format_short(const struct crisis_card_view *view, struct str *out);

/* Appends when the row was checked, what the checkers noted, and the
 * sources, for the crisis lines and for the emergency number. */
void crisis_card_format_sources(const struct crisis_card_view *view, struct str *out);

#endif
