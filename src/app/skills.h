#ifndef WISEMIND_APP_SKILLS_H
#define WISEMIND_APP_SKILLS_H

#include <stdbool.h>

#include "app/app.h"
#include "app/error.h"
#include "content/skill_library.h"

/* The skill library as the application layer checks ids against it: the
 * built-in skills and the person's own folder, loaded once, when first
 * needed. Start with {0}; finish with app_skills_finish. */
struct app_skills {
	struct skill_library lib;
	bool loaded;
};

/* True when id names a skill; else false with APP_E_SKILL in err, whose
 * sentence suggests the nearest id. */
bool app_skill_check(const struct app *app, struct app_skills *skills, const char *id,
                     struct app_error *err) __attribute__((warn_unused_result));

/* The library, loaded. */
const struct skill_library *app_skills_get(const struct app *app, struct app_skills *skills);

void app_skills_finish(struct app_skills *skills);

#endif
