#include "content/crisis_parse.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "content/yaml_doc.h"

/* Parsing state for one file: the document, and where problems go. */
struct parse {
	yaml_document_t *doc;
	struct str *err;
	enum crisis_origin origin; /* the person's own file is held to less */
	int version;
};

__attribute__((format(printf, 3, 4)))
static bool fail(struct parse *p, const yaml_node_t *node, const char *fmt, ...)
{
	str_appendf(p->err, "line %zu: ", node != NULL ? yaml_doc_line(node, 1) : 1);
	va_list ap;
	va_start(ap, fmt);
	str_vappendf(p->err, fmt, ap);
	va_end(ap);
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
			return fail(p, k, "a key must be plain text");
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

static bool is_ascii(const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		if ((unsigned char)*s >= 0x80) {
			return false;
		}
	}
	return true;
}

static bool valid_id(const char *id)
{
	if (id == NULL || id[0] == '\0') {
		return false;
	}
	for (; *id != '\0'; id++) {
		if (!((*id >= 'a' && *id <= 'z') || (*id >= '0' && *id <= '9') || *id == '-')) {
			return false;
		}
	}
	return true;
}

/* The built-in table must show on any terminal: every field is ASCII but
 * the names, which carry an ASCII form. */
static bool check_ascii(struct parse *p, const yaml_node_t *node, const struct crisis_line *line)
{
	const char *fields[] = {line->id, line->ascii, line->phone, line->hours, line->text,
	                        line->text_hours, line->languages, line->note, line->check};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		if (!is_ascii(fields[i])) {
			return fail(p, node, "line \"%s\": only its name may be non-ASCII", line->name);
		}
	}
	if (!is_ascii(line->name) && line->ascii == NULL) {
		return fail(p, node, "line \"%s\" needs \"ascii\", its name in ASCII", line->name);
	}
	return true;
}

static bool parse_line(struct parse *p, const yaml_node_t *node, struct crisis_line *line)
{
	static const char *const known[] = {"id", "name", "ascii", "phone", "hours", "text",
	                                     "text_hours", "languages", "note", "check", NULL};
	static const char *const known_v1[] = {"name", "phone", "text", "hours",
	                                        "languages", "note", "caveat", NULL};
	bool v1 = p->version == 1;
	if (node->type != YAML_MAPPING_NODE) {
		return fail(p, node, "each line must be a mapping with id, name, phone and hours");
	}
	if (!check_keys(p, node, v1 ? known_v1 : known) ||
	    !take_text(p, node, "id", !v1 && p->origin == CRISIS_BUILT_IN, &line->id) ||
	    !take_text(p, node, "name", true, &line->name) ||
	    !take_text(p, node, "ascii", false, &line->ascii) ||
	    !take_text(p, node, "phone", false, &line->phone) ||
	    !take_text(p, node, "hours", true, &line->hours) ||
	    !take_text(p, node, "text", false, &line->text) ||
	    !take_text(p, node, "text_hours", false, &line->text_hours) ||
	    !take_text(p, node, "languages", false, &line->languages) ||
	    !take_text(p, node, "note", false, &line->note) ||
	    !take_text(p, node, v1 ? "caveat" : "check", false, &line->check)) {
		return false;
	}
	if (line->id != NULL && !valid_id(line->id)) {
		return fail(p, yaml_doc_get(p->doc, node, "id"),
		            "\"id\" must be lower-case letters, digits and hyphens, not \"%s\"",
		            line->id);
	}
	if (line->phone == NULL && line->text == NULL) {
		return fail(p, node, "line \"%s\" needs a phone or a text option", line->name);
	}
	if (line->text_hours != NULL && line->text == NULL) {
		return fail(p, node, "line \"%s\" has \"text_hours\" but no \"text\"", line->name);
	}
	return p->origin != CRISIS_BUILT_IN || check_ascii(p, node, line);
}

static bool parse_sources(struct parse *p, const yaml_node_t *map, struct crisis_country *row)
{
	yaml_node_t *seq = yaml_doc_get(p->doc, map, "sources");
	if (seq == NULL || seq->type != YAML_SEQUENCE_NODE ||
	    seq->data.sequence.items.top == seq->data.sequence.items.start) {
		return fail(p, seq != NULL ? seq : map, "\"sources\" must list at least one source");
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
			return fail(p, item, "each source must be a line of text");
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
		return fail(p, seq != NULL ? seq : map, "\"lines\" must list at least one line");
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
		for (size_t j = 0; j < i && row->lines[i].id != NULL; j++) {
			if (row->lines[j].id != NULL && strcmp(row->lines[j].id, row->lines[i].id) == 0) {
				return fail(p, item, "line id \"%s\" is used twice", row->lines[i].id);
			}
		}
	}
	return true;
}

static bool parse_country(struct parse *p, const yaml_node_t *node, struct crisis_country *row)
{
	static const char *const known[] = {"code", "name", "emergency", "verified", "sources",
	                                    "check", "note", "lines", NULL};
	static const char *const known_v1[] = {"code", "name", "emergency", "verified", "sources",
	                                       "caveat", "note", "lines", NULL};
	bool strict = p->origin == CRISIS_BUILT_IN;
	if (node->type != YAML_MAPPING_NODE) {
		return fail(p, node, "each country must be a mapping with code, name and lines");
	}
	if (!check_keys(p, node, p->version == 1 ? known_v1 : known)) {
		return false;
	}
	yaml_node_t *code = yaml_doc_get(p->doc, node, "code");
	const char *code_text = yaml_doc_scalar(code);
	if (code_text == NULL || strlen(code_text) != 2 ||
	    !country_normalize(code_text, row->code)) {
		return fail(p, code != NULL ? code : node,
		            "\"code\" must be a two-letter country code such as GB");
	}
	if (!take_text(p, node, "name", strict, &row->name) ||
	    !take_text(p, node, "emergency", strict, &row->emergency) ||
	    !take_text(p, node, "verified", strict, &row->verified) ||
	    !take_text(p, node, p->version == 1 ? "caveat" : "check", false, &row->check) ||
	    !take_text(p, node, "note", false, &row->note)) {
		return false;
	}
	if (row->verified != NULL && !valid_month(row->verified)) {
		return fail(p, yaml_doc_get(p->doc, node, "verified"),
		            "\"verified\" must be the month checked, as YYYY-MM, not \"%s\"",
		            row->verified);
	}
	if (strict && !(is_ascii(row->name) && is_ascii(row->emergency) &&
	                is_ascii(row->note) && is_ascii(row->check))) {
		return fail(p, node, "country %s: every field but a line's name must be ASCII",
		            row->code);
	}
	if ((strict || yaml_doc_get(p->doc, node, "sources") != NULL) &&
	    !parse_sources(p, node, row)) {
		return false;
	}
	return parse_lines(p, node, row);
}

static bool parse_table(struct parse *p, struct crisis_table *out)
{
	static const char *const known[] = {"version", "countries", NULL};
	yaml_node_t *root = yaml_document_get_root_node(p->doc);
	if (root == NULL || root->type != YAML_MAPPING_NODE) {
		return fail(p, root, "the file must be a mapping with \"version\" and \"countries\"");
	}
	if (!check_keys(p, root, known)) {
		return false;
	}
	/* The person's file may still be in the first format: its lines have
	 * no ids, so they are all added, never replacing a national line. */
	const char *version = yaml_doc_scalar(yaml_doc_get(p->doc, root, "version"));
	if (version != NULL && strcmp(version, "2") == 0) {
		p->version = 2;
	} else if (version != NULL && strcmp(version, "1") == 0 && p->origin == CRISIS_USER) {
		p->version = 1;
	} else {
		return fail(p, root, "\"version\" must be 2");
	}
	yaml_node_t *seq = yaml_doc_get(p->doc, root, "countries");
	if (seq == NULL || seq->type != YAML_SEQUENCE_NODE) {
		return fail(p, root, "\"countries\" must be a list");
	}
	for (yaml_node_item_t *it = seq->data.sequence.items.start;
	     it < seq->data.sequence.items.top; it++) {
		yaml_node_t *item = yaml_document_get_node(p->doc, *it);
		struct crisis_country row = {.origin = p->origin};
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
	struct parse p = {.doc = &doc, .err = err, .origin = origin};
	struct crisis_table parsed;
	crisis_table_init(&parsed);
	bool ok = parse_table(&p, &parsed);
	yaml_document_delete(&doc);
	for (size_t i = 0; ok && i < parsed.count; i++) {
		if (origin == CRISIS_USER) {
			crisis_table_merge_user(table, &parsed.countries[i]);
		} else {
			crisis_table_put(table, &parsed.countries[i]);
		}
	}
	crisis_table_finish(&parsed);
	return ok;
}
