/* The Markdown body of a skill, walked with md4c: the introduction, then
 * one step per level-two heading, each a list of blocks (text, or one of
 * the directives of wisemind-skills(5)). */
#include "content/skill_body.h"

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

static const char *directive(const char *text, const char *keyword)
{
	size_t n = strlen(keyword);
	if (strncmp(text, keyword, n) != 0) {
		return NULL;
	}
	text += n;
	while (*text == ' ') {
		text++;
	}
	return text;
}

static void add_directive(struct walk *w, struct skill_step *step, enum skill_block_kind kind,
                          const char *value, size_t line)
{
	const char *why = NULL;
	struct skill_block b = {.kind = kind, .line = (unsigned)line};
	bool ok = true;
	if (value[0] == '\0') {
		problem(w, line, "this directive has nothing after its colon");
		return;
	}
	switch (kind) {
	case SKILL_BLOCK_TIMER:
		ok = skill_parse_timer(value, &b.seconds, &why);
		break;
	case SKILL_BLOCK_BREATHE:
		ok = skill_parse_breath(value, &b.breath, &why);
		break;
	case SKILL_BLOCK_RATE:
		ok = skill_parse_rate(value, &b.text, &b.low, &b.high, &why);
		break;
	default:
		b.text = str_dup(value);
		break;
	}
	if (!ok) {
		problem(w, line, "%s", why);
		return;
	}
	if (kind == SKILL_BLOCK_CAUTION) {
		for (size_t i = 0; i < step->block_count; i++) {
			if (step->blocks[i].kind != SKILL_BLOCK_CAUTION) {
				problem(w, line, "put Caution: first in its step, before the "
				                 "instructions it warns about");
				free(b.text);
				return;
			}
		}
	}
	*new_block(step) = b;
}

/* A finished paragraph (or list) goes to the introduction or the step. */
static void flush(struct walk *w)
{
	if (w->para.len == 0) {
		return;
	}
	const char *text = str_cstr(&w->para);
	size_t line = w->para_line ? w->para_line : w->first_line;
	struct skill_step *step = current_step(w);
	if (step == NULL) {
		if (w->intro.len > 0) {
			str_append(&w->intro, "\n\n");
		}
		str_append(&w->intro, text);
	} else {
		static const struct {
			const char *keyword;
			enum skill_block_kind kind;
		} directives[] = {
			{"Caution:", SKILL_BLOCK_CAUTION}, {"Timer:", SKILL_BLOCK_TIMER},
			{"Breathe:", SKILL_BLOCK_BREATHE}, {"Ask:", SKILL_BLOCK_ASK},
			{"Rate:", SKILL_BLOCK_RATE},
		};
		bool done = false;
		for (size_t i = 0; i < sizeof(directives) / sizeof(directives[0]) && !done; i++) {
			const char *value = directive(text, directives[i].keyword);
			if (value != NULL) {
				add_directive(w, step, directives[i].kind, value, line);
				done = true;
			}
		}
		if (!done) {
			struct skill_block *b = new_block(step);
			b->kind = SKILL_BLOCK_TEXT;
			b->text = str_dup(text);
			b->line = (unsigned)line;
		}
	}
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
	case MD_BLOCK_P:
		if (w->list_depth == 0) {
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
	case MD_BLOCK_P:
	case MD_BLOCK_CODE:
	case MD_BLOCK_QUOTE:
	case MD_BLOCK_HR:
	case MD_BLOCK_HTML:
	case MD_BLOCK_TABLE:
		if (w->list_depth == 0) {
			flush(w);
		}
		break;
	default:
		break;
	}
	return 0;
}

static int on_span(MD_SPANTYPE type, void *detail, void *data)
{
	(void)type;
	(void)detail;
	(void)data;
	return 0;
}

static int on_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *data)
{
	struct walk *w = data;
	if (w->para_line == 0) {
		w->para_line = line_at(w, text);
	}
	switch (type) {
	case MD_TEXT_SOFTBR:
		str_append_char(&w->para, ' ');
		break;
	case MD_TEXT_BR:
		str_append_char(&w->para, '\n');
		break;
	case MD_TEXT_NULLCHAR:
		str_append(&w->para, "\xEF\xBF\xBD");
		break;
	default:
		str_append_n(&w->para, text, size);
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
		.flags = MD_FLAG_NOHTML,
		.enter_block = enter_block,
		.leave_block = leave_block,
		.enter_span = on_span,
		.leave_span = on_span,
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
	str_finish(&w.para);
	return w.ok;
}
