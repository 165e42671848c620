#ifndef WISEMIND_PDF_HANDOUT_PDF_H
#define WISEMIND_PDF_HANDOUT_PDF_H

#include <stdbool.h>

#include "core/date.h"
#include "core/handout.h"
#include "core/str.h"
#include "pdf/paper.h"

/* A skills group's handout (issue 16) as a PDF: the model of
 * core/handout.h on portrait pages, as many as it needs. Text flows from
 * page to page and is never cut; a box, a scale or a worksheet table is
 * never split across pages (a table longer than a page breaks between
 * its rows); each skill after the first begins a new page. Every page
 * has its number ("Page 2 of 5") and handout_notice() at its foot.
 * Written into memory, never to disk; prints nothing. */

/* Appends the PDF of h on paper to out. made_on ("2026-11-30") is the
 * file's creation date (a day, no time: the same handout on the same day
 * gives the same bytes). False with a reason (a constant string) in *why
 * when cairo fails; out is then as it was. */
bool pdf_handout_render(const struct handout *h, enum pdf_paper paper,
                        const char made_on[DATE_TEXT_SIZE], struct str *out, const char **why)
    __attribute__((warn_unused_result));

#endif
