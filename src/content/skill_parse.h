#ifndef WISEMIND_CONTENT_SKILL_PARSE_H
#define WISEMIND_CONTENT_SKILL_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "content/problems.h"
#include "core/curriculum.h"
#include "core/skill.h"

/* Largest skill or curriculum file read. */
#define SKILL_FILE_MAX (1024 * 1024)

enum content_kind {
	CONTENT_SKILL,
	CONTENT_CURRICULUM,
};

/* One parsed content file: a skill or a curriculum. */
struct content_file {
	enum content_kind kind;
	struct skill skill;
	struct curriculum curriculum;
};

/* Parses one file (wisemind-skills(5)). path names it in problems and
 * gives the id the file name must match; folder, when not NULL, is the
 * folder it sits in (a module id, or "curriculum"), which the module must
 * match. Every problem is added to problems as "path:line: ..."; returns
 * true only when there were none, and then out owns the result. */
bool content_parse(const char *path, const char *folder, const char *buf, size_t len,
                   struct content_file *out, struct problems *problems);
void content_file_finish(struct content_file *file);

/* Parses the Markdown body of a skill (after the front matter) into its
 * introduction and steps; first_line is the body's first line in the
 * file. Adds problems and returns false when it is not valid. */
bool skill_parse_body(const char *path, const char *body, size_t len, size_t first_line,
                      struct skill *skill, struct problems *problems);

#endif
