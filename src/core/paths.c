#include "core/paths.h"

#include <stdbool.h>

static bool set(const char *value)
{
	return value != NULL && value[0] != '\0';
}

static bool xdg_dir(const char *xdg, const char *home, const char *fallback,
                    struct str *out)
{
	str_clear(out);
	if (set(xdg) && xdg[0] == '/') {
		str_appendf(out, "%s/wisemind", xdg);
		return true;
	}
	if (set(home)) {
		str_appendf(out, "%s/%s/wisemind", home, fallback);
		return true;
	}
	return false;
}

bool paths_data_dir(const struct path_env *env, struct str *out)
{
	str_clear(out);
	if (set(env->data_dir_flag)) {
		str_append(out, env->data_dir_flag);
		return true;
	}
	if (set(env->wisemind_data_dir)) {
		str_append(out, env->wisemind_data_dir);
		return true;
	}
	return xdg_dir(env->xdg_data_home, env->home, ".local/share", out);
}

bool paths_config_dir(const struct path_env *env, struct str *out)
{
	return xdg_dir(env->xdg_config_home, env->home, ".config", out);
}

bool paths_state_dir(const struct path_env *env, struct str *out)
{
	return xdg_dir(env->xdg_state_home, env->home, ".local/state", out);
}
