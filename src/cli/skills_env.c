#include "cli/skills_env.h"

#include <stdio.h>

#include "cli/cli_app.h"

void skills_env_load(struct skills_env *env, const struct app_options *opt)
{
	/* A mistyped --country is reported; the skills work all the same. */
	(void)cli_app_start(&env->app, opt);
	struct str user_dir = {0};
	if (env->app.data_dir.len > 0) {
		str_appendf(&user_dir, "%s/skills", str_cstr(&env->app.data_dir));
	}
	skill_library_load(&env->lib, user_dir.buf);
	str_finish(&user_dir);
	skills_env_say_skipped(&env->lib);
}

void skills_env_say_skipped(const struct skill_library *lib)
{
	if (lib->problems.count > 0) {
		fprintf(stderr, "wisemind: skipped skill files with problems (fix them, or check "
		                "one with 'wisemind skills check FILE'):\n%s",
		        str_cstr(&lib->problems.text));
	}
}

void skills_env_finish(struct skills_env *env)
{
	skill_library_finish(&env->lib);
	app_finish(&env->app);
}

const struct skill *skills_env_find(struct skills_env *env, const char *id)
{
	const struct skill *skill = skill_library_find(&env->lib, id);
	if (skill == NULL) {
		fprintf(stderr, "wisemind: there is no skill \"%s\"; 'wisemind skills list' "
		                "shows the ids.\n", id);
	}
	return skill;
}
