#ifndef WISEMIND_CLI_PDF_MODULE_H
#define WISEMIND_CLI_PDF_MODULE_H

#include <stdbool.h>

#include "core/date.h"
#include "pdf/paper.h"

/* What every command that writes a PDF shares (report, handout): the
 * usage rules, the paper, and the PDF module (src/pdf), which only these
 * commands load, so that no other command loads cairo and pango. */

/* The usage mistakes of --format and --paper, before anything else is
 * done: --paper (its value or NULL) with another format than pdf (pdf
 * false); and with pdf, a build without PDF support (instead: the formats
 * to use, "txt or md"), a --paper that is not a4 or letter, and no -o
 * (output NULL) with a terminal on standard output. Prints one sentence
 * and returns CLI_USAGE, or CLI_OK. */
int cli_pdf_check(bool pdf, const char *paper, const char *output, const char *instead);

/* The paper asked for with --paper (NULL: none), else the locale's. */
enum pdf_paper cli_pdf_paper(const char *paper);

/* The function called name in the PDF module, loaded beside the program
 * (a build, or an install that keeps them together) or where it was
 * installed; it stays loaded. NULL after one sentence on stderr naming
 * the formats to use instead. */
void *cli_pdf_function(const char *name, const char *instead);

#endif
