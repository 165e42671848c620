#include "core/curriculum.h"

#include <stdlib.h>

void curriculum_finish(struct curriculum *c)
{
	if (c == NULL) {
		return;
	}
	for (size_t w = 0; w < c->week_count; w++) {
		for (size_t s = 0; s < c->weeks[w].skill_count; s++) {
			free(c->weeks[w].skills[s]);
		}
		free(c->weeks[w].skills);
	}
	free(c->weeks);
	free(c->id);
	free(c->name);
	free(c->summary);
	free(c->path);
	*c = (struct curriculum){0};
}
