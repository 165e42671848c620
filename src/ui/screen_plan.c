#include <stdio.h>
#include <string.h>

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

void plan_items_build(struct plan *p)
{
	struct plan_item was = p->count > 0 ? p->items[p->sel] : (struct plan_item){0, -1};
	p->count = 0;
	p->sel = 0;
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		enum safety_section section = (enum safety_section)s;
		size_t lines = p->plan.sections[s].count;
		for (long i = -1; i < (long)lines && p->count < PLAN_ITEMS_MAX; i++) {
			/* The same place: that line (or the one now in a removed
			 * line's place), else the part's last line, else its title. */
			if (section == was.section && i <= was.line) {
				p->sel = p->count;
			}
			p->items[p->count++] = (struct plan_item){section, i};
		}
	}
}

bool plan_dirty(const struct plan *p)
{
	return !safety_plan_equal(&p->plan, &p->saved);
}

static const struct plan_item *selected(const struct plan *p)
{
	return &p->items[p->sel];
}

static void select_line(struct plan *p, enum safety_section section, long line)
{
	for (size_t i = 0; i < p->count; i++) {
		if (p->items[i].section == section && p->items[i].line == line) {
			p->sel = i;
		}
	}
}

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

/* Saves the plan; says Saved only once it is in the diary, durably, and
 * what now shows while locked. On failure everything stays to retry. */
static bool save(struct ui *ui, struct plan *p)
{
	if (!plan_dirty(p)) {
		ui_say(ui, false, "Nothing to save: your safety plan is as it was.");
		return true;
	}
	struct app_safety_plan_saved saved;
	struct app_error err = {0};
	bool ok = session_safety_plan_set(ui->session, &p->plan, &saved, &err);
	struct str said = {0};
	if (ok) {
		str_append(&said, "Saved.");
		if (saved.shown > 0) {
			str_appendf(
			    &said,
			    " %zu line%s show%s even when wisemind is locked, kept unencrypted "
			    "in %s.",
			    saved.shown, saved.shown == 1 ? "" : "s", saved.shown == 1 ? "s" : "",
			    str_cstr(&p->path));
		} else {
			str_append(&said,
			           " No line shows while locked: all of your plan is in your "
			           "encrypted diary only.");
		}
	} else if (saved.saved) {
		/* In the diary, but the file of lines shown while locked is not
		 * what the plan says: the sentence says so and what mends it. */
		ui_error_sentence(&err, true, &said);
		str_append_char(&said, '.');
	} else {
		/* Some reasons say it themselves ("not saved: the disk is
		 * full"): said once. */
		struct str why = {0};
		ui_error_sentence(&err, false, &why);
		bool says_it = strncmp(str_cstr(&why), "not saved", 9) == 0;
		str_append(&said, says_it ? "" : "Not saved: ");
		ui_error_sentence(&err, says_it, &said);
		str_append(&said, ". Your changes are still here: s tries again.");
		str_finish(&why);
	}
	if (saved.saved) {
		safety_plan_copy(&p->saved, &p->plan);
	}
	ui_say(ui, !ok, "%s", str_cstr(&said));
	str_finish(&said);
	app_error_finish(&err);
	return saved.saved;
}

static void start_typing(struct ui *ui, struct plan *p, long line)
{
	const struct plan_item *it = selected(p);
	const struct safety_lines *l = &p->plan.sections[it->section];
	if (line < 0 && l->count >= SAFETY_LINES_MAX) {
		ui_say(ui, true, "%s is full: a part holds %d lines. d removes one to make room.",
		       safety_section_info(it->section)->title, SAFETY_LINES_MAX);
		return;
	}
	ui_edit_set(&p->edit, line < 0 ? "" : str_cstr(&l->items[line].text));
	p->editing = line;
	p->mode = PLAN_TYPING;
}

/* Enter in the editor: the line goes into the plan when it is one; a
 * line that cannot be kept is refused with the reason, and stays in the
 * editor to be mended. */
static void done_typing(struct ui *ui, struct plan *p)
{
	struct app_error err = {0};
	if (!app_safety_line_check(p->edit.buf, p->edit.len, &err)) {
		ui_say_error(ui, "That line was not kept: ", &err);
		app_error_finish(&err);
		return;
	}
	enum safety_section section = selected(p)->section;
	struct safety_lines *l = &p->plan.sections[section];
	long line = p->editing;
	if (line < 0) {
		safety_plan_add(&p->plan, section, p->edit.buf, p->edit.len, false);
		line = (long)l->count - 1;
		ui_say(ui, false,
		       "Added, not saved yet: s saves your plan. v shows this line even "
		       "when locked.");
	} else {
		str_clear(&l->items[line].text);
		str_append_n(&l->items[line].text, p->edit.buf, p->edit.len);
		ui_say(ui, false, "Changed, not saved yet: s saves your plan.");
	}
	ui_edit_clear(&p->edit);
	p->mode = PLAN_LIST;
	plan_items_build(p);
	select_line(p, section, line);
}

static enum ui_reaction key_typing(struct ui *ui, struct plan *p, enum ui_action action,
                                   const struct ui_event *ev)
{
	switch (ui_edit_key(&p->edit, action, ev)) {
	case UI_EDIT_DONE:
		done_typing(ui, p);
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

/* v: shows the line even when locked, or stops; what that means is said
 * in full each time, with the file's name. */
static void toggle_shown(struct plan *p)
{
	const struct plan_item *it = selected(p);
	struct safety_line *line = &p->plan.sections[it->section].items[it->line];
	line->shown = !line->shown;
	const char *title = safety_section_info(it->section)->title;
	str_clear(&p->note);
	if (line->shown) {
		str_appendf(&p->note,
		            "Line %ld of %s will show even when wisemind is locked. When you save, "
		            "it is also kept NOT encrypted in %s, so the crisis lines can show it "
		            "without your passphrase. v again undoes this.",
		            it->line + 1, title, str_cstr(&p->path));
	} else {
		str_appendf(&p->note,
		            "Line %ld of %s will no longer show while locked: when you save, it is "
		            "kept only in your encrypted diary.",
		            it->line + 1, title);
	}
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
		const struct plan_item *it = selected(p);
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
	} else if (save(ui, p)) {
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
	const struct plan_item *it = selected(p);
	switch (action) {
	case UI_ACTION_EDIT:
	case UI_ACTION_OPEN:
		start_typing(ui, p, it->line);
		break;
	case UI_ACTION_ADD:
		start_typing(ui, p, -1);
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
			toggle_shown(p);
		}
		break;
	case UI_ACTION_SAVE:
		save(ui, p);
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
			done_typing(ui, p);
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
    .needs_session = true,
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
