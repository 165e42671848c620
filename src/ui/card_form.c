/* The diary card screen's form as data: rows built from a day and the
 * template, and the changes typed since (see ui/card_form.h). */
#include "ui/card_form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/secret.h"

#define DRUGS_KEY "med.other-drugs"
#define PRESCRIBED_KEY "med.as-prescribed"
/* "999 " comes before what other drugs were, within one medication line. */
#define DRUGS_WHAT_MAX (CARD_MED_TEXT_MAX - 4)

/* Copies text into a label, cut at a character's start when too long. */
static void set_label(char out[CARD_LABEL_MAX + 1], const char *text)
{
	size_t n = strlen(text);
	if (n > CARD_LABEL_MAX) {
		n = CARD_LABEL_MAX;
		while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) {
			n--;
		}
	}
	memcpy(out, text, n);
	out[n] = '\0';
}

static struct card_row *add(struct card_form *form, enum card_row_kind kind, const char *key,
                            const char *label)
{
	if (form->count == form->cap) {
		size_t cap = form->cap > 0 ? form->cap * 2 : 64;
		struct card_row *rows = realloc(form->rows, cap * sizeof(*rows));
		if (rows == NULL) {
			return NULL;
		}
		form->rows = rows;
		form->cap = cap;
	}
	struct card_row *r = &form->rows[form->count++];
	memset(r, 0, sizeof(*r));
	r->kind = kind;
	r->was = r->now = r->peak = -1;
	snprintf(r->key, sizeof(r->key), "%s", key);
	set_label(r->label, label);
	return r;
}

static struct card_row *add_value(struct card_form *form, enum card_row_kind kind,
                                  const char *prefix, const char *id, const char *label, int value)
{
	char key[CARD_ID_MAX + 16];
	snprintf(key, sizeof(key), "%s%s", prefix, id);
	struct card_row *r = add(form, kind, key, label);
	if (r != NULL) {
		r->was = r->now = value;
	}
	return r;
}

/* Frees a copy of diary text, wiped first. */
static void free_wiped(char *text)
{
	if (text != NULL) {
		app_wipe(text, strlen(text));
		free(text);
	}
}

static struct card_row *add_text(struct card_form *form, const char *key, const char *label,
                                 const char *text, size_t max)
{
	struct card_row *r = add(form, CARD_ROW_TEXT, key, label);
	if (r == NULL) {
		return NULL;
	}
	r->was_text = strdup(text);
	if (r->was_text == NULL || !ui_edit_init(&r->edit, max + 1, false)) {
		free_wiped(r->was_text);
		form->count--;
		return NULL;
	}
	ui_edit_set(&r->edit, text);
	return r;
}

/* A retired target still shows on a day that has something for it. */
static bool target_shown(const struct card_target *t, const struct card_day *d)
{
	return !t->retired || card_day_urge_shown(d, t->id) >= 0 ||
	       card_day_action(d, t->id) != NULL;
}

static bool add_urges(struct card_form *f, const struct card_template *t, const struct card_day *d)
{
	if (add(f, CARD_ROW_HEADING, "", "Urges (0 to 5)") == NULL) {
		return false;
	}
	for (size_t i = 0; i < t->target_count; i++) {
		const struct card_target *c = &t->targets[i];
		if (!target_shown(c, d)) {
			continue;
		}
		struct card_row *r = add_value(f, CARD_ROW_URGE, "urge.", c->id, c->label,
		                               card_rating_get(d->urges, d->urge_count, c->id));
		if (r == NULL) {
			return false;
		}
		r->peak = card_rating_get(d->peaks, d->peak_count, c->id);
	}
	if (add(f, CARD_ROW_HEADING, "", "Actions (did you act on the urge?)") == NULL) {
		return false;
	}
	for (size_t i = 0; i < t->target_count; i++) {
		const struct card_target *c = &t->targets[i];
		if (!target_shown(c, d)) {
			continue;
		}
		const struct card_action *a = card_day_action(d, c->id);
		bool counted = a != NULL ? a->counted : c->counted;
		if (add_value(f, counted ? CARD_ROW_COUNT : CARD_ROW_YES_NO, "action.", c->id,
		              c->label, a != NULL ? a->acted : -1) == NULL) {
			return false;
		}
	}
	return true;
}

static bool add_emotions(struct card_form *f, const struct card_template *t,
                         const struct card_day *d)
{
	if (add(f, CARD_ROW_HEADING, "", "Emotions (0 to 5)") == NULL) {
		return false;
	}
	for (size_t i = 0; i < t->emotion_count; i++) {
		const struct card_emotion *e = &t->emotions[i];
		int v = card_rating_get(d->emotions, d->emotion_count, e->id);
		if ((!e->retired || v >= 0) &&
		    add_value(f, CARD_ROW_EMOTION, "emotion.", e->id, e->label, v) == NULL) {
			return false;
		}
	}
	return true;
}

static bool add_meds(struct card_form *f, const struct card_day *d)
{
	if (add(f, CARD_ROW_HEADING, "", "Medication and drugs") == NULL) {
		return false;
	}
	const char *yes = card_day_med(d, "as-prescribed");
	bool taken = false;
	int v = yes != NULL && card_parse_yes_no(yes, &taken) ? taken : -1;
	if (add_value(f, CARD_ROW_YES_NO, PRESCRIBED_KEY, "", "Medication as prescribed", v) ==
	    NULL) {
		return false;
	}
	const char *other = card_day_med(d, "other-drugs");
	int count = -1;
	const char *what = "";
	if (other != NULL && !card_parse_other_drugs(other, &count, &what)) {
		what = other; /* kept as it was written, though it has no count */
	}
	if (add_value(f, CARD_ROW_DRUGS, DRUGS_KEY, "", "Other drugs or alcohol (times)", count) ==
	        NULL ||
	    add_text(f, "", "  What they were", what, DRUGS_WHAT_MAX) == NULL) {
		return false;
	}
	f->rows[f->count - 1].kind = CARD_ROW_DRUGS_WHAT;
	for (size_t i = 0; i < d->med_count; i++) {
		const char *name = d->meds[i].name;
		if (strcmp(name, "as-prescribed") == 0 || strcmp(name, "other-drugs") == 0) {
			continue;
		}
		char key[CARD_ID_MAX + 16], label[CARD_LABEL_MAX + 1];
		snprintf(key, sizeof(key), "med.%s", name);
		snprintf(label, sizeof(label), "Medication: %s", name);
		if (add_text(f, key, label, d->meds[i].taken, CARD_MED_TEXT_MAX) == NULL) {
			return false;
		}
	}
	return true;
}

static bool add_session(struct card_form *f, const struct card_day *d)
{
	if (add(f, CARD_ROW_HEADING, "", "Coming into session (0 to 5, if you want)") == NULL) {
		return false;
	}
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		const struct card_session_item *s = &card_session_items[i];
		if (add_value(f, CARD_ROW_SESSION, "session.", s->id, s->label,
		              card_rating_get(d->session, d->session_count, s->id)) == NULL) {
			return false;
		}
	}
	return true;
}

static bool add_skills(struct card_form *f, const struct skill_library *lib,
                       const struct card_day *d)
{
	for (int m = 0; lib != NULL && m < SKILL_MODULE_COUNT; m++) {
		bool headed = false;
		for (size_t i = 0; i < lib->count; i++) {
			const struct skill *s = &lib->skills[i];
			if ((int)s->module != m || !card_id_valid(s->id)) {
				continue;
			}
			char heading[CARD_LABEL_MAX + 1];
			snprintf(heading, sizeof(heading), "Skills practised: %s",
			         skill_module_name(s->module));
			if ((!headed && add(f, CARD_ROW_HEADING, "", heading) == NULL) ||
			    add_value(f, CARD_ROW_SKILL, "skill.", s->id, s->name,
			              card_day_has_skill(d, s->id)) == NULL) {
				return false;
			}
			headed = true;
		}
	}
	/* Ticked on a day, but no longer in the library: still shown. */
	bool headed = false;
	for (size_t i = 0; i < d->skill_count; i++) {
		if (lib != NULL && skill_library_find(lib, d->skills[i]) != NULL) {
			continue;
		}
		if ((!headed && add(f, CARD_ROW_HEADING, "", "Skills practised: other") == NULL) ||
		    add_value(f, CARD_ROW_SKILL, "skill.", d->skills[i], d->skills[i], 1) == NULL) {
			return false;
		}
		headed = true;
	}
	return true;
}

bool card_form_build(struct card_form *form, const struct card_template *tmpl,
                     const struct skill_library *lib, const struct card_day *day)
{
	card_form_finish(form);
	struct card_row *r;
	bool ok = add_urges(form, tmpl, day) && add_emotions(form, tmpl, day) &&
	          add_meds(form, day) && add(form, CARD_ROW_HEADING, "", "Skills") != NULL &&
	          (r = add_value(form, CARD_ROW_SKILLS_USED, "skills-used", "",
	                         "Skills used (0 to 7)", day->skills_used)) != NULL &&
	          add(form, CARD_ROW_MEANING, "", "") != NULL &&
	          add(form, CARD_ROW_HEADING, "", "A note") != NULL &&
	          (r = add_text(form, "note", "", day->has_note ? str_cstr(&day->note) : "",
	                        CARD_NOTE_MAX)) != NULL;
	if (ok) {
		r->wide = true;
		ok = add_session(form, day) && add_skills(form, lib, day);
	}
	return ok;
}

void card_form_finish(struct card_form *form)
{
	for (size_t i = 0; i < form->count; i++) {
		ui_edit_finish(&form->rows[i].edit);
		free_wiped(form->rows[i].was_text);
	}
	free(form->rows);
	memset(form, 0, sizeof(*form));
}

int card_form_max(const struct card_row *row)
{
	switch (row->kind) {
	case CARD_ROW_URGE:
	case CARD_ROW_EMOTION:
	case CARD_ROW_SESSION:
		return CARD_RATING_MAX;
	case CARD_ROW_COUNT:
	case CARD_ROW_DRUGS:
		return CARD_ACTION_COUNT_MAX;
	case CARD_ROW_SKILLS_USED:
		return CARD_SKILLS_USED_MAX;
	case CARD_ROW_YES_NO:
	case CARD_ROW_SKILL:
		return 1;
	default:
		return 0;
	}
}

bool card_form_is_field(const struct card_row *row)
{
	return row->kind != CARD_ROW_HEADING && row->kind != CARD_ROW_MEANING;
}

bool card_form_is_text(const struct card_row *row)
{
	return row->kind == CARD_ROW_TEXT || row->kind == CARD_ROW_DRUGS_WHAT;
}

bool card_form_row_changed(const struct card_row *row)
{
	if (card_form_is_text(row)) {
		return strcmp(row->edit.buf, row->was_text) != 0;
	}
	return card_form_is_field(row) && row->now != row->was;
}

bool card_form_dirty(const struct card_form *form)
{
	for (size_t i = 0; i < form->count; i++) {
		if (card_form_row_changed(&form->rows[i])) {
			return true;
		}
	}
	return false;
}

static char *yes_no_text(int v)
{
	return strdup(v < 0 ? "" : v ? "yes" : "no");
}

static char *number_text(int v)
{
	char buf[16] = "";
	if (v >= 0) {
		snprintf(buf, sizeof(buf), "%d", v);
	}
	return strdup(buf);
}

/* Other drugs are one medication line: the count, then what. */
static char *drugs_text(const struct card_row *count, const struct card_row *what, bool strict,
                        const char **why)
{
	if (count->now < 0 && what->edit.len > 0 && strict) {
		*why = "for other drugs or alcohol, say how many times as well as what.";
		return NULL;
	}
	if (count->now < 0) {
		return strdup(what->edit.buf);
	}
	size_t n = what->edit.len + 16;
	char *text = malloc(n);
	if (text != NULL) {
		snprintf(text, n, what->edit.len > 0 ? "%d %s" : "%d", count->now, what->edit.buf);
	}
	return text;
}

static char *row_value(const struct card_form *form, size_t i, bool strict, const char **why)
{
	const struct card_row *r = &form->rows[i];
	switch (r->kind) {
	case CARD_ROW_YES_NO:
		return yes_no_text(r->now);
	case CARD_ROW_SKILL:
		return strdup(r->now > 0 ? "yes" : "no");
	case CARD_ROW_TEXT:
		return strdup(r->edit.buf);
	case CARD_ROW_DRUGS:
		return drugs_text(r, &form->rows[i + 1], strict, why);
	default:
		return number_text(r->now);
	}
}

bool card_form_changes(const struct card_form *form, bool strict, struct card_form_changes *out,
                       const char **why)
{
	memset(out, 0, sizeof(*out));
	*why = "wisemind ran out of memory; close other programs and press s again.";
	out->items = calloc(form->count > 0 ? form->count : 1, sizeof(*out->items));
	if (out->items == NULL) {
		return false;
	}
	for (size_t i = 0; i < form->count; i++) {
		const struct card_row *r = &form->rows[i];
		bool changed =
		    card_form_row_changed(r) ||
		    (r->kind == CARD_ROW_DRUGS && card_form_row_changed(&form->rows[i + 1]));
		if (!changed || r->kind == CARD_ROW_DRUGS_WHAT) {
			continue;
		}
		char *value = row_value(form, i, strict, why);
		if (value == NULL) {
			card_form_changes_finish(out);
			return false;
		}
		out->items[out->count++] = (struct app_card_change){r->key, value};
	}
	return true;
}

void card_form_changes_finish(struct card_form_changes *changes)
{
	for (size_t i = 0; i < changes->count; i++) {
		free_wiped((char *)changes->items[i].value);
	}
	free(changes->items);
	memset(changes, 0, sizeof(*changes));
}

/* A number or yes/no as the field's value; -2 when it is neither. */
static int parse_value(const struct card_row *r, const char *value)
{
	int n;
	bool yes;
	if (value[0] == '\0') {
		return r->kind == CARD_ROW_SKILL ? 0 : -1;
	}
	if (card_parse_yes_no(value, &yes)) {
		return yes;
	}
	if (card_parse_int(value, 0, card_form_max(r), &n)) {
		return n;
	}
	return -2;
}

bool card_form_apply(struct card_form *form, const char *key, const char *value)
{
	for (size_t i = 0; i < form->count; i++) {
		struct card_row *r = &form->rows[i];
		if (key[0] == '\0' || strcmp(r->key, key) != 0) {
			continue;
		}
		if (card_form_is_text(r)) {
			ui_edit_set(&r->edit, value);
			return true;
		}
		if (r->kind == CARD_ROW_DRUGS) {
			int count = -1;
			const char *what = value;
			if (!card_parse_other_drugs(value, &count, &what)) {
				count = -1;
				what = value;
			}
			r->now = count;
			ui_edit_set(&form->rows[i + 1].edit, what);
			return true;
		}
		int v = parse_value(r, value);
		if (v == -2) {
			return false;
		}
		r->now = v;
		return true;
	}
	return false;
}
