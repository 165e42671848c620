#include "content/curriculum_file.h"
#include "content/front_matter.h"

#include <stdlib.h>

#include "content/yaml_doc.h"

static void parse_weeks(struct front_matter *fm, struct curriculum *c)
{
	yaml_node_t *weeks = front_matter_get(fm, fm->root, "weeks");
	if (weeks == NULL || weeks->type != YAML_SEQUENCE_NODE ||
	    weeks->data.sequence.items.top == weeks->data.sequence.items.start) {
		front_matter_problem(fm, weeks, "\"weeks\" must be a list of weeks");
		return;
	}
	size_t n = (size_t)(weeks->data.sequence.items.top - weeks->data.sequence.items.start);
	c->weeks = calloc(n, sizeof(*c->weeks));
	if (c->weeks == NULL) {
		abort();
	}
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *item = yaml_document_get_node(&fm->doc, weeks->data.sequence.items.start[i]);
		struct curriculum_week *w = &c->weeks[c->week_count++];
		w->line = (unsigned)front_matter_line(fm, item);
		const char *number = yaml_doc_scalar(front_matter_get(fm, item, "week"));
		char *end = NULL;
		long num = number != NULL ? strtol(number, &end, 10) : 0;
		if (number == NULL || *end != '\0' || num != (long)i + 1) {
			front_matter_problem(fm, item, "weeks must be numbered 1, 2, 3... in order: this "
			                               "one should be week %zu", i + 1);
			continue;
		}
		w->number = (unsigned)num;
		const char *module = yaml_doc_scalar(front_matter_get(fm, item, "module"));
		if (module == NULL || !skill_module_parse(module, &w->module)) {
			front_matter_problem(fm, item, "each week needs a \"module\" such as mindfulness");
		}
		front_matter_list(fm, item, "skills", &w->skills, &w->skill_count);
		if (w->skill_count == 0) {
			front_matter_problem(fm, item, "each week needs a \"skills\" list");
		}
	}
}

static void parse(struct front_matter *fm, const char *folder, void *out)
{
	(void)folder;
	static const char *const known[] = {"id", "name", "summary", "weeks", NULL};
	struct curriculum *c = out;
	front_matter_check_keys(fm, fm->root, known);
	front_matter_id(fm, &c->id);
	c->name = str_dup(front_matter_text(fm, fm->root, "name", true));
	c->summary = str_dup(front_matter_text(fm, fm->root, "summary", true));
	parse_weeks(fm, c);
	c->path = str_dup(fm->path);
}

static void finish(void *parsed)
{
	curriculum_finish(parsed);
}

const struct content_kind curriculum_file_kind = {
	.name = "curriculum",
	.folder = "curriculum",
	.key = "weeks",
	.size = sizeof(struct curriculum),
	.parse = parse,
	.finish = finish,
};
