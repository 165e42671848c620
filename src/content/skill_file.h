#ifndef WISEMIND_CONTENT_SKILL_FILE_H
#define WISEMIND_CONTENT_SKILL_FILE_H

#include "content/content_file.h"
#include "core/skill.h"

/* A skill file (wisemind-skills(5)): the front matter's keys, then the
 * body (skill_body.h). Parses into a struct skill. A skill is what a file
 * is when neither its folder nor its keys say otherwise, and its module
 * must match the module folder it sits in. */
extern const struct content_kind skill_file_kind;

#endif
