#ifndef WISEMIND_APP_WARNING_H
#define WISEMIND_APP_WARNING_H

#include <stddef.h>

#include "core/country.h"
#include "core/str.h"

/* A file of the person's that could not be used, as data. It never stops
 * anything: a broken settings or crisis file is ignored and the built-in
 * defaults (and crisis lines) are used. Front ends frame the sentences
 * below: the whole story on stderr, the summary on a screen's status
 * line, where the person is looking. */
enum app_warning_kind {
	WARNING_SETTINGS_IGNORED,   /* settings.yaml is broken: it is ignored */
	WARNING_CRISIS_IGNORED,     /* crisis.yaml is broken: built-in lines shown */
	WARNING_SETTINGS_COUNTRY,   /* settings.yaml names a country code that is not one */
	WARNING_SETTINGS_THRESHOLD, /* settings.yaml asks for an urge threshold that is not
	                               allowed: the default (or a lower one) stays; the rest is used */
	WARNING_SETTINGS_LOCK,      /* settings.yaml's lock-after-minutes is not 1 to 120: the
	                               default stays; the rest is used */
	WARNING_SETTINGS_VALUE,     /* settings.yaml's breathing-pace, theme or bell cannot be
	                               used: its default stays; the rest is used */
};

struct app_warning {
	enum app_warning_kind kind;
	struct str path;   /* the file */
	struct str why;    /* what is wrong with it ("line 3: ...") */
	unsigned line;     /* the line of the mistake, or 0 */
	char country[COUNTRY_CODE_SIZE + 8]; /* WARNING_SETTINGS_COUNTRY: what it names */
};

struct app_warnings {
	struct app_warning *items;
	size_t count;
};

/* Appends the whole story: lower case first, no full stop. */
void app_warning_describe(const struct app_warning *w, struct str *out);

/* Appends one short sentence for a status line (with its full stop), or
 * nothing for a warning that needs no place on the screen. */
void app_warning_summary(const struct app_warning *w, struct str *out);

void app_warnings_finish(struct app_warnings *list);

#endif
