#include "content/settings_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/file_io.h"
#include "content/yaml_doc.h"

#define SETTINGS_MAX (64 * 1024)
#define THRESHOLDS_KEY "urge-thresholds"
#define LOCK_KEY "lock-after-minutes"
#define PACE_KEY "breathing-pace"
#define THEME_KEY "theme"
#define BELL_KEY "bell"

void settings_default(struct settings *out)
{
	*out = (struct settings){.lock_minutes = SETTINGS_LOCK_MINUTES_DEFAULT};
	urge_thresholds_default(&out->thresholds);
}

/* Every key is one wisemind knows, once: "contry: NZ" or a second
 * "country:" must not silently leave the person with no country, or the
 * wrong one. */
static bool check_keys(yaml_document_t *doc, const yaml_node_t *root, struct str *err)
{
	static const char *const known[] = {"country", THRESHOLDS_KEY, LOCK_KEY,
	                                    PACE_KEY, THEME_KEY, BELL_KEY};
	for (yaml_node_pair_t *pair = root->data.mapping.pairs.start;
	     pair < root->data.mapping.pairs.top; pair++) {
		yaml_node_t *k = yaml_document_get_node(doc, pair->key);
		const char *key = yaml_doc_scalar(k);
		bool is_known = false;
		for (size_t i = 0; key != NULL && i < sizeof(known) / sizeof(known[0]); i++) {
			is_known = is_known || strcmp(key, known[i]) == 0;
		}
		if (!is_known) {
			str_appendf(err, "line %zu: unknown setting \"%s\" (the settings are: "
			                 "country, " THRESHOLDS_KEY ", " LOCK_KEY ", " PACE_KEY ", "
			                 THEME_KEY ", " BELL_KEY ")",
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

/* A whole number as written: digits only, no sign; -1 otherwise. */
static int whole_number(const char *text)
{
	size_t n = text != NULL ? strlen(text) : 0;
	if (n == 0 || n > 3 || strspn(text, "0123456789") != n) {
		return -1;
	}
	return atoi(text);
}

/* Starts the sentence for an entry of the thresholds block that is not
 * used: the entry as written when it is short, else its key. */
static void not_used(struct str *err, const yaml_node_t *key_node, const char *key,
                     const yaml_node_t *value_node)
{
	const char *value = yaml_doc_scalar(value_node);
	size_t line = yaml_doc_line(key_node, 1);
	if (key != NULL && value != NULL && strlen(key) + strlen(value) <= 24) {
		str_appendf(err, "line %zu: \"%s: %s\" is not used: ", line, key, value);
	} else {
		str_appendf(err, "line %zu: the value of \"%s\" is not used: ", line,
		            key != NULL && strlen(key) <= 24 ? key : "?");
	}
}

/* The urge-thresholds block: each "kind: N" that may be the kind's
 * threshold lowers it; anything else is left out and said in err (the
 * first only). False when something was left out. */
static bool parse_thresholds(yaml_document_t *doc, const yaml_node_t *node,
                             struct urge_thresholds *t, struct str *err)
{
	if (node->type != YAML_MAPPING_NODE) {
		str_appendf(err, "line %zu: \"" THRESHOLDS_KEY "\" is not used: it takes lines "
		                 "such as \"self-harm: 3\"", yaml_doc_line(node, 1));
		return false;
	}
	bool all_used = true;
	bool seen[URGE_KIND_COUNT] = {false};
	for (yaml_node_pair_t *pair = node->data.mapping.pairs.start;
	     pair < node->data.mapping.pairs.top; pair++) {
		yaml_node_t *k = yaml_document_get_node(doc, pair->key);
		yaml_node_t *v = yaml_document_get_node(doc, pair->value);
		const char *key = yaml_doc_scalar(k);
		enum urge_kind kind;
		struct str why = {0};
		if (key == NULL || !urge_kind_parse(key, &kind)) {
			not_used(&why, k, key, v);
			str_append(&why, "the kinds are suicide, self-harm, use and other");
		} else {
			int value = whole_number(yaml_doc_scalar(v));
			int now = t->at[kind];
			if (!urge_thresholds_set(t, kind, value)) {
				not_used(&why, k, key, v);
				if (kind == URGE_KIND_SUICIDE) {
					str_append(&why, "the suicide threshold is always 1");
				} else {
					str_appendf(&why, "the %s threshold can be 1 to %d", key,
					            urge_threshold_default(kind));
				}
			} else if (seen[kind]) {
				/* Twice: the lower of the two, the more careful. */
				t->at[kind] = now < value ? now : value;
				str_appendf(&why, "line %zu: \"%s\" is set twice, so the lower, %d, is "
				                  "used", yaml_doc_line(k, 1), key, t->at[kind]);
			}
			seen[kind] = true;
		}
		if (why.len > 0 && all_used) {
			str_append(err, str_cstr(&why));
		}
		all_used = all_used && why.len == 0;
		str_finish(&why);
	}
	return all_used;
}

/* The minutes without a key before the screen locks: 1 to 120. Anything
 * else keeps the default, said in lock_why (the rest of the file is used). */
static void parse_lock(const yaml_node_t *node, struct settings *out)
{
	int n = whole_number(yaml_doc_scalar(node));
	if (n >= 1 && n <= SETTINGS_LOCK_MINUTES_MAX) {
		out->lock_minutes = n;
		return;
	}
	snprintf(out->lock_why, sizeof(out->lock_why),
	         "line %zu: \"" LOCK_KEY "\" is a whole number of minutes from 1 to %d",
	         yaml_doc_line(node, 1), SETTINGS_LOCK_MINUTES_MAX);
}

/* Says why the first of breathing-pace, theme and bell that cannot be
 * used is not (its default stays). */
static void value_not_used(const yaml_node_t *node, struct settings *out, const char *how)
{
	if (out->value_why[0] == '\0') {
		snprintf(out->value_why, sizeof(out->value_why), "line %zu: %s",
		         yaml_doc_line(node, 1), how);
	}
}

/* One of two words; -1 for anything else. */
static int either(const yaml_node_t *node, const char *no, const char *yes)
{
	const char *text = yaml_doc_scalar(node);
	if (text != NULL && strcmp(text, yes) == 0) {
		return 1;
	}
	return text != NULL && strcmp(text, no) == 0 ? 0 : -1;
}

static void parse_others(yaml_document_t *doc, const yaml_node_t *root, struct settings *out)
{
	yaml_node_t *pace = yaml_doc_get(doc, root, PACE_KEY);
	const char *why;
	if (pace != NULL && !skill_parse_breath(yaml_doc_scalar(pace) != NULL
	                                        ? yaml_doc_scalar(pace) : "", &out->pace, &why)) {
		out->pace = (struct skill_breath){0};
		value_not_used(pace, out, "\"" PACE_KEY "\" is written like \"in 4, out 6\", the "
		                          "out-breath longer than the in-breath");
	}
	yaml_node_t *theme = yaml_doc_get(doc, root, THEME_KEY);
	int v = theme != NULL ? either(theme, "colour", "monochrome") : 0;
	if (v < 0) {
		value_not_used(theme, out, "\"" THEME_KEY "\" is colour or monochrome");
	}
	out->monochrome = v == 1;
	yaml_node_t *bell = yaml_doc_get(doc, root, BELL_KEY);
	v = bell != NULL ? either(bell, "off", "on") : 1;
	if (v < 0) {
		value_not_used(bell, out, "\"" BELL_KEY "\" is on or off");
	}
	out->quiet = v == 0;
}

static bool parse(const struct str *text, struct settings *out, struct str *err,
                  bool *values_ok)
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
			yaml_node_t *thresholds = yaml_doc_get(&doc, root, THRESHOLDS_KEY);
			if (ok && thresholds != NULL) {
				*values_ok = parse_thresholds(&doc, thresholds, &out->thresholds, err);
			}
			yaml_node_t *lock = yaml_doc_get(&doc, root, LOCK_KEY);
			if (ok && lock != NULL) {
				parse_lock(lock, out);
			}
			if (ok) {
				parse_others(&doc, root, out);
			}
		}
	}
	yaml_document_delete(&doc);
	return ok;
}

enum content_status settings_load(const char *config_dir, struct settings *out, struct str *err)
{
	settings_default(out);
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
	} else {
		bool values_ok = true;
		if (!parse(&text, out, err, &values_ok)) {
			st = CONTENT_E_INVALID;
		} else if (!values_ok) {
			st = CONTENT_E_VALUE;
		}
	}
	if (st == CONTENT_E_READ || st == CONTENT_E_INVALID) {
		settings_default(out);
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
	bool block = false;
	for (int k = 0; k < URGE_KIND_UNKNOWN; k++) {
		enum urge_kind kind = (enum urge_kind)k;
		int at = settings->thresholds.at[k];
		if (!urge_threshold_allowed(kind, at) || at == urge_threshold_default(kind)) {
			continue;
		}
		if (!block) {
			str_append(&text, "# An urge rated at or above its kind's threshold (0-5) brings "
			                  "the full crisis card.\n# A threshold can be lowered, never "
			                  "raised above its default (suicide 1, others 4).\n"
			                  THRESHOLDS_KEY ":\n");
			block = true;
		}
		str_appendf(&text, "  %s: %d\n", urge_kind_name(kind), at);
	}
	if (settings->lock_minutes >= 1 && settings->lock_minutes <= SETTINGS_LOCK_MINUTES_MAX &&
	    settings->lock_minutes != SETTINGS_LOCK_MINUTES_DEFAULT) {
		str_append(&text, "# The screen saves and locks after this many minutes without a "
		                  "key.\n");
		str_appendf(&text, LOCK_KEY ": %d\n", settings->lock_minutes);
	}
	if (settings->pace.in != 0) {
		str_append(&text, "# Every breathing pacer starts at this pace, in seconds.\n" PACE_KEY
		                  ": ");
		skill_breath_text(settings->pace, &text);
		str_append_char(&text, '\n');
	}
	if (settings->monochrome) {
		str_append(&text, THEME_KEY ": monochrome\n");
	}
	if (settings->quiet) {
		str_append(&text, "# A timer's end does not ring the terminal bell.\n" BELL_KEY
		                  ": off\n");
	}
	rc = file_replace(config_dir, "settings.yaml", text.buf, text.len);
	if (rc < 0) {
		str_appendf(err, "cannot save %s/settings.yaml: %s", config_dir, strerror(-rc));
	}
	str_finish(&text);
	return rc == 0 ? CONTENT_OK : CONTENT_E_WRITE;
}
