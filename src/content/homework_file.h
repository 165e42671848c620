#ifndef WISEMIND_CONTENT_HOMEWORK_FILE_H
#define WISEMIND_CONTENT_HOMEWORK_FILE_H

#include <stddef.h>

#include "content/content_file.h"
#include "content/problems.h"
#include "core/date.h"
#include "core/homework.h"

/* A homework file (wisemind-skills(5), HOMEWORK FILES): front matter
 * with the title ("homework"), the id, the skills, how often and from
 * when, then the therapist's words in Markdown, and any skill files that
 * travel with it, each a fenced block opened by a line
 * "````wisemind-skill ID" and closed by a line "````". It is not a kind
 * the skill library reads from a folder: only homework import and new
 * read it, by name. */
extern const struct content_kind homework_file_kind;

/* A skill file that came inside a homework file: its text as written. */
struct homework_attached {
	char *id;
	char *text;
	size_t len;
};

struct homework_file {
	char *id;    /* "hw-3f9a1c2e" */
	char *title; /* one line */
	char **skills;
	size_t skill_count;
	struct homework_every every; /* "day" when the file says nothing */
	char from[DATE_TEXT_SIZE];
	char until[DATE_TEXT_SIZE]; /* "" when open-ended */
	char *note;                 /* the Markdown body without the attached skills; "" */
	struct homework_attached *attached;
	size_t attached_count;
};

void homework_file_finish(struct homework_file *h);

/* Appends h as a homework file's text, which homework_file_parse reads
 * back as h: the front matter (the title quoted, whatever it holds), the
 * note, then each attached skill in its fenced block. */
void homework_file_write(const struct homework_file *h, struct str *out);

/* Parses buf (len bytes) as a homework file named path: the front
 * matter, and each attached skill as a skill file (its problems named by
 * path and the line in path). Every problem goes to problems as
 * "path:line: ..."; true only when there were none, and then out
 * (zeroed first) holds the file, to finish with homework_file_finish. */
bool homework_file_parse(const char *path, const char *buf, size_t len,
                         struct homework_file *out, struct problems *problems)
	__attribute__((warn_unused_result));

#endif
