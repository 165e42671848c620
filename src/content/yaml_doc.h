#ifndef WISEMIND_CONTENT_YAML_DOC_H
#define WISEMIND_CONTENT_YAML_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <yaml.h>

#include "core/str.h"

/* Small helpers over libyaml's document API, shared by the loaders. Line
 * numbers they report are 1-based, offset by first_line (the line of the
 * buffer's first byte within its file). */

/* Parses one YAML document from buf. On failure sets *err_line and
 * appends what is wrong to err (no line prefix), and returns false; the
 * document is then empty. */
bool yaml_doc_load(yaml_document_t *doc, const char *buf, size_t len,
                   size_t first_line, size_t *err_line, struct str *err);

/* The line a node starts on, 1-based, counting from first_line. */
size_t yaml_doc_line(const yaml_node_t *node, size_t first_line);

/* A scalar's text, or NULL when the node is not a scalar. */
const char *yaml_doc_scalar(const yaml_node_t *node);

/* Appends text in YAML's double-quoted form, which reads back as it was
 * whatever it holds (the writers of card templates and homework files). */
void yaml_doc_quoted(struct str *out, const char *text);

/* The value node for key in a mapping node, or NULL. */
yaml_node_t *yaml_doc_get(yaml_document_t *doc, const yaml_node_t *map,
                          const char *key);

#endif
