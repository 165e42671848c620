/* The urges logged in the week, as on the back of a paper card: when,
 * which urge, how strong before and after a skill, and the skill. At
 * most the twelve strongest (by the rating before, the earlier first
 * among equals), shown in the order they came, then "and N more". */
#include <stdio.h>
#include <string.h>

#include "pdf/page.h"

#define SHOWN_MAX 12
#define WHEN_W 76.0
#define RATING_W 56.0

/* The indexes of the strongest SHOWN_MAX events, earliest first. */
static size_t strongest(const struct app_report *r, size_t out[SHOWN_MAX])
{
	size_t n = 0;
	for (size_t i = 0; i < r->event_count; i++) {
		int before = r->events[i].before;
		if (n == SHOWN_MAX && before <= r->events[out[n - 1]].before) {
			continue;
		}
		size_t at = n < SHOWN_MAX ? n++ : n - 1;
		/* Kept in order of strength; a later one goes after its equals. */
		while (at > 0 && r->events[out[at - 1]].before < before) {
			out[at] = out[at - 1];
			at--;
		}
		out[at] = i;
	}
	for (size_t i = 1; i < n; i++) {
		for (size_t j = i; j > 0 && out[j - 1] > out[j]; j--) {
			size_t t = out[j];
			out[j] = out[j - 1];
			out[j - 1] = t;
		}
	}
	return n;
}

static void event_line(struct pdf_page *p, const struct app_report_event *e, double x, double y,
                       double width)
{
	const struct app_report *r = p->report;
	char when[PDF_DAY_SIZE + 8], rating[32];
	char day[PDF_DAY_SIZE];
	const char *at = app_report_text(r, e->at);
	pdf_day_label(e->date, day);
	/* "2026-11-22T14:03:00+01:00": the time is its 12th to 16th bytes. */
	if (at != NULL && strlen(at) >= 16 && at[10] == 'T') {
		snprintf(when, sizeof(when), "%s %.5s", day, at + 11);
	} else {
		snprintf(when, sizeof(when), "%s", day);
	}
	if (e->after >= 0) {
		snprintf(rating, sizeof(rating), "%d → %d", e->before, e->after);
	} else {
		snprintf(rating, sizeof(rating), "%d → ·", e->before);
	}
	const char *skill = app_report_text(r, e->skill);
	double rest = width - WHEN_W - RATING_W;
	pdf_text(p, when, x, y, WHEN_W - 2, 1, PDF_LEFT, 0);
	pdf_text(p, pdf_target_label(r, app_report_text(r, e->target)), x + WHEN_W, y,
	         rest * 0.45 - 2, 1, PDF_LEFT, 0);
	pdf_text(p, rating, x + WHEN_W + rest * 0.45, y, RATING_W - 2, 1, PDF_LEFT, 0);
	pdf_text(p, skill != NULL ? skill : "", x + WHEN_W + rest * 0.45 + RATING_W, y, rest * 0.55,
	         1, PDF_LEFT, 0.2);
}

void pdf_events(struct pdf_page *p, struct pdf_box b)
{
	const struct app_report *r = p->report;
	char title[96];
	if (r->event_count > SHOWN_MAX) {
		snprintf(title, sizeof(title), "Urges logged: %zu, the %d strongest",
		         r->event_count, SHOWN_MAX);
	} else {
		snprintf(title, sizeof(title), "Urges logged: %zu", r->event_count);
	}
	pdf_font(p, 9, true);
	double y = b.y + pdf_text(p, title, b.x, b.y, b.w, 1, PDF_LEFT, 0) + 2;
	pdf_font(p, 7, false);
	double lh = pdf_line_height(p) + 1;
	if (r->event_count == 0) {
		pdf_text(p, "No urges logged this week.", b.x, y, b.w, 1, PDF_LEFT, 0.25);
		return;
	}
	pdf_font(p, 6.5, true);
	pdf_text(p, "When", b.x, y, WHEN_W, 1, PDF_LEFT, 0.25);
	double rest = b.w - WHEN_W - RATING_W;
	pdf_text(p, "Urge", b.x + WHEN_W, y, rest * 0.45, 1, PDF_LEFT, 0.25);
	pdf_text(p, "Before → after", b.x + WHEN_W + rest * 0.45, y, RATING_W, 1, PDF_LEFT, 0.25);
	pdf_text(p, "Skill", b.x + WHEN_W + rest * 0.45 + RATING_W, y, rest * 0.55, 1, PDF_LEFT,
	         0.25);
	y += lh;
	pdf_font(p, 7, false);
	size_t shown[SHOWN_MAX];
	size_t n = strongest(r, shown);
	/* Room for the lines, and "and N more" below them. */
	size_t room = (size_t)((b.y + b.h - y) / lh);
	size_t more_line = r->event_count > n ? 1 : 0;
	if (room < n + more_line) {
		n = room > more_line ? room - more_line : 0;
		more_line = 1;
	}
	for (size_t i = 0; i < n; i++) {
		event_line(p, &r->events[shown[i]], b.x, y, b.w);
		y += lh;
	}
	if (more_line && room > 0) {
		char more[64];
		snprintf(more, sizeof(more), "and %zu more.", r->event_count - n);
		pdf_text(p, more, b.x, y, b.w, 1, PDF_LEFT, 0.25);
	}
}
