#ifndef WISEMIND_PDF_PAPER_H
#define WISEMIND_PDF_PAPER_H

#include <stdbool.h>

/* The sizes of paper a PDF is laid out for. */
enum pdf_paper {
	PDF_PAPER_A4,
	PDF_PAPER_LETTER,
};

/* Which way up: the report is landscape, as a paper diary card is (the
 * week's grid wants the width); handouts are portrait, as reading is. */
enum pdf_orientation {
	PDF_LANDSCAPE,
	PDF_PORTRAIT,
};

/* The paper's width and height in PostScript points (1/72 inch): A4 is
 * 595.28 x 841.89, Letter 612 x 792, portrait (landscape swaps them). */
void pdf_paper_size(enum pdf_paper paper, enum pdf_orientation orientation, double *width,
                    double *height);

/* "a4" or "letter" (any case) into *out; false for anything else. */
bool pdf_paper_parse(const char *name, enum pdf_paper *out) __attribute__((warn_unused_result));

/* The paper a locale name uses ("en_US.UTF-8", "fr_CA@euro"): Letter when
 * its territory, between "_" and any "." or "@", is one of the countries
 * that use Letter (US, CA, MX, PH, CL, CO, VE), A4 for every other one and
 * for a name with no territory ("C", "POSIX", NULL). */
enum pdf_paper pdf_paper_for_locale(const char *locale);

#endif
