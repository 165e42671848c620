#include <stdio.h>
#include <stdlib.h>

#include "app/skills.h"
#include "ui/screens.h"
#include "ui/widgets.h"

/* The skills browser: the modules, then a module's skills with a line
 * each; the selected skill's "when to use it" and "when not" below, so a
 * person can tell which one fits before opening it. */

#define NAME_COLS 26    /* the name column; the summary takes the rest */
#define DETAIL_ROWS 8   /* below the list: when to use it, when not */
#define ALL SKILL_MODULE_COUNT /* the last row of the modules: every skill */

struct skills {
	const struct skill_library *lib;
	bool in_module;
	struct ui_list modules; /* SKILL_MODULE_COUNT modules, then "all" */
	struct ui_list list;
	const struct skill **shown;
	int list_rows;
};

static void enter(struct ui *ui, void *state, const void *arg)
{
	(void)arg;
	struct skills *s = state;
	s->lib = ui_skills(ui);
	s->shown = calloc(s->lib->count + 1, sizeof(*s->shown));
	if (s->shown == NULL) {
		ui->quit = true;
	}
	s->modules.count = SKILL_MODULE_COUNT + 1;
	s->list_rows = 10;
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct skills *s = state;
	free(s->shown);
}

static size_t count_in(const struct skills *s, size_t module)
{
	size_t n = 0;
	for (size_t i = 0; i < s->lib->count; i++) {
		n += module == ALL || s->lib->skills[i].module == (enum skill_module)module;
	}
	return n;
}

/* Fills the list with the selected module's skills, in the library's
 * order. */
static void open_module(struct skills *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->lib->count && s->shown != NULL; i++) {
		const struct skill *k = &s->lib->skills[i];
		if (s->modules.selected == ALL || k->module == (enum skill_module)s->modules.selected) {
			s->shown[n++] = k;
		}
	}
	s->list = (struct ui_list){.count = n};
	s->in_module = true;
}

static void draw_module(struct ui *ui, WINDOW *w, int row, int width, size_t i, bool selected,
                        void *data)
{
	struct skills *s = data;
	char line[96];
	snprintf(line, sizeof(line), "%s (%zu)",
	         i == ALL ? "All skills" : skill_module_name((enum skill_module)i), count_in(s, i));
	ui_text(ui, w, row, 2, width - 2, 1, selected ? UI_ROLE_SELECTED : UI_ROLE_TEXT, line);
}

static void draw_skill(struct ui *ui, WINDOW *w, int row, int width, size_t i, bool selected,
                       void *data)
{
	struct skills *s = data;
	enum ui_role role = selected ? UI_ROLE_SELECTED : UI_ROLE_TEXT;
	ui_text_line(ui, w, row, 2, NAME_COLS - 1, role, s->shown[i]->name);
	ui_text_line(ui, w, row, 2 + NAME_COLS, width - 2 - NAME_COLS, role, s->shown[i]->summary);
}

/* "When to use it" and "when not" of the selected skill. */
static void draw_detail(struct ui *ui, struct skills *s, WINDOW *w, int row)
{
	const struct skill *k = s->shown[s->list.selected];
	int width = getmaxx(w) - 2;
	int bottom = getmaxy(w);
	struct str when = {0}, not_when = {0};
	for (size_t i = 0; i < k->when_count; i++) {
		str_appendf(&when, "%s%s", i > 0 ? "; " : "When to use it: ", k->when[i]);
	}
	for (size_t i = 0; i < k->not_when_count; i++) {
		str_appendf(&not_when, "%s%s", i > 0 ? "; " : "Not when: ", k->not_when[i]);
	}
	int room = bottom - row;
	int used = ui_text(ui, w, row, 1, width, room > 4 && k->not_when_count > 0 ? room - 3 : room,
	                   UI_ROLE_TEXT, str_cstr(&when));
	if (row + used + 1 < bottom) {
		ui_text(ui, w, row + used + 1, 1, width, bottom - row - used - 1, UI_ROLE_TEXT,
		        str_cstr(&not_when));
	}
	str_finish(&when);
	str_finish(&not_when);
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	struct skills *s = state;
	int width = getmaxx(w) - 2;
	int rows = getmaxy(w);
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
	if (!s->in_module) {
		mvwaddstr(w, 0, 1, "Skills");
		ui_text(ui, w, 1, 1, width, 1, UI_ROLE_HINT,
		        "Pick a module (Up, Down, Enter), or Esc to go back.");
		s->list_rows = rows - 3;
		ui_list_draw(ui, &s->modules, w, 3, s->list_rows, draw_module, s);
		return;
	}
	mvwprintw(w, 0, 1, "Skills: %s",
	          s->modules.selected == ALL ? "all"
	                                     : skill_module_name((enum skill_module)s->modules.selected));
	ui_text(ui, w, 1, 1, width, 1, UI_ROLE_HINT,
	        "Enter opens a skill, p starts its practice, Esc goes back to the modules.");
	if (s->list.count == 0) {
		ui_text(ui, w, 3, 1, width, 2, UI_ROLE_TEXT, "There are no skills in this module yet.");
		return;
	}
	s->list_rows = rows - 4 - DETAIL_ROWS;
	ui_list_draw(ui, &s->list, w, 3, s->list_rows, draw_skill, s);
	draw_detail(ui, s, w, 3 + s->list_rows + 1);
}

static enum ui_reaction key_modules(struct ui *ui, struct skills *s, enum ui_action action)
{
	if (ui_list_key(&s->modules, action, s->list_rows)) {
		return UI_REACT_REDRAW;
	}
	if (action == UI_ACTION_OPEN) {
		open_module(s);
	} else if (action == UI_ACTION_BACK) {
		ui_pop(ui);
	} else {
		return UI_REACT_NONE;
	}
	return UI_REACT_REDRAW;
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	(void)ev;
	struct skills *s = state;
	if (!s->in_module) {
		return key_modules(ui, s, action);
	}
	if (ui_list_key(&s->list, action, s->list_rows)) {
		return UI_REACT_REDRAW;
	}
	const char *id = s->list.count > 0 ? s->shown[s->list.selected]->id : NULL;
	if (action == UI_ACTION_OPEN && id != NULL) {
		ui_push(ui, &ui_screen_skill, id);
	} else if (action == UI_ACTION_PRACTISE && id != NULL) {
		ui_push(ui, &ui_screen_practice, &(struct ui_practice_arg){.skill = id});
	} else if (action == UI_ACTION_BACK) {
		s->in_module = false;
	} else {
		return UI_REACT_NONE;
	}
	return UI_REACT_REDRAW;
}

/* p practises a skill, so it is offered in a module's list of skills,
 * not in the list of modules. */
static bool hints_now(const void *state, enum ui_context context)
{
	const struct skills *s = state;
	return context != UI_CTX_SKILL || s->in_module;
}

const struct ui_screen ui_screen_skills = {
	.name = "skills",
	.contexts = {UI_CTX_SKILL, UI_CTX_MOVE, UI_CTX_COUNT},
	.state_size = sizeof(struct skills),
	.enter = enter,
	.leave = leave,
	.draw = draw,
	.hints_now = hints_now,
	.key = key,
};
