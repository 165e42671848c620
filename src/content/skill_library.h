#ifndef WISEMIND_CONTENT_SKILL_LIBRARY_H
#define WISEMIND_CONTENT_SKILL_LIBRARY_H

#include <stddef.h>

#include "content/content_file.h"
#include "content/problems.h"
#include "core/curriculum.h"
#include "core/skill.h"

/* Every skill and curriculum wisemind can offer: the built-in library
 * (compiled in from skills/), then the user's folder, whose files add
 * skills or replace built-in ones with the same id. */
struct skill_library {
	struct skill *skills;
	size_t count;
	struct curriculum *curricula;
	size_t curriculum_count;
	struct problems problems; /* files that were skipped, and why */
};

/* Loads the built-in library (compiled in, so it is there even when no
 * file is), then the user's files in user_dir (NULL or missing is fine):
 * the .md files at its top, in its module folders and in its curriculum
 * folder. Installed copies of the skill files are reference only and
 * never read, so a stale copy cannot bring back old text. A file
 * replaces one with the same id. A broken file is reported in
 * lib->problems and skipped; it never hides the rest. Ids named in
 * "related" and in curricula must exist. */
void skill_library_load(struct skill_library *lib, const char *user_dir);
void skill_library_finish(struct skill_library *lib);

/* Adds one parsed file, replacing a skill or curriculum with the same id;
 * a skill gets origin. Takes ownership of file's contents, leaving file
 * empty. */
void skill_library_put(struct skill_library *lib, struct content_file *file,
                       enum skill_origin origin);

/* Checks that every related id and curriculum skill exists, for the file
 * at only_path (NULL: every file); each problem goes to problems. */
void skill_library_check_links(const struct skill_library *lib, const char *only_path,
                               struct problems *problems);

const struct skill *skill_library_find(const struct skill_library *lib, const char *id);
const struct curriculum *skill_library_find_curriculum(const struct skill_library *lib,
                                                       const char *id);

/* The folder a file sits in ("distress-tolerance/stop.md" gives
 * "distress-tolerance") when it is a module or a kind's folder
 * ("curriculum"), else NULL. The caller frees it. */
char *skill_library_folder_of(const char *path);

/* Reads and parses one file from disk; folder as in content_file_parse,
 * which picks the kind. out is always initialised, so
 * content_file_finish may follow either way. */
bool skill_library_read_file(const char *path, const char *folder, struct content_file *out,
                             struct problems *problems);

#endif
