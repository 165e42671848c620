/* Plain mode's diary card as data (cli/plain_card.h). */
#include "cli/plain_card.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct plain_field *add(struct plain_card *c, enum plain_field_kind kind, const char *key,
                               const char *label, int value)
{
	if (c->count == c->cap) {
		size_t cap = c->cap > 0 ? c->cap * 2 : 32;
		struct plain_field *f = realloc(c->fields, cap * sizeof(*f));
		if (f == NULL) {
			c->failed = true;
			return NULL;
		}
		c->fields = f;
		c->cap = cap;
	}
	struct plain_field *f = &c->fields[c->count++];
	memset(f, 0, sizeof(*f));
	f->kind = kind;
	f->was = f->now = value;
	f->peak = -1;
	snprintf(f->key, sizeof(f->key), "%s", key);
	snprintf(f->label, sizeof(f->label), "%s", label);
	return f;
}

static void add_text(struct plain_card *c, enum plain_field_kind kind, const char *key,
                     const char *label, int value, const char *text)
{
	struct plain_field *f = add(c, kind, key, label, value);
	if (f != NULL) {
		str_append(&f->was_text, text);
		str_append(&f->now_text, text);
	}
}

/* A retired target still shows on a day that has something for it. */
static bool target_shown(const struct card_target *t, const struct card_day *d)
{
	return !t->retired || card_day_urge_shown(d, t->id) >= 0 ||
	       card_day_action(d, t->id) != NULL;
}

struct build {
	struct plain_card *card;
	const struct card_template *tmpl;
};

static bool build_day(const struct card_day *d, void *data)
{
	struct build *b = data;
	struct plain_card *c = b->card;
	const struct card_template *t = b->tmpl;
	char key[CARD_ID_MAX + 16];
	char label[CARD_LABEL_MAX + 32];
	for (size_t i = 0; i < t->target_count; i++) {
		const struct card_target *tg = &t->targets[i];
		if (target_shown(tg, d)) {
			snprintf(key, sizeof(key), "urge.%s", tg->id);
			struct plain_field *f =
			    add(c, PLAIN_FIELD_URGE, key, tg->label,
			        card_rating_get(d->urges, d->urge_count, tg->id));
			if (f != NULL) {
				f->peak = card_rating_get(d->peaks, d->peak_count, tg->id);
			}
		}
	}
	for (size_t i = 0; i < t->target_count; i++) {
		const struct card_target *tg = &t->targets[i];
		if (target_shown(tg, d)) {
			const struct card_action *a = card_day_action(d, tg->id);
			bool counted = a != NULL ? a->counted : tg->counted;
			snprintf(key, sizeof(key), "action.%s", tg->id);
			add(c, counted ? PLAIN_FIELD_TIMES : PLAIN_FIELD_ACTED, key, tg->label,
			    a != NULL ? a->acted : -1);
		}
	}
	for (size_t i = 0; i < t->emotion_count; i++) {
		const struct card_emotion *e = &t->emotions[i];
		int v = card_rating_get(d->emotions, d->emotion_count, e->id);
		if (!e->retired || v >= 0) {
			snprintf(key, sizeof(key), "emotion.%s", e->id);
			add(c, PLAIN_FIELD_EMOTION, key, e->label, v);
		}
	}
	const char *prescribed = card_day_med(d, "as-prescribed");
	bool taken = false;
	add(c, PLAIN_FIELD_PRESCRIBED, PLAIN_PRESCRIBED_KEY, "Medication taken as prescribed",
	    prescribed != NULL && card_parse_yes_no(prescribed, &taken) ? taken : -1);
	const char *other = card_day_med(d, "other-drugs");
	int times = -1;
	const char *what = "";
	if (other != NULL && !card_parse_other_drugs(other, &times, &what)) {
		what = other; /* kept as it was written, though it has no count */
	}
	add_text(c, PLAIN_FIELD_DRUGS, PLAIN_DRUGS_KEY, "Other drugs or alcohol", times, what);
	for (size_t i = 0; i < d->med_count; i++) {
		const char *name = d->meds[i].name;
		if (strcmp(name, "as-prescribed") != 0 && strcmp(name, "other-drugs") != 0) {
			snprintf(key, sizeof(key), "med.%s", name);
			snprintf(label, sizeof(label), "Medication %s", name);
			add_text(c, PLAIN_FIELD_MED, key, label, -1, d->meds[i].taken);
		}
	}
	add(c, PLAIN_FIELD_SKILLS_USED, "skills-used", "Skills used", d->skills_used);
	c->has_session = d->session_count > 0;
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		const struct card_session_item *s = &card_session_items[i];
		snprintf(key, sizeof(key), "session.%s", s->id);
		add(c, PLAIN_FIELD_SESSION, key, s->label,
		    card_rating_get(d->session, d->session_count, s->id));
	}
	add_text(c, PLAIN_FIELD_NOTE, "note", "A note for the day", -1,
	         d->has_note ? str_cstr(&d->note) : "");
	for (size_t i = 0; i < d->skill_count && i < CARD_DAY_ITEMS_MAX; i++) {
		snprintf(c->skills_was[i], sizeof(c->skills_was[i]), "%s", d->skills[i]);
		snprintf(c->skills[i], sizeof(c->skills[i]), "%s", d->skills[i]);
	}
	c->skills_was_count = c->skills_count = d->skill_count;
	c->built = true;
	return true;
}

void plain_card_form_finish(struct plain_card *c)
{
	for (size_t i = 0; i < c->count; i++) {
		str_wipe(&c->fields[i].was_text);
		str_wipe(&c->fields[i].now_text);
	}
	free(c->fields);
	memset(c, 0, sizeof(*c));
}

int plain_field_max(const struct plain_field *f)
{
	switch (f->kind) {
	case PLAIN_FIELD_TIMES:
	case PLAIN_FIELD_DRUGS:
		return CARD_ACTION_COUNT_MAX;
	case PLAIN_FIELD_SKILLS_USED:
		return CARD_SKILLS_USED_MAX;
	case PLAIN_FIELD_ACTED:
	case PLAIN_FIELD_PRESCRIBED:
		return 1;
	default:
		return CARD_RATING_MAX;
	}
}

bool plain_field_yes_no(const struct plain_field *f)
{
	return f->kind == PLAIN_FIELD_ACTED || f->kind == PLAIN_FIELD_PRESCRIBED;
}

bool plain_field_rated(const struct plain_field *f)
{
	return f->kind == PLAIN_FIELD_URGE || f->kind == PLAIN_FIELD_EMOTION ||
	       f->kind == PLAIN_FIELD_SESSION;
}

static bool text_changed(const struct plain_field *f)
{
	return strcmp(str_cstr(&f->was_text), str_cstr(&f->now_text)) != 0;
}

static void add_change(struct plain_card_changes *ch, const char *key, struct str *value)
{
	ch->items[ch->count++] = (struct app_card_change){key, str_cstr(value)};
}

bool plain_card_changes(const struct plain_card *c, struct plain_card_changes *ch)
{
	size_t max = c->count + 2 * CARD_DAY_ITEMS_MAX;
	ch->count = 0;
	ch->max = max;
	ch->items = calloc(max, sizeof(*ch->items));
	ch->values = calloc(max, sizeof(*ch->values));
	ch->skill_keys = calloc(2 * CARD_DAY_ITEMS_MAX, sizeof(*ch->skill_keys));
	if (ch->items == NULL || ch->values == NULL || ch->skill_keys == NULL) {
		return false;
	}
	size_t v = 0;
	for (size_t i = 0; i < c->count; i++) {
		const struct plain_field *f = &c->fields[i];
		struct str *value = &ch->values[v];
		bool changed = f->now != f->was ||
		               ((f->kind == PLAIN_FIELD_NOTE || f->kind == PLAIN_FIELD_MED ||
		                 f->kind == PLAIN_FIELD_DRUGS) &&
		                text_changed(f));
		if (!changed) {
			continue;
		}
		if (f->kind == PLAIN_FIELD_NOTE || f->kind == PLAIN_FIELD_MED) {
			str_append(value, str_cstr(&f->now_text));
		} else if (f->kind == PLAIN_FIELD_DRUGS && f->now >= 0) {
			str_appendf(value, f->now_text.len > 0 ? "%d %s" : "%d", f->now,
			            str_cstr(&f->now_text));
		} else if (f->kind == PLAIN_FIELD_DRUGS) {
			str_append(value, ""); /* cleared: what they were goes with the count */
		} else if (plain_field_yes_no(f)) {
			str_append(value, f->now < 0 ? "" : f->now ? "yes" : "no");
		} else if (f->now >= 0) {
			str_appendf(value, "%d", f->now);
		} else {
			str_append(value, "");
		}
		add_change(ch, f->key, value);
		v++;
	}
	size_t k = 0;
	for (int pass = 0; pass < 2; pass++) {
		/* Ticked now and not before, then the other way round. */
		const char(*from)[CARD_ID_MAX + 1] = pass == 0 ? c->skills : c->skills_was;
		size_t from_count = pass == 0 ? c->skills_count : c->skills_was_count;
		for (size_t i = 0; i < from_count; i++) {
			bool in_other = false;
			size_t other_count = pass == 0 ? c->skills_was_count : c->skills_count;
			for (size_t j = 0; j < other_count && !in_other; j++) {
				in_other = strcmp(from[i],
				                  pass == 0 ? c->skills_was[j] : c->skills[j]) == 0;
			}
			if (in_other) {
				continue;
			}
			snprintf(ch->skill_keys[k], sizeof(ch->skill_keys[k]), "skill.%s", from[i]);
			str_append(&ch->values[v], pass == 0 ? "yes" : "no");
			add_change(ch, ch->skill_keys[k++], &ch->values[v++]);
		}
	}
	return true;
}

void plain_card_changes_finish(struct plain_card_changes *ch)
{
	for (size_t i = 0; ch->values != NULL && i < ch->max; i++) {
		str_wipe(&ch->values[i]);
	}
	free(ch->values);
	free(ch->items);
	free(ch->skill_keys);
	memset(ch, 0, sizeof(*ch));
}

bool plain_card_read(struct session *s, struct plain_card *c, struct app_error *err)
{
	struct card_template tmpl;
	struct build b = {.card = c, .tmpl = &tmpl};
	if (!session_card_template(s, &tmpl, err) ||
	    !session_card_each(s, c->date, c->date, build_day, &b, err)) {
		return false;
	}
	return c->built && !c->failed;
}
