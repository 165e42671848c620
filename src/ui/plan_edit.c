/* The safety plan screen's changes (see ui/plan.h): its list rebuilt
 * from the plan, lines typed, checked and put in, a line shown while
 * locked or not (said in full), and the save. */
#include <string.h>

#include "app/safety_plan.h"
#include "ui/plan.h"

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

/* Saves the plan; says Saved only once it is in the diary, durably, and
 * what now shows while locked. On failure everything stays to retry. */
bool plan_save(struct ui *ui, struct plan *p)
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
		ui_not_saved_again(NULL, &err, "Your changes are still here: s tries again.", &said);
	}
	if (saved.saved) {
		safety_plan_copy(&p->saved, &p->plan);
	}
	ui_say(ui, !ok, "%s", str_cstr(&said));
	str_finish(&said);
	app_error_finish(&err);
	return saved.saved;
}

void plan_start_typing(struct ui *ui, struct plan *p, long line)
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
void plan_done_typing(struct ui *ui, struct plan *p)
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

/* v: shows the line even when locked, or stops; what that means is said
 * in full each time, with the file's name. */
void plan_toggle_shown(struct plan *p)
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
