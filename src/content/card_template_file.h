#ifndef WISEMIND_CONTENT_CARD_TEMPLATE_FILE_H
#define WISEMIND_CONTENT_CARD_TEMPLATE_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "content/problems.h"
#include "core/card_template.h"

/* A diary card template file (wisemind-skills(5), CARD TEMPLATES):
 * Markdown with YAML front matter, read through the shared front-matter
 * reader:
 *
 *   ---
 *   card-template: 1
 *   targets:
 *     - id: suicide
 *       label: Urge to end my life
 *       kind: suicide          # suicide, self-harm, use or other
 *       action: yes-no         # or count
 *     - id: binge-eating
 *       label: Binge eating
 *       kind: other
 *       action: count
 *       retired: true          # no longer asked; past days still show it
 *   emotions:
 *     - id: sadness
 *       label: Sadness
 *   ---
 *   Notes for the person (Markdown), shown with the template.
 *
 * Parses buf (len bytes) into *out. Every problem goes to problems as
 * "path:line: ..." and then it returns false. */
bool card_template_parse(const char *path, const char *buf, size_t len,
                         struct card_template *out, struct problems *problems)
	__attribute__((warn_unused_result));

/* Writes t as such a file (the form `card template show` prints and an
 * import reads back), with notes (may be NULL) as its body. */
void card_template_write(const struct card_template *t, const char *notes, struct str *out);

#endif
