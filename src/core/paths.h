#ifndef WISEMIND_CORE_PATHS_H
#define WISEMIND_CORE_PATHS_H

#include "core/str.h"

/* The environment variables that decide where files live; NULL or ""
 * means unset. */
struct path_env {
	const char *data_dir_flag;     /* --data-dir */
	const char *wisemind_data_dir; /* WISEMIND_DATA_DIR */
	const char *xdg_data_home;
	const char *xdg_config_home;
	const char *xdg_state_home;
	const char *home;
};

/* The data directory (vault, inbox, user skills and crisis file):
 * --data-dir, else WISEMIND_DATA_DIR, else $XDG_DATA_HOME/wisemind, else
 * $HOME/.local/share/wisemind. Relative XDG paths are ignored, as the XDG
 * spec asks. Returns false (out empty) when no directory can be named. */
bool paths_data_dir(const struct path_env *env, struct str *out);

/* The settings directory: $XDG_CONFIG_HOME/wisemind, else
 * $HOME/.config/wisemind. */
bool paths_config_dir(const struct path_env *env, struct str *out);

/* The state directory (the vault's freshness record, STORAGE.md §4.10):
 * $XDG_STATE_HOME/wisemind, else $HOME/.local/state/wisemind. */
bool paths_state_dir(const struct path_env *env, struct str *out);

#endif
