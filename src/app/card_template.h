#ifndef WISEMIND_APP_CARD_TEMPLATE_H
#define WISEMIND_APP_CARD_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "app/error.h"
#include "core/card_template.h"
#include "core/str.h"

struct session;

/* The card template, kept inside the diary (it names what the person
 * tracks). */

/* The template in force as its file (Markdown with YAML front matter):
 * the imported one as it was given, else the default written out. */
bool session_card_template_text(struct session *s, struct str *out, struct app_error *err)
	__attribute__((warn_unused_result));

/* Replaces the template with the file's (len bytes; path names it in
 * problems) and saves. APP_E_TEMPLATE with the problems, one per line, in
 * err->detail when the file cannot be read as a template, or when it
 * would leave out a target or emotion the card had (retire it instead,
 * so its past days still show) or change a target's kind. *out, when not
 * NULL, gets the new template. */
bool session_card_template_import(struct session *s, const char *path, const char *buf,
                                  size_t len, struct card_template *out, struct app_error *err)
	__attribute__((warn_unused_result));

/* The same, reading the file at path (at most 1 MiB) itself, so a front
 * end that has only the name typed needs no file I/O of its own.
 * APP_E_TEMPLATE, with why in err->detail, also when it cannot be read;
 * the template is then unchanged. */
bool session_card_template_import_file(struct session *s, const char *path,
                                       struct card_template *out, struct app_error *err)
	__attribute__((warn_unused_result));

#endif
