/* A PDF written into memory, never into a temporary file (a report's
 * words reach the disk only in the file a person asked for), with the
 * fonts set up alike for every PDF wisemind makes. */
#include <cairo-pdf.h>
#include <stdio.h>
#include <string.h>

#include "pdf/page.h"

static cairo_status_t append(void *closure, const unsigned char *data, unsigned int length)
{
	str_append_n(closure, (const char *)data, length);
	return CAIRO_STATUS_SUCCESS;
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

bool pdf_doc_open(struct pdf_doc *d, struct pdf_page *p, enum pdf_paper paper,
                  enum pdf_orientation orientation, const char *title, const char *made_on,
                  struct str *out)
{
	*d = (struct pdf_doc){.out = out, .start = out->len};
	pdf_paper_size(paper, orientation, &p->width, &p->height);
	d->surface = cairo_pdf_surface_create_for_stream(append, out, p->width, p->height);
	p->cr = cairo_create(d->surface);
	if (cairo_status(p->cr) != CAIRO_STATUS_SUCCESS) {
		return false;
	}
	char date[DATE_TEXT_SIZE + 16];
	snprintf(date, sizeof(date), "%.10sT00:00:00Z", made_on);
	cairo_pdf_surface_set_metadata(d->surface, CAIRO_PDF_METADATA_TITLE, title);
	cairo_pdf_surface_set_metadata(d->surface, CAIRO_PDF_METADATA_CREATOR, "wisemind");
	cairo_pdf_surface_set_metadata(d->surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
	/* A font map of its own, freed with the document: pango's default
	 * one lives in thread-local storage until the process ends, which
	 * leak checkers count as lost. A command makes one PDF, so nothing is
	 * lost by not sharing it. */
	d->fonts = pango_cairo_font_map_new();
	d->ctx = pango_font_map_create_context(d->fonts);
	pango_cairo_update_context(p->cr, d->ctx);
	pango_cairo_context_set_resolution(d->ctx, 72.0); /* a font's size in points */
	no_hinting(d->ctx);
	p->layout = pango_layout_new(d->ctx);
	p->font = pango_font_description_from_string(PDF_FONT " 8");
	return true;
}

bool pdf_doc_close(struct pdf_doc *d, struct pdf_page *p, const char **why)
{
	if (p->layout != NULL) {
		pango_font_description_free(p->font);
		g_object_unref(p->layout);
		g_object_unref(d->ctx);
		g_object_unref(d->fonts);
	}
	cairo_status_t status = cairo_status(p->cr);
	str_wipe(&p->scratch);
	cairo_destroy(p->cr);
	cairo_surface_finish(d->surface);
	if (status == CAIRO_STATUS_SUCCESS) {
		status = cairo_surface_status(d->surface);
	}
	cairo_surface_destroy(d->surface);
	if (status != CAIRO_STATUS_SUCCESS) {
		/* Nothing half-made is left for the caller to write. */
		struct str *out = d->out;
		if (out->len > d->start) {
			memset(out->buf + d->start, 0, out->len - d->start);
			out->len = d->start;
			out->buf[d->start] = '\0';
		}
		*why = cairo_status_to_string(status);
		return false;
	}
	return true;
}
