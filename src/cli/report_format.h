#ifndef WISEMIND_CLI_REPORT_FORMAT_H
#define WISEMIND_CLI_REPORT_FORMAT_H

#include "app/report.h"
#include "core/helps.h"
#include "core/str.h"

/* The layouts of wisemind report (issue 10), each appended to out. The
 * CSV and JSON schemas are documented in wisemind(1) and versioned: they
 * grow only by adding columns or fields, never by renaming or removing
 * one. An empty value is empty in CSV and null in JSON, never 0. */

/* report_text.c: the card as a grid, days down and fields across as on
 * the paper card (80 columns for the default template), a legend, then
 * what the days add up to, the urges logged and the notes. */
void report_text_append(const struct app_report *r, struct str *out);

/* report_csv.c: RFC 4180 (CRLF line ends, quotes where needed), a header
 * row of stable names derived from ids, then one row per day; or the
 * urges logged, one row each. */
#define REPORT_CSV_VERSION 2 /* 2: homework */
void report_csv_days(const struct app_report *r, struct str *out);
void report_csv_events(const struct app_report *r, struct str *out);

/* report_json.c: {"format": "wisemind-report", "version": 1, ...} with the
 * columns, the days and the urges logged. */
#define REPORT_JSON_VERSION 2 /* 2: homework, and each day's */
void report_json_append(const struct app_report *r, struct str *out);

/* report_helps.c: report --helps in plain words: the skills followed by
 * the largest drops, and what there is too little data for. */
void report_helps_append(const struct helps *h, struct str *out);

#endif
