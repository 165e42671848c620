#ifndef WISEMIND_CONTENT_SKILL_BODY_H
#define WISEMIND_CONTENT_SKILL_BODY_H

#include <stdbool.h>
#include <stddef.h>

#include "content/problems.h"
#include "core/skill.h"

/* Parses the Markdown body of a skill (after the front matter) into its
 * introduction and steps; first_line is the body's first line in the
 * file. Adds problems and returns false when it is not valid. */
bool skill_body_parse(const char *path, const char *body, size_t len, size_t first_line,
                      struct skill *skill, struct problems *problems);

#endif
