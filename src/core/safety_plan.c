#include "core/safety_plan.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NBSP "\xc2\xa0"

/* The parts in the order a person uses them in a crisis: notice it, help
 * yourself, be with others, ask for help, call a professional, make the
 * place safe, and why it is worth it. The words are wisemind's own. */
static const struct safety_section_info sections[SAFETY_SECTION_COUNT] = {
	[SAFETY_WARNING_SIGNS] = {"warning-signs", "Warning signs",
	                          "What tells you a crisis might be starting? Thoughts, feelings, "
	                          "places or times of day."},
	[SAFETY_COPING] = {"coping", "My own coping strategies",
	                   "What can you do on your own to get through a hard hour? A skill, a "
	                   "walk, music, a warm shower."},
	[SAFETY_DISTRACTIONS] = {"distractions", "People and places that distract",
	                         "Who can you be around, and where can you go, to take your mind "
	                         "off things for a while?"},
	[SAFETY_PEOPLE] = {"people", "People I can ask for help",
	                   "Who can you call or message and ask for help? Add their number."},
	[SAFETY_PROFESSIONALS] = {"professionals", "Professionals and crisis lines",
	                          "Who would you call for a professional's help? Your therapist, "
	                          "doctor or care team, and crisis lines, with numbers and hours."},
	[SAFETY_ENVIRONMENT] = {"environment", "Making the environment safe",
	                        "What could you put away, or ask someone to keep for you for now, "
	                        "so the place around you is safer?"},
	[SAFETY_REASONS] = {"reasons", "Reasons for living",
	                    "What matters to you and keeps you going? People, pets, plans, things "
	                    "you love."},
};

const struct safety_section_info *safety_section_info(enum safety_section section)
{
	return (unsigned)section < SAFETY_SECTION_COUNT ? &sections[section] : NULL;
}

bool safety_section_find(const char *id, enum safety_section *out)
{
	for (int i = 0; id != NULL && i < SAFETY_SECTION_COUNT; i++) {
		if (strcmp(sections[i].id, id) == 0) {
			*out = (enum safety_section)i;
			return true;
		}
	}
	return false;
}

enum safety_line_problem safety_line_check(const char *text, size_t len)
{
	if (text == NULL || !str_is_utf8(text, len) || memchr(text, '\0', len) != NULL) {
		return SAFETY_LINE_NOT_TEXT;
	}
	bool blank = true;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		/* C1 controls are U+0080-U+009F: 0xC2 0x80-0x9F in UTF-8. */
		if (c < 0x20 || c == 0x7F ||
		    (c == 0xC2 && i + 1 < len && (unsigned char)text[i + 1] < 0xA0)) {
			return SAFETY_LINE_NOT_TEXT;
		}
		blank = blank && c == ' ';
	}
	if (blank) {
		return SAFETY_LINE_EMPTY;
	}
	struct str copy = {0};
	str_append_n(&copy, text, len);
	size_t chars = str_utf8_chars(str_cstr(&copy));
	str_wipe(&copy);
	return chars > SAFETY_LINE_CHARS_MAX ? SAFETY_LINE_TOO_LONG : SAFETY_LINE_OK;
}

void safety_plan_add(struct safety_plan *plan, enum safety_section section, const char *text,
                     size_t len, bool shown)
{
	struct safety_lines *l = &plan->sections[section];
	if (l->count >= SIZE_MAX / sizeof(*l->items) - 1) {
		abort();
	}
	/* The array holds only pointers to the texts and flags, never the
	 * words themselves, so realloc leaves nothing personal behind. */
	struct safety_line *items = realloc(l->items, (l->count + 1) * sizeof(*items));
	if (items == NULL) {
		abort();
	}
	l->items = items;
	struct safety_line *line = &items[l->count++];
	*line = (struct safety_line){.shown = shown};
	str_append_n(&line->text, text, len);
}

void safety_plan_remove(struct safety_plan *plan, enum safety_section section, size_t index)
{
	struct safety_lines *l = &plan->sections[section];
	if (index >= l->count) {
		return;
	}
	str_wipe(&l->items[index].text);
	memmove(&l->items[index], &l->items[index + 1],
	        (l->count - index - 1) * sizeof(l->items[0]));
	l->count--;
}

void safety_plan_clear_section(struct safety_plan *plan, enum safety_section section)
{
	struct safety_lines *l = &plan->sections[section];
	for (size_t i = 0; i < l->count; i++) {
		str_wipe(&l->items[i].text);
	}
	free(l->items);
	*l = (struct safety_lines){0};
}

void safety_plan_copy(struct safety_plan *dst, const struct safety_plan *src)
{
	safety_plan_finish(dst);
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		const struct safety_lines *l = &src->sections[s];
		for (size_t i = 0; i < l->count; i++) {
			safety_plan_add(dst, (enum safety_section)s, l->items[i].text.buf,
			                l->items[i].text.len, l->items[i].shown);
		}
	}
}

size_t safety_plan_count(const struct safety_plan *plan)
{
	size_t n = 0;
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		n += plan->sections[s].count;
	}
	return n;
}

size_t safety_plan_shown_count(const struct safety_plan *plan)
{
	size_t n = 0;
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		for (size_t i = 0; i < plan->sections[s].count; i++) {
			n += plan->sections[s].items[i].shown;
		}
	}
	return n;
}

static bool same_text(const struct str *a, const struct str *b)
{
	return a->len == b->len && (a->len == 0 || memcmp(a->buf, b->buf, a->len) == 0);
}

bool safety_plan_equal(const struct safety_plan *a, const struct safety_plan *b)
{
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		const struct safety_lines *x = &a->sections[s];
		const struct safety_lines *y = &b->sections[s];
		if (x->count != y->count) {
			return false;
		}
		for (size_t i = 0; i < x->count; i++) {
			if (x->items[i].shown != y->items[i].shown ||
			    !same_text(&x->items[i].text, &y->items[i].text)) {
				return false;
			}
		}
	}
	return true;
}

/* The index of the next line marked shown in l at or after i, or
 * l->count. */
static size_t next_shown(const struct safety_lines *l, size_t i)
{
	while (i < l->count && !l->items[i].shown) {
		i++;
	}
	return i;
}

bool safety_plan_same_shown(const struct safety_plan *a, const struct safety_plan *b)
{
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		const struct safety_lines *x = &a->sections[s];
		const struct safety_lines *y = &b->sections[s];
		size_t i = next_shown(x, 0);
		size_t j = next_shown(y, 0);
		while (i < x->count && j < y->count) {
			if (!same_text(&x->items[i].text, &y->items[j].text)) {
				return false;
			}
			i = next_shown(x, i + 1);
			j = next_shown(y, j + 1);
		}
		if (i < x->count || j < y->count) {
			return false;
		}
	}
	return true;
}

void safety_plan_finish(struct safety_plan *plan)
{
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		safety_plan_clear_section(plan, (enum safety_section)s);
	}
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Appends text with each space between two digits made unbreakable. */
static void append_glued(struct str *out, const char *text)
{
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == ' ' && p > text && is_digit(p[-1]) && is_digit(p[1])) {
			str_append(out, NBSP);
		} else {
			str_append_char(out, *p);
		}
	}
}

void safety_plan_format_lines(const struct safety_plan *plan, enum safety_section section,
                              struct str *out)
{
	const struct safety_lines *l = &plan->sections[section];
	if (l->count == 0) {
		str_append(out, "  (nothing here yet)\n");
	}
	for (size_t i = 0; i < l->count; i++) {
		str_appendf(out, "  %zu. ", i + 1);
		append_glued(out, str_cstr(&l->items[i].text));
		str_append(out, l->items[i].shown ? "  [shown when locked]\n" : "\n");
	}
}

void safety_plan_format_shown(const struct safety_plan *plan, struct str *out)
{
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		const struct safety_lines *l = &plan->sections[s];
		size_t i = next_shown(l, 0);
		if (i == l->count) {
			continue;
		}
		str_appendf(out, "  %s:\n", sections[s].title);
		for (; i < l->count; i = next_shown(l, i + 1)) {
			str_append(out, "    ");
			append_glued(out, str_cstr(&l->items[i].text));
			str_append_char(out, '\n');
		}
	}
}
