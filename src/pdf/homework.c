/* The homework in force in the week: each assignment's skills, how often,
 * and how many practices were done of those expected. A few lines at
 * most, then "and N more". */
#include <stdio.h>
#include <string.h>

#include "core/homework.h"
#include "pdf/page.h"

#define LINES_MAX 4

static double title_height(struct pdf_page *p)
{
	pdf_font(p, 9, true);
	return pdf_line_height(p) + 2;
}

static double line_height(struct pdf_page *p)
{
	pdf_font(p, 7.5, false);
	return pdf_line_height(p);
}

double pdf_homework_height(struct pdf_page *p)
{
	size_t n = p->report->homework_count;
	size_t lines = n == 0 ? 1 : n <= LINES_MAX ? n : LINES_MAX + 1;
	return title_height(p) + line_height(p) * (double)lines;
}

/* "every day", "3 times a week": as the other front ends say it. */
static const char *every(const char *how, char words[32])
{
	struct homework_every e;
	return how != NULL && homework_every_parse(how, &e) ? homework_every_words(e, words) : "";
}

/* "stop, tipp: every day: 5 of 7 practices (done)". */
static void line(const struct app_report *r, const struct app_report_homework *h, char *out,
                 size_t size)
{
	const char *skills = app_report_text(r, h->skills);
	size_t n = 0;
	for (const char *s = skills; s != NULL && *s != '\0' && n + 3 < size / 2; s++) {
		if (*s == ';') {
			out[n++] = ',';
			out[n++] = ' ';
		} else {
			out[n++] = *s;
		}
	}
	char words[32];
	snprintf(out + n, size - n, ": %s: %u of %u practices%s",
	         every(app_report_text(r, h->every), words), h->done, h->expected,
	         h->finished ? " (done)" : "");
}

void pdf_homework(struct pdf_page *p, struct pdf_box b)
{
	const struct app_report *r = p->report;
	double title = title_height(p);
	pdf_text(p, "Homework", b.x, b.y, b.w, 1, PDF_LEFT, 0);
	double lh = line_height(p);
	double y = b.y + title;
	if (r->homework_count == 0) {
		pdf_text(p, "No homework this week.", b.x, y, b.w, 1, PDF_LEFT, 0.25);
		return;
	}
	char text[512];
	size_t shown = r->homework_count <= LINES_MAX ? r->homework_count : LINES_MAX;
	for (size_t i = 0; i < shown; i++) {
		line(r, &r->homework[i], text, sizeof(text));
		pdf_text(p, text, b.x, y, b.w, 1, PDF_LEFT, 0);
		y += lh;
	}
	if (shown < r->homework_count) {
		snprintf(text, sizeof(text), "and %zu more.", r->homework_count - shown);
		pdf_text(p, text, b.x, y, b.w, 1, PDF_LEFT, 0.25);
	}
}
