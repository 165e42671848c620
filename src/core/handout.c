/* A handout's model, built from skills: what it says, in order. The
 * writers (handout_text.c, src/pdf/handout_pdf.c) only lay it out. */
#include "core/handout.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define ASK_LINES 4     /* a question's box: room for a few sentences by hand */
#define SHOWN_LINES 2   /* a field shown back that no question asks for */
#define BLANK "________" /* where a field sits inside a cell's text */

const char *handout_notice(void)
{
	return "Made by wisemind. The skills are described in wisemind's own words. "
	       "\"DBT\" is used only to describe them; DBT's creators do not endorse "
	       "wisemind.";
}

static struct handout_item *add(struct handout *h, enum handout_kind kind, const char *text)
{
	if (h->count == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 32;
		h->items = realloc(h->items, h->cap * sizeof(*h->items));
		if (h->items == NULL) {
			abort(); /* as str does: a half-built handout is worse than none */
		}
	}
	struct handout_item *it = &h->items[h->count++];
	*it = (struct handout_item){.kind = kind, .text = str_dup(text != NULL ? text : "")};
	return it;
}

static void add_list_item(struct handout_item *it, char *text)
{
	char **items = realloc(it->items, (it->count + 1) * sizeof(*items));
	if (items == NULL) {
		abort();
	}
	it->items = items;
	it->items[it->count++] = text;
}

/* The field named at text[0] == '{', its length through the '}' in *len;
 * false when it is not one. */
static bool field_at(const char *text, size_t *len)
{
	const char *end = strchr(text, '}');
	if (text[0] != '{' || end == NULL) {
		return false;
	}
	char *name = str_dup(text + 1);
	name[end - text - 1] = '\0';
	bool ok = skill_field_valid(name);
	free(name);
	*len = (size_t)(end - text) + 1;
	return ok;
}

/* A cell's text with each {field} as a line to write on; NULL when the
 * cell is nothing but one field (a blank cell). */
static char *cell_text(const char *cell)
{
	size_t len;
	const char *p = cell;
	while (*p == ' ') {
		p++;
	}
	if (field_at(p, &len) && p[len + strspn(p + len, " ")] == '\0') {
		return NULL;
	}
	struct str s = {0};
	for (p = cell; *p != '\0'; p++) {
		if (field_at(p, &len)) {
			str_append(&s, BLANK);
			p += len - 1;
		} else {
			str_append_char(&s, *p);
		}
	}
	char *text = str_dup(str_cstr(&s));
	str_finish(&s);
	return text;
}

static bool asked(const struct skill *skill, const char *field, size_t len)
{
	for (size_t s = 0; s < skill->step_count; s++) {
		for (size_t b = 0; b < skill->steps[s].block_count; b++) {
			const struct skill_block *k = &skill->steps[s].blocks[b];
			if (k->kind == SKILL_BLOCK_ASK && k->field != NULL && strlen(k->field) == len &&
			    strncmp(k->field, field, len) == 0) {
				return true;
			}
		}
	}
	return false;
}

/* True when every field of a list shown back is a question's answer: on
 * paper it would only repeat the boxes. */
static bool only_repeats(const struct skill *skill, const struct skill_show *show)
{
	for (size_t i = 0; i < show->rows * show->cols; i++) {
		size_t len;
		for (const char *p = show->cells[i]; *p != '\0'; p++) {
			if (field_at(p, &len) && !asked(skill, p + 1, len - 2)) {
				return false;
			}
		}
	}
	return true;
}

static void show_block(struct handout *h, const struct skill *skill, const struct skill_block *b)
{
	const struct skill_show *show = &b->show;
	if (show->cols > 1) {
		struct handout_item *grid = add(h, HANDOUT_GRID, b->text);
		grid->rows = show->rows;
		grid->cols = show->cols;
		for (size_t i = 0; i < show->rows * show->cols; i++) {
			add_list_item(grid, cell_text(show->cells[i]));
		}
		return;
	}
	if (only_repeats(skill, show)) {
		return;
	}
	add(h, HANDOUT_PARAGRAPH, b->text);
	for (size_t i = 0; i < show->rows; i++) {
		char *label = cell_text(show->cells[i]);
		add(h, HANDOUT_BOX, label)->lines = SHOWN_LINES;
		free(label);
	}
}

static void timer_text(unsigned seconds, struct str *out)
{
	unsigned m = seconds / 60, s = seconds % 60;
	str_append(out, "Take");
	if (m > 0) {
		str_appendf(out, " %u minute%s", m, m == 1 ? "" : "s");
	}
	if (s > 0 || m == 0) {
		str_appendf(out, "%s %u second%s", m > 0 ? " and" : "", s, s == 1 ? "" : "s");
	}
	str_append(out, ".");
}

static void options(struct handout *h, const char *heading, const struct skill_block *b)
{
	struct handout_item *list = add(h, HANDOUT_LIST, heading);
	for (size_t i = 0; i < b->link_count; i++) {
		const struct skill_link *l = &b->links[i];
		struct str s = {0};
		if (b->kind == SKILL_BLOCK_RATE) {
			str_appendf(&s, l->low == l->high ? "%d: " : "%d to %d: ", l->low, l->high);
		}
		str_append(&s, l->label);
		if (l->skill_id != NULL) {
			str_appendf(&s, " (the skill %s)", l->skill_id);
		}
		add_list_item(list, str_dup(str_cstr(&s)));
		str_finish(&s);
	}
}

static void block(struct handout *h, const struct skill *skill, const struct skill_block *b)
{
	struct str s = {0};
	struct handout_item *it;
	switch (b->kind) {
	case SKILL_BLOCK_TEXT:
		add(h, HANDOUT_PARAGRAPH, b->text);
		break;
	case SKILL_BLOCK_CAUTION:
		add(h, HANDOUT_CAUTION, b->text);
		break;
	case SKILL_BLOCK_TIMER:
		timer_text(b->seconds, &s);
		add(h, HANDOUT_PARAGRAPH, str_cstr(&s));
		break;
	case SKILL_BLOCK_BREATHE:
		str_append(&s, "Breathe ");
		skill_breath_text(b->breath, &s);
		str_append(&s, " seconds.");
		add(h, HANDOUT_PARAGRAPH, str_cstr(&s));
		break;
	case SKILL_BLOCK_ASK:
		add(h, HANDOUT_BOX, b->text)->lines = ASK_LINES;
		break;
	case SKILL_BLOCK_RATE:
		it = add(h, HANDOUT_SCALE, b->text);
		it->low = 0;
		it->high = skill_scale_max(b->scale);
		it->low_words = skill_scale_words(b->scale, it->low);
		it->high_words = skill_scale_words(b->scale, it->high);
		if (b->link_count > 0) {
			options(h, "Then, by your rating:", b);
		}
		break;
	case SKILL_BLOCK_CHOOSE:
	case SKILL_BLOCK_DECIDE:
		options(h, b->text, b);
		break;
	case SKILL_BLOCK_SHOW:
		show_block(h, skill, b);
		break;
	}
	str_finish(&s);
}

/* Paragraphs split at blank lines. */
static void paragraphs(struct handout *h, const char *text)
{
	while (text != NULL && *text != '\0') {
		const char *end = strstr(text, "\n\n");
		size_t len = end != NULL ? (size_t)(end - text) : strlen(text);
		char *one = str_dup(text);
		one[len] = '\0';
		if (len > 0) {
			add(h, HANDOUT_PARAGRAPH, one);
		}
		free(one);
		text = end != NULL ? end + 2 : NULL;
	}
}

static void list(struct handout *h, const char *heading, char *const *items, size_t count)
{
	if (count == 0) {
		return;
	}
	struct handout_item *it = add(h, HANDOUT_LIST, heading);
	for (size_t i = 0; i < count; i++) {
		add_list_item(it, str_dup(items[i]));
	}
}

static void skill_part(struct handout *h, const struct skill *skill)
{
	add(h, HANDOUT_SKILL, skill->name)->note = str_dup(skill->acronym);
	add(h, HANDOUT_PARAGRAPH, skill->summary);
	struct str s = {0};
	str_appendf(&s, "Module: %s.", skill_module_name(skill->module));
	if (skill->minutes > 0) {
		str_appendf(&s, " About %u minute%s.", skill->minutes, skill->minutes == 1 ? "" : "s");
	}
	add(h, HANDOUT_PARAGRAPH, str_cstr(&s));
	str_finish(&s);
	/* Before anything that could be tried. */
	for (size_t i = 0; i < skill->caution_count; i++) {
		add(h, HANDOUT_CAUTION, skill->cautions[i]);
	}
	list(h, "When to use it:", skill->when, skill->when_count);
	list(h, "When to use something else first:", skill->not_when, skill->not_when_count);
	paragraphs(h, skill->intro);
	for (size_t n = 0; n < skill->step_count; n++) {
		const struct skill_step *step = &skill->steps[n];
		str_appendf(&s, "Step %zu: %s", n + 1, step->title);
		add(h, HANDOUT_HEADING, str_cstr(&s));
		str_clear(&s);
		/* The file puts a step's cautions first (skill_body.c checks). */
		for (size_t b = 0; b < step->block_count; b++) {
			block(h, skill, &step->blocks[b]);
		}
	}
	str_finish(&s);
	if (skill->example != NULL) {
		add(h, HANDOUT_HEADING, "An example");
		paragraphs(h, skill->example);
	}
}

void handout_build(const struct handout_source *src, struct handout *h)
{
	if (src->plan != NULL || src->count > 1) {
		add(h, HANDOUT_TITLE, src->title)->note = str_dup(src->plan);
	}
	for (size_t i = 0; i < src->count; i++) {
		skill_part(h, src->skills[i]);
	}
}

void handout_finish(struct handout *h)
{
	for (size_t i = 0; i < h->count; i++) {
		struct handout_item *it = &h->items[i];
		free(it->text);
		free(it->note);
		for (size_t k = 0; k < it->count; k++) {
			free(it->items[k]);
		}
		free(it->items);
	}
	free(h->items);
	*h = (struct handout){0};
}
