/* The paper a report or a handout is printed on, and the one a locale uses. */
#include <string.h>

#include "core/str.h"
#include "pdf/paper.h"

void pdf_paper_size(enum pdf_paper paper, enum pdf_orientation orientation, double *width,
                    double *height)
{
	double longer = paper == PDF_PAPER_LETTER ? 792.0 : 841.89;
	double shorter = paper == PDF_PAPER_LETTER ? 612.0 : 595.28;
	*width = orientation == PDF_LANDSCAPE ? longer : shorter;
	*height = orientation == PDF_LANDSCAPE ? shorter : longer;
}

bool pdf_paper_parse(const char *name, enum pdf_paper *out)
{
	if (name != NULL && str_eq_nocase(name, "a4")) {
		*out = PDF_PAPER_A4;
		return true;
	}
	if (name != NULL && str_eq_nocase(name, "letter")) {
		*out = PDF_PAPER_LETTER;
		return true;
	}
	return false;
}

enum pdf_paper pdf_paper_for_locale(const char *locale)
{
	/* The countries where Letter is the usual size (glibc's LC_PAPER
	 * data agrees); everywhere else uses A4. */
	static const char *const letter[] = {"US", "CA", "MX", "PH", "CL", "CO", "VE"};
	const char *under = locale != NULL ? strchr(locale, '_') : NULL;
	if (under == NULL) {
		return PDF_PAPER_A4;
	}
	size_t len = strcspn(under + 1, ".@");
	for (size_t i = 0; i < sizeof(letter) / sizeof(letter[0]); i++) {
		if (len == 2 && strncmp(under + 1, letter[i], 2) == 0) {
			return PDF_PAPER_LETTER;
		}
	}
	return PDF_PAPER_A4;
}
