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
	char **bold; /* the skill's bold phrases in page order (the skill's strings) */
	size_t bold_count;
};

/* The introduction's bold phrases, then each text block's, as the page
 * shows them. */
static void collect_bold(struct skill_page *p)
{
	const struct skill *k = p->skill;
	size_t n = k->intro_bold_count;
	for (size_t s = 0; s < k->step_count; s++) {
		for (size_t b = 0; b < k->steps[s].block_count; b++) {
			n += k->steps[s].blocks[b].bold_count;
		}
	}
	p->bold = n > 0 ? calloc(n, sizeof(*p->bold)) : NULL;
	if (p->bold == NULL) {
		return; /* drawn plain */
	}
	for (size_t i = 0; i < k->intro_bold_count; i++) {
		p->bold[p->bold_count++] = k->intro_bold[i];
	}
	for (size_t s = 0; s < k->step_count; s++) {
		for (size_t b = 0; b < k->steps[s].block_count; b++) {
			const struct skill_block *block = &k->steps[s].blocks[b];
			for (size_t i = 0; i < block->bold_count; i++) {
				p->bold[p->bold_count++] = block->bold[i];
			}
		}
	}
}

static void enter(struct ui *ui, void *state, const void *arg)
{
	struct skill_page *p = state;
	const char *id = arg != NULL ? arg : "";
	p->id = strdup(id);
	p->skill = skill_library_find(ui_skills(ui), id);
	if (p->skill != NULL) {
		skill_format(p->skill, &p->text);
		collect_bold(p);
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
	free(p->bold);
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct skill_page *p = state;
	ui_text(ui, w, 0, 1, getmaxx(w) - 2, 1, UI_ROLE_HINT,
	        p->skill != NULL ? "p starts the practice; Up and Down scroll; Esc goes back."
	                         : "Esc goes back.");
	/* The phrases are the introduction's and the steps': from where the
	 * introduction starts on the page. */
	const char *intro = p->skill != NULL ? strstr(str_cstr(&p->text), p->skill->intro) : NULL;
	size_t from = intro != NULL ? (size_t)(intro - str_cstr(&p->text)) : 0;
	ui_textview_draw_bold(ui, &p->tv, w, 2, str_cstr(&p->text), p->bold, p->bold_count, from);
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
