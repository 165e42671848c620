#ifndef WISEMIND_CORE_CURRICULUM_H
#define WISEMIND_CORE_CURRICULUM_H

#include <stddef.h>

#include "core/skill.h"

/* One week of a group's plan. */
struct curriculum_week {
	unsigned number;
	enum skill_module module;
	char **skills;
	size_t skill_count;
	unsigned line;
};

/* A skills-group plan (skills/curriculum/<id>.md). */
struct curriculum {
	char *id;
	char *name;
	char *summary;
	struct curriculum_week *weeks;
	size_t week_count;
	char *path;
};

void curriculum_finish(struct curriculum *c);

#endif
