#ifndef WISEMIND_CONTENT_SKILL_DIRECTIVE_H
#define WISEMIND_CONTENT_SKILL_DIRECTIVE_H

#include "core/skill.h"

enum skill_directive_result {
	SKILL_DIRECTIVE_NONE, /* plain text to read */
	SKILL_DIRECTIVE_OK,   /* *block holds the directive */
	SKILL_DIRECTIVE_BAD,  /* meant as a directive, but wrong: *why says how */
};

/* Reads one paragraph of a step: a directive of wisemind-skills(5)
 * ("Timer: 2 minutes", "Ask {pros-act}: ...", "Rate urge use: ...") or
 * text. On SKILL_DIRECTIVE_OK, *block is filled (its text allocated). */
enum skill_directive_result skill_directive_parse(const char *text, struct skill_block *block,
                                                  const char **why);

/* True for the directives a list or a table right after belongs to:
 * Choose, Decide, Show, and a rating (a branch). */
bool skill_directive_takes_list(const struct skill_block *block);

#endif
