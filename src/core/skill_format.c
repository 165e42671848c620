#include "core/skill_format.h"

void skill_format_duration(unsigned seconds, struct str *out)
{
	str_appendf(out, "%u:%02u", seconds / 60, seconds % 60);
}

const char *skill_use_text(const struct skill *skill)
{
	if (skill->for_crisis && skill->for_everyday) {
		return "crisis and everyday";
	}
	return skill->for_crisis ? "crisis" : "everyday";
}

static void indent_lines(const char *text, const char *indent, struct str *out)
{
	str_append(out, indent);
	for (const char *p = text; *p != '\0'; p++) {
		str_append_char(out, *p);
		if (*p == '\n' && p[1] != '\0') {
			str_append(out, indent);
		}
	}
	str_append_char(out, '\n');
}

void skill_format_block(const struct skill_block *block, const char *indent, struct str *out)
{
	struct str line = {0};
	switch (block->kind) {
	case SKILL_BLOCK_TEXT:
		str_append(&line, block->text);
		break;
	case SKILL_BLOCK_CAUTION:
		str_appendf(&line, "CAUTION: %s", block->text);
		break;
	case SKILL_BLOCK_TIMER:
		str_append(&line, "Timer: ");
		skill_format_duration(block->seconds, &line);
		break;
	case SKILL_BLOCK_BREATHE:
		str_append(&line, "Breathe: ");
		skill_breath_text(block->breath, &line);
		str_append(&line, " (seconds; you can change the pace)");
		break;
	case SKILL_BLOCK_ASK:
		str_appendf(&line, "Question: %s", block->text);
		break;
	case SKILL_BLOCK_RATE:
		str_appendf(&line, "Rate your %s from 0 to %d: %s", skill_scale_name(block->scale),
		            skill_scale_max(block->scale), block->text);
		for (size_t i = 0; i < block->link_count; i++) {
			const struct skill_link *l = &block->links[i];
			str_appendf(&line, "\n  %d to %d: %s", l->low, l->high, l->label);
		}
		break;
	case SKILL_BLOCK_CHOOSE:
	case SKILL_BLOCK_DECIDE:
		str_appendf(&line, "%s: %s", block->kind == SKILL_BLOCK_CHOOSE ? "Pick one" : "Decide",
		            block->text);
		for (size_t i = 0; i < block->link_count; i++) {
			str_appendf(&line, "\n  %zu. %s", i + 1, block->links[i].label);
		}
		break;
	case SKILL_BLOCK_SHOW:
		str_appendf(&line, "Your answers: %s", block->text);
		break;
	}
	indent_lines(str_cstr(&line), indent, out);
	str_finish(&line);
}

/* A heading and its items, or nothing when there are none. */
static void list(struct str *out, const char *heading, char *const *items, size_t count)
{
	if (count > 0) {
		str_appendf(out, "\n%s:\n", heading);
	}
	for (size_t i = 0; i < count; i++) {
		str_appendf(out, "  - %s\n", items[i]);
	}
}

/* A step's cautions come before its other blocks, wherever the file put
 * them: a page reads in the order the practice shows them. */
static void step_text(const struct skill_step *step, struct str *out)
{
	bool first = true;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t b = 0; b < step->block_count; b++) {
			const struct skill_block *block = &step->blocks[b];
			if ((block->kind == SKILL_BLOCK_CAUTION) != (pass == 0)) {
				continue;
			}
			if (!first) {
				str_append_char(out, '\n');
			}
			first = false;
			skill_format_block(block, "  ", out);
		}
	}
}

void skill_format(const struct skill *skill, struct str *out)
{
	str_appendf(out, "%s\n", skill->name);
	if (skill->acronym != NULL) {
		str_appendf(out, "%s\n", skill->acronym);
	}
	str_appendf(out, "%s\n\n", skill->summary);
	str_appendf(out, "Module: %s. For %s.", skill_module_name(skill->module),
	            skill_use_text(skill));
	if (skill->minutes > 0) {
		str_appendf(out, " About %u minute%s.", skill->minutes, skill->minutes == 1 ? "" : "s");
	}
	if (skill->reference != NULL) {
		str_appendf(out, " Handout reference: %s.", skill->reference);
	}
	str_append(out, "\n");
	list(out, "When to use it", skill->when, skill->when_count);
	list(out, "When not to", skill->not_when, skill->not_when_count);
	list(out, "Before you start", skill->cautions, skill->caution_count);
	str_appendf(out, "\n%s\n", skill->intro);
	for (size_t s = 0; s < skill->step_count; s++) {
		const struct skill_step *step = &skill->steps[s];
		str_appendf(out, "\nStep %zu of %zu: %s\n", s + 1, skill->step_count, step->title);
		step_text(step, out);
	}
	if (skill->example != NULL) {
		str_append(out, "\nAn example:\n");
		indent_lines(skill->example, "  ", out);
	}
	if (skill->related_count > 0) {
		str_append(out, "\nRelated skills:");
		for (size_t i = 0; i < skill->related_count; i++) {
			str_appendf(out, "%s %s", i ? "," : "", skill->related[i]);
		}
		str_append(out, "\n");
	}
}
