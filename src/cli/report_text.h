#ifndef WISEMIND_CLI_REPORT_TEXT_H
#define WISEMIND_CLI_REPORT_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "app/report.h"
#include "core/str.h"

/* Shared by the two files of the text report (report_text.c, the grid;
 * report_text_summary.c, the rest). */

/* A day as the report shows it: "Mon 11-09", or with_year "Mon
 * 2026-11-09". */
#define REPORT_TEXT_DAY_SIZE 16
void report_text_day(const char *date, bool with_year, char out[REPORT_TEXT_DAY_SIZE]);

/* Appends text wrapped to width columns, each line indented by indent
 * spaces. */
void report_text_wrapped(struct str *out, const char *text, int width, size_t indent);

/* What the days add up to, the urges logged, and the notes. */
void report_text_summary(const struct app_report *r, struct str *out);

#endif
