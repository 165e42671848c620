/* The grid of the card, as on paper: the days down, and across them each
 * target's urge and action, the emotions, the medication, the skills used
 * (0 to 7), the homework practised (when there is homework) and the skills
 * practised. Not filled in is a dot, never 0. With more columns than the
 * page is wide, the last ones are left out and the grid says how many. */
#include <stdio.h>
#include <string.h>

#include "pdf/page.h"

#define DAY_W 56.0       /* "Wed 30 Sep" */
#define PRACTISED_W 70.0 /* at least: the skills practised, by id */
#define USED_W 28.0
#define HOMEWORK_W 40.0 /* "homework" on one line */
#define CELL_MIN 13.0 /* a narrower column is left out */
#define CELL_MAX 34.0
#define GROUP_H 11.0
#define LABEL_H 20.0 /* two lines of labels */
#define ROW_H 15.0
#define LEGEND_H 18.0
#define NO_VALUE "·"

enum kind { URGE, ACTION, EMOTION, MED, USED, HOMEWORK, PRACTISED };

static const char *const group_names[] = {
    [URGE] = "Urges",  [ACTION] = "Actions",  [EMOTION] = "Emotions", [MED] = "Medication",
    [USED] = "Skills", [HOMEWORK] = "Skills", [PRACTISED] = "Skills",
};

struct column {
	enum kind kind;
	size_t item;
	double x;
	double w;
};

#define COLUMNS_MAX (3 * APP_REPORT_ITEMS_MAX + APP_REPORT_MEDS_MAX + 3)

struct grid {
	struct column col[COLUMNS_MAX];
	size_t count;
	size_t left_out; /* narrow columns with no room */
	double font;     /* the cells' font size */
};

static void add(struct grid *g, enum kind kind, size_t item)
{
	g->col[g->count++] = (struct column){.kind = kind, .item = item};
}

/* Which columns there are, and where. */
static void plan(const struct app_report *r, double width, struct grid *g)
{
	g->count = 0;
	for (size_t i = 0; i < r->target_count; i++) {
		add(g, URGE, i);
	}
	for (size_t i = 0; i < r->target_count; i++) {
		add(g, ACTION, i);
	}
	for (size_t i = 0; i < r->emotion_count; i++) {
		add(g, EMOTION, i);
	}
	for (size_t i = 0; i < r->med_count; i++) {
		add(g, MED, i);
	}
	size_t narrow = g->count;
	double fixed = DAY_W + PRACTISED_W + USED_W + (r->homework_count > 0 ? HOMEWORK_W : 0);
	double cell = narrow > 0 ? (width - fixed) / (double)narrow : CELL_MAX;
	size_t keep = narrow;
	if (cell < CELL_MIN) {
		keep = width - fixed > CELL_MIN ? (size_t)((width - fixed) / CELL_MIN) : 1;
		cell = (width - fixed) / (double)keep;
	}
	cell = cell > CELL_MAX ? CELL_MAX : cell;
	g->left_out = narrow - keep;
	g->count = keep;
	g->font = cell >= 22 ? 7.5 : 6.5;
	add(g, USED, 0);
	if (r->homework_count > 0) {
		add(g, HOMEWORK, 0);
	}
	add(g, PRACTISED, 0);
	double x = DAY_W;
	for (size_t i = 0; i < g->count; i++) {
		g->col[i].x = x;
		g->col[i].w = g->col[i].kind == PRACTISED ? width - x
		              : g->col[i].kind == HOMEWORK ? HOMEWORK_W
		              : g->col[i].kind == USED     ? USED_W
		                                           : cell;
		x += g->col[i].w;
	}
}

static const char *label(const struct app_report *r, const struct column *c)
{
	switch (c->kind) {
	case URGE:
	case ACTION:
		return r->targets[c->item].label;
	case EMOTION:
		return r->emotions[c->item].label;
	case MED:
		return strcmp(r->meds[c->item], "as-prescribed") == 0 ? "as prescribed"
		       : strcmp(r->meds[c->item], "other-drugs") == 0 ? "other drugs"
		                                                      : r->meds[c->item];
	case USED:
		return "used (0–7)";
	case HOMEWORK:
		return "homework";
	case PRACTISED:
		return "practised";
	}
	return "";
}

/* The size, at most size, at which every word of text fits width wide,
 * so a label wraps between words and never inside one. */
static double fitting_size(struct pdf_page *p, const char *text, double size, double width)
{
	pdf_font(p, size, false);
	double widest = 0;
	for (const char *w = text; *w != '\0';) {
		size_t len = strcspn(w, " -");
		len += w[len] == '-';
		double ww = pdf_text_width(p, w, len);
		widest = ww > widest ? ww : widest;
		w += len + (w[len] == ' ');
	}
	double fit = widest > width ? size * width / widest : size;
	/* In half points: each size is a font to load, and a few do. */
	fit = (double)(int)(fit * 2) / 2;
	return fit < 4.0 ? 4.0 : fit;
}

/* The groups' names over their columns, then each column's label. */
static void headings(struct pdf_page *p, const struct grid *g, struct pdf_box b)
{
	const struct app_report *r = p->report;
	pdf_font(p, 7, true);
	pdf_text(p, "Day", b.x + 2, b.y + GROUP_H + 2, DAY_W - 4, 1, PDF_LEFT, 0);
	for (size_t i = 0; i < g->count;) {
		size_t end = i + 1;
		while (end < g->count &&
		       group_names[g->col[end].kind] == group_names[g->col[i].kind]) {
			end++;
		}
		double x0 = b.x + g->col[i].x, x1 = b.x + g->col[end - 1].x + g->col[end - 1].w;
		pdf_font(p, 7, true);
		pdf_text(p, group_names[g->col[i].kind], x0 + 1, b.y + 1, x1 - x0 - 2, 1,
		         PDF_CENTRE, 0);
		pdf_line(p, x0, b.y, x0, b.y + GROUP_H + LABEL_H + 7 * ROW_H, 0.8, 0.3);
		i = end;
	}
	for (size_t i = 0; i < g->count; i++) {
		const struct column *c = &g->col[i];
		double size = fitting_size(p, label(r, c), g->font - 1, c->w - 3);
		pdf_font(p, size, false);
		/* Smaller still when its lines do not fit the row of labels. */
		while (size > 4.5 &&
		       pdf_text_measure(p, label(r, c), c->w - 2, 0, PDF_CENTRE) > LABEL_H) {
			size -= 0.5;
			pdf_font(p, size, false);
		}
		double h = pdf_text_measure(p, label(r, c), c->w - 2, 3, PDF_CENTRE);
		pdf_text(p, label(r, c), b.x + c->x + 1, b.y + GROUP_H + (LABEL_H - h) / 2,
		         c->w - 2, 3, PDF_CENTRE, 0.15);
	}
}

static void number(char *out, size_t size, int v)
{
	if (v < 0) {
		snprintf(out, size, "%s", NO_VALUE);
	} else {
		snprintf(out, size, "%d", v);
	}
}

/* An urge as set on the card, and the highest logged that day when it
 * is another number: "3", "3/5", "·/4". */
static void urge_cell(char *out, size_t size, int card, int peak)
{
	if (peak < 0 || peak == card) {
		number(out, size, card);
	} else if (card < 0) {
		snprintf(out, size, "%s/%d", NO_VALUE, peak);
	} else {
		snprintf(out, size, "%d/%d", card, peak);
	}
}

/* A medication's value: y or n, else what was written (cut to fit). */
static const char *med_cell(const char *taken)
{
	return taken == NULL || *taken == '\0' ? NO_VALUE
	       : strcmp(taken, "yes") == 0     ? "y"
	       : strcmp(taken, "no") == 0      ? "n"
	                                       : taken;
}

/* The skills practised: their ids, ";" written as ", ". */
static void practised(const char *ids, char *out, size_t size)
{
	size_t n = 0;
	for (const char *s = ids; s != NULL && *s != '\0' && n + 3 < size; s++) {
		if (*s == ';') {
			out[n++] = ',';
			out[n++] = ' ';
		} else {
			out[n++] = *s;
		}
	}
	out[n] = '\0';
}

static const char *cell(const struct app_report *r, const struct app_report_day *d,
                        const struct column *c, char *buf, size_t size)
{
	switch (c->kind) {
	case URGE:
		urge_cell(buf, size, d->urge[c->item], d->peak[c->item]);
		return buf;
	case ACTION:
		if (d->action[c->item] >= 0 && !d->counted[c->item]) {
			return d->action[c->item] ? "y" : "n";
		}
		number(buf, size, d->action[c->item]);
		return buf;
	case EMOTION:
		number(buf, size, d->emotion[c->item]);
		return buf;
	case MED:
		return med_cell(app_report_text(r, d->med[c->item]));
	case USED:
		number(buf, size, d->skills_used);
		return buf;
	case HOMEWORK:
		number(buf, size, d->homework);
		return buf;
	case PRACTISED:
		practised(app_report_text(r, d->skills), buf, size);
		return buf[0] != '\0' ? buf : NO_VALUE;
	}
	return "";
}

static void rows(struct pdf_page *p, const struct grid *g, struct pdf_box b)
{
	const struct app_report *r = p->report;
	char buf[256];
	double top = b.y + GROUP_H + LABEL_H;
	for (size_t i = 0; i < r->day_count && i < 7; i++) {
		const struct app_report_day *d = &r->days[i];
		double y = top + (double)i * ROW_H;
		if (i % 2 == 1) {
			pdf_fill(p, (struct pdf_box){b.x, y, b.w, ROW_H}, 0.93);
		}
		pdf_line(p, b.x, y, b.x + b.w, y, 0.4, 0.6);
		char day[PDF_DAY_SIZE];
		pdf_day_label(d->date, day);
		pdf_font(p, g->font, false);
		double h = pdf_text_measure(p, day, DAY_W - 3, 1, PDF_LEFT);
		pdf_text(p, day, b.x + 2, y + (ROW_H - h) / 2, DAY_W - 3, 1, PDF_LEFT, 0);
		pdf_font(p, g->font, false);
		for (size_t j = 0; j < g->count; j++) {
			const struct column *c = &g->col[j];
			const char *v = cell(r, d, c, buf, sizeof(buf));
			enum pdf_align align = c->kind == PRACTISED ? PDF_LEFT : PDF_CENTRE;
			pdf_text(p, v, b.x + c->x + 2, y + (ROW_H - h) / 2, c->w - 4, 1, align,
			         strcmp(v, NO_VALUE) == 0 ? 0.55 : 0);
		}
	}
	pdf_line(p, b.x, top + 7 * ROW_H, b.x + b.w, top + 7 * ROW_H, 0.8, 0.3);
}

static void legend(struct pdf_page *p, const struct grid *g, struct pdf_box b)
{
	char text[512];
	int n = snprintf(text, sizeof(text),
	                 "Urges 0 to 5 as set on the card, then the highest logged that day when "
	                 "it differs (3/5). Actions: y (yes), n (no) or how many times. Emotions "
	                 "0 to 5. Skills used 0 to 7. A dot: not filled in.");
	if (g->left_out > 0 && n > 0 && (size_t)n < sizeof(text)) {
		snprintf(text + n, sizeof(text) - (size_t)n,
		         " %zu more column%s did not fit on the page.", g->left_out,
		         g->left_out == 1 ? "" : "s");
	}
	pdf_font(p, 6.5, false);
	pdf_text(p, text, b.x, b.y + GROUP_H + LABEL_H + 7 * ROW_H + 3, b.w, 2, PDF_LEFT, 0.25);
}

double pdf_grid_height(struct pdf_page *p)
{
	(void)p;
	return GROUP_H + LABEL_H + 7 * ROW_H + LEGEND_H;
}

double pdf_grid(struct pdf_page *p, struct pdf_box box)
{
	struct grid g;
	plan(p->report, box.w, &g);
	rows(p, &g, box);
	headings(p, &g, box);
	pdf_line(p, box.x, box.y + GROUP_H, box.x + box.w, box.y + GROUP_H, 0.4, 0.6);
	pdf_line(p, box.x, box.y, box.x + box.w, box.y, 0.8, 0.3);
	legend(p, &g, box);
	return pdf_grid_height(p);
}
