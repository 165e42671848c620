#include "content/skill_parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/yaml_doc.h"

/* Shared state while checking one file's front matter. */
struct fm {
	const char *path;
	yaml_document_t *doc;
	yaml_node_t *root;
	struct problems *problems;
	size_t first_line;
	bool ok;
};

static size_t line_of(const struct fm *f, const yaml_node_t *node)
{
	return node != NULL ? yaml_doc_line(node, f->first_line) : f->first_line;
}

static void problem(struct fm *f, const yaml_node_t *node, const char *message, const char *arg)
{
	problems_add(f->problems, f->path, line_of(f, node), message, arg);
	f->ok = false;
}

/* Where the front matter's YAML and the body are in the file. */
struct front_matter_split {
	size_t yaml_start, yaml_len; /* byte range of the YAML */
	size_t body_start;           /* first byte after the closing line */
	size_t body_line;            /* line number of body_start, 1-based */
};

static bool split_front_matter(const char *buf, size_t len, struct front_matter_split *out)
{
	size_t first_end = 0;
	while (first_end < len && buf[first_end] != '\n') {
		first_end++;
	}
	size_t n = first_end;
	if (n > 0 && buf[n - 1] == '\r') {
		n--;
	}
	if (n != 3 || memcmp(buf, "---", 3) != 0 || first_end >= len) {
		return false;
	}
	out->yaml_start = first_end + 1;
	size_t line = 2;
	size_t pos = out->yaml_start;
	while (pos < len) {
		size_t end = pos;
		while (end < len && buf[end] != '\n') {
			end++;
		}
		size_t l = end - pos;
		if (l > 0 && buf[pos + l - 1] == '\r') {
			l--;
		}
		if (l == 3 && (memcmp(buf + pos, "---", 3) == 0 || memcmp(buf + pos, "...", 3) == 0)) {
			out->yaml_len = pos - out->yaml_start;
			out->body_start = end < len ? end + 1 : len;
			out->body_line = line + 1;
			return true;
		}
		pos = end + 1;
		line++;
	}
	return false;
}

static bool check_keys(struct fm *f, const char *const *known)
{
	bool ok = true;
	for (yaml_node_pair_t *p = f->root->data.mapping.pairs.start;
	     p < f->root->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(f->doc, p->key);
		const char *key = yaml_doc_scalar(k);
		bool found = false;
		for (size_t i = 0; key != NULL && known[i] != NULL; i++) {
			found = found || strcmp(key, known[i]) == 0;
		}
		if (!found) {
			problem(f, k, "unknown key \"%s\" (see wisemind-skills(5) for the keys)",
			        key != NULL ? key : "?");
			ok = false;
		}
	}
	return ok;
}

/* The text of a one-line scalar key, or NULL (after a problem when it was
 * required or malformed). */
static const char *text_key(struct fm *f, const char *key, bool required)
{
	yaml_node_t *node = yaml_doc_get(f->doc, f->root, key);
	if (node == NULL) {
		if (required) {
			problem(f, f->root, "missing \"%s\" in the front matter", key);
		}
		return NULL;
	}
	const char *text = yaml_doc_scalar(node);
	if (text == NULL || text[0] == '\0' || strchr(text, '\n') != NULL) {
		problem(f, node, "\"%s\" must be one line of text", key);
		return NULL;
	}
	return text;
}

/* A list of one-line strings; *count items copied into *out. */
static void list_key(struct fm *f, const char *key, char ***out, size_t *count)
{
	yaml_node_t *node = yaml_doc_get(f->doc, f->root, key);
	if (node == NULL) {
		return;
	}
	if (node->type != YAML_SEQUENCE_NODE) {
		problem(f, node, "\"%s\" must be a list, like [a, b] or lines starting with \"- \"", key);
		return;
	}
	size_t n = (size_t)(node->data.sequence.items.top - node->data.sequence.items.start);
	*out = calloc(n + 1, sizeof(char *));
	if (*out == NULL) {
		abort();
	}
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *item = yaml_document_get_node(f->doc, node->data.sequence.items.start[i]);
		const char *text = yaml_doc_scalar(item);
		if (text == NULL || text[0] == '\0') {
			problem(f, item, "each item of \"%s\" must be a line of text", key);
			continue;
		}
		(*out)[(*count)++] = str_dup(text);
	}
}

static const char *base_id(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');
	const char *name = slash != NULL ? slash + 1 : path;
	size_t n = strlen(name);
	if (n > 3 && strcmp(name + n - 3, ".md") == 0) {
		n -= 3;
	}
	if (n >= size) {
		n = size - 1;
	}
	memcpy(buf, name, n);
	buf[n] = '\0';
	return buf;
}

static void check_id(struct fm *f, const char *id, char **out)
{
	if (id == NULL) {
		return;
	}
	yaml_node_t *node = yaml_doc_get(f->doc, f->root, "id");
	if (!skill_id_valid(id)) {
		problem(f, node, "the id \"%s\" may only have lower-case letters, digits and "
		                 "dashes, and must start with a letter", id);
		return;
	}
	char file_id[64];
	if (strcmp(base_id(f->path, file_id, sizeof(file_id)), id) != 0) {
		problem(f, node, "the id \"%s\" must match the file name (name the file <id>.md)", id);
	}
	*out = str_dup(id);
}

static void check_use(struct fm *f, struct skill *skill)
{
	yaml_node_t *node = yaml_doc_get(f->doc, f->root, "use");
	if (node == NULL) {
		problem(f, f->root, "missing \"%s\": say crisis, everyday, or [crisis, everyday]", "use");
		return;
	}
	yaml_node_item_t one = 0;
	yaml_node_item_t *items = &one;
	size_t n = 1;
	if (node->type == YAML_SEQUENCE_NODE) {
		items = node->data.sequence.items.start;
		n = (size_t)(node->data.sequence.items.top - items);
	}
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *item = node->type == YAML_SEQUENCE_NODE
		                    ? yaml_document_get_node(f->doc, items[i]) : node;
		const char *text = yaml_doc_scalar(item);
		if (text != NULL && strcmp(text, "crisis") == 0) {
			skill->for_crisis = true;
		} else if (text != NULL && strcmp(text, "everyday") == 0) {
			skill->for_everyday = true;
		} else {
			problem(f, item, "\"use\" must be crisis, everyday, or [crisis, everyday], "
			                 "not \"%s\"", text != NULL ? text : "?");
		}
	}
	if (n == 0) {
		problem(f, node, "\"use\" must name at least one of crisis and everyday%s", "");
	}
}

static void check_minutes(struct fm *f, struct skill *skill)
{
	const char *text = text_key(f, "minutes", false);
	if (text == NULL) {
		return;
	}
	char *end;
	long n = strtol(text, &end, 10);
	if (*end != '\0' || n < 1 || n > 120) {
		problem(f, yaml_doc_get(f->doc, f->root, "minutes"),
		        "\"minutes\" must be a whole number from 1 to 120, not \"%s\"", text);
		return;
	}
	skill->minutes = (unsigned)n;
}

static void skill_front_matter(struct fm *f, const char *folder, struct skill *skill)
{
	static const char *const known[] = {"id", "name", "module", "acronym", "summary", "use",
	                                    "minutes", "cautions", "related", "reference", NULL};
	check_keys(f, known);
	check_id(f, text_key(f, "id", true), &skill->id);
	skill->name = str_dup(text_key(f, "name", true));
	skill->acronym = str_dup(text_key(f, "acronym", false));
	skill->reference = str_dup(text_key(f, "reference", false));
	const char *summary = text_key(f, "summary", true);
	if (summary != NULL && str_utf8_chars(summary) > 120) {
		problem(f, yaml_doc_get(f->doc, f->root, "summary"),
		        "\"summary\" must be at most 120 characters%s; move the rest to the introduction", "");
	}
	skill->summary = str_dup(summary);
	const char *module = text_key(f, "module", true);
	if (module != NULL && !skill_module_parse(module, &skill->module)) {
		problem(f, yaml_doc_get(f->doc, f->root, "module"),
		        "unknown module \"%s\": use mindfulness, distress-tolerance, "
		        "emotion-regulation, interpersonal-effectiveness or general", module);
	} else if (module != NULL && folder != NULL && strcmp(folder, module) != 0) {
		problem(f, yaml_doc_get(f->doc, f->root, "module"),
		        "the module \"%s\" must match the folder the file is in", module);
	}
	check_use(f, skill);
	check_minutes(f, skill);
	list_key(f, "cautions", &skill->cautions, &skill->caution_count);
	list_key(f, "related", &skill->related, &skill->related_count);
	for (size_t i = 0; i < skill->related_count; i++) {
		if (!skill_id_valid(skill->related[i])) {
			problem(f, yaml_doc_get(f->doc, f->root, "related"),
			        "\"%s\" in \"related\" is not a skill id", skill->related[i]);
		}
	}
}

static void curriculum_weeks(struct fm *f, struct curriculum *c)
{
	yaml_node_t *weeks = yaml_doc_get(f->doc, f->root, "weeks");
	if (weeks == NULL || weeks->type != YAML_SEQUENCE_NODE ||
	    weeks->data.sequence.items.top == weeks->data.sequence.items.start) {
		problem(f, weeks, "\"weeks\" must be a list of weeks%s", "");
		return;
	}
	size_t n = (size_t)(weeks->data.sequence.items.top - weeks->data.sequence.items.start);
	c->weeks = calloc(n, sizeof(*c->weeks));
	if (c->weeks == NULL) {
		abort();
	}
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *item = yaml_document_get_node(f->doc, weeks->data.sequence.items.start[i]);
		struct curriculum_week *w = &c->weeks[c->week_count++];
		w->line = (unsigned)line_of(f, item);
		const char *number = yaml_doc_scalar(yaml_doc_get(f->doc, item, "week"));
		char *end = NULL;
		long num = number != NULL ? strtol(number, &end, 10) : 0;
		if (number == NULL || *end != '\0' || num != (long)i + 1) {
			char expected[24];
			snprintf(expected, sizeof(expected), "%zu", i + 1);
			problem(f, item, "weeks must be numbered 1, 2, 3... in order: this one "
			                 "should be week %s", expected);
			continue;
		}
		w->number = (unsigned)num;
		const char *module = yaml_doc_scalar(yaml_doc_get(f->doc, item, "module"));
		if (module == NULL || !skill_module_parse(module, &w->module)) {
			problem(f, item, "each week needs a \"module\" such as mindfulness%s", "");
		}
		struct fm sub = *f;
		sub.root = item;
		list_key(&sub, "skills", &w->skills, &w->skill_count);
		f->ok = f->ok && sub.ok;
		if (w->skill_count == 0) {
			problem(f, item, "each week needs a \"skills\" list%s", "");
		}
	}
}

static void curriculum_front_matter(struct fm *f, struct curriculum *c)
{
	static const char *const known[] = {"id", "name", "summary", "weeks", NULL};
	check_keys(f, known);
	check_id(f, text_key(f, "id", true), &c->id);
	c->name = str_dup(text_key(f, "name", true));
	c->summary = str_dup(text_key(f, "summary", true));
	curriculum_weeks(f, c);
}

static bool check_encoding(const char *path, const char *buf, size_t len,
                           struct problems *problems)
{
	if (len > SKILL_FILE_MAX) {
		problems_add(problems, path, 1, "the file is larger than 1 MiB; split it into "
		                                "several skills");
		return false;
	}
	size_t valid = str_utf8_valid_prefix(buf, len);
	size_t nul = strnlen(buf, len);
	if (valid < len || nul < len) {
		size_t at = valid < nul ? valid : nul;
		size_t line = 1;
		for (size_t i = 0; i < at; i++) {
			line += buf[i] == '\n';
		}
		problems_add(problems, path, line, "%s; save the file as UTF-8 text",
		             at == nul ? "the file contains a NUL byte" : "this line is not valid UTF-8");
		return false;
	}
	return true;
}

bool content_parse(const char *path, const char *folder, const char *buf, size_t len,
                   struct content_file *out, struct problems *problems)
{
	*out = (struct content_file){0};
	if (!check_encoding(path, buf, len, problems)) {
		return false;
	}
	struct front_matter_split split;
	if (!split_front_matter(buf, len, &split)) {
		problems_add(problems, path, 1, "start the file with a line of three dashes (---), "
		                                "then the front matter, then another line of three dashes");
		return false;
	}
	struct str err = {0};
	size_t err_line;
	yaml_document_t doc;
	if (!yaml_doc_load(&doc, buf + split.yaml_start, split.yaml_len, 2, &err_line, &err)) {
		problems_add(problems, path, err_line, "%s in the front matter", str_cstr(&err));
		str_finish(&err);
		return false;
	}
	str_finish(&err);
	struct fm f = {.path = path, .doc = &doc, .root = yaml_document_get_root_node(&doc),
	               .problems = problems, .first_line = 2, .ok = true};
	if (f.root == NULL || f.root->type != YAML_MAPPING_NODE) {
		problem(&f, f.root, "the front matter must be \"key: value\" lines%s", "");
		yaml_document_delete(&doc);
		return false;
	}
	bool curriculum = yaml_doc_get(&doc, f.root, "weeks") != NULL ||
	                  (folder != NULL && strcmp(folder, "curriculum") == 0);
	if (curriculum) {
		out->kind = CONTENT_CURRICULUM;
		curriculum_front_matter(&f, &out->curriculum);
		out->curriculum.path = str_dup(path);
	} else {
		out->kind = CONTENT_SKILL;
		skill_front_matter(&f, folder, &out->skill);
		out->skill.path = str_dup(path);
		f.ok = skill_parse_body(path, buf + split.body_start, len - split.body_start,
		                        split.body_line, &out->skill, problems) && f.ok;
	}
	yaml_document_delete(&doc);
	if (!f.ok) {
		content_file_finish(out);
	}
	return f.ok;
}

void content_file_finish(struct content_file *file)
{
	if (file == NULL) {
		return;
	}
	skill_finish(&file->skill);
	curriculum_finish(&file->curriculum);
}
