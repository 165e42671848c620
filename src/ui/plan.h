#ifndef WISEMIND_UI_PLAN_H
#define WISEMIND_UI_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "core/safety_plan.h"
#include "ui/ui.h"
#include "ui/widgets.h"

/* The safety plan on the screen (issue 14): the screen's operations and
 * keys (screen_plan.c), its changes and save (plan_edit.c) and its
 * drawing (plan_draw.c). One scrolling list
 * grouped by the seven parts of the Stanley-Brown plan: each part's
 * title, then its lines; the selected part's prompt above. Nothing is
 * kept until the person saves; leaving with changes asks first, and a
 * lock keeps them as a draft inside the vault. */

/* One row of the list: a part's title (line -1), or one of its lines. */
struct plan_item {
	enum safety_section section;
	long line;
};

#define PLAN_ITEMS_MAX (SAFETY_SECTION_COUNT * (SAFETY_LINES_MAX + 1))

enum plan_mode {
	PLAN_LIST,
	PLAN_TYPING,     /* a line being added or changed in the editor */
	PLAN_ASK_LEAVE,  /* leaving with unsaved changes: save them first? */
	PLAN_ASK_REMOVE, /* remove the selected line? */
};

struct plan {
	struct safety_plan plan;  /* as it is being changed */
	struct safety_plan saved; /* as it is in the diary */
	bool unreadable;          /* the diary's plan could not be read: nothing to change */
	struct plan_item items[PLAN_ITEMS_MAX];
	int heights[PLAN_ITEMS_MAX]; /* rows of each item at the last draw */
	size_t count;
	size_t sel;
	size_t top;
	int rows; /* of the list at the last draw */
	enum plan_mode mode;
	struct ui_edit edit;
	long editing;    /* the line being changed, or -1 for a new one */
	struct str path; /* the file of lines shown while locked */
	/* What showing a line while locked now means, said in full where the
	 * list ends, until the next key. */
	struct str note;
};

/* Rebuilds the items from plan, keeping the selection on the same part
 * and line where it can. */
void plan_items_build(struct plan *p);

bool plan_dirty(const struct plan *p);

/* Opens the editor on the selected part's line (or, line -1, on a new
 * line for it; refused, and said, when the part is full). */
void plan_start_typing(struct ui *ui, struct plan *p, long line);

/* Enter in the editor: the line goes into the plan when it is one; a
 * line that cannot be kept is refused with the reason, and stays in the
 * editor to be mended. */
void plan_done_typing(struct ui *ui, struct plan *p);

/* Shows the selected line even when locked, or stops; what that means
 * is said in full each time, with the unencrypted file's name. */
void plan_toggle_shown(struct plan *p);

/* Saves the plan; says Saved only once it is in the diary, durably, and
 * what now shows while locked; on failure everything stays, to retry.
 * True when the plan is in the diary now. */
bool plan_save(struct ui *ui, struct plan *p);

/* The text of a line's row: its number, the line, and the marker of a
 * line shown when locked, in words. */
void plan_line_text(const struct safety_line *line, size_t index, struct str *out);

void plan_draw(struct ui *ui, struct plan *p, WINDOW *w);

#endif
