/* The Markdown body of a skill, walked with md4c: the introduction, then
 * one step per level-two heading, each a list of blocks (text, or one of
 * the directives of wisemind-skills(5)). */
#include "content/skill_body.h"

#include "content/md_span.h"
#include "content/skill_directive.h"
#include "content/skill_links.h"

#include <md4c.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct walk {
	const char *path;
	const char *body;
	size_t len;
	size_t first_line;
	struct skill *skill;
	struct problems *problems;
	bool ok;

	const char *scan_pos;  /* line_at's cursor: text arrives mostly in order */
	size_t scan_line;

	struct str intro;
	struct str para;       /* the block being collected */
	size_t para_line;      /* 0 until its first text arrives */
	bool in_heading;
	unsigned heading_level;
	int list_depth;
	unsigned ol_counter[8];
	bool ol[8];

	/* The top-level items of the list being read, and the cells of the
	 * table being read: a Choose, a Decide, a Show or a rating takes the
	 * list or table right after it. */
	struct item *items;
	size_t item_count;
	struct str *cells;
	size_t cell_count, table_cols, row_cells;
	bool in_table, in_cell, table_bad;
	struct skill_block *takes_list; /* the directive just read, until the next block */

	/* Bold phrases (Markdown's **strong**) of the paragraph being read,
	 * given to its text block, or to the introduction's. */
	size_t strong_from;    /* where the open one starts in para */
	char **bold;
	size_t bold_count;
	char **intro_bold;
	size_t intro_bold_count;
};

struct item {
	struct str text;  /* the item's words, links' included */
	char *href;       /* its first link */
	size_t line;
};

static size_t line_at(struct walk *w, const char *p)
{
	if (p < w->body || p > w->body + w->len) {
		return 0; /* md4c's own text, such as a decoded entity */
	}
	if (w->scan_pos == NULL || p < w->scan_pos) {
		w->scan_pos = w->body;
		w->scan_line = w->first_line;
	}
	for (; w->scan_pos < p; w->scan_pos++) {
		w->scan_line += *w->scan_pos == '\n';
	}
	return w->scan_line;
}

static struct skill_step *current_step(struct walk *w)
{
	return w->skill->step_count > 0 ? &w->skill->steps[w->skill->step_count - 1] : NULL;
}

__attribute__((format(printf, 3, 4)))
static void problem(struct walk *w, size_t line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	problems_vadd(w->problems, w->path, line, fmt, ap);
	va_end(ap);
	w->ok = false;
}

static struct skill_block *new_block(struct skill_step *step)
{
	struct skill_block *grown =
		realloc(step->blocks, (step->block_count + 1) * sizeof(*grown));
	if (grown == NULL) {
		abort();
	}
	step->blocks = grown;
	struct skill_block *b = &step->blocks[step->block_count++];
	*b = (struct skill_block){0};
	return b;
}

static void add_directive(struct walk *w, struct skill_step *step, const char *text,
                          size_t line)
{
	struct skill_block b;
	const char *why = NULL;
	switch (skill_directive_parse(text, &b, &why)) {
	case SKILL_DIRECTIVE_NONE:
		b = (struct skill_block){.kind = SKILL_BLOCK_TEXT, .text = str_dup(text)};
		break;
	case SKILL_DIRECTIVE_BAD:
		problem(w, line, "%s", why);
		return;
	case SKILL_DIRECTIVE_OK:
		break;
	}
	b.line = (unsigned)line;
	if (b.kind == SKILL_BLOCK_CAUTION) {
		for (size_t i = 0; i < step->block_count; i++) {
			if (step->blocks[i].kind != SKILL_BLOCK_CAUTION) {
				problem(w, line, "put Caution: first in its step, before the "
				                 "instructions it warns about");
				free(b.text);
				return;
			}
		}
	}
	struct skill_block *added = new_block(step);
	*added = b;
	if (skill_directive_takes_list(added)) {
		w->takes_list = added;
	}
}

static void clear_items(struct walk *w)
{
	for (size_t i = 0; i < w->item_count; i++) {
		str_finish(&w->items[i].text);
		free(w->items[i].href);
	}
	free(w->items);
	w->items = NULL;
	w->item_count = 0;
	for (size_t i = 0; i < w->cell_count; i++) {
		str_finish(&w->cells[i]);
	}
	free(w->cells);
	w->cells = NULL;
	w->cell_count = w->table_cols = 0;
	w->table_bad = false;
}

static char *trimmed(const char *text, size_t n)
{
	while (n > 0 && (*text == ' ' || *text == '\n')) {
		text++;
		n--;
	}
	while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\n')) {
		n--;
	}
	struct str s = {0};
	str_append_n(&s, text, n);
	return s.buf != NULL ? s.buf : str_dup("");
}

/* Where a link leads: "#anchor" in this skill, or another skill's file
 * ("problem-solving.md", "../emotion-regulation/problem-solving.md"). */
static bool read_href(struct walk *w, const struct item *it, struct skill_link *link)
{
	const char *href = it->href;
	if (href == NULL) {
		problem(w, it->line, "make each option a link to a step, like "
		                     "[Temperature](#t-temperature), or to a skill's file");
		return false;
	}
	if (href[0] == '#') {
		link->anchor = str_dup(href + 1);
		return true;
	}
	const char *base = strrchr(href, '/');
	base = base != NULL ? base + 1 : href;
	size_t n = strlen(base);
	if (n > 3 && strcmp(base + n - 3, ".md") == 0) {
		link->skill_id = trimmed(base, n - 3);
		if (skill_id_valid(link->skill_id)) {
			return true;
		}
		free(link->skill_id);
		link->skill_id = NULL;
	}
	problem(w, it->line, "\"%s\" is neither a step (#its-title) nor a skill's file "
	                     "(its-id.md)", href);
	return false;
}

static void take_links(struct walk *w, struct skill_block *b)
{
	b->links = calloc(w->item_count, sizeof(*b->links));
	if (b->links == NULL && w->item_count > 0) {
		abort();
	}
	for (size_t i = 0; i < w->item_count; i++) {
		const struct item *it = &w->items[i];
		struct skill_link link = {0};
		/* The whole item is what the person picks, so words after the
		 * link ("[Problem solving](problem-solving.md), when it fits")
		 * are shown too. */
		const char *label = str_cstr(&it->text);
		if (b->kind == SKILL_BLOCK_RATE) {
			const char *text = str_cstr(&it->text);
			const char *colon = strchr(text, ':');
			label = colon != NULL ? colon + 1 : text;
			char *range = colon != NULL ? trimmed(text, (size_t)(colon - text)) : NULL;
			bool ok = range != NULL && skill_parse_range(range, &link.low, &link.high) &&
			          link.low >= 0 && link.high <= skill_scale_max(b->scale);
			free(range);
			if (!ok) {
				problem(w, it->line, "start each branch with the ratings that go its way "
				                     "and a colon, like \"0-2:\", within 0 to %d",
				        skill_scale_max(b->scale));
				continue;
			}
		}
		if (!read_href(w, it, &link)) {
			continue;
		}
		link.label = trimmed(label, strlen(label));
		b->links[b->link_count++] = link;
	}
}

static void take_show(struct walk *w, struct skill_block *b)
{
	struct skill_show *show = &b->show;
	if (w->cell_count > 0) {
		if (w->table_bad) {
			problem(w, b->line, "give every row of the table the same number of cells");
			return;
		}
		show->cols = w->table_cols;
		show->rows = w->cell_count / w->table_cols;
		show->cells = calloc(w->cell_count, sizeof(char *));
		for (size_t i = 0; i < w->cell_count && show->cells != NULL; i++) {
			show->cells[i] = trimmed(str_cstr(&w->cells[i]), w->cells[i].len);
		}
	} else {
		show->cols = 1;
		show->rows = w->item_count;
		show->cells = calloc(w->item_count, sizeof(char *));
		for (size_t i = 0; i < w->item_count && show->cells != NULL; i++) {
			show->cells[i] = trimmed(str_cstr(&w->items[i].text), w->items[i].text.len);
		}
	}
	if (show->cells == NULL && show->rows > 0) {
		abort();
	}
}

/* A list or a table just read: the options or cells of the directive
 * before it, when it takes one. */
static bool give_to_directive(struct walk *w)
{
	struct skill_block *b = w->takes_list;
	w->takes_list = NULL;
	if (b == NULL || (w->item_count == 0 && w->cell_count == 0)) {
		return false;
	}
	if (b->kind == SKILL_BLOCK_SHOW) {
		take_show(w, b);
	} else if (w->cell_count > 0) {
		problem(w, b->line, "list the options under it as a list of links, not a table");
	} else {
		take_links(w, b);
	}
	return true;
}

static void add_phrase(char ***list, size_t *count, char *phrase)
{
	char **grown = realloc(*list, (*count + 1) * sizeof(**list));
	if (grown == NULL) {
		free(phrase); /* drawn plain: nothing else is lost */
		return;
	}
	*list = grown;
	(*list)[(*count)++] = phrase;
}

/* Bold phrases of text that is no block's (a heading): drawn plain. */
static void drop_bold(struct walk *w)
{
	for (size_t i = 0; i < w->bold_count; i++) {
		free(w->bold[i]);
	}
	free(w->bold);
	w->bold = NULL;
	w->bold_count = 0;
}

/* The paragraph's bold phrases go where its text went: the introduction,
 * or the text block it became (a directive's words are drawn plain). */
static void give_bold(struct walk *w, struct skill_step *step)
{
	struct skill_block *b = step != NULL && step->block_count > 0
	                            ? &step->blocks[step->block_count - 1] : NULL;
	for (size_t i = 0; i < w->bold_count; i++) {
		if (step == NULL) {
			add_phrase(&w->intro_bold, &w->intro_bold_count, w->bold[i]);
		} else if (b != NULL && b->kind == SKILL_BLOCK_TEXT && strstr(b->text, w->bold[i])) {
			add_phrase(&b->bold, &b->bold_count, w->bold[i]);
		} else {
			free(w->bold[i]);
		}
	}
	free(w->bold);
	w->bold = NULL;
	w->bold_count = 0;
}

/* A finished paragraph (or list) goes to the introduction or the step. */
static void flush(struct walk *w)
{
	if (w->para.len == 0) {
		drop_bold(w);
		clear_items(w);
		return;
	}
	const char *text = str_cstr(&w->para);
	size_t line = w->para_line ? w->para_line : w->first_line;
	struct skill_step *step = current_step(w);
	bool list = w->item_count > 0 || w->cell_count > 0;
	if (step == NULL) {
		if (w->intro.len > 0) {
			str_append(&w->intro, "\n\n");
		}
		str_append(&w->intro, text);
	} else if (list && give_to_directive(w)) {
		/* The directive's options or cells. */
	} else if (list) {
		struct skill_block *b = new_block(step);
		b->kind = SKILL_BLOCK_TEXT;
		b->text = str_dup(text);
		b->line = (unsigned)line;
	} else {
		w->takes_list = NULL;
		add_directive(w, step, text, line);
	}
	give_bold(w, step);
	clear_items(w);
	str_clear(&w->para);
	w->para_line = 0;
}

static int enter_block(MD_BLOCKTYPE type, void *detail, void *data)
{
	struct walk *w = data;
	switch (type) {
	case MD_BLOCK_H: {
		MD_BLOCK_H_DETAIL *h = detail;
		flush(w);
		w->in_heading = true;
		w->heading_level = h->level;
		break;
	}
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		if (w->list_depth == 0) {
			flush(w);
		}
		if (w->list_depth < 8) {
			w->ol[w->list_depth] = type == MD_BLOCK_OL;
			w->ol_counter[w->list_depth] =
				type == MD_BLOCK_OL ? ((MD_BLOCK_OL_DETAIL *)detail)->start : 0;
		}
		w->list_depth++;
		break;
	case MD_BLOCK_LI: {
		if (w->para.len > 0) {
			str_append_char(&w->para, '\n');
		}
		if (w->list_depth == 1) {
			struct item *grown = realloc(w->items, (w->item_count + 1) * sizeof(*grown));
			if (grown == NULL) {
				abort();
			}
			w->items = grown;
			w->items[w->item_count++] = (struct item){0};
		}
		int d = w->list_depth - 1;
		for (int i = 0; i < d; i++) {
			str_append(&w->para, "  ");
		}
		if (d >= 0 && d < 8 && w->ol[d]) {
			str_appendf(&w->para, "%u. ", w->ol_counter[d]++);
		} else {
			str_append(&w->para, "- ");
		}
		break;
	}
	case MD_BLOCK_TABLE:
		if (w->list_depth == 0) {
			flush(w);
			w->in_table = true;
		}
		break;
	case MD_BLOCK_TR:
		if (w->in_table) {
			if (w->table_cols == 0 && w->cell_count > 0) {
				w->table_cols = w->cell_count;
			}
			w->table_bad = w->table_bad || (w->table_cols > 0 && w->row_cells != w->table_cols &&
			                                w->cell_count > 0);
			w->row_cells = 0;
			if (w->para.len > 0) {
				str_append_char(&w->para, '\n');
			}
		}
		break;
	case MD_BLOCK_TH:
	case MD_BLOCK_TD:
		if (w->in_table) {
			struct str *grown = realloc(w->cells, (w->cell_count + 1) * sizeof(*grown));
			if (grown == NULL) {
				abort();
			}
			w->cells = grown;
			w->cells[w->cell_count++] = (struct str){0};
			if (w->row_cells++ > 0) {
				str_append(&w->para, " | ");
			}
			w->in_cell = true;
		}
		break;
	case MD_BLOCK_P:
		if (w->list_depth == 0 && !w->in_table) {
			flush(w);
		} else if (w->para.len > 0 && w->para.buf[w->para.len - 1] != ' ') {
			str_append_char(&w->para, ' ');
		}
		break;
	default:
		break;
	}
	return 0;
}

static void start_step(struct walk *w)
{
	struct skill *s = w->skill;
	struct skill_step *grown = realloc(s->steps, (s->step_count + 1) * sizeof(*grown));
	if (grown == NULL) {
		abort();
	}
	s->steps = grown;
	struct skill_step *step = &s->steps[s->step_count++];
	*step = (struct skill_step){0};
	step->title = str_dup(str_cstr(&w->para));
	drop_bold(w);
	step->anchor = skill_anchor(step->title);
	step->line = (unsigned)(w->para_line ? w->para_line : w->first_line);
	str_clear(&w->para);
	w->para_line = 0;
}

static int leave_block(MD_BLOCKTYPE type, void *detail, void *data)
{
	(void)detail;
	struct walk *w = data;
	switch (type) {
	case MD_BLOCK_H:
		w->in_heading = false;
		if (w->heading_level == 2) {
			if (w->para.len == 0) {
				problem(w, w->para_line, "a step heading needs a title");
			}
			start_step(w);
		} else {
			flush(w);
		}
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		w->list_depth--;
		if (w->list_depth == 0) {
			flush(w);
		}
		break;
	case MD_BLOCK_TH:
	case MD_BLOCK_TD:
		w->in_cell = false;
		break;
	case MD_BLOCK_TABLE:
		if (w->in_table) {
			w->in_table = false;
			if (w->table_cols == 0) {
				w->table_cols = w->cell_count;
			}
			w->table_bad = w->table_bad || w->row_cells != w->table_cols;
		}
		if (w->list_depth == 0) {
			flush(w);
		}
		break;
	case MD_BLOCK_P:
	case MD_BLOCK_CODE:
	case MD_BLOCK_QUOTE:
	case MD_BLOCK_HR:
	case MD_BLOCK_HTML:
		if (w->list_depth == 0 && !w->in_table) {
			flush(w);
		}
		break;
	default:
		break;
	}
	return 0;
}

static int enter_span(MD_SPANTYPE type, void *detail, void *data)
{
	struct walk *w = data;
	if (type == MD_SPAN_STRONG) {
		w->strong_from = w->para.len;
	}
	if (type == MD_SPAN_A && w->list_depth > 0 && w->item_count > 0) {
		struct item *it = &w->items[w->item_count - 1];
		if (it->href == NULL) {
			MD_SPAN_A_DETAIL *a = detail;
			struct str href = {0};
			str_append_n(&href, a->href.text, a->href.size);
			it->href = href.buf != NULL ? href.buf : str_dup("");
		}
	}
	return 0;
}

static int leave_span(MD_SPANTYPE type, void *detail, void *data)
{
	(void)detail;
	struct walk *w = data;
	if (type == MD_SPAN_STRONG && w->para.len > w->strong_from) {
		struct str phrase = {0};
		str_append_n(&phrase, w->para.buf + w->strong_from, w->para.len - w->strong_from);
		add_phrase(&w->bold, &w->bold_count, phrase.buf);
	}
	return 0;
}

/* Text goes to the paragraph, and to the list item, link or table cell
 * being read. */
static void add_text(struct walk *w, const char *text, size_t size, size_t line)
{
	str_append_n(&w->para, text, size);
	if (w->in_cell && w->cell_count > 0) {
		str_append_n(&w->cells[w->cell_count - 1], text, size);
	}
	if (w->list_depth > 0 && w->item_count > 0) {
		struct item *it = &w->items[w->item_count - 1];
		if (it->line == 0) {
			it->line = line;
		}
		str_append_n(&it->text, text, size);
	}
}

static int on_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *data)
{
	struct walk *w = data;
	if (!md_span_ok(size, w->len)) {
		return -1; /* md_parse fails: the body could not be read */
	}
	size_t line = line_at(w, text);
	if (w->para_line == 0) {
		w->para_line = line;
	}
	switch (type) {
	case MD_TEXT_SOFTBR:
		add_text(w, " ", 1, line);
		break;
	case MD_TEXT_BR:
		add_text(w, "\n", 1, line);
		break;
	case MD_TEXT_NULLCHAR:
		add_text(w, "\xEF\xBF\xBD", 3, line);
		break;
	default:
		add_text(w, text, size, line);
		break;
	}
	return 0;
}

bool skill_body_parse(const char *path, const char *body, size_t len, size_t first_line,
                      struct skill *skill, struct problems *problems)
{
	struct walk w = {.path = path, .body = body, .len = len, .first_line = first_line,
	                 .skill = skill, .problems = problems, .ok = true};
	MD_PARSER parser = {
		.abi_version = 0,
		.flags = MD_FLAG_NOHTML | MD_FLAG_TABLES,
		.enter_block = enter_block,
		.leave_block = leave_block,
		.enter_span = enter_span,
		.leave_span = leave_span,
		.text = on_text,
	};
	if (md_parse(body, (MD_SIZE)len, &parser, &w) != 0) {
		problem(&w, first_line, "the Markdown body could not be read");
	}
	flush(&w);
	if (w.intro.len == 0) {
		problem(&w, first_line, "add an introduction before the first \"## \" step: what "
		                        "the skill is for and when to use it");
	}
	skill->intro = w.intro.buf != NULL ? w.intro.buf : str_dup("");
	skill->intro_bold = w.intro_bold;
	skill->intro_bold_count = w.intro_bold_count;
	if (skill->step_count < 2) {
		problem(&w, skill->step_count ? skill->steps[0].line : first_line,
		        "a skill needs at least two steps, each starting with a \"## \" heading");
	}
	for (size_t i = 0; i < skill->step_count; i++) {
		if (skill->steps[i].block_count == 0) {
			problem(&w, skill->steps[i].line, "the step \"%s\" has nothing in it",
			        skill->steps[i].title);
		}
	}
	drop_bold(&w);
	clear_items(&w);
	str_finish(&w.para);
	/* Even after other problems, so every one is listed at once. */
	bool links_ok = skill_links_resolve(path, skill, problems);
	return w.ok && links_ok;
}
