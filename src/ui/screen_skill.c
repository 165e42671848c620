#include <stdlib.h>
#include <string.h>

#include "app/skills.h"
#include "core/skill_format.h"
#include "ui/screens.h"
#include "ui/widgets.h"

/* A skill's page, to read before practising: what it is for, when not to
 * use it, each step with its cautions first, and a worked example. p
 * starts the practice. */
struct skill_page {
	const struct skill *skill;
	char *id; /* as asked for, to say what is missing */
	struct str text;
	struct ui_textview tv;
};

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
 * them: the page reads in the order the practice shows them. */
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

static void page_text(const struct skill *k, struct str *out)
{
	str_appendf(out, "%s%s%s\n%s\n\n", k->name, k->acronym != NULL ? " - " : "",
	            k->acronym != NULL ? k->acronym : "", k->summary);
	str_appendf(out, "Module: %s. For %s.", skill_module_name(k->module), skill_use_text(k));
	if (k->minutes > 0) {
		str_appendf(out, " About %u minute%s.", k->minutes, k->minutes == 1 ? "" : "s");
	}
	str_append_char(out, '\n');
	list(out, "When to use it", k->when, k->when_count);
	list(out, "When not to", k->not_when, k->not_when_count);
	list(out, "Before you start", k->cautions, k->caution_count);
	str_appendf(out, "\n%s\n", k->intro);
	for (size_t s = 0; s < k->step_count; s++) {
		str_appendf(out, "\nStep %zu of %zu: %s\n", s + 1, k->step_count, k->steps[s].title);
		step_text(&k->steps[s], out);
	}
	if (k->example != NULL) {
		str_appendf(out, "\nAn example:\n%s\n", k->example);
	}
	if (k->related_count > 0) {
		str_append(out, "\nRelated skills:");
		for (size_t i = 0; i < k->related_count; i++) {
			str_appendf(out, "%s %s", i ? "," : "", k->related[i]);
		}
		str_append_char(out, '\n');
	}
}

static void enter(struct ui *ui, void *state, const void *arg)
{
	struct skill_page *p = state;
	const char *id = arg != NULL ? arg : "";
	p->id = strdup(id);
	p->skill = skill_library_find(ui_skills(ui), id);
	if (p->skill != NULL) {
		page_text(p->skill, &p->text);
	} else {
		str_appendf(&p->text, "There is no skill \"%s\" in the library.", id);
	}
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct skill_page *p = state;
	str_finish(&p->text);
	free(p->id);
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct skill_page *p = state;
	ui_text(ui, w, 0, 1, getmaxx(w) - 2, 1, UI_ROLE_HINT,
	        p->skill != NULL ? "p starts the practice; Up and Down scroll; Esc goes back."
	                         : "Esc goes back.");
	ui_textview_draw(ui, &p->tv, w, 2, str_cstr(&p->text));
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	(void)ev;
	struct skill_page *p = state;
	if (ui_textview_key(&p->tv, action)) {
		return UI_REACT_REDRAW;
	}
	if (action == UI_ACTION_PRACTISE && p->skill != NULL) {
		ui_push(ui, &ui_screen_practice, &(struct ui_practice_arg){.skill = p->skill->id});
	} else if (action == UI_ACTION_BACK) {
		ui_pop(ui);
	} else {
		return UI_REACT_NONE;
	}
	return UI_REACT_REDRAW;
}

const struct ui_screen ui_screen_skill = {
	.name = "skill",
	.contexts = {UI_CTX_SKILL, UI_CTX_MOVE, UI_CTX_COUNT},
	.state_size = sizeof(struct skill_page),
	.enter = enter,
	.leave = leave,
	.draw = draw,
	.key = key,
};
