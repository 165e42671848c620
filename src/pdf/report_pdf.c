/* The page of the PDF report: where each part goes. */
#include <stdio.h>
#include <string.h>

#include "pdf/page.h"
#include "pdf/report_pdf.h"

#define MARGIN 36.0 /* half an inch */
#define GAP 9.0
#define MIDDLE_H 160.0 /* the urges logged and the chart, side by side */
#define FOOTER_H 12.0
#define TITLE_SIZE 64

/* "23–29 Nov 2026", "30 Nov – 6 Dec 2026", "29 Dec 2025 – 4 Jan 2026". */
static void days_text(const char *from, const char *to, char *out, size_t size)
{
	struct date a, b;
	if (!date_parse(from, &a) || !date_parse(to, &b)) {
		snprintf(out, size, "%s to %s", from, to);
	} else if (a.year != b.year) {
		snprintf(out, size, "%d %s %d – %d %s %d", a.day, pdf_month_abbr(a.month), a.year,
		         b.day, pdf_month_abbr(b.month), b.year);
	} else if (a.month != b.month) {
		snprintf(out, size, "%d %s – %d %s %d", a.day, pdf_month_abbr(a.month), b.day,
		         pdf_month_abbr(b.month), b.year);
	} else {
		snprintf(out, size, "%d–%d %s %d", a.day, b.day, pdf_month_abbr(b.month), b.year);
	}
}

static void title_text(const struct app_report *r, char *out, size_t size)
{
	snprintf(out, size, "Diary card, week %s",
	         r->range.week[0] ? r->range.week : r->range.from);
}

static double heading(struct pdf_page *p, double x, double y, double w)
{
	const struct app_report *r = p->report;
	char title[TITLE_SIZE], days[64], line[160];
	title_text(r, title, sizeof(title));
	days_text(r->range.from, r->range.to, days, sizeof(days));
	snprintf(line, sizeof(line), "%s (%s)", title, days);
	pdf_font(p, 15, true);
	double h = pdf_text(p, line, x, y, w, 1, PDF_LEFT, 0);
	snprintf(line, sizeof(line), "%s %s to %s %s", date_weekday_name(r->range.from),
	         r->range.from, date_weekday_name(r->range.to), r->range.to);
	pdf_font(p, 8, false);
	return h + pdf_text(p, line, x, y + h, w, 1, PDF_LEFT, 0.25);
}

static void footer(struct pdf_page *p, double x, double y, double w, const char *made_on)
{
	char text[128];
	snprintf(text, sizeof(text), "Made by wisemind on %s. This file is not encrypted.",
	         made_on);
	pdf_line(p, x, y, x + w, y, 0.4, 0.6);
	pdf_font(p, 7, false);
	pdf_text(p, text, x, y + 2, w, 1, PDF_LEFT, 0.25);
}

/* Every part in its box, top to bottom; the notes get what is left. */
static void draw(struct pdf_page *p, const char *made_on)
{
	double x = MARGIN, w = p->width - 2 * MARGIN;
	double y = MARGIN, bottom = p->height - MARGIN;
	y += heading(p, x, y, w) + GAP;
	y += pdf_grid(p, (struct pdf_box){x, y, w, pdf_grid_height(p)}) + GAP;
	double left_w = w * 0.58 - GAP;
	pdf_events(p, (struct pdf_box){x, y, left_w, MIDDLE_H});
	pdf_chart(p, (struct pdf_box){x + w * 0.58, y, w * 0.42, MIDDLE_H});
	y += MIDDLE_H + GAP;
	/* The notes, and the homework beside them. */
	double footer_y = bottom - FOOTER_H;
	double low_h = footer_y - GAP - y;
	double homework_h = pdf_homework_height(p);
	pdf_notes(p, (struct pdf_box){x, y, left_w, low_h});
	pdf_homework(p, (struct pdf_box){x + w * 0.58, y, w * 0.42,
	                                 homework_h < low_h ? homework_h : low_h});
	footer(p, x, footer_y, w, made_on);
}

bool pdf_report_render(const struct app_week *w, enum pdf_paper paper,
                       const char made_on[DATE_TEXT_SIZE], struct str *out, const char **why)
{
	struct pdf_page p = {.week = w, .report = &w->report};
	struct pdf_doc doc;
	char title[TITLE_SIZE];
	title_text(p.report, title, sizeof(title));
	if (pdf_doc_open(&doc, &p, paper, PDF_LANDSCAPE, title, made_on, out)) {
		draw(&p, made_on);
		cairo_show_page(p.cr);
	}
	return pdf_doc_close(&doc, &p, why);
}
