#include "content/homework_file.h"
#include "content/front_matter.h"

#include <stdlib.h>
#include <string.h>

#include "content/skill_file.h"
#include "content/yaml_doc.h"
#include "core/skill.h"

#define FENCE "````"
#define OPENING FENCE "wisemind-skill "

void homework_file_finish(struct homework_file *h)
{
	free(h->id);
	free(h->title);
	for (size_t i = 0; i < h->skill_count; i++) {
		free(h->skills[i]);
	}
	free(h->skills);
	free(h->note);
	for (size_t i = 0; i < h->attached_count; i++) {
		free(h->attached[i].id);
		free(h->attached[i].text);
	}
	free(h->attached);
	*h = (struct homework_file){0};
}

void homework_file_write(const struct homework_file *h, struct str *out)
{
	char every[HOMEWORK_EVERY_TEXT_SIZE];
	homework_every_format(h->every, every);
	str_append(out, "---\nhomework: ");
	yaml_doc_quoted(out, h->title);
	str_appendf(out, "\nid: %s\nskills: [", h->id);
	for (size_t i = 0; i < h->skill_count; i++) {
		str_appendf(out, "%s%s", i > 0 ? ", " : "", h->skills[i]);
	}
	str_appendf(out, "]\nevery: %s\nfrom: %s\n", every, h->from);
	if (h->until[0] != '\0') {
		str_appendf(out, "until: %s\n", h->until);
	}
	str_append(out, "---\n");
	if (h->note != NULL && h->note[0] != '\0') {
		str_appendf(out, "%s\n", h->note);
	}
	for (size_t i = 0; i < h->attached_count; i++) {
		const struct homework_attached *a = &h->attached[i];
		str_appendf(out, "\n" OPENING "%s\n", a->id);
		str_append_n(out, a->text, a->len);
		if (a->len > 0 && a->text[a->len - 1] != '\n') {
			str_append_char(out, '\n');
		}
		str_append(out, FENCE "\n");
	}
}

static void parse_date(struct front_matter *fm, const char *key, bool required,
                       char out[DATE_TEXT_SIZE])
{
	const char *text = front_matter_text(fm, fm->root, key, required);
	struct date d;
	if (text == NULL) {
		return;
	}
	if (!date_parse(text, &d)) {
		front_matter_problem(fm, front_matter_get(fm, fm->root, key),
		                     "\"%s\" must be a date written YYYY-MM-DD, such as 2026-11-30, "
		                     "not \"%s\"", key, text);
		return;
	}
	date_format(d, out);
}

static void parse_head(struct front_matter *fm, struct homework_file *h)
{
	const char *id = front_matter_text(fm, fm->root, "id", true);
	if (id != NULL && !homework_id_valid(id)) {
		front_matter_problem(fm, front_matter_get(fm, fm->root, "id"),
		                     "the id \"%s\" must be \"hw-\" and 8 of 0-9 and a-f, as "
		                     "wisemind homework new writes it", id);
	} else if (id != NULL) {
		h->id = str_dup(id);
	}
	const char *title = front_matter_text(fm, fm->root, "homework", true);
	if (title != NULL && strlen(title) > HOMEWORK_TITLE_MAX) {
		front_matter_problem(fm, front_matter_get(fm, fm->root, "homework"),
		                     "the title is longer than %d bytes; shorten it and put the rest "
		                     "in the words below the front matter", HOMEWORK_TITLE_MAX);
	} else if (title != NULL) {
		h->title = str_dup(title);
	}
}

static void parse_skills(struct front_matter *fm, struct homework_file *h)
{
	yaml_node_t *node = front_matter_get(fm, fm->root, "skills");
	front_matter_list(fm, fm->root, "skills", &h->skills, &h->skill_count);
	if (h->skill_count == 0) {
		front_matter_problem(fm, node, "\"skills\" must list the ids of the skills to "
		                               "practise, such as [paced-breathing]");
	} else if (h->skill_count > HOMEWORK_SKILLS_MAX) {
		front_matter_problem(fm, node, "a homework asks for at most %d skills; split it into "
		                               "two", HOMEWORK_SKILLS_MAX);
	}
	for (size_t i = 0; i < h->skill_count; i++) {
		if (!skill_id_valid(h->skills[i])) {
			front_matter_problem(fm, node, "\"%s\" is not a skill id: lower-case letters, "
			                               "digits and dashes", h->skills[i]);
		}
		for (size_t j = 0; j < i; j++) {
			if (strcmp(h->skills[i], h->skills[j]) == 0) {
				front_matter_problem(fm, node, "\"%s\" is listed twice", h->skills[i]);
			}
		}
	}
}

static void parse_when(struct front_matter *fm, struct homework_file *h)
{
	const char *every = front_matter_text(fm, fm->root, "every", false);
	h->every = (struct homework_every){.kind = HOMEWORK_EVERY_DAY};
	if (every != NULL && !homework_every_parse(every, &h->every)) {
		front_matter_problem(fm, front_matter_get(fm, fm->root, "every"),
		                     "\"every\" must be day, weekday, or a number of times a week "
		                     "from 1-per-week to 7-per-week, not \"%s\"", every);
	}
	parse_date(fm, "from", true, h->from);
	parse_date(fm, "until", false, h->until);
	if (h->from[0] != '\0' && h->until[0] != '\0' && strcmp(h->until, h->from) < 0) {
		front_matter_problem(fm, front_matter_get(fm, fm->root, "until"),
		                     "\"until\" (%s) is before \"from\" (%s)", h->until, h->from);
	}
}

/* The line after the one that starts at *at, or end. */
static const char *next_line(const char *at, const char *end)
{
	const char *nl = memchr(at, '\n', (size_t)(end - at));
	return nl != NULL ? nl + 1 : end;
}

/* Whether the line from at to next (its end) is exactly text, with an
 * optional CR before its line feed. */
static bool line_is(const char *at, const char *next, const char *text)
{
	size_t n = (size_t)(next - at);
	while (n > 0 && (at[n - 1] == '\n' || at[n - 1] == '\r')) {
		n--;
	}
	return n == strlen(text) && memcmp(at, text, n) == 0;
}

/* Parses one attached skill as a skill file of its own, then names its
 * problems by the homework file and the line in it. */
static void check_attached(struct front_matter *fm, const struct homework_attached *a,
                           size_t first_line)
{
	char path[80];
	snprintf(path, sizeof(path), "%s.md", a->id);
	struct problems own = {0};
	struct content_file file;
	if (!content_file_parse(&skill_file_kind, path, NULL, a->text, a->len, &file, &own)) {
		/* Each problem is "<id>.md:LINE: what"; the line is the block's. */
		const char *p = str_cstr(&own.text);
		size_t skip = strlen(path) + 1;
		while (*p != '\0') {
			const char *nl = strchr(p, '\n');
			size_t n = nl != NULL ? (size_t)(nl - p) : strlen(p);
			char *end = NULL;
			unsigned long line = strncmp(p, path, skip - 1) == 0 ? strtoul(p + skip, &end, 10) : 0;
			const char *what = end != NULL && *end == ':' ? end + 2 : p;
			problems_add(fm->problems, fm->path, first_line + line,
			             "in the attached skill %s: %.*s", a->id, (int)(n - (size_t)(what - p)),
			             what);
			fm->ok = false;
			p += n + (nl != NULL);
		}
	}
	content_file_finish(&file);
	problems_finish(&own);
}

static void add_attached(struct front_matter *fm, struct homework_file *h, const char *id,
                         size_t id_len, const char *text, size_t len, size_t line)
{
	struct homework_attached *grown =
		realloc(h->attached, (h->attached_count + 1) * sizeof(*grown));
	if (grown == NULL) {
		abort();
	}
	h->attached = grown;
	struct homework_attached *a = &h->attached[h->attached_count++];
	a->id = strndup(id, id_len);
	a->text = strndup(text, len);
	a->len = len;
	if (a->id == NULL || a->text == NULL) {
		abort();
	}
	if (!skill_id_valid(a->id)) {
		problems_add(fm->problems, fm->path, line - 1, "\"%s\" after wisemind-skill is not a "
		             "skill id: lower-case letters, digits and dashes", a->id);
		fm->ok = false;
		return;
	}
	check_attached(fm, a, line - 1);
}

/* Splits the body into the note and the attached skills. */
static void parse_body(struct front_matter *fm, struct homework_file *h)
{
	const char *at = fm->body, *end = fm->body + fm->body_len;
	size_t line = fm->body_line;
	struct str note = {0};
	while (at < end) {
		const char *next = next_line(at, end);
		if ((size_t)(next - at) > strlen(OPENING) &&
		    memcmp(at, OPENING, strlen(OPENING)) == 0) {
			/* The id runs to the line's end (the file need not end in a
			 * NUL, so never past next). */
			const char *id = at + strlen(OPENING);
			size_t id_len = 0;
			while (id + id_len < next && memchr(" \r\n", id[id_len], 3) == NULL) {
				id_len++;
			}
			size_t open_line = line;
			const char *start = next;
			at = next;
			line++;
			while (at < end && !line_is(at, next_line(at, end), FENCE)) {
				at = next_line(at, end);
				line++;
			}
			if (at >= end) {
				problems_add(fm->problems, fm->path, open_line, "the attached skill is never "
				             "closed: end it with a line of four backticks (````)");
				fm->ok = false;
				break;
			}
			add_attached(fm, h, id, id_len, start, (size_t)(at - start), open_line + 1);
			at = next_line(at, end);
			line++;
			continue;
		}
		str_append_n(&note, at, (size_t)(next - at));
		at = next;
		line++;
	}
	/* The note without the blank lines around it. */
	const char *n = str_cstr(&note);
	size_t len = note.len;
	while (len > 0 && memchr(" \t\r\n", n[len - 1], 4) != NULL) {
		len--;
	}
	while (len > 0 && memchr("\r\n", *n, 2) != NULL) {
		n++;
		len--;
	}
	if (len > HOMEWORK_NOTE_MAX) {
		problems_add(fm->problems, fm->path, fm->body_line, "the words below the front matter "
		             "are longer than %d bytes; shorten them", HOMEWORK_NOTE_MAX);
		fm->ok = false;
	}
	h->note = strndup(n, len);
	if (h->note == NULL) {
		abort();
	}
	str_finish(&note);
}

static void parse(struct front_matter *fm, const char *folder, void *out)
{
	(void)folder;
	static const char *const known[] = {"homework", "id", "skills", "every", "from", "until",
	                                    NULL};
	struct homework_file *h = out;
	front_matter_check_keys(fm, fm->root, known);
	parse_head(fm, h);
	parse_skills(fm, h);
	parse_when(fm, h);
	parse_body(fm, h);
}

static void finish(void *parsed)
{
	homework_file_finish(parsed);
}

const struct content_kind homework_file_kind = {
	.name = "homework",
	.folder = NULL,
	.key = "homework",
	.size = sizeof(struct homework_file),
	.parse = parse,
	.finish = finish,
};

bool homework_file_parse(const char *path, const char *buf, size_t len,
                         struct homework_file *out, struct problems *problems)
{
	*out = (struct homework_file){0};
	struct content_file file;
	bool ok = content_file_parse(&homework_file_kind, path, NULL, buf, len, &file, problems);
	if (ok) {
		ok = content_file_take(&file, &homework_file_kind, out);
	}
	content_file_finish(&file);
	return ok;
}
