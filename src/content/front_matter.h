#ifndef WISEMIND_CONTENT_FRONT_MATTER_H
#define WISEMIND_CONTENT_FRONT_MATTER_H

#include <stdbool.h>
#include <stddef.h>
#include <yaml.h>

#include "content/problems.h"

/* A Markdown file that starts with YAML front matter (wisemind-skills(5),
 * FRONT MATTER): a line of three dashes, the YAML, then a line of three
 * dashes (or dots), then the Markdown body. Every kind of content file
 * (skills, curricula, and the kinds to come) is read through this, so the
 * split, the line numbers and the first problems are the same for all. */

/* Where the parts of a file are, found without parsing any YAML. Lines
 * are 1-based lines of the whole file; a line may end in CRLF. */
struct front_matter_split {
	size_t yaml_start, yaml_len; /* byte range of the YAML */
	size_t yaml_line;            /* line of yaml_start: always 2 */
	size_t body_start;           /* first byte after the closing line */
	size_t body_line;            /* line of body_start */
};

/* Finds the opening and closing lines. Returns false when the file does
 * not start with a line of exactly "---" (a byte order mark counts as
 * something before it) or the front matter is never closed; the body may
 * hold more "---" lines, which are Markdown. */
bool front_matter_split(const char *buf, size_t len, struct front_matter_split *out);

/* One file's front matter, loaded, and where its problems go. */
struct front_matter {
	const char *path;          /* names the file in problems */
	struct problems *problems;
	yaml_document_t doc;
	yaml_node_t *root;         /* a mapping node: the keys */
	size_t yaml_line;          /* line of the YAML's first byte */
	const char *body;          /* the Markdown after the closing line */
	size_t body_len;
	size_t body_line;          /* line of body[0] */
	bool ok;                   /* false once a problem was added */
};

/* Splits buf (len bytes, not copied: it must outlive fm) and loads its
 * front matter, which must be a mapping. Every problem goes to problems
 * as "path:line: ..." and then it returns false, with nothing to finish.
 * On success fm->ok is true and front_matter_finish must follow. */
bool front_matter_init(struct front_matter *fm, const char *path, const char *buf, size_t len,
                       struct problems *problems) __attribute__((warn_unused_result));
void front_matter_finish(struct front_matter *fm);

/* The file's line of node; of the start of the YAML when node is NULL. */
size_t front_matter_line(const struct front_matter *fm, const yaml_node_t *node);

/* Adds a problem at node's line and clears fm->ok. */
void front_matter_problem(struct front_matter *fm, const yaml_node_t *node, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The value of key in the mapping map (fm->root for a top-level key), or
 * NULL. */
yaml_node_t *front_matter_get(struct front_matter *fm, const yaml_node_t *map, const char *key);

/* Reports each key of map not in known (NULL-terminated); false if any. */
bool front_matter_check_keys(struct front_matter *fm, const yaml_node_t *map,
                             const char *const *known);

/* The text of a one-line scalar key of map, or NULL: after a problem when
 * the key is required and missing, or is not one line of text. */
const char *front_matter_text(struct front_matter *fm, const yaml_node_t *map, const char *key,
                              bool required);

/* The text of key in map, which may run over several lines (a YAML
 * block, "example: >"), without its last line break; a copy the caller
 * frees, or NULL when the key is missing (or empty, after a problem). */
char *front_matter_paragraphs(struct front_matter *fm, const yaml_node_t *map, const char *key);

/* Copies the items of the list under key in map into *out (allocated,
 * NULL after the last) and counts them in *count, which starts at 0. A
 * missing key leaves both alone; anything but a list of text is a
 * problem, and an item that is not text is left out. */
void front_matter_list(struct front_matter *fm, const yaml_node_t *map, const char *key,
                       char ***out, size_t *count);

/* Checks the required top-level "id": a valid id (core/skill.h) equal to
 * the file's name without ".md". *out gets a copy unless it is missing or
 * not valid. */
void front_matter_id(struct front_matter *fm, char **out);

#endif
