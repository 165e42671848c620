#include "content/skill_file.h"
#include "content/front_matter.h"

#include <stdlib.h>
#include <string.h>

#include "content/skill_body.h"
#include "content/yaml_doc.h"

static void check_use(struct front_matter *fm, struct skill *skill)
{
	yaml_node_t *node = front_matter_get(fm, fm->root, "use");
	if (node == NULL) {
		front_matter_problem(fm, fm->root, "missing \"%s\": say crisis, everyday, or "
		                                   "[crisis, everyday]", "use");
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
		                    ? yaml_document_get_node(&fm->doc, items[i]) : node;
		const char *text = yaml_doc_scalar(item);
		if (text != NULL && strcmp(text, "crisis") == 0) {
			skill->for_crisis = true;
		} else if (text != NULL && strcmp(text, "everyday") == 0) {
			skill->for_everyday = true;
		} else {
			front_matter_problem(fm, item, "\"use\" must be crisis, everyday, or "
			                               "[crisis, everyday], not \"%s\"",
			                     text != NULL ? text : "?");
		}
	}
	if (n == 0) {
		front_matter_problem(fm, node, "\"use\" must name at least one of crisis and everyday");
	}
}

static void check_minutes(struct front_matter *fm, struct skill *skill)
{
	const char *text = front_matter_text(fm, fm->root, "minutes", false);
	if (text == NULL) {
		return;
	}
	char *end;
	long n = strtol(text, &end, 10);
	if (*end != '\0' || n < 1 || n > 120) {
		front_matter_problem(fm, front_matter_get(fm, fm->root, "minutes"),
		                     "\"minutes\" must be a whole number from 1 to 120, not \"%s\"", text);
		return;
	}
	skill->minutes = (unsigned)n;
}

static void check_module(struct front_matter *fm, const char *folder, struct skill *skill)
{
	const char *module = front_matter_text(fm, fm->root, "module", true);
	if (module != NULL && !skill_module_parse(module, &skill->module)) {
		front_matter_problem(fm, front_matter_get(fm, fm->root, "module"),
		                     "unknown module \"%s\": use mindfulness, distress-tolerance, "
		                     "emotion-regulation, interpersonal-effectiveness or general", module);
	} else if (module != NULL && folder != NULL && strcmp(folder, module) != 0) {
		front_matter_problem(fm, front_matter_get(fm, fm->root, "module"),
		                     "the module \"%s\" must match the folder the file is in", module);
	}
}

static void parse(struct front_matter *fm, const char *folder, void *out)
{
	static const char *const known[] = {"id", "name", "module", "acronym", "summary", "use",
	                                    "minutes", "cautions", "related", "reference", "kit",
	                                    "when", "not-when", "example", NULL};
	struct skill *skill = out;
	front_matter_check_keys(fm, fm->root, known);
	front_matter_id(fm, &skill->id);
	skill->name = str_dup(front_matter_text(fm, fm->root, "name", true));
	skill->acronym = str_dup(front_matter_text(fm, fm->root, "acronym", false));
	skill->reference = str_dup(front_matter_text(fm, fm->root, "reference", false));
	const char *summary = front_matter_text(fm, fm->root, "summary", true);
	if (summary != NULL && str_utf8_chars(summary) > 120) {
		front_matter_problem(fm, front_matter_get(fm, fm->root, "summary"),
		                     "\"summary\" must be at most 120 characters; move the rest to "
		                     "the introduction");
	}
	skill->summary = str_dup(summary);
	check_module(fm, folder, skill);
	check_use(fm, skill);
	check_minutes(fm, skill);
	front_matter_list(fm, fm->root, "cautions", &skill->cautions, &skill->caution_count);
	front_matter_list(fm, fm->root, "related", &skill->related, &skill->related_count);
	skill->related_line =
	    (unsigned)front_matter_line(fm, front_matter_get(fm, fm->root, "related"));
	for (size_t i = 0; i < skill->related_count; i++) {
		if (!skill_id_valid(skill->related[i])) {
			front_matter_problem(fm, front_matter_get(fm, fm->root, "related"),
			                     "\"%s\" in \"related\" is not a skill id", skill->related[i]);
		}
	}
	front_matter_list(fm, fm->root, "when", &skill->when, &skill->when_count);
	front_matter_list(fm, fm->root, "not-when", &skill->not_when, &skill->not_when_count);
	skill->example = front_matter_paragraphs(fm, fm->root, "example");
	if (skill->example != NULL && str_utf8_chars(skill->example) > 900) {
		front_matter_problem(fm, front_matter_get(fm, fm->root, "example"),
		                     "\"example\" must be at most 900 characters: one short "
		                     "worked example");
	}
	front_matter_list(fm, fm->root, "kit", &skill->kit, &skill->kit_count);
	for (size_t i = 0; i < skill->kit_count; i++) {
		if (!skill_field_valid(skill->kit[i])) {
			front_matter_problem(fm, front_matter_get(fm, fm->root, "kit"),
			                     "\"%s\" in \"kit\" is not a field name, like "
			                     "accepts.activities", skill->kit[i]);
		}
	}
	skill->path = str_dup(fm->path);
	if (!skill_body_parse(fm->path, fm->body, fm->body_len, fm->body_line, skill,
	                      fm->problems)) {
		fm->ok = false;
	}
}

static void finish(void *parsed)
{
	skill_finish(parsed);
}

const struct content_kind skill_file_kind = {
	.name = "skill",
	.size = sizeof(struct skill),
	.parse = parse,
	.finish = finish,
};
