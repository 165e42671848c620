#include "content/markdown_text.h"

#include "content/md_span.h"

#include <md4c.h>

struct walk {
	struct str *text;
	struct str *bold;
	size_t *bold_count;
	size_t strong_from;
	unsigned list_depth;
	size_t len; /* of the Markdown: no span is longer */
};

/* A new block starts on its own line: after a blank line, or after a
 * line break inside a list. */
static void block_start(struct walk *w, bool in_list)
{
	struct str *t = w->text;
	if (t->len == 0) {
		return;
	}
	if (t->buf[t->len - 1] != '\n') {
		str_append_char(t, '\n');
	}
	if (!in_list && (t->len < 2 || t->buf[t->len - 2] != '\n')) {
		str_append_char(t, '\n');
	}
}

static int enter_block(MD_BLOCKTYPE type, void *detail, void *data)
{
	(void)detail;
	struct walk *w = data;
	switch (type) {
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		block_start(w, w->list_depth > 0);
		w->list_depth++;
		break;
	case MD_BLOCK_LI:
		block_start(w, true);
		for (unsigned i = 1; i < w->list_depth; i++) {
			str_append(w->text, "  ");
		}
		str_append(w->text, "- ");
		break;
	case MD_BLOCK_P:
	case MD_BLOCK_H:
	case MD_BLOCK_CODE:
	case MD_BLOCK_QUOTE:
	case MD_BLOCK_HR:
		/* A paragraph inside a loose list item follows its "- ". */
		if (w->list_depth == 0 || w->text->len == 0 ||
		    w->text->buf[w->text->len - 1] != ' ') {
			block_start(w, w->list_depth > 0);
		}
		break;
	default:
		break;
	}
	return 0;
}

static int leave_block(MD_BLOCKTYPE type, void *detail, void *data)
{
	(void)detail;
	struct walk *w = data;
	if ((type == MD_BLOCK_UL || type == MD_BLOCK_OL) && w->list_depth > 0) {
		w->list_depth--;
	}
	return 0;
}

static int enter_span(MD_SPANTYPE type, void *detail, void *data)
{
	(void)detail;
	struct walk *w = data;
	if (type == MD_SPAN_STRONG) {
		w->strong_from = w->text->len;
	}
	return 0;
}

static int leave_span(MD_SPANTYPE type, void *detail, void *data)
{
	(void)detail;
	struct walk *w = data;
	if (type == MD_SPAN_STRONG && w->text->len > w->strong_from) {
		str_append_n(w->bold, w->text->buf + w->strong_from, w->text->len - w->strong_from);
		str_append_char(w->bold, '\0');
		(*w->bold_count)++;
	}
	return 0;
}

static int text(MD_TEXTTYPE type, const MD_CHAR *t, MD_SIZE size, void *data)
{
	struct walk *w = data;
	if (!md_span_ok(size, w->len)) {
		return -1; /* the words as written, below */
	}
	switch (type) {
	case MD_TEXT_NULLCHAR:
		break;
	case MD_TEXT_BR:
		str_append_char(w->text, '\n');
		break;
	case MD_TEXT_SOFTBR:
		str_append_char(w->text, ' ');
		break;
	default:
		str_append_n(w->text, t, size);
		break;
	}
	return 0;
}

void markdown_text(const char *md, size_t len, struct str *out, struct str *bold,
                   size_t *bold_count)
{
	struct walk w = {.text = out, .bold = bold, .bold_count = bold_count, .len = len};
	*bold_count = 0;
	MD_PARSER parser = {
		.flags = MD_FLAG_NOHTML,
		.enter_block = enter_block,
		.leave_block = leave_block,
		.enter_span = enter_span,
		.leave_span = leave_span,
		.text = text,
	};
	size_t start = out->len;
	if (md_parse(md, (MD_SIZE)len, &parser, &w) != 0) {
		/* md4c failed (without memory, or a span it could not give):
		 * the words as written, then. */
		out->len = start;
		if (out->buf != NULL) {
			out->buf[start] = '\0';
		}
		str_append_n(out, md, len);
	}
}
