/* Text and lines on the page: one pango layout, reused, so every piece
 * of text is real text in the PDF (selectable, searchable). */
#include <stdio.h>
#include <string.h>

#include "core/date.h"
#include "core/str.h"
#include "pdf/page.h"

void pdf_font(struct pdf_page *p, double size, bool bold)
{
	pango_font_description_set_size(p->font, pango_units_from_double(size));
	pango_font_description_set_weight(p->font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(p->layout, p->font);
}

static void set_plain(struct pdf_page *p, const char *text, size_t len, double width,
                      enum pdf_align align)
{
	pango_layout_set_text(p->layout, text, (int)len);
	pango_layout_set_width(p->layout, width > 0 ? pango_units_from_double(width) : -1);
	pango_layout_set_wrap(p->layout, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(p->layout, align == PDF_CENTRE  ? PANGO_ALIGN_CENTER
	                                      : align == PDF_RIGHT ? PANGO_ALIGN_RIGHT
	                                                           : PANGO_ALIGN_LEFT);
}

static bool blank(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* Sets the layout's text and box: at most lines lines (0: no limit), the
 * text cut at a word with "…" when it is longer. Cut here rather than by
 * pango's ellipsizing, which keeps the whole text behind the "…" where a
 * PDF's text extraction finds it: only what is shown goes into the file.
 * Pango warns on stderr about invalid UTF-8, so only the valid part is
 * given. */
static void set(struct pdf_page *p, const char *text, double width, int lines, enum pdf_align align)
{
	size_t end = str_utf8_valid_prefix(text, strlen(text));
	set_plain(p, text, end, width, align);
	if (lines <= 0 || width <= 0 || pango_layout_get_line_count(p->layout) <= lines) {
		return;
	}
	end = (size_t)pango_layout_get_line_readonly(p->layout, lines)->start_index;
	for (;;) {
		while (end > 0 && blank(text[end - 1])) {
			end--;
		}
		str_clear(&p->scratch);
		str_append_n(&p->scratch, text, end);
		str_append(&p->scratch, "…");
		set_plain(p, str_cstr(&p->scratch), p->scratch.len, width, align);
		if (end == 0 || pango_layout_get_line_count(p->layout) <= lines) {
			return;
		}
		/* One word less, or one character of a word too long for a line. */
		size_t word = end;
		while (word > 0 && !blank(text[word - 1])) {
			word--;
		}
		if (word > 0) {
			end = word;
		} else {
			do {
				end--;
			} while (end > 0 && ((unsigned char)text[end] & 0xC0) == 0x80);
		}
	}
}

static double height(struct pdf_page *p)
{
	int w, h;
	pango_layout_get_size(p->layout, &w, &h);
	return pango_units_to_double(h);
}

double pdf_text_measure(struct pdf_page *p, const char *text, double width, int lines,
                        enum pdf_align align)
{
	set(p, text, width, lines, align);
	return height(p);
}

double pdf_text(struct pdf_page *p, const char *text, double x, double y, double width, int lines,
                enum pdf_align align, double grey)
{
	set(p, text, width, lines, align);
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, p->layout);
	return height(p);
}

int pdf_text_lines(struct pdf_page *p, const char *text, double width)
{
	set(p, text, width, 0, PDF_LEFT);
	return pango_layout_get_line_count(p->layout);
}

double pdf_text_width(struct pdf_page *p, const char *text, size_t len)
{
	set_plain(p, text, str_utf8_valid_prefix(text, len), -1, PDF_LEFT);
	int w, h;
	pango_layout_get_size(p->layout, &w, &h);
	return pango_units_to_double(w);
}

double pdf_line_height(struct pdf_page *p)
{
	set(p, "Ag", -1, 1, PDF_LEFT);
	return height(p);
}

void pdf_line(struct pdf_page *p, double x0, double y0, double x1, double y1, double width,
              double grey)
{
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_set_line_width(p->cr, width);
	cairo_move_to(p->cr, x0, y0);
	cairo_line_to(p->cr, x1, y1);
	cairo_stroke(p->cr);
}

void pdf_fill(struct pdf_page *p, struct pdf_box b, double grey)
{
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_rectangle(p->cr, b.x, b.y, b.w, b.h);
	cairo_fill(p->cr);
}

const char *pdf_month_abbr(int month)
{
	static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	return month >= 1 && month <= 12 ? names[month - 1] : "";
}

void pdf_day_label(const char *date, char out[PDF_DAY_SIZE])
{
	struct date d;
	if (!date_parse(date, &d)) {
		snprintf(out, PDF_DAY_SIZE, "%.*s", PDF_DAY_SIZE - 1, date);
		return;
	}
	snprintf(out, PDF_DAY_SIZE, "%.3s %d %s", date_weekday_name(date), d.day,
	         pdf_month_abbr(d.month));
}

const char *pdf_target_label(const struct app_report *r, const char *id)
{
	for (size_t i = 0; id != NULL && i < r->target_count; i++) {
		if (strcmp(r->targets[i].id, id) == 0) {
			return r->targets[i].label;
		}
	}
	return id != NULL ? id : "";
}
