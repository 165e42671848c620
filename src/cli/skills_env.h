#ifndef WISEMIND_CLI_SKILLS_ENV_H
#define WISEMIND_CLI_SKILLS_ENV_H

#include "app/app.h"
#include "content/skill_library.h"

/* What the skills commands need: the app (paths, crisis table) and the
 * skill library with the user's folder <data-dir>/skills. */
struct skills_env {
	struct app app;
	struct skill_library lib;
};

/* Loads both and prints their warnings (broken files are skipped) to
 * stderr. */
void skills_env_load(struct skills_env *env, const struct app_options *opt);
void skills_env_finish(struct skills_env *env);

/* Says on stderr which of the person's skill files were skipped, and why
 * (nothing when none were). */
void skills_env_say_skipped(const struct skill_library *lib);

/* The skill with id, or NULL after telling the person how to find ids. */
const struct skill *skills_env_find(struct skills_env *env, const char *id);

#endif
