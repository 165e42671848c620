#include "content/settings_file.h"

#include <errno.h>
#include <string.h>

#include "content/file_read.h"
#include "content/yaml_doc.h"

#define SETTINGS_MAX (64 * 1024)

static bool parse(const struct str *text, struct settings *out, struct str *err)
{
	yaml_document_t doc;
	struct str yaml_err = {0};
	size_t line;
	if (!yaml_doc_load(&doc, text->buf, text->len, 1, &line, &yaml_err)) {
		str_appendf(err, "line %zu: %s", line, str_cstr(&yaml_err));
		str_finish(&yaml_err);
		return false;
	}
	bool ok = true;
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	if (root != NULL) {
		if (root->type != YAML_MAPPING_NODE) {
			str_append(err, "line 1: the settings must be \"key: value\" lines");
			ok = false;
		} else {
			yaml_node_t *country = yaml_doc_get(&doc, root, "country");
			if (country != NULL &&
			    !country_normalize(yaml_doc_scalar(country), out->country)) {
				str_appendf(err, "line %zu: \"country\" must be a two-letter code such as GB",
				            yaml_doc_line(country, 1));
				ok = false;
			}
		}
	}
	yaml_document_delete(&doc);
	return ok;
}

bool settings_load(const char *config_dir, struct settings *out, struct str *err)
{
	*out = (struct settings){0};
	struct str path = {0};
	struct str text = {0};
	str_appendf(&path, "%s/settings.yaml", config_dir);
	int rc = file_read(str_cstr(&path), SETTINGS_MAX, &text);
	bool ok = true;
	if (rc == -ENOENT) {
		ok = true;
	} else if (rc < 0) {
		str_appendf(err, "%s", strerror(-rc));
		ok = false;
	} else {
		ok = parse(&text, out, err);
	}
	if (!ok) {
		*out = (struct settings){0};
	}
	str_finish(&path);
	str_finish(&text);
	return ok;
}
