/* The page of the PDF report: where each part goes, and the PDF surface
 * that writes into memory (never a temporary file: the diary's words
 * reach the disk only in the file a person asked for). */
#include <cairo-pdf.h>
#include <stdio.h>
#include <string.h>

#include "pdf/page.h"
#include "pdf/report_pdf.h"

#define MARGIN 36.0 /* half an inch */
#define GAP 9.0
#define MIDDLE_H 160.0 /* the urges logged and the chart, side by side */
#define FOOTER_H 12.0
#define TITLE_SIZE 64

static cairo_status_t append(void *closure, const unsigned char *data, unsigned int length)
{
	str_append_n(closure, (const char *)data, length);
	return CAIRO_STATUS_SUCCESS;
}

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

/* PDF output does not need hinting: metrics as designed, so the layout
 * is the same on every machine with the font. */
static void no_hinting(PangoContext *ctx)
{
	cairo_font_options_t *o = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(ctx, o);
	cairo_font_options_destroy(o);
	pango_context_set_round_glyph_positions(ctx, FALSE);
}

static void metadata(cairo_surface_t *surface, const struct app_report *r, const char *made_on)
{
	char title[TITLE_SIZE], date[DATE_TEXT_SIZE + 16];
	title_text(r, title, sizeof(title));
	snprintf(date, sizeof(date), "%.10sT00:00:00Z", made_on);
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title);
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "wisemind");
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

bool pdf_report_render(const struct app_week *w, enum pdf_paper paper,
                       const char made_on[DATE_TEXT_SIZE], struct str *out, const char **why)
{
	struct pdf_page p = {.week = w, .report = &w->report};
	pdf_paper_size(paper, &p.width, &p.height);
	size_t start = out->len;
	cairo_surface_t *surface =
	    cairo_pdf_surface_create_for_stream(append, out, p.width, p.height);
	p.cr = cairo_create(surface);
	cairo_status_t status = cairo_status(p.cr);
	if (status == CAIRO_STATUS_SUCCESS) {
		metadata(surface, p.report, made_on);
		/* A font map of its own, freed with the page: pango's default one
		 * lives in thread-local storage until the process ends, which leak
		 * checkers count as lost. A command makes one PDF, so nothing is
		 * lost by not sharing it. */
		PangoFontMap *fonts = pango_cairo_font_map_new();
		PangoContext *ctx = pango_font_map_create_context(fonts);
		pango_cairo_update_context(p.cr, ctx);
		pango_cairo_context_set_resolution(ctx, 72.0); /* a font's size in points */
		no_hinting(ctx);
		p.layout = pango_layout_new(ctx);
		p.font = pango_font_description_from_string(PDF_FONT " 8");
		draw(&p, made_on);
		pango_font_description_free(p.font);
		g_object_unref(p.layout);
		g_object_unref(ctx);
		g_object_unref(fonts);
		cairo_show_page(p.cr);
		status = cairo_status(p.cr);
	}
	str_wipe(&p.scratch);
	cairo_destroy(p.cr);
	cairo_surface_finish(surface);
	if (status == CAIRO_STATUS_SUCCESS) {
		status = cairo_surface_status(surface);
	}
	cairo_surface_destroy(surface);
	if (status != CAIRO_STATUS_SUCCESS) {
		/* Nothing half-made is left for the caller to write. */
		if (out->len > start) {
			memset(out->buf + start, 0, out->len - start);
			out->len = start;
			out->buf[start] = '\0';
		}
		*why = cairo_status_to_string(status);
		return false;
	}
	return true;
}
