#ifndef WISEMIND_CONTENT_CONTENT_FILE_H
#define WISEMIND_CONTENT_CONTENT_FILE_H

#include <stdbool.h>
#include <stddef.h>

struct front_matter; /* content/front_matter.h, which needs libyaml */
#include "content/problems.h"

/* Largest content file read. */
#define CONTENT_FILE_MAX (1024 * 1024)

/* One kind of content file (a skill, a curriculum...): how a file is
 * known to be one, and its parser. Each kind is one file that defines
 * one of these (skill_file.c, curriculum_file.c) and one line in
 * content_file.c's table. */
struct content_kind {
	const char *name;   /* "skill", "curriculum" */
	const char *folder; /* the library folder that holds only this kind, or NULL */
	const char *key;    /* a front-matter key that only this kind has, or NULL */
	size_t size;        /* of the struct parse fills in */
	/* Reads fm's keys and body into out (size bytes, zeroed). folder is
	 * as in content_file_parse. Reports through fm; fm->ok says whether
	 * it all held. out is finished by the caller either way. */
	void (*parse)(struct front_matter *fm, const char *folder, void *out);
	void (*finish)(void *parsed);
};

/* Every kind, in the order content_kind_pick asks them; NULL after the
 * last. */
extern const struct content_kind *const content_kinds[];

/* The kind of a file in folder (NULL: at the top, or on its own) whose
 * front matter is fm: the kind that folder holds; else the kind whose own
 * key fm has; else a skill. This is the rule of wisemind-skills(5): a
 * curriculum is in curriculum/ or has "weeks". */
const struct content_kind *content_kind_pick(const char *folder, struct front_matter *fm);

/* The kind that holds folder ("curriculum"), or NULL. */
const struct content_kind *content_kind_of_folder(const char *folder);

/* One parsed file of any kind. */
struct content_file {
	const struct content_kind *kind;
	void *parsed; /* the kind's struct (struct skill, struct curriculum), owned */
};

/* Parses one file (wisemind-skills(5)) as kind, or, when kind is NULL,
 * as content_kind_pick says. path names it in problems and gives the id
 * the file name must match; folder, when not NULL, is the folder it sits
 * in (a module id, or a kind's folder), which a skill's module must
 * match. Every problem is added to problems as "path:line: ..."; returns
 * true only when there were none, and then out owns the result. out is
 * always initialised, so content_file_finish may follow either way. */
bool content_file_parse(const struct content_kind *kind, const char *path, const char *folder,
                        const char *buf, size_t len, struct content_file *out,
                        struct problems *problems);
void content_file_finish(struct content_file *file);

/* The parsed struct when file is of kind, else NULL. */
void *content_file_as(const struct content_file *file, const struct content_kind *kind);

/* Takes the parsed struct out of file when it is of kind: it is copied
 * to out (kind->size bytes), which then owns it, and file is left empty.
 * Returns false, copying nothing, for another kind. */
bool content_file_take(struct content_file *file, const struct content_kind *kind, void *out);

#endif
