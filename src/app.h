#ifndef WISEMIND_APP_H
#define WISEMIND_APP_H

#include <stdbool.h>

#include "content/settings_file.h"
#include "core/crisis.h"
#include "core/crisis_card.h"
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

/* What every front end needs: options, where files live, the settings that
 * work while locked, and the crisis table with the country resolved. */
struct app {
	struct app_options opt;
	struct str data_dir;   /* "" when no directory can be named */
	struct str config_dir;
	struct str state_dir;  /* "" when no directory can be named */
	struct settings settings;
	struct crisis_table crisis;
	struct crisis_who who;
	struct str warnings;   /* one sentence per line, for stderr or a status bar */
	bool country_flag_invalid;
};

/* Fills app from opt and the environment, loading the crisis table (the
 * compiled-in one, then the installed file, then the user's) and the
 * settings. Never fails: a damaged file only adds a warning, so the
 * crisis lines always show. */
void app_init(struct app *app, const struct app_options *opt);
void app_finish(struct app *app);

/* True on a first run: no --country and no saved country, so the front
 * end shows the inferred country (or none) and asks to confirm it. */
bool app_country_unconfirmed(const struct app *app);

/* Confirms the country: typed ("gb", "UK") or, when typed is empty, the
 * inferred one. Saves it in settings.yaml and uses it from now on. Returns
 * false with a sentence in err when typed is not a country code, or when
 * saving failed (the country is then still used for this session). */
bool app_confirm_country(struct app *app, const char *typed, struct str *err);

/* The country's name when the crisis table knows it, else its code. */
const char *app_country_name(const struct app *app, const char *code);

/* The crisis card for the resolved country, as plain text lines. */
void app_crisis_card(const struct app *app, struct str *out);

#endif
