/* A skills group's handout as a PDF (issue 16): the model of
 * core/handout.h laid out top to bottom on portrait pages. It is laid out
 * twice, the first time without drawing, to count the pages that the
 * footers number. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdf/handout_pdf.h"
#include "pdf/page.h"

#define MARGIN 50.0
#define FOOTER_H 30.0   /* the rule, the notice and the page's number */
#define BODY 10.5       /* the size of the skills' words */
#define SMALL 8.5       /* a scale's end words */
#define LABEL 9.5       /* a box's question */
#define FOOT 7.0
#define PAD 6.0         /* inside a box or a cell */
#define WRITE_LINE 20.0 /* one line of handwriting */
#define BLANK_CELL 3    /* lines to write on in a blank worksheet cell */
#define STEP 26.0       /* between the numbers of a scale */
#define GAP 7.0         /* between paragraphs */

struct flow {
	struct pdf_page p;
	bool dry;  /* laying out only, to count the pages */
	int page;  /* from 1 */
	int pages; /* the total, once known; 0 in the dry run */
	bool skill; /* a skill was laid out: the next one starts a new page */
	double x, w, y, top, bottom;
};

enum mark {
	MARK_NONE,
	MARK_BULLET, /* a list's item */
	MARK_BAR,    /* a caution: a bar beside every line */
};

static double text_at(struct flow *f, const char *text, double x, double y, double w,
                      enum pdf_align align, double grey)
{
	if (f->dry) {
		return pdf_text_measure(&f->p, text, w, 0, align);
	}
	return pdf_text(&f->p, text, x, y, w, 0, align, grey);
}

static void stroke_box(struct flow *f, struct pdf_box b, double width, double grey)
{
	if (!f->dry) {
		cairo_set_source_rgb(f->p.cr, grey, grey, grey);
		cairo_set_line_width(f->p.cr, width);
		cairo_rectangle(f->p.cr, b.x, b.y, b.w, b.h);
		cairo_stroke(f->p.cr);
	}
}

static void footer(struct flow *f)
{
	char page[48];
	double y = f->bottom + 8, right = 70;
	if (f->pages > 0) {
		snprintf(page, sizeof(page), "Page %d of %d", f->page, f->pages);
	} else {
		snprintf(page, sizeof(page), "Page %d", f->page);
	}
	if (!f->dry) {
		pdf_line(&f->p, f->x, y, f->x + f->w, y, 0.4, 0.6);
	}
	pdf_font(&f->p, FOOT, false);
	text_at(f, handout_notice(), f->x, y + 3, f->w - right - 10, PDF_LEFT, 0.3);
	text_at(f, page, f->x + f->w - right, y + 3, right, PDF_RIGHT, 0.3);
}

static void new_page(struct flow *f)
{
	footer(f);
	if (!f->dry) {
		cairo_show_page(f->p.cr);
	}
	f->page++;
	f->y = f->top;
}

/* Room for h more points, on a new page if this one has too little
 * (unless it is empty: then what is taller than a page starts here). */
static void room(struct flow *f, double h)
{
	if (f->y + h > f->bottom && f->y > f->top) {
		new_page(f);
	}
}

static void space(struct flow *f, double gap)
{
	if (f->y > f->top) {
		f->y += gap;
	}
}

/* text, line by line, on to the next page where the page ends: never
 * cut, never hidden. */
static void flow_text(struct flow *f, const char *text, double size, bool bold, double indent,
                      double grey, enum mark mark)
{
	struct pdf_page *p = &f->p;
	double width = f->w - indent;
	pdf_font(p, size, bold);
	pdf_text_measure(p, text, width, 0, PDF_LEFT);
	int lines = pango_layout_get_line_count(p->layout);
	for (int i = 0; i < lines; i++) {
		PangoRectangle logical;
		pango_layout_line_get_extents(pango_layout_get_line_readonly(p->layout, i), NULL,
		                              &logical);
		double h = pango_units_to_double(logical.height);
		if (f->y + h > f->bottom && f->y > f->top) {
			/* The footer used the layout: lay the text out again. */
			new_page(f);
			pdf_font(p, size, bold);
			pdf_text_measure(p, text, width, 0, PDF_LEFT);
		}
		if (!f->dry) {
			cairo_t *cr = p->cr;
			double ascent = -pango_units_to_double(logical.y);
			cairo_set_source_rgb(cr, grey, grey, grey);
			cairo_move_to(cr, f->x + indent, f->y + ascent);
			pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(p->layout, i));
			if (mark == MARK_BULLET && i == 0) {
				cairo_new_path(cr);
				cairo_arc(cr, f->x + indent - 8, f->y + ascent * 0.62, 1.7, 0, 2 * M_PI);
				cairo_fill(cr);
			} else if (mark == MARK_BAR) {
				pdf_line(p, f->x + 1.5, f->y, f->x + 1.5, f->y + h, 2.5, 0.35);
			}
		}
		f->y += h;
	}
}

static double text_height(struct flow *f, const char *text, double size, bool bold, double w)
{
	pdf_font(&f->p, size, bold);
	return pdf_text_measure(&f->p, text, w, 0, PDF_LEFT);
}

static double box_height(struct flow *f, const struct handout_item *it)
{
	return 2 * PAD + text_height(f, it->text, LABEL, false, f->w - 2 * PAD) +
	       it->lines * WRITE_LINE;
}

static void box(struct flow *f, const struct handout_item *it)
{
	double h = box_height(f, it);
	room(f, h);
	stroke_box(f, (struct pdf_box){f->x, f->y, f->w, h}, 0.8, 0.3);
	pdf_font(&f->p, LABEL, false);
	text_at(f, it->text, f->x + PAD, f->y + PAD, f->w - 2 * PAD, PDF_LEFT, 0.15);
	f->y += h;
}

static void scale_words(const struct handout_item *it, char *out, size_t size)
{
	snprintf(out, size, "%d = %s, %d = %s", it->low, it->low_words, it->high, it->high_words);
}

static double scale_height(struct flow *f, const struct handout_item *it)
{
	char words[160];
	scale_words(it, words, sizeof(words));
	return text_height(f, it->text, BODY, false, f->w) + 4 +
	       text_height(f, "0", BODY + 2, true, f->w) + text_height(f, words, SMALL, false, f->w);
}

static void scale(struct flow *f, const struct handout_item *it)
{
	char words[160], number[16];
	room(f, scale_height(f, it));
	flow_text(f, it->text, BODY, false, 0, 0, MARK_NONE);
	f->y += 4;
	pdf_font(&f->p, SMALL, false);
	text_at(f, "Circle one:", f->x, f->y + 3, 60, PDF_LEFT, 0.25);
	pdf_font(&f->p, BODY + 2, true);
	double h = 0;
	for (int v = it->low; v <= it->high; v++) {
		snprintf(number, sizeof(number), "%d", v);
		h = text_at(f, number, f->x + 60 + (v - it->low) * STEP, f->y, STEP, PDF_CENTRE, 0);
	}
	f->y += h;
	if (it->low_words != NULL && it->high_words != NULL) {
		scale_words(it, words, sizeof(words));
		pdf_font(&f->p, SMALL, false);
		f->y += text_at(f, words, f->x + 60, f->y, f->w - 60, PDF_LEFT, 0.25);
	}
}

/* Columns of labels get what they need, up to a fair share; columns with
 * cells to write in share the rest. */
static void grid_widths(struct flow *f, const struct handout_item *it, double *widths)
{
	size_t cols = it->cols, blank_cols = 0;
	double used = 0, fair = f->w / (double)cols;
	pdf_font(&f->p, BODY, true);
	for (size_t c = 0; c < cols; c++) {
		bool blank = false;
		widths[c] = 0;
		for (size_t r = 0; r < it->rows; r++) {
			const char *cell = it->items[r * cols + c];
			double w = cell != NULL ? pdf_text_width(&f->p, cell, strlen(cell)) + 2 * PAD + 2
			                        : 0;
			blank = blank || cell == NULL;
			widths[c] = w > widths[c] ? w : widths[c];
		}
		if (blank) {
			widths[c] = -1;
			blank_cols++;
		} else {
			widths[c] = widths[c] < fair ? widths[c] : fair;
			used += widths[c];
		}
	}
	double extra = (f->w - used) / (double)(blank_cols > 0 ? blank_cols : cols);
	for (size_t c = 0; c < cols; c++) {
		widths[c] = widths[c] < 0 ? extra : widths[c] + (blank_cols > 0 ? 0 : extra);
	}
}

static double row_height(struct flow *f, const struct handout_item *it, const double *widths,
                         size_t r)
{
	double h = 0;
	for (size_t c = 0; c < it->cols; c++) {
		const char *cell = it->items[r * it->cols + c];
		double need = cell != NULL ? text_height(f, cell, BODY, r == 0, widths[c] - 2 * PAD)
		                           : BLANK_CELL * WRITE_LINE;
		h = need > h ? need : h;
	}
	return h + 2 * PAD;
}

static void grid_row(struct flow *f, const struct handout_item *it, const double *widths,
                     size_t r, double h)
{
	double x = f->x;
	for (size_t c = 0; c < it->cols; c++) {
		const char *cell = it->items[r * it->cols + c];
		struct pdf_box b = {x, f->y, widths[c], h};
		if (r == 0 && !f->dry) {
			pdf_fill(&f->p, b, 0.92);
		}
		stroke_box(f, b, 0.8, 0.3);
		if (cell != NULL) {
			pdf_font(&f->p, BODY, r == 0);
			text_at(f, cell, x + PAD, f->y + PAD, widths[c] - 2 * PAD, PDF_LEFT, 0);
		}
		x += widths[c];
	}
	f->y += h;
}

/* Whole on one page when it fits on one; else broken between rows. */
static void grid(struct flow *f, const struct handout_item *it)
{
	double *widths = calloc(it->cols, sizeof(*widths));
	double *heights = calloc(it->rows, sizeof(*heights));
	if (widths == NULL || heights == NULL) {
		abort(); /* as str does */
	}
	grid_widths(f, it, widths);
	double total = it->text[0] != '\0' ? text_height(f, it->text, BODY, false, f->w) + 4 : 0;
	for (size_t r = 0; r < it->rows; r++) {
		heights[r] = row_height(f, it, widths, r);
		total += heights[r];
	}
	room(f, total);
	if (it->text[0] != '\0') {
		flow_text(f, it->text, BODY, false, 0, 0, MARK_NONE);
		f->y += 4;
	}
	for (size_t r = 0; r < it->rows; r++) {
		room(f, heights[r]);
		grid_row(f, it, widths, r, heights[r]);
	}
	free(heights);
	free(widths);
}

/* What must come with a heading on its page: the next item's start. */
static double next_height(struct flow *f, const struct handout_item *next)
{
	if (next == NULL) {
		return 0;
	}
	switch (next->kind) {
	case HANDOUT_BOX:
		return box_height(f, next);
	case HANDOUT_SCALE:
		return scale_height(f, next);
	default:
		/* Two lines of it. */
		return 2 * text_height(f, "Ag", BODY, false, f->w) + GAP;
	}
}

static void rule(struct flow *f)
{
	f->y += 4;
	if (!f->dry) {
		pdf_line(&f->p, f->x, f->y, f->x + f->w, f->y, 1.0, 0.3);
	}
	f->y += 10;
}

static void item(struct flow *f, const struct handout_item *it, const struct handout_item *next)
{
	struct str s = {0};
	switch (it->kind) {
	case HANDOUT_TITLE:
	case HANDOUT_SKILL:
		if (it->kind == HANDOUT_SKILL && f->skill) {
			new_page(f);
		}
		f->skill = f->skill || it->kind == HANDOUT_SKILL;
		flow_text(f, it->text, it->kind == HANDOUT_TITLE ? 20 : 18, true, 0, 0, MARK_NONE);
		if (it->note != NULL) {
			f->y += 2;
			flow_text(f, it->note, BODY + 0.5, false, 0, 0.3, MARK_NONE);
		}
		rule(f);
		break;
	case HANDOUT_HEADING:
		space(f, 2 * GAP);
		room(f, text_height(f, it->text, 12.5, true, f->w) + next_height(f, next));
		flow_text(f, it->text, 12.5, true, 0, 0, MARK_NONE);
		f->y += 2;
		break;
	case HANDOUT_PARAGRAPH:
		space(f, GAP);
		flow_text(f, it->text, BODY, false, 0, 0, MARK_NONE);
		break;
	case HANDOUT_CAUTION:
		space(f, GAP);
		str_appendf(&s, "Caution: %s", it->text);
		flow_text(f, str_cstr(&s), BODY, false, 10, 0, MARK_BAR);
		break;
	case HANDOUT_LIST:
		space(f, GAP);
		flow_text(f, it->text, BODY, false, 0, 0, MARK_NONE);
		for (size_t i = 0; i < it->count; i++) {
			f->y += 2;
			flow_text(f, it->items[i], BODY, false, 16, 0, MARK_BULLET);
		}
		break;
	case HANDOUT_BOX:
		space(f, GAP);
		box(f, it);
		break;
	case HANDOUT_SCALE:
		space(f, GAP);
		scale(f, it);
		break;
	case HANDOUT_GRID:
		space(f, GAP);
		grid(f, it);
		break;
	}
	str_finish(&s);
}

static void lay_out(struct flow *f, const struct handout *h, bool dry)
{
	f->dry = dry;
	f->skill = false;
	f->page = 1;
	f->x = MARGIN;
	f->w = f->p.width - 2 * MARGIN;
	f->top = MARGIN;
	f->bottom = f->p.height - MARGIN - FOOTER_H;
	f->y = f->top;
	for (size_t i = 0; i < h->count; i++) {
		item(f, &h->items[i], i + 1 < h->count ? &h->items[i + 1] : NULL);
	}
	footer(f);
	if (!dry) {
		cairo_show_page(f->p.cr);
	}
}

bool pdf_handout_render(const struct handout *h, enum pdf_paper paper,
                        const char made_on[DATE_TEXT_SIZE], struct str *out, const char **why)
{
	struct flow f = {0};
	struct pdf_doc doc;
	const char *title = h->count > 0 ? h->items[0].text : "Handout";
	if (pdf_doc_open(&doc, &f.p, paper, PDF_PORTRAIT, title, made_on, out)) {
		lay_out(&f, h, true);
		f.pages = f.page;
		lay_out(&f, h, false);
	}
	return pdf_doc_close(&doc, &f.p, why);
}
