#ifndef WISEMIND_CLI_REPORT_PDF_H
#define WISEMIND_CLI_REPORT_PDF_H

#include <stdbool.h>

#include "core/str.h"

struct session;

/* report --format pdf (issue 15): the shell's side of the PDF report, so
 * cmd_report.c only asks and writes. */

/* The usage mistakes of --format pdf and --paper, before any passphrase
 * is asked for: pdf (the format asked for is pdf), paper (--paper's
 * value or NULL), range (--from and --to were given), output (-o's file
 * or NULL). Prints one sentence and returns CLI_USAGE, or CLI_OK. */
int report_pdf_check(bool pdf, const char *paper, bool range, const char *output);

/* The PDF of week ("2026-W47", or NULL for this week) on paper (--paper,
 * or NULL: the paper of the locale), appended to out. CLI_OK, or an exit
 * code after one sentence on stderr. */
int report_pdf_make(struct session *s, const char *week, const char *paper, struct str *out);

#endif
