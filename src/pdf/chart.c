/* Each urge over the last eight weeks, as small bars side by side: the
 * week's highest (on the card or logged), 0 to 5, a dot for a week with
 * nothing recorded. One row per urge, as many as fit, then "and N more". */
#include <stdio.h>
#include <string.h>

#include "core/date.h"
#include "pdf/page.h"

#define LABEL_W 58.0
#define ROW_MAX 26.0
#define ROW_MIN 14.0
#define AXIS_H 9.0

/* "W40" for each of the eight weeks from the trend's first. */
static void week_labels(const char *from, char out[APP_WEEK_TREND_WEEKS][8])
{
	struct date_week w;
	bool ok = date_week_parse(from, &w);
	struct date monday = ok ? date_week_monday(w) : (struct date){0};
	for (int i = 0; i < APP_WEEK_TREND_WEEKS; i++) {
		struct date d;
		if (ok && date_add_days(monday, 7L * i, &d)) {
			snprintf(out[i], 8, "W%02d", date_iso_week(d).week);
		} else {
			out[i][0] = '\0';
		}
	}
}

static void bars(struct pdf_page *p, const int8_t *trend, double x, double y, double slot,
                 double row_h)
{
	double full = row_h - 9; /* room for the number above a bar of 5 */
	double base = y + row_h - 1;
	pdf_line(p, x, base, x + slot * APP_WEEK_TREND_WEEKS, base, 0.4, 0.6);
	pdf_font(p, 5.5, false);
	for (int i = 0; i < APP_WEEK_TREND_WEEKS; i++) {
		double bx = x + slot * i;
		int v = trend[i];
		char num[8];
		if (v < 0) {
			pdf_text(p, "·", bx, base - 7, slot, 1, PDF_CENTRE, 0.55);
			continue;
		}
		double h = full * v / 5.0;
		pdf_fill(p, (struct pdf_box){bx + slot * 0.2, base - h, slot * 0.6, h}, 0.45);
		snprintf(num, sizeof(num), "%d", v);
		pdf_text(p, num, bx, base - h - 7, slot, 1, PDF_CENTRE, 0.1);
	}
}

void pdf_chart(struct pdf_page *p, struct pdf_box b)
{
	const struct app_week *w = p->week;
	const struct app_report *r = p->report;
	pdf_font(p, 9, true);
	double y = b.y + pdf_text(p, "Urges over 8 weeks", b.x, b.y, b.w, 1, PDF_LEFT, 0);
	pdf_font(p, 6.5, false);
	y += pdf_text(p, "Each week's highest, 0 to 5; a dot: nothing recorded.", b.x, y, b.w, 1,
	              PDF_LEFT, 0.25);
	y += 2;
	if (r->target_count == 0) {
		pdf_font(p, 7, false);
		pdf_text(p, "The card has no urges.", b.x, y, b.w, 1, PDF_LEFT, 0.25);
		return;
	}
	double avail = b.y + b.h - y - AXIS_H;
	size_t rows = r->target_count;
	double row_h = avail / (double)rows;
	size_t more = 0;
	if (row_h < ROW_MIN) {
		/* And a line for "and N more". */
		rows = avail > 2 * ROW_MIN ? (size_t)((avail - ROW_MIN) / ROW_MIN) : 0;
		more = r->target_count - rows;
		row_h = ROW_MIN;
	}
	row_h = row_h > ROW_MAX ? ROW_MAX : row_h;
	double slot = (b.w - LABEL_W) / APP_WEEK_TREND_WEEKS;
	for (size_t i = 0; i < rows; i++) {
		double ry = y + row_h * (double)i;
		pdf_font(p, 7, false);
		double h = pdf_text_measure(p, r->targets[i].label, LABEL_W - 4, 2, PDF_LEFT);
		pdf_text(p, r->targets[i].label, b.x, ry + row_h - h, LABEL_W - 4, 2, PDF_LEFT, 0);
		bars(p, w->urge_trend[i], b.x + LABEL_W, ry, slot, row_h);
	}
	y += row_h * (double)rows;
	char labels[APP_WEEK_TREND_WEEKS][8];
	week_labels(w->trend_from, labels);
	pdf_font(p, 5.5, false);
	for (int i = 0; i < APP_WEEK_TREND_WEEKS; i++) {
		pdf_text(p, labels[i], b.x + LABEL_W + slot * i, y + 1, slot, 1, PDF_CENTRE, 0.25);
	}
	if (more > 0) {
		char text[64];
		snprintf(text, sizeof(text), "and %zu more.", more);
		pdf_font(p, 7, false);
		pdf_text(p, text, b.x, y + AXIS_H, b.w, 1, PDF_LEFT, 0.25);
	}
}
