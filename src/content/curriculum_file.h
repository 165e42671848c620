#ifndef WISEMIND_CONTENT_CURRICULUM_FILE_H
#define WISEMIND_CONTENT_CURRICULUM_FILE_H

#include "content/content_file.h"
#include "core/curriculum.h"

/* A curriculum file (wisemind-skills(5), CURRICULA): kept in the
 * curriculum/ folder, or known by its "weeks". Parses into a struct
 * curriculum; its body is for people and is not read. */
extern const struct content_kind curriculum_file_kind;

#endif
