/* The links inside a skill: menus to their steps, shown answers to the
 * questions that fill them. */
#include "content/skill_links.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/nearest.h"

struct resolve {
	const char *path;
	struct skill *skill;
	struct problems *problems;
	bool ok;
};

__attribute__((format(printf, 3, 4)))
static void problem(struct resolve *r, size_t line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	problems_vadd(r->problems, r->path, line, fmt, ap);
	va_end(ap);
	r->ok = false;
}

static bool makes_menu(const struct skill_block *b)
{
	return b->kind == SKILL_BLOCK_CHOOSE || b->kind == SKILL_BLOCK_DECIDE ||
	       (b->kind == SKILL_BLOCK_RATE && b->link_count > 0);
}

static void unknown_anchor(struct resolve *r, const struct skill_block *b, const char *anchor)
{
	const struct skill *s = r->skill;
	const char **anchors = calloc(s->step_count, sizeof(*anchors));
	if (anchors == NULL) {
		abort();
	}
	for (size_t i = 0; i < s->step_count; i++) {
		anchors[i] = s->steps[i].anchor;
	}
	const char *near = nearest_word(anchor, anchors, s->step_count);
	if (near != NULL) {
		problem(r, b->line, "no step's title links as #%s; did you mean #%s?", anchor, near);
	} else {
		problem(r, b->line, "no step's title links as #%s: a step \"## Like This\" links "
		                    "as #like-this", anchor);
	}
	free(anchors);
}

/* Marks the step each option of the menu at (st, bi) leads to. */
static void resolve_menu(struct resolve *r, size_t st, size_t bi)
{
	struct skill *s = r->skill;
	struct skill_block *b = &s->steps[st].blocks[bi];
	if (b->kind != SKILL_BLOCK_RATE && b->link_count == 0) {
		problem(r, b->line, "list the options right after it, each a link to a step, like "
		                    "- [Temperature](#t-temperature)");
		return;
	}
	if (s->steps[st].in_menu) {
		problem(r, b->line, "a step that a menu leads to cannot hold a menu of its own");
		return;
	}
	for (size_t l = 0; l < b->link_count; l++) {
		struct skill_link *link = &b->links[l];
		if (link->anchor == NULL) {
			continue; /* another skill: the library checks it is there */
		}
		if (!skill_find_anchor(s, link->anchor, &link->step)) {
			unknown_anchor(r, b, link->anchor);
			continue;
		}
		struct skill_step *to = &s->steps[link->step];
		if (link->step <= st) {
			problem(r, b->line, "the option \"%s\" must lead to a later step", link->label);
		} else if (to->in_menu && (to->menu_step != st || to->menu_block != bi ||
		                           b->kind != SKILL_BLOCK_RATE)) {
			problem(r, b->line, "the step \"%s\" is an option of another menu already: each "
			                    "step belongs to one menu", to->title);
		} else {
			to->in_menu = true;
			to->menu_step = st;
			to->menu_block = bi;
		}
	}
}

struct field_seen {
	const char *name;
	size_t step, block;
};

static bool field_before(const struct field_seen *seen, size_t count, const char *name,
                         size_t len, size_t st, size_t bi)
{
	for (size_t i = 0; i < count; i++) {
		if (strlen(seen[i].name) == len && strncmp(seen[i].name, name, len) == 0 &&
		    (seen[i].step < st || (seen[i].step == st && seen[i].block < bi))) {
			return true;
		}
	}
	return false;
}

static void check_show(struct resolve *r, const struct skill_block *b, size_t st, size_t bi,
                       const struct field_seen *seen, size_t count)
{
	if (b->show.rows == 0) {
		problem(r, b->line, "put a list or a table of {fields} right after Show:");
		return;
	}
	for (size_t c = 0; c < b->show.rows * b->show.cols; c++) {
		for (const char *p = strchr(b->show.cells[c], '{'); p != NULL; p = strchr(p + 1, '{')) {
			const char *end = strchr(p, '}');
			if (end == NULL) {
				break;
			}
			size_t len = (size_t)(end - p - 1);
			if (!field_before(seen, count, p + 1, len, st, bi)) {
				problem(r, b->line, "{%.*s} is not a field that an \"Ask {%.*s}:\" before "
				                    "it fills", (int)len, p + 1, (int)len, p + 1);
			}
		}
	}
}

static void check_fields(struct resolve *r)
{
	struct skill *s = r->skill;
	struct field_seen *seen = NULL;
	size_t count = 0;
	for (size_t st = 0; st < s->step_count; st++) {
		for (size_t bi = 0; bi < s->steps[st].block_count; bi++) {
			const struct skill_block *b = &s->steps[st].blocks[bi];
			if (b->kind != SKILL_BLOCK_ASK || b->field == NULL) {
				continue;
			}
			if (field_before(seen, count, b->field, strlen(b->field), s->step_count, 0)) {
				problem(r, b->line, "the field {%s} is filled by an Ask before: name each "
				                    "field once", b->field);
			}
			struct field_seen *grown = realloc(seen, (count + 1) * sizeof(*grown));
			if (grown == NULL) {
				abort();
			}
			seen = grown;
			seen[count++] = (struct field_seen){b->field, st, bi};
		}
	}
	for (size_t st = 0; st < s->step_count; st++) {
		for (size_t bi = 0; bi < s->steps[st].block_count; bi++) {
			if (s->steps[st].blocks[bi].kind == SKILL_BLOCK_SHOW) {
				check_show(r, &s->steps[st].blocks[bi], st, bi, seen, count);
			}
		}
	}
	for (size_t k = 0; k < s->kit_count; k++) {
		if (!field_before(seen, count, s->kit[k], strlen(s->kit[k]), s->step_count, 0)) {
			problem(r, 1, "\"kit\" names {%s}, which no \"Ask {%s}:\" in the steps fills",
			        s->kit[k], s->kit[k]);
		}
	}
	free(seen);
}

bool skill_links_resolve(const char *path, struct skill *skill, struct problems *problems)
{
	struct resolve r = {path, skill, problems, true};
	for (size_t i = 0; i < skill->step_count; i++) {
		for (size_t j = 0; j < i; j++) {
			if (strcmp(skill->steps[i].anchor, skill->steps[j].anchor) == 0) {
				problem(&r, skill->steps[i].line, "two steps have the title \"%s\" (as a link: "
				        "#%s): give each step its own title", skill->steps[i].title,
				        skill->steps[i].anchor);
			}
		}
	}
	for (size_t st = 0; st < skill->step_count; st++) {
		for (size_t bi = 0; bi < skill->steps[st].block_count; bi++) {
			if (makes_menu(&skill->steps[st].blocks[bi])) {
				resolve_menu(&r, st, bi);
			}
		}
	}
	check_fields(&r);
	return r.ok;
}
