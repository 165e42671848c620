#ifndef WISEMIND_CORE_SKILL_FORMAT_H
#define WISEMIND_CORE_SKILL_FORMAT_H

#include "core/skill.h"
#include "core/str.h"

/* Appends the whole skill as readable plain text (not yet wrapped): name,
 * summary, cautions, introduction, then each step with its cautions first,
 * and the related skills. */
void skill_format(const struct skill *skill, struct str *out);

/* Appends one block as plain text, indented by indent spaces. */
void skill_format_block(const struct skill_block *block, const char *indent, struct str *out);

/* "2:30" for 150 seconds. */
void skill_format_duration(unsigned seconds, struct str *out);

/* "crisis and everyday", "crisis" or "everyday". */
const char *skill_use_text(const struct skill *skill);

#endif
