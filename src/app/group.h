#ifndef WISEMIND_APP_GROUP_H
#define WISEMIND_APP_GROUP_H

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "app/error.h"
#include "app/skills.h"

/* What a skills group is taught from, for the presenter (wisemind class)
 * and for handouts: a curriculum (the built-in 24 weeks, one by id, or a
 * file), and the week, the module or the skills asked for. It opens no
 * diary and writes nothing anywhere. */
struct app_group_ask {
	const char *curriculum; /* a curriculum file, or the id of one; NULL: the 24 weeks */
	const char *module;     /* a module's id: its skills as the plan teaches them */
	unsigned week;          /* a week of the plan (1..); 0: from start */
	bool week_given;        /* week was asked for (so 0 is a mistake, not "from start") */
	const char *start;      /* the day of week 1, YYYY-MM-DD; NULL: week 1 */
	const char *today;      /* YYYY-MM-DD; NULL: today's date */
	char *const *ids;       /* these skills, before the week's (a handout) */
	size_t id_count;
};

#define APP_GROUP_STANDARD "standard-24-week"

struct app_group {
	struct app_skills skills;           /* the library, with a curriculum file in it */
	const struct curriculum *curriculum;
	unsigned week;        /* the week shown; 0 when none was (a module, or skills by id) */
	unsigned round;       /* 1 the first time through the plan, 2 the second... */
	bool before_start;    /* start is after today: week 1 is shown */
	bool by_module;
	enum skill_module module;
	const struct skill **list; /* the skills, in the order they are taught */
	size_t count;
	struct str title;     /* "Week 4 of 24: Distress tolerance" */
};

/* Works out the skills to teach (module, then week, then start: the
 * first one asked; ids come first when given). False with err: a
 * curriculum file's mistakes by file:line (APP_E_GROUP), an unknown
 * curriculum, module or week (APP_E_GROUP), a date (APP_E_DATE), an
 * unknown skill (APP_E_SKILL). The library's own skipped files are in
 * g->skills.lib.problems either way. Finish g either way. */
bool app_group_open(const struct app *app, const struct app_group_ask *ask, struct app_group *g,
                    struct app_error *err) __attribute__((warn_unused_result));
void app_group_finish(struct app_group *g);

#endif
