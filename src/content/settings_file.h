#ifndef WISEMIND_CONTENT_SETTINGS_FILE_H
#define WISEMIND_CONTENT_SETTINGS_FILE_H

#include <stdbool.h>

#include "core/country.h"
#include "core/str.h"

/* Settings that must work without the passphrase, kept in
 * $XDG_CONFIG_HOME/wisemind/settings.yaml. Nothing personal is kept here:
 * only the country (so the right crisis lines show while locked). */
struct settings {
	char country[COUNTRY_CODE_SIZE]; /* "" when not set */
};

/* Reads the settings file in config_dir. A missing file gives empty
 * settings and true; a malformed one gives empty settings, false and a
 * reason in err. */
bool settings_load(const char *config_dir, struct settings *out, struct str *err);

/* Writes the settings durably: creates config_dir (0700) if needed, then
 * a temporary file (0600), fsync, rename over settings.yaml, fsync of the
 * folder. On failure the old file is untouched and err says why. */
bool settings_save(const char *config_dir, const struct settings *settings, struct str *err)
	__attribute__((warn_unused_result));

#endif
