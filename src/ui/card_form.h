#ifndef WISEMIND_UI_CARD_FORM_H
#define WISEMIND_UI_CARD_FORM_H

#include <stdbool.h>
#include <stddef.h>

#include "app/card.h"
#include "content/skill_library.h"
#include "core/diary_card.h"
#include "ui/widgets.h"

/* The diary card screen's form as data: one row per field of a day's
 * card as the template gives it, each with the value it had when read
 * and the value typed since, and the changes to save (or keep as a
 * draft) built from the difference. Nothing here draws or reads keys. */

enum card_row_kind {
	CARD_ROW_HEADING,     /* a title, not a field */
	CARD_ROW_MEANING,     /* the words of the skills-used rating above it */
	CARD_ROW_URGE,        /* 0-5 */
	CARD_ROW_YES_NO,      /* an action, or medication as prescribed: 0 no, 1 yes */
	CARD_ROW_COUNT,       /* a counted action: 0-999 times */
	CARD_ROW_EMOTION,     /* 0-5 */
	CARD_ROW_SESSION,     /* coming into session, 0-5 */
	CARD_ROW_DRUGS,       /* other drugs: how many times, 0-999 */
	CARD_ROW_DRUGS_WHAT,  /* other drugs: what (saved with the count above) */
	CARD_ROW_SKILLS_USED, /* 0-7 */
	CARD_ROW_SKILL,       /* practised today: 0 or 1 */
	CARD_ROW_TEXT,        /* the note, or another medication's line */
};

struct card_row {
	enum card_row_kind kind;
	char key[CARD_ID_MAX + 16]; /* as card set names it: "urge.suicide" */
	char label[CARD_LABEL_MAX + 1];
	int was, now;        /* -1: not filled in */
	int peak;            /* an urge: the highest logged that day, or -1 */
	bool wide;           /* text across the whole row (the note) */
	struct ui_edit edit; /* text rows */
	char *was_text;
};

struct card_form {
	struct card_row *rows;
	size_t count;
	size_t cap;
};

/* Fills form with every field of day as tmpl and the skill library (NULL:
 * none) give them. False when out of memory. */
bool card_form_build(struct card_form *form, const struct card_template *tmpl,
                     const struct skill_library *lib, const struct card_day *day);

void card_form_finish(struct card_form *form);

/* The highest value a field takes (ratings, counts, yes/no). */
int card_form_max(const struct card_row *row);

bool card_form_is_field(const struct card_row *row);
bool card_form_is_text(const struct card_row *row);
bool card_form_row_changed(const struct card_row *row);
bool card_form_dirty(const struct card_form *form);

/* The changes typed since the form was read, as card set takes them;
 * values are allocated (card_form_changes_finish frees them). Strict: a
 * change that cannot be saved gives false and *why a sentence for the
 * person (other drugs named without how many times); a draft is kept
 * whatever it holds (strict false). */
struct card_form_changes {
	struct app_card_change *items;
	size_t count;
};
bool card_form_changes(const struct card_form *form, bool strict, struct card_form_changes *out,
                       const char **why);
void card_form_changes_finish(struct card_form_changes *changes);

/* Puts one change (a draft's) back into the form as typed; false when
 * the form has no such field now (the template changed since). */
bool card_form_apply(struct card_form *form, const char *key, const char *value);

#endif
