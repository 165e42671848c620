#ifndef WISEMIND_CONTENT_MARKDOWN_TEXT_H
#define WISEMIND_CONTENT_MARKDOWN_TEXT_H

#include <stddef.h>

#include "core/str.h"

/* A person's Markdown (a therapist's note to a homework) as text a
 * screen or a line can show: paragraphs and headings apart by a blank
 * line, each list item on its own line after "- ", a line break kept,
 * emphasis marks gone. The phrases the Markdown made strong go to bold,
 * each ending in its NUL, counted in *bold_count, for a screen to draw
 * them bold. Raw HTML is kept as written (nothing is hidden). */
void markdown_text(const char *md, size_t len, struct str *text, struct str *bold,
                   size_t *bold_count);

#endif
