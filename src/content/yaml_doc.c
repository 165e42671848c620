#include "content/yaml_doc.h"

#include <string.h>

bool yaml_doc_load(yaml_document_t *doc, const char *buf, size_t len,
                   size_t first_line, size_t *err_line, struct str *err)
{
	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser)) {
		*err_line = first_line;
		str_append(err, "out of memory while reading YAML");
		return false;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	bool ok = yaml_parser_load(&parser, doc) != 0;
	if (!ok) {
		*err_line = parser.problem_mark.line + first_line;
		str_append(err, parser.problem != NULL ? parser.problem : "YAML syntax error");
		if (parser.context != NULL) {
			str_appendf(err, " (%s)", parser.context);
		}
		memset(doc, 0, sizeof(*doc));
	}
	yaml_parser_delete(&parser);
	return ok;
}

size_t yaml_doc_line(const yaml_node_t *node, size_t first_line)
{
	return node->start_mark.line + first_line;
}

const char *yaml_doc_scalar(const yaml_node_t *node)
{
	if (node == NULL || node->type != YAML_SCALAR_NODE) {
		return NULL;
	}
	return (const char *)node->data.scalar.value;
}

yaml_node_t *yaml_doc_get(yaml_document_t *doc, const yaml_node_t *map,
                          const char *key)
{
	if (map == NULL || map->type != YAML_MAPPING_NODE) {
		return NULL;
	}
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		const char *k = yaml_doc_scalar(yaml_document_get_node(doc, p->key));
		if (k != NULL && strcmp(k, key) == 0) {
			return yaml_document_get_node(doc, p->value);
		}
	}
	return NULL;
}

void yaml_doc_quoted(struct str *out, const char *text)
{
	str_append_char(out, '"');
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\') {
			str_append_char(out, '\\');
		}
		str_append_char(out, *p);
	}
	str_append_char(out, '"');
}
