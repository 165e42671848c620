#ifndef WISEMIND_CONTENT_SETTINGS_FILE_H
#define WISEMIND_CONTENT_SETTINGS_FILE_H

#include <stdbool.h>

#include "content/status.h"
#include "core/country.h"
#include "core/str.h"

/* Settings that must work without the passphrase, kept in
 * $XDG_CONFIG_HOME/wisemind/settings.yaml. Nothing personal is kept here:
 * only the country (so the right crisis lines show while locked). */
struct settings {
	char country[COUNTRY_CODE_SIZE]; /* "" when not set */
};

/* Reads the settings file in config_dir. A missing file gives empty
 * settings and CONTENT_MISSING; an unreadable or malformed one gives empty
 * settings, CONTENT_E_READ or CONTENT_E_INVALID, and a reason in err. */
enum content_status settings_load(const char *config_dir, struct settings *out, struct str *err);

/* Writes the settings durably: creates config_dir (0700) if needed, then
 * a temporary file (0600), fsync, rename over settings.yaml, fsync of the
 * folder. On failure (CONTENT_E_WRITE) the old file is untouched and err
 * says why. */
enum content_status settings_save(const char *config_dir, const struct settings *settings,
                                  struct str *err) __attribute__((warn_unused_result));

#endif
