#ifndef WISEMIND_CONTENT_SKILL_LINKS_H
#define WISEMIND_CONTENT_SKILL_LINKS_H

#include <stdbool.h>

#include "content/problems.h"
#include "core/skill.h"

/* After a skill's body is read: finds the step each option leads to and
 * marks the steps reached only from a menu, and checks the worksheet
 * fields (each named once, shown only after an Ask fills it, every kit
 * entry a field). Adds problems and returns false when something does
 * not fit (wisemind-skills(5), BODY). */
bool skill_links_resolve(const char *path, struct skill *skill, struct problems *problems);

#endif
