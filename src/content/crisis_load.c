#include "content/crisis_load.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/embedded.h"
#include "content/file_io.h"
#include "content/yaml_doc.h"


/* Parsing state for one file: the document, and where problems go. */
struct parse {
	yaml_document_t *doc;
	struct str *err;
};

static bool fail(struct parse *p, const yaml_node_t *node, const char *fmt, const char *arg)
{
	str_appendf(p->err, "line %zu: ", node != NULL ? yaml_doc_line(node, 1) : 1);
	str_appendf(p->err, fmt, arg);
	return false;
}

static bool key_known(const char *key, const char *const *known)
{
	for (; *known != NULL; known++) {
		if (strcmp(key, *known) == 0) {
			return true;
		}
	}
	return false;
}

/* Every key of map must be one of known, so a misspelt key is reported
 * instead of silently dropping a number. */
static bool check_keys(struct parse *p, const yaml_node_t *map, const char *const *known)
{
	for (yaml_node_pair_t *pair = map->data.mapping.pairs.start;
	     pair < map->data.mapping.pairs.top; pair++) {
		yaml_node_t *k = yaml_document_get_node(p->doc, pair->key);
		const char *key = yaml_doc_scalar(k);
		if (key == NULL) {
			return fail(p, k, "a key must be plain text%s", "");
		}
		if (!key_known(key, known)) {
			return fail(p, k, "unknown key \"%s\"", key);
		}
	}
	return true;
}

/* Copies the scalar under key into *out. A missing optional key leaves
 * *out NULL; a missing required one, an empty value or a non-scalar fails. */
static bool take_text(struct parse *p, const yaml_node_t *map, const char *key,
                      bool required, char **out)
{
	yaml_node_t *node = yaml_doc_get(p->doc, map, key);
	if (node == NULL) {
		return required ? fail(p, map, "missing \"%s\"", key) : true;
	}
	const char *text = yaml_doc_scalar(node);
	if (text == NULL || text[0] == '\0') {
		return fail(p, node, "\"%s\" must be a line of text", key);
	}
	*out = str_dup(text);
	return true;
}

static bool valid_month(const char *s)
{
	return strlen(s) == 7 && s[0] >= '2' && s[0] <= '9' && s[4] == '-' &&
	       ((s[5] == '0' && s[6] >= '1' && s[6] <= '9') ||
	        (s[5] == '1' && s[6] >= '0' && s[6] <= '2'));
}

static bool parse_line(struct parse *p, const yaml_node_t *node, struct crisis_line *line)
{
	static const char *const known[] = {"name", "phone", "text", "hours",
	                                     "languages", "note", "caveat", NULL};
	if (node->type != YAML_MAPPING_NODE) {
		return fail(p, node, "each line must be a mapping with name, phone and hours%s", "");
	}
	if (!check_keys(p, node, known) ||
	    !take_text(p, node, "name", true, &line->name) ||
	    !take_text(p, node, "phone", false, &line->phone) ||
	    !take_text(p, node, "text", false, &line->text) ||
	    !take_text(p, node, "hours", true, &line->hours) ||
	    !take_text(p, node, "languages", false, &line->languages) ||
	    !take_text(p, node, "note", false, &line->note) ||
	    !take_text(p, node, "caveat", false, &line->caveat)) {
		return false;
	}
	if (line->phone == NULL && line->text == NULL) {
		return fail(p, node, "line \"%s\" needs a phone or a text option", line->name);
	}
	return true;
}

static bool parse_sources(struct parse *p, const yaml_node_t *map, struct crisis_country *row)
{
	yaml_node_t *seq = yaml_doc_get(p->doc, map, "sources");
	if (seq == NULL || seq->type != YAML_SEQUENCE_NODE ||
	    seq->data.sequence.items.top == seq->data.sequence.items.start) {
		return fail(p, seq != NULL ? seq : map, "\"sources\" must list at least one source%s", "");
	}
	size_t n = (size_t)(seq->data.sequence.items.top - seq->data.sequence.items.start);
	row->sources = calloc(n, sizeof(*row->sources));
	if (row->sources == NULL) {
		abort();
	}
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *item = yaml_document_get_node(p->doc, seq->data.sequence.items.start[i]);
		const char *text = yaml_doc_scalar(item);
		if (text == NULL || text[0] == '\0') {
			return fail(p, item, "each source must be a line of text%s", "");
		}
		row->sources[row->source_count++] = str_dup(text);
	}
	return true;
}

static bool parse_lines(struct parse *p, const yaml_node_t *map, struct crisis_country *row)
{
	yaml_node_t *seq = yaml_doc_get(p->doc, map, "lines");
	if (seq == NULL || seq->type != YAML_SEQUENCE_NODE ||
	    seq->data.sequence.items.top == seq->data.sequence.items.start) {
		return fail(p, seq != NULL ? seq : map, "\"lines\" must list at least one line%s", "");
	}
	size_t n = (size_t)(seq->data.sequence.items.top - seq->data.sequence.items.start);
	row->lines = calloc(n, sizeof(*row->lines));
	if (row->lines == NULL) {
		abort();
	}
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *item = yaml_document_get_node(p->doc, seq->data.sequence.items.start[i]);
		row->line_count++;
		if (!parse_line(p, item, &row->lines[i])) {
			return false;
		}
	}
	return true;
}

static bool parse_country(struct parse *p, const yaml_node_t *node, struct crisis_country *row)
{
	static const char *const known[] = {"code", "name", "emergency", "verified", "sources",
	                                    "caveat", "note", "lines", NULL};
	if (node->type != YAML_MAPPING_NODE) {
		return fail(p, node, "each country must be a mapping with code, name and lines%s", "");
	}
	if (!check_keys(p, node, known)) {
		return false;
	}
	yaml_node_t *code = yaml_doc_get(p->doc, node, "code");
	const char *code_text = yaml_doc_scalar(code);
	if (code_text == NULL || strlen(code_text) != 2 ||
	    !country_normalize(code_text, row->code)) {
		return fail(p, code != NULL ? code : node,
		            "\"code\" must be a two-letter country code such as GB%s", "");
	}
	if (!take_text(p, node, "name", true, &row->name) ||
	    !take_text(p, node, "emergency", true, &row->emergency) ||
	    !take_text(p, node, "verified", true, &row->verified) ||
	    !take_text(p, node, "caveat", false, &row->caveat) ||
	    !take_text(p, node, "note", false, &row->note)) {
		return false;
	}
	if (!valid_month(row->verified)) {
		return fail(p, yaml_doc_get(p->doc, node, "verified"),
		            "\"verified\" must be the month checked, as YYYY-MM, not \"%s\"",
		            row->verified);
	}
	return parse_sources(p, node, row) && parse_lines(p, node, row);
}

static bool parse_table(struct parse *p, enum crisis_origin origin, struct crisis_table *out)
{
	static const char *const known[] = {"version", "countries", NULL};
	yaml_node_t *root = yaml_document_get_root_node(p->doc);
	if (root == NULL || root->type != YAML_MAPPING_NODE) {
		return fail(p, root, "the file must be a mapping with \"version\" and \"countries\"%s", "");
	}
	if (!check_keys(p, root, known)) {
		return false;
	}
	const char *version = yaml_doc_scalar(yaml_doc_get(p->doc, root, "version"));
	if (version == NULL || strcmp(version, "1") != 0) {
		return fail(p, root, "\"version\" must be 1%s", "");
	}
	yaml_node_t *seq = yaml_doc_get(p->doc, root, "countries");
	if (seq == NULL || seq->type != YAML_SEQUENCE_NODE) {
		return fail(p, root, "\"countries\" must be a list%s", "");
	}
	for (yaml_node_item_t *it = seq->data.sequence.items.start;
	     it < seq->data.sequence.items.top; it++) {
		yaml_node_t *item = yaml_document_get_node(p->doc, *it);
		struct crisis_country row = {.origin = origin};
		bool ok = parse_country(p, item, &row);
		if (ok && crisis_table_find(out, row.code) != NULL) {
			ok = fail(p, item, "country %s is listed twice", row.code);
		}
		if (!ok) {
			crisis_country_finish(&row);
			return false;
		}
		crisis_table_put(out, &row);
	}
	return true;
}

bool crisis_load_buffer(const char *buf, size_t len, enum crisis_origin origin,
                        struct crisis_table *table, struct str *err)
{
	yaml_document_t doc;
	struct str yaml_err = {0};
	size_t line;
	if (!yaml_doc_load(&doc, buf, len, 1, &line, &yaml_err)) {
		str_appendf(err, "line %zu: %s", line, str_cstr(&yaml_err));
		str_finish(&yaml_err);
		return false;
	}
	struct parse p = {.doc = &doc, .err = err};
	struct crisis_table parsed;
	crisis_table_init(&parsed);
	bool ok = parse_table(&p, origin, &parsed);
	yaml_document_delete(&doc);
	if (ok) {
		for (size_t i = 0; i < parsed.count; i++) {
			crisis_table_put(table, &parsed.countries[i]);
		}
	}
	crisis_table_finish(&parsed);
	return ok;
}

bool crisis_load_builtin(struct crisis_table *table)
{
	struct str err = {0};
	bool ok = embedded_crisis_count == 1 &&
	          crisis_load_buffer(embedded_crisis[0].data, embedded_crisis[0].len,
	                             CRISIS_BUILT_IN, table, &err);
	str_finish(&err);
	return ok;
}

enum crisis_load_result crisis_load_file(const char *path, enum crisis_origin origin,
                                         struct crisis_table *table, struct str *err)
{
	struct str text = {0};
	int rc = file_read(path, CRISIS_FILE_MAX, &text);
	if (rc == -ENOENT || rc == -ENOTDIR) {
		str_finish(&text);
		return CRISIS_LOAD_MISSING;
	}
	enum crisis_load_result result = CRISIS_LOAD_OK;
	if (rc < 0) {
		str_appendf(err, "%s", rc == -EFBIG ? "the file is larger than 1 MiB" : strerror(-rc));
		result = CRISIS_LOAD_BAD;
	} else if (!crisis_load_buffer(text.buf, text.len, origin, table, err)) {
		result = CRISIS_LOAD_BAD;
	}
	str_finish(&text);
	return result;
}
