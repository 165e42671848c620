#include "app/safety_plan.h"
#include "app/safety_plan_draft.h"
#include "ui/plan.h"
#include "ui/screens.h"

/* The safety plan (issue 14; see ui/plan.h): a form for each part of the
 * Stanley-Brown plan, in one list. Lines are added, changed and removed
 * in memory; s saves them through the application, which checks every
 * line, keeps the plan in the diary and then writes the lines chosen to
 * show while locked to their one unencrypted file. Choosing to show a
 * line is said plainly each time, with that file's name (DESIGN.md §2.5). */

/* A line typed is refused for its length by the application, with the
 * reason, never cut short by the editor: room for the longest line of
 * the widest characters, and more. */
#define EDIT_MAX (SAFETY_LINE_CHARS_MAX * 4 + 64)

static void enter(struct ui *ui, void *state, const void *arg)
{
	(void)arg;
	struct plan *p = state;
	app_safety_plan_shown_path(&ui->app, &p->path);
	if (!ui_edit_init(&p->edit, EDIT_MAX, false)) {
		ui->quit = true; /* out of memory: the loop ends, the terminal is put back */
		return;
	}
	struct app_error err = {0};
	if (!session_safety_plan_get(ui->session, &p->saved, &err)) {
		/* Saving over a plan that could not be read would lose it. */
		ui_say_error(ui, "Your safety plan could not be read: ", &err);
		app_error_finish(&err);
		p->unreadable = true;
		return;
	}
	bool found = false;
	if (!session_safety_plan_draft_take(ui->session, &p->plan, &found, &err)) {
		ui_say_error(ui, "Your unsaved safety plan could not be read back: ", &err);
		app_error_finish(&err);
	}
	if (found) {
		ui_say(ui, false,
		       "Your unsaved changes to the safety plan are back: s saves them.");
	} else {
		safety_plan_copy(&p->plan, &p->saved);
	}
	plan_items_build(p);
}

static void leave(struct ui *ui, void *state)
{
	(void)ui;
	struct plan *p = state;
	safety_plan_finish(&p->plan);
	safety_plan_finish(&p->saved);
	ui_edit_finish(&p->edit);
	str_finish(&p->path);
	str_finish(&p->note);
}

static void draw(struct ui *ui, void *state, WINDOW *w)
{
	plan_draw(ui, state, w);
}

static enum ui_reaction key_typing(struct ui *ui, struct plan *p, enum ui_action action,
                                   const struct ui_event *ev)
{
	switch (ui_edit_key(&p->edit, action, ev)) {
	case UI_EDIT_DONE:
		plan_done_typing(ui, p);
		return UI_REACT_REDRAW;
	case UI_EDIT_CANCEL:
		ui_edit_clear(&p->edit);
		p->mode = PLAN_LIST;
		return UI_REACT_REDRAW;
	case UI_EDIT_CHANGED:
		if (p->edit.full) {
			ui_say(ui, true, "That is far longer than a line of the plan can be.");
		}
		return UI_REACT_REDRAW;
	case UI_EDIT_NONE:
		break;
	}
	return UI_REACT_NONE;
}

static enum ui_reaction key_question(struct ui *ui, struct plan *p, enum ui_action action)
{
	/* Enter is the question's yes: read here as the plan's own Enter. */
	bool yes = action == UI_ACTION_YES || action == UI_ACTION_EDIT || action == UI_ACTION_OPEN;
	bool no = action == UI_ACTION_NO;
	enum plan_mode asked = p->mode;
	if (!yes && !no && action != UI_ACTION_BACK) {
		return UI_REACT_NONE; /* still asked */
	}
	p->mode = PLAN_LIST;
	if (asked == PLAN_ASK_REMOVE) {
		const struct plan_item *it = &p->items[p->sel];
		if (yes) {
			safety_plan_remove(&p->plan, it->section, (size_t)it->line);
			plan_items_build(p);
			ui_say(ui, false, "Removed, not saved yet: s saves your plan.");
		}
		return UI_REACT_REDRAW;
	}
	if (action == UI_ACTION_BACK) {
		ui_say(ui, false, "Your changes are still here, not saved yet: s saves them.");
	} else if (no) {
		ui_pop(ui);
		ui_say(ui, false, "Not saved: your safety plan is as it was.");
	} else if (plan_save(ui, p)) {
		ui_pop(ui);
	}
	return UI_REACT_REDRAW;
}

static void need_line(struct ui *ui, const char *what)
{
	ui_say(ui, false, "Down moves onto a line, then %s.", what);
}

static enum ui_reaction key(struct ui *ui, void *state, enum ui_action action,
                            const struct ui_event *ev)
{
	struct plan *p = state;
	str_clear(&p->note);
	if (p->unreadable || p->count == 0) {
		if (action == UI_ACTION_BACK) {
			ui_pop(ui);
		}
		return UI_REACT_REDRAW;
	}
	if (p->mode == PLAN_TYPING) {
		return key_typing(ui, p, action, ev);
	}
	if (p->mode != PLAN_LIST) {
		return key_question(ui, p, action);
	}
	const struct plan_item *it = &p->items[p->sel];
	switch (action) {
	case UI_ACTION_EDIT:
	case UI_ACTION_OPEN:
		plan_start_typing(ui, p, it->line);
		break;
	case UI_ACTION_ADD:
		plan_start_typing(ui, p, -1);
		break;
	case UI_ACTION_REMOVE:
		if (it->line < 0) {
			need_line(ui, "d removes it");
		} else {
			p->mode = PLAN_ASK_REMOVE;
		}
		break;
	case UI_ACTION_SHOW_LOCKED:
		if (it->line < 0) {
			need_line(ui, "v shows it even when locked, or stops showing it");
		} else {
			plan_toggle_shown(p);
		}
		break;
	case UI_ACTION_SAVE:
		plan_save(ui, p);
		break;
	case UI_ACTION_BACK:
		if (plan_dirty(p)) {
			p->mode = PLAN_ASK_LEAVE;
		} else {
			ui_pop(ui);
		}
		break;
	default: {
		struct ui_list list = {p->count, p->sel, p->top};
		if (!ui_list_key(&list, action, p->rows)) {
			return UI_REACT_NONE;
		}
		p->sel = list.selected;
		break;
	}
	}
	return UI_REACT_REDRAW;
}

static bool typing(const void *state)
{
	const struct plan *p = state;
	return p->mode == PLAN_TYPING;
}

/* While a question is asked, only its keys are hinted. */
static bool hints_now(const void *state, enum ui_context context)
{
	const struct plan *p = state;
	bool asking = p->mode == PLAN_ASK_LEAVE || p->mode == PLAN_ASK_REMOVE;
	return asking ? context == UI_CTX_QUESTION : context == UI_CTX_PLAN;
}

/* Before the diary locks: the plan as it was being changed, with a line
 * half typed when it can be kept, becomes the draft, put back the next
 * time the plan opens. A draft is not the plan: the file of lines shown
 * while locked is not touched until the person saves. */
static bool keep(struct ui *ui, void *state, struct app_error *err)
{
	struct plan *p = state;
	if (p->mode == PLAN_TYPING) {
		struct app_error bad = {0};
		if (app_safety_line_check(p->edit.buf, p->edit.len, &bad)) {
			plan_done_typing(ui, p);
		}
		app_error_finish(&bad);
		p->mode = PLAN_LIST;
	}
	if (p->unreadable || !plan_dirty(p)) {
		return true;
	}
	return session_safety_plan_draft_keep(ui->session, &p->plan, err);
}

const struct ui_screen ui_screen_plan = {
    .name = "plan",
    .contexts = {UI_CTX_PLAN, UI_CTX_MOVE, UI_CTX_QUESTION, UI_CTX_COUNT},
    .state_size = sizeof(struct plan),
    /* A small window in a crisis still shows the plan, laid out narrow. */
    .any_size = true,
    .enter = enter,
    .leave = leave,
    .draw = draw,
    .key = key,
    .typing = typing,
    .hints_now = hints_now,
    .keep = keep,
};
