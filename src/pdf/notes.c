/* The notes of the days, each wrapped beside its day. The room left on
 * the page is shared among them: a short note leaves its unused lines to
 * the ones after it, and a note longer than its share ends with "…". */
#include <string.h>

#include "pdf/page.h"

#define DAY_W 60.0

void pdf_notes(struct pdf_page *p, struct pdf_box b)
{
	const struct app_report *r = p->report;
	pdf_font(p, 9, true);
	double y = b.y + pdf_text(p, "Notes", b.x, b.y, b.w, 1, PDF_LEFT, 0) + 2;
	pdf_font(p, 7.5, false);
	double lh = pdf_line_height(p);
	size_t count = 0;
	for (size_t i = 0; i < r->day_count; i++) {
		const char *note = app_report_text(r, r->days[i].note);
		count += note != NULL && *note != '\0';
	}
	if (count == 0) {
		pdf_text(p, "No notes this week.", b.x, y, b.w, 1, PDF_LEFT, 0.25);
		return;
	}
	int lines_left = (int)((b.y + b.h - y) / lh);
	for (size_t i = 0; i < r->day_count && lines_left > 0; i++) {
		const char *note = app_report_text(r, r->days[i].note);
		if (note == NULL || *note == '\0') {
			continue;
		}
		int share = lines_left / (int)count;
		share = share < 1 ? 1 : share;
		int need = pdf_text_lines(p, note, b.w - DAY_W);
		int lines = need < share ? need : share;
		char day[PDF_DAY_SIZE];
		pdf_day_label(r->days[i].date, day);
		pdf_font(p, 7.5, true);
		pdf_text(p, day, b.x, y, DAY_W - 4, 1, PDF_LEFT, 0);
		pdf_font(p, 7.5, false);
		y += pdf_text(p, note, b.x + DAY_W, y, b.w - DAY_W, lines, PDF_LEFT, 0);
		lines_left -= lines;
		count--;
	}
}
