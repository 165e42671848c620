#ifndef WISEMIND_CONTENT_SETTINGS_FILE_H
#define WISEMIND_CONTENT_SETTINGS_FILE_H

#include <stdbool.h>

#include "content/status.h"
#include "core/country.h"
#include "core/skill.h"
#include "core/str.h"
#include "core/urge_level.h"

/* Settings that must work without the passphrase, kept in
 * $XDG_CONFIG_HOME/wisemind/settings.yaml. Nothing personal is kept here:
 * the country (so the right crisis lines show while locked) and the urge
 * thresholds per kind (DESIGN.md §2.2: so the locked path applies them
 * too; no target's name is kept here). The file:
 *
 *   country: NZ
 *   urge-thresholds:
 *     self-harm: 3
 *     use: 2
 *   lock-after-minutes: 5
 *   breathing-pace: in 4, out 6
 *   theme: monochrome
 *   bell: off
 *
 * A kind left out has its default (suicide 1, others 4); the unknown kind
 * always has suicide's. The screen saves and locks after lock-after-minutes
 * without a key (1 to 120; 10 when not set). breathing-pace, when set, is
 * the pace every breathing pacer starts at (as a skill file writes it;
 * each skill's own when not set); theme is colour (the default) or
 * monochrome; bell is on (the default: a timer's end rings the terminal
 * bell) or off. */
#define SETTINGS_LOCK_MINUTES_DEFAULT 10
#define SETTINGS_LOCK_MINUTES_MAX 120

struct settings {
	char country[COUNTRY_CODE_SIZE]; /* "" when not set */
	struct urge_thresholds thresholds;
	int lock_minutes; /* 1 to SETTINGS_LOCK_MINUTES_MAX */
	struct skill_breath pace; /* in 0: each skill's own */
	bool monochrome;
	bool quiet; /* bell: off */
	/* When the file's lock-after-minutes could not be used (the default is
	 * then): why, with its line; "" otherwise. */
	char lock_why[128];
	/* The same for the first of breathing-pace, theme and bell that could
	 * not be used. */
	char value_why[160];
};

/* Empty settings: no country, the default thresholds, lock time, pace
 * (each skill's), colour and bell. */
void settings_default(struct settings *out);

/* Reads the settings file in config_dir. A missing file gives empty
 * settings (settings_default) and CONTENT_MISSING; an unreadable or
 * malformed one gives empty settings, CONTENT_E_READ or CONTENT_E_INVALID,
 * and a reason in err. A threshold the file cannot have (above its
 * kind's default, below 1, not a whole number, an unknown kind) is never
 * honoured: that kind keeps its default (or a lower value the file gives
 * it too), the rest of the file is used, the status is CONTENT_E_VALUE
 * and err says which line (the first such). So no file can raise a
 * threshold or switch the check off. */
enum content_status settings_load(const char *config_dir, struct settings *out, struct str *err);

/* Writes the settings durably (thresholds only where lowered below their
 * default, so a default lowered in a later version applies; the others
 * only where not their default): creates config_dir (0700) if needed, then
 * a temporary file (0600), fsync, rename over settings.yaml, fsync of the
 * folder. On failure (CONTENT_E_WRITE) the old file is untouched and err
 * says why. */
enum content_status settings_save(const char *config_dir, const struct settings *settings,
                                  struct str *err) __attribute__((warn_unused_result));

#endif
