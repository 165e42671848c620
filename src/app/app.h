#ifndef WISEMIND_APP_H
#define WISEMIND_APP_H

#include <stdbool.h>

#include "app/warning.h"
#include "content/settings_file.h"
#include "core/country_list.h"
#include "core/crisis.h"
#include "core/crisis_card.h"
#include "core/emergency.h"
#include "core/str.h"

/* The global options of DESIGN.md §4, as given on the command line. */
struct app_options {
	const char *data_dir;  /* --data-dir, or NULL */
	const char *country;   /* --country, or NULL */
	bool no_color;         /* --no-color, or NO_COLOR set */
	bool plain;            /* --plain: line-by-line mode */
	int passphrase_fd;     /* --passphrase-fd, or -1 */
	int recovery_key_fd;   /* --recovery-key-fd, or -1 */
};

/* How a front end words the ways to reach things where the person is: a
 * command in the shell, a key on the screen. Below the front ends no text
 * names a key or a command. */
struct app_hints {
	const char *change_country; /* completes "To change it, ...", or NULL */
	const char *sources;        /* a sentence saying where the sources are, or NULL */
};

/* What every front end needs: options, where files live, the settings that
 * work while locked, and the crisis information for the resolved country. */
struct app {
	struct app_options opt;
	struct app_hints hints;
	struct str data_dir;   /* "" when no directory can be named */
	struct str config_dir;
	struct str state_dir;  /* "" when no directory can be named */
	struct settings settings;
	struct country_list countries;   /* every ISO 3166-1 code */
	struct crisis_table crisis;      /* the country's built-in row, then the person's rows */
	struct emergency_entry emergency; /* the country's numbers */
	bool has_emergency;               /* false when the code is not ISO 3166-1 */
	struct crisis_who who;
	bool ascii_only;       /* the terminal cannot show UTF-8 */
	struct app_warnings warnings; /* files of the person's that could not be used */
	bool country_flag_invalid;
};

/* Fills app from opt and the environment: the settings, the country
 * (DESIGN.md §2.3; an invalid flag gives no country, never the locale's)
 * and its crisis information (the compiled-in row, then the person's own
 * crisis file; an installed copy is never read). Never fails: a damaged
 * file only adds a warning, so the crisis lines always show. */
void app_init(struct app *app, const struct app_options *opt);
void app_finish(struct app *app);

/* True on a first run: no --country and no saved country, so the front
 * end shows the inferred country (or none) and asks to confirm it. */
bool app_country_unconfirmed(const struct app *app);

/* Reads a country as a person typed it: a real alpha-2 code ("gb", "UK")
 * or an English name ("Germany"). False when it is neither; then
 * app_country_suggest says what might have been meant. */
bool app_country_read(const struct app *app, const char *typed, char code[COUNTRY_CODE_SIZE]);
void app_country_suggest(const struct app *app, const char *typed,
                         struct country_suggestion *out);

/* Uses code (already read) from now on and saves it in settings.yaml.
 * False with a sentence in err when saving failed; the country is still
 * used for this session. */
bool app_confirm_country(struct app *app, const char *code, struct str *err);
/* Uses code (already read) from now on, for this run only: nothing is
 * saved (the presenter for a room). */
void app_use_country(struct app *app, const char *code);

/* The country's name as the terminal can show it, or code when ISO 3166-1
 * has none. */
const char *app_country_name(const struct app *app, const char *code);

/* True when wisemind has crisis lines for code (built in or the person's). */
bool app_country_has_lines(const struct app *app, const char *code);

/* The codes that have crisis lines, sorted, at most max. */
size_t app_countries_with_lines(const struct app *app, char (*codes)[COUNTRY_CODE_SIZE],
                                size_t max);

/* The crisis card for the resolved country, as plain text lines for
 * wrap_text (after ascii_fold when app->ascii_only). */
void app_crisis_card(const struct app *app, struct str *out);

/* The short form of the card, for the end of a crisis skill: the
 * emergency number and the country's first around-the-clock line. The
 * front end adds how to reach the full card where the person is. */
void app_crisis_card_short(const struct app *app, struct str *out);

/* When the card's numbers were checked and against which sources. */
void app_crisis_sources(const struct app *app, struct str *out);

#endif
