#ifndef WISEMIND_PDF_PAGE_H
#define WISEMIND_PDF_PAGE_H

/* What the parts of the page share (inside src/pdf only): the cairo
 * context, one pango layout reused for every piece of text, and the
 * week. Each part draws into a box it is given and never past it, so the
 * page holds whatever the data. */

#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdbool.h>
#include <stddef.h>

#include "app/week.h"
#include "core/str.h"
#include "pdf/paper.h"

#define PDF_FONT "DejaVu Sans"
#define PDF_DAY_SIZE 16 /* "Mon 23 Nov" and its NUL */

struct pdf_page {
	cairo_t *cr;
	PangoLayout *layout;
	PangoFontDescription *font;
	struct str scratch; /* text cut to fit; wiped after the page */
	const struct app_week *week;
	const struct app_report *report;
	double width; /* the paper, in points */
	double height;
};

/* A box on the page, in points from the top left corner. */
struct pdf_box {
	double x;
	double y;
	double w;
	double h;
};

enum pdf_align {
	PDF_LEFT,
	PDF_CENTRE,
	PDF_RIGHT,
};

/* doc.c: a PDF document written into out, its pages paper-sized and
 * turned as orientation says, with p's cairo context, layout and font
 * set up, and its metadata: title, made by wisemind on made_on ("2026-11-30": a day, no time, so the same
 * content on the same day gives the same bytes). False when cairo cannot
 * start one; pdf_doc_close either way. */
struct pdf_doc {
	cairo_surface_t *surface;
	PangoFontMap *fonts;
	PangoContext *ctx;
	struct str *out;
	size_t start; /* where out was when the document began */
};
bool pdf_doc_open(struct pdf_doc *d, struct pdf_page *p, enum pdf_paper paper,
                  enum pdf_orientation orientation, const char *title, const char *made_on,
                  struct str *out);
/* Ends the document (the caller has shown its last page). False, with
 * cairo's reason in *why, when it failed: then out is as it was before. */
bool pdf_doc_close(struct pdf_doc *d, struct pdf_page *p, const char **why);

/* text.c: the font for the text that follows. */
void pdf_font(struct pdf_page *p, double size, bool bold);
/* Lays text out width wide (wrapped at words, at most lines lines, cut
 * at a word with "…" when longer, the rest not in the file; lines 0: no
 * limit); invalid UTF-8 is cut off where it starts. Returns the height it
 * takes. */
double pdf_text_measure(struct pdf_page *p, const char *text, double width, int lines,
                        enum pdf_align align);
/* The same, drawn with its top left at x, y in grey (0 black, 1 white). */
double pdf_text(struct pdf_page *p, const char *text, double x, double y, double width, int lines,
                enum pdf_align align, double grey);
/* The number of lines text takes width wide, with no limit. */
int pdf_text_lines(struct pdf_page *p, const char *text, double width);
/* The width of text's first len bytes on one line. */
double pdf_text_width(struct pdf_page *p, const char *text, size_t len);
/* The height of one line in the current font. */
double pdf_line_height(struct pdf_page *p);
/* A line from x0, y0 to x1, y1, width points wide, in grey. */
void pdf_line(struct pdf_page *p, double x0, double y0, double x1, double y1, double width,
              double grey);
/* A filled rectangle in grey. */
void pdf_fill(struct pdf_page *p, struct pdf_box b, double grey);
/* "2026-11-23" as "Mon 23 Nov"; the text itself when it is not a date. */
void pdf_day_label(const char *date, char out[PDF_DAY_SIZE]);
/* "Nov" for month 11. */
const char *pdf_month_abbr(int month);
/* The label of the report's target with id, or id itself. */
const char *pdf_target_label(const struct app_report *r, const char *id);

/* The parts of the page, each drawn into its box. */
/* grid.c: the days and the card's columns; returns the height used (at
 * most box.h). */
double pdf_grid(struct pdf_page *p, struct pdf_box box);
/* The grid's height for this report. */
double pdf_grid_height(struct pdf_page *p);
/* events.c: the urges logged, the strongest twelve. */
void pdf_events(struct pdf_page *p, struct pdf_box box);
/* chart.c: each urge over the last eight weeks. */
void pdf_chart(struct pdf_page *p, struct pdf_box box);
/* notes.c: the days' notes, cut to fit. */
void pdf_notes(struct pdf_page *p, struct pdf_box box);
/* homework.c: each assignment's progress, and the height it needs. */
void pdf_homework(struct pdf_page *p, struct pdf_box box);
double pdf_homework_height(struct pdf_page *p);

#endif
