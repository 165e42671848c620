#ifndef WISEMIND_PDF_REPORT_PDF_H
#define WISEMIND_PDF_REPORT_PDF_H

#include <stdbool.h>

#include "app/week.h"
#include "core/date.h"
#include "core/str.h"
#include "pdf/paper.h"

/* The week's diary card as a one-page PDF (issue 15), laid out like the
 * paper card: the grid of the days, the urges logged with their before
 * and after, the notes, the homework and the last eight weeks' urges.
 * The only code that links cairo and pango; it writes the file's bytes
 * into memory and never to disk, and prints nothing. */

/* Appends the PDF of w (its report, trend and week) on paper to out.
 * made_on ("2026-11-30") is the day it is made: the footer says so, with
 * the not-encrypted notice, and it is the file's creation date (a day, no
 * time, so the same diary on the same day gives the same bytes). Whatever
 * the data, it is one page: long text is cut with "…" and long lists end
 * with "and N more". False with a reason (a constant string) in *why when
 * cairo fails. */
bool pdf_report_render(const struct app_week *w, enum pdf_paper paper,
                       const char made_on[DATE_TEXT_SIZE], struct str *out, const char **why)
    __attribute__((warn_unused_result));

#endif
