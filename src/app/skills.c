#include "app/skills.h"

#include <stdlib.h>

#include "core/nearest.h"

const struct skill_library *app_skills_get(const struct app *app, struct app_skills *skills)
{
	if (!skills->loaded) {
		struct str user_dir = {0};
		if (app->data_dir.len > 0) {
			str_appendf(&user_dir, "%s/skills", str_cstr(&app->data_dir));
		}
		skill_library_load(&skills->lib, user_dir.buf);
		str_finish(&user_dir);
		skills->loaded = true;
	}
	return &skills->lib;
}

bool app_skill_check(const struct app *app, struct app_skills *skills, const char *id,
                     struct app_error *err)
{
	const struct skill_library *lib = app_skills_get(app, skills);
	if (skill_library_find(lib, id) != NULL) {
		return true;
	}
	const char **words = calloc(lib->count + 1, sizeof(*words));
	size_t n = 0;
	for (size_t i = 0; words != NULL && i < lib->count; i++) {
		words[n++] = lib->skills[i].id;
	}
	const char *near = nearest_word(id, words, n);
	str_clear(&err->detail);
	str_appendf(&err->detail, "there is no skill \"%s\" in the library", id);
	if (near != NULL) {
		str_appendf(&err->detail, ": perhaps you meant \"%s\"", near);
	}
	free(words);
	return app_error_app(err, APP_E_SKILL);
}

void app_skills_finish(struct app_skills *skills)
{
	if (skills->loaded) {
		skill_library_finish(&skills->lib);
	}
	skills->loaded = false;
}
