#include "content/settings_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/file_io.h"
#include "content/yaml_doc.h"

#define SETTINGS_MAX (64 * 1024)

/* Every key is one wisemind knows, once: "contry: NZ" or a second
 * "country:" must not silently leave the person with no country, or the
 * wrong one. */
static bool check_keys(yaml_document_t *doc, const yaml_node_t *root, struct str *err)
{
	static const char *const known[] = {"country"};
	for (yaml_node_pair_t *pair = root->data.mapping.pairs.start;
	     pair < root->data.mapping.pairs.top; pair++) {
		yaml_node_t *k = yaml_document_get_node(doc, pair->key);
		const char *key = yaml_doc_scalar(k);
		bool is_known = false;
		for (size_t i = 0; key != NULL && i < sizeof(known) / sizeof(known[0]); i++) {
			is_known = is_known || strcmp(key, known[i]) == 0;
		}
		if (!is_known) {
			str_appendf(err, "line %zu: unknown setting \"%s\" (the settings are: country)",
			            yaml_doc_line(k, 1), key != NULL ? key : "?");
			return false;
		}
		for (yaml_node_pair_t *before = root->data.mapping.pairs.start; before < pair;
		     before++) {
			const char *other = yaml_doc_scalar(yaml_document_get_node(doc, before->key));
			if (other != NULL && strcmp(other, key) == 0) {
				str_appendf(err, "line %zu: \"%s\" is set twice", yaml_doc_line(k, 1), key);
				return false;
			}
		}
	}
	return true;
}

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
		} else if (!check_keys(&doc, root, err)) {
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

enum content_status settings_load(const char *config_dir, struct settings *out, struct str *err)
{
	*out = (struct settings){0};
	struct str path = {0};
	struct str text = {0};
	str_appendf(&path, "%s/settings.yaml", config_dir);
	int rc = file_read(str_cstr(&path), SETTINGS_MAX, &text);
	enum content_status st = CONTENT_OK;
	if (rc == -ENOENT) {
		st = CONTENT_MISSING;
	} else if (rc < 0) {
		str_appendf(err, "%s", strerror(-rc));
		st = CONTENT_E_READ;
	} else if (!parse(&text, out, err)) {
		st = CONTENT_E_INVALID;
	}
	if (content_status_exit_code(st) != 0) {
		*out = (struct settings){0};
	}
	str_finish(&path);
	str_finish(&text);
	return st;
}

enum content_status settings_save(const char *config_dir, const struct settings *settings,
                                  struct str *err)
{
	struct str text = {0};
	int rc = file_make_dirs(config_dir);
	if (rc < 0) {
		str_appendf(err, "cannot create %s: %s", config_dir, strerror(-rc));
		str_finish(&text);
		return CONTENT_E_WRITE;
	}
	str_append(&text, "# wisemind settings that work without a passphrase.\n");
	if (settings->country[0] != '\0') {
		str_appendf(&text, "country: %s\n", settings->country);
	}
	rc = file_replace(config_dir, "settings.yaml", text.buf, text.len);
	if (rc < 0) {
		str_appendf(err, "cannot save %s/settings.yaml: %s", config_dir, strerror(-rc));
	}
	str_finish(&text);
	return rc == 0 ? CONTENT_OK : CONTENT_E_WRITE;
}
