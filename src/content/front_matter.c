#include "content/front_matter.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "content/yaml_doc.h"
#include "core/skill.h"

/* The length of the line at pos without its line ending; *next gets the
 * start of the line after it (len at the end of the text). */
static size_t line_len(const char *buf, size_t len, size_t pos, size_t *next)
{
	size_t end = pos;
	while (end < len && buf[end] != '\n') {
		end++;
	}
	*next = end < len ? end + 1 : len;
	size_t n = end - pos;
	if (n > 0 && buf[pos + n - 1] == '\r') {
		n--;
	}
	return n;
}

static bool is_line(const char *buf, size_t n, const char *text)
{
	return n == 3 && memcmp(buf, text, 3) == 0;
}

bool front_matter_split(const char *buf, size_t len, struct front_matter_split *out)
{
	size_t pos;
	size_t n = line_len(buf, len, 0, &pos);
	/* The opening line must end in a line break: "---" alone is no file. */
	if (!is_line(buf, n, "---") || buf[pos - 1] != '\n') {
		return false;
	}
	out->yaml_start = pos;
	out->yaml_line = 2;
	for (size_t line = 2; pos < len; line++) {
		size_t next;
		n = line_len(buf, len, pos, &next);
		if (is_line(buf + pos, n, "---") || is_line(buf + pos, n, "...")) {
			out->yaml_len = pos - out->yaml_start;
			out->body_start = next;
			out->body_line = line + 1;
			return true;
		}
		pos = next;
	}
	return false;
}

bool front_matter_init(struct front_matter *fm, const char *path, const char *buf, size_t len,
                       struct problems *problems)
{
	*fm = (struct front_matter){.path = path, .problems = problems};
	struct front_matter_split split;
	if (!front_matter_split(buf, len, &split)) {
		problems_add(problems, path, 1, "start the file with a line of three dashes (---), "
		                                "then the front matter, then another line of three dashes");
		return false;
	}
	struct str err = {0};
	size_t err_line;
	if (!yaml_doc_load(&fm->doc, buf + split.yaml_start, split.yaml_len, split.yaml_line,
	                   &err_line, &err)) {
		problems_add(problems, path, err_line, "%s in the front matter", str_cstr(&err));
		str_finish(&err);
		return false;
	}
	str_finish(&err);
	fm->yaml_line = split.yaml_line;
	fm->root = yaml_document_get_root_node(&fm->doc);
	fm->ok = true;
	if (fm->root == NULL || fm->root->type != YAML_MAPPING_NODE) {
		front_matter_problem(fm, fm->root, "the front matter must be \"key: value\" lines");
		yaml_document_delete(&fm->doc);
		return false;
	}
	fm->body = buf + split.body_start;
	fm->body_len = len - split.body_start;
	fm->body_line = split.body_line;
	return true;
}

void front_matter_finish(struct front_matter *fm)
{
	if (fm == NULL) {
		return;
	}
	yaml_document_delete(&fm->doc);
	fm->root = NULL;
}

size_t front_matter_line(const struct front_matter *fm, const yaml_node_t *node)
{
	return node != NULL ? yaml_doc_line(node, fm->yaml_line) : fm->yaml_line;
}

void front_matter_problem(struct front_matter *fm, const yaml_node_t *node, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	problems_vadd(fm->problems, fm->path, front_matter_line(fm, node), fmt, ap);
	va_end(ap);
	fm->ok = false;
}

yaml_node_t *front_matter_get(struct front_matter *fm, const yaml_node_t *map, const char *key)
{
	return yaml_doc_get(&fm->doc, map, key);
}

bool front_matter_check_keys(struct front_matter *fm, const yaml_node_t *map,
                             const char *const *known)
{
	bool ok = true;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		yaml_node_t *k = yaml_document_get_node(&fm->doc, p->key);
		const char *key = yaml_doc_scalar(k);
		bool found = false;
		for (size_t i = 0; key != NULL && known[i] != NULL; i++) {
			found = found || strcmp(key, known[i]) == 0;
		}
		if (!found) {
			front_matter_problem(fm, k, "unknown key \"%s\" (see wisemind-skills(5) for the keys)",
			                     key != NULL ? key : "?");
			ok = false;
		}
	}
	return ok;
}

const char *front_matter_text(struct front_matter *fm, const yaml_node_t *map, const char *key,
                              bool required)
{
	yaml_node_t *node = front_matter_get(fm, map, key);
	if (node == NULL) {
		if (required) {
			front_matter_problem(fm, map, "missing \"%s\" in the front matter", key);
		}
		return NULL;
	}
	const char *text = yaml_doc_scalar(node);
	if (text == NULL || text[0] == '\0' || strchr(text, '\n') != NULL) {
		front_matter_problem(fm, node, "\"%s\" must be one line of text", key);
		return NULL;
	}
	return text;
}

char *front_matter_paragraphs(struct front_matter *fm, const yaml_node_t *map, const char *key)
{
	yaml_node_t *node = front_matter_get(fm, map, key);
	if (node == NULL) {
		return NULL;
	}
	const char *text = yaml_doc_scalar(node);
	size_t n = text != NULL ? strlen(text) : 0;
	while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' ')) {
		n--; /* a folded block ends in a line break */
	}
	if (n == 0) {
		front_matter_problem(fm, node, "\"%s\" must be text: one or more paragraphs", key);
		return NULL;
	}
	struct str s = {0};
	str_append_n(&s, text, n);
	return s.buf;
}

void front_matter_list(struct front_matter *fm, const yaml_node_t *map, const char *key,
                       char ***out, size_t *count)
{
	yaml_node_t *node = front_matter_get(fm, map, key);
	if (node == NULL) {
		return;
	}
	if (node->type != YAML_SEQUENCE_NODE) {
		front_matter_problem(fm, node, "\"%s\" must be a list, like [a, b] or lines starting "
		                               "with \"- \"", key);
		return;
	}
	size_t n = (size_t)(node->data.sequence.items.top - node->data.sequence.items.start);
	*out = calloc(n + 1, sizeof(char *));
	if (*out == NULL) {
		abort();
	}
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *item = yaml_document_get_node(&fm->doc, node->data.sequence.items.start[i]);
		const char *text = yaml_doc_scalar(item);
		if (text == NULL || text[0] == '\0') {
			front_matter_problem(fm, item, "each item of \"%s\" must be a line of text", key);
			continue;
		}
		(*out)[(*count)++] = str_dup(text);
	}
}

/* The file's name without its folder and ".md", cut to fit size. */
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

void front_matter_id(struct front_matter *fm, char **out)
{
	const char *id = front_matter_text(fm, fm->root, "id", true);
	if (id == NULL) {
		return;
	}
	yaml_node_t *node = front_matter_get(fm, fm->root, "id");
	if (!skill_id_valid(id)) {
		front_matter_problem(fm, node, "the id \"%s\" may only have lower-case letters, digits "
		                               "and dashes, and must start with a letter", id);
		return;
	}
	char file_id[64];
	if (strcmp(base_id(fm->path, file_id, sizeof(file_id)), id) != 0) {
		front_matter_problem(fm, node, "the id \"%s\" must match the file name (name the file "
		                               "<id>.md)", id);
	}
	*out = str_dup(id);
}
