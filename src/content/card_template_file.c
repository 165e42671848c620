#include "content/card_template_file.h"

#include <stdio.h>
#include <string.h>

#include "content/front_matter.h"
#include "content/yaml_doc.h"
#include "core/diary_card.h"

static const char *const top_keys[] = {"card-template", "targets", "emotions", NULL};
static const char *const target_keys[] = {"id", "label", "kind", "action", "retired", NULL};
static const char *const emotion_keys[] = {"id", "label", "retired", NULL};

/* The items of a list under key, or none (after a problem when it is not
 * a list). */
static size_t items_of(struct front_matter *fm, const char *key, yaml_node_item_t **items)
{
	yaml_node_t *node = front_matter_get(fm, fm->root, key);
	if (node == NULL) {
		front_matter_problem(fm, NULL, "a card template needs a \"%s\" list", key);
		return 0;
	}
	if (node->type != YAML_SEQUENCE_NODE) {
		front_matter_problem(fm, node, "\"%s\" must be a list", key);
		return 0;
	}
	*items = node->data.sequence.items.start;
	return (size_t)(node->data.sequence.items.top - *items);
}

/* The id and label every entry has; false after a problem. */
static bool id_and_label(struct front_matter *fm, yaml_node_t *map, char *id, char *label)
{
	const char *i = front_matter_text(fm, map, "id", true);
	const char *l = front_matter_text(fm, map, "label", true);
	if (i == NULL || l == NULL) {
		return false;
	}
	if (!card_id_valid(i)) {
		front_matter_problem(fm, map, "\"%s\" is not an id: use 1 to %d lower-case letters, "
		                              "digits and hyphens, starting with a letter",
		                     i, CARD_ID_MAX);
		return false;
	}
	if (strlen(l) > CARD_LABEL_MAX || strlen(l) == 0) {
		front_matter_problem(fm, map, "the label of \"%s\" must be 1 to %d bytes", i,
		                     CARD_LABEL_MAX);
		return false;
	}
	snprintf(id, CARD_ID_MAX + 1, "%s", i);
	snprintf(label, CARD_LABEL_MAX + 1, "%s", l);
	return true;
}

static bool retired(struct front_matter *fm, yaml_node_t *map)
{
	const char *r = front_matter_text(fm, map, "retired", false);
	if (r == NULL || strcmp(r, "false") == 0) {
		return false;
	}
	if (strcmp(r, "true") != 0) {
		front_matter_problem(fm, map, "\"retired\" is true or false, not \"%s\"", r);
	}
	return true;
}

static void read_target(struct front_matter *fm, yaml_node_t *map, struct card_template *t)
{
	struct card_target c = {0};
	if (!front_matter_check_keys(fm, map, target_keys) ||
	    !id_and_label(fm, map, c.id, c.label)) {
		return;
	}
	const char *kind = front_matter_text(fm, map, "kind", true);
	if (kind != NULL && !urge_kind_parse(kind, &c.kind)) {
		front_matter_problem(fm, map, "the kind of \"%s\" is suicide, self-harm, use or other, "
		                              "not \"%s\"", c.id, kind);
	}
	const char *action = front_matter_text(fm, map, "action", false);
	if (action != NULL && strcmp(action, "count") != 0 && strcmp(action, "yes-no") != 0) {
		front_matter_problem(fm, map, "\"action\" is yes-no or count, not \"%s\"", action);
	}
	c.counted = action != NULL && strcmp(action, "count") == 0;
	c.retired = retired(fm, map);
	if (card_template_target(t, c.id) != NULL) {
		front_matter_problem(fm, map, "the target \"%s\" is listed twice", c.id);
	} else if (t->target_count == CARD_ITEMS_MAX) {
		front_matter_problem(fm, map, "a card holds at most %d targets", CARD_ITEMS_MAX);
	} else {
		t->targets[t->target_count++] = c;
	}
}

static void read_emotion(struct front_matter *fm, yaml_node_t *map, struct card_template *t)
{
	struct card_emotion e = {0};
	if (!front_matter_check_keys(fm, map, emotion_keys) ||
	    !id_and_label(fm, map, e.id, e.label)) {
		return;
	}
	e.retired = retired(fm, map);
	if (card_template_emotion(t, e.id) != NULL) {
		front_matter_problem(fm, map, "the emotion \"%s\" is listed twice", e.id);
	} else if (t->emotion_count == CARD_ITEMS_MAX) {
		front_matter_problem(fm, map, "a card holds at most %d emotions", CARD_ITEMS_MAX);
	} else {
		t->emotions[t->emotion_count++] = e;
	}
}

static void read_list(struct front_matter *fm, const char *key, struct card_template *t,
                      void (*read)(struct front_matter *, yaml_node_t *, struct card_template *))
{
	yaml_node_item_t *items = NULL;
	size_t n = items_of(fm, key, &items);
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *item = yaml_document_get_node(&fm->doc, items[i]);
		if (item == NULL || item->type != YAML_MAPPING_NODE) {
			front_matter_problem(fm, item, "each of \"%s\" is a mapping with id and label", key);
			continue;
		}
		read(fm, item, t);
	}
}

bool card_template_parse(const char *path, const char *buf, size_t len,
                         struct card_template *out, struct problems *problems)
{
	struct front_matter fm;
	if (!front_matter_init(&fm, path, buf, len, problems)) {
		return false;
	}
	*out = (struct card_template){0};
	(void)front_matter_check_keys(&fm, fm.root, top_keys);
	const char *version = front_matter_text(&fm, fm.root, "card-template", true);
	if (version != NULL && strcmp(version, "1") != 0) {
		front_matter_problem(&fm, NULL, "this wisemind reads card-template: 1, not \"%s\"",
		                     version);
	}
	read_list(&fm, "targets", out, read_target);
	read_list(&fm, "emotions", out, read_emotion);
	size_t active = 0;
	for (size_t i = 0; i < out->target_count; i++) {
		active += !out->targets[i].retired;
	}
	if (fm.ok && active == 0) {
		front_matter_problem(&fm, NULL, "a card template needs at least one target that is not "
		                                "retired");
	}
	bool ok = fm.ok;
	front_matter_finish(&fm);
	return ok;
}

void card_template_write(const struct card_template *t, const char *notes, struct str *out)
{
	str_append(out, "---\ncard-template: 1\ntargets:\n");
	for (size_t i = 0; i < t->target_count; i++) {
		const struct card_target *c = &t->targets[i];
		str_appendf(out, "  - id: %s\n    label: ", c->id);
		yaml_doc_quoted(out, c->label);
		str_appendf(out, "\n    kind: %s\n    action: %s\n", urge_kind_name(c->kind),
		            c->counted ? "count" : "yes-no");
		if (c->retired) {
			str_append(out, "    retired: true\n");
		}
	}
	str_append(out, "emotions:\n");
	for (size_t i = 0; i < t->emotion_count; i++) {
		const struct card_emotion *e = &t->emotions[i];
		str_appendf(out, "  - id: %s\n    label: ", e->id);
		yaml_doc_quoted(out, e->label);
		str_append(out, "\n");
		if (e->retired) {
			str_append(out, "    retired: true\n");
		}
	}
	str_append(out, "---\n");
	if (notes != NULL) {
		str_append(out, notes);
	}
}
