/* Plain mode's diary card: a day's fields one by one as the template
 * gives them, each with its scale and what it holds now; Enter keeps a
 * value, - clears it. Saved only at the end, all at once, through
 * session_card_set ("Saved." once it is on disk; a failed save is said
 * and tried again when asked). Urges on the card bring the crisis lines
 * as everywhere else; the end of the input part way saves nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/clock.h"
#include "cli/plain_internal.h"
#include "core/date.h"
#include "core/skill.h"

#define DRUGS_KEY "med.other-drugs"
#define PRESCRIBED_KEY "med.as-prescribed"
/* "999 " comes before what other drugs were, within one medication line. */
#define DRUGS_WHAT_MAX (CARD_MED_TEXT_MAX - 4)

enum field_kind {
	FIELD_URGE,         /* 0-5 */
	FIELD_ACTED,        /* yes or no */
	FIELD_TIMES,        /* a counted action: 0-999 */
	FIELD_EMOTION,      /* 0-5 */
	FIELD_SESSION,      /* coming into session, 0-5 */
	FIELD_PRESCRIBED,   /* medication as prescribed: yes or no */
	FIELD_DRUGS,        /* other drugs: how many times, and what (text) */
	FIELD_MED,          /* another medication's line (text) */
	FIELD_SKILLS_USED,  /* 0-7 */
	FIELD_NOTE,         /* text */
};

struct field {
	enum field_kind kind;
	char key[CARD_ID_MAX + 16]; /* as card set names it: "urge.suicide" */
	char label[CARD_LABEL_MAX + 32];
	int was, now; /* -1: not filled in */
	int peak;     /* an urge: the highest logged that day, or -1 */
	struct str was_text, now_text;
};

struct card {
	char date[DATE_TEXT_SIZE];
	struct field *fields;
	size_t count, cap;
	size_t skills_was_count, skills_count; /* the skills practised that day */
	char skills_was[CARD_DAY_ITEMS_MAX][CARD_ID_MAX + 1];
	char skills[CARD_DAY_ITEMS_MAX][CARD_ID_MAX + 1];
	bool has_session;
	bool built; /* the day was read */
	bool failed; /* out of memory while building */
};

static struct field *add(struct card *c, enum field_kind kind, const char *key,
                         const char *label, int value)
{
	if (c->count == c->cap) {
		size_t cap = c->cap > 0 ? c->cap * 2 : 32;
		struct field *f = realloc(c->fields, cap * sizeof(*f));
		if (f == NULL) {
			c->failed = true;
			return NULL;
		}
		c->fields = f;
		c->cap = cap;
	}
	struct field *f = &c->fields[c->count++];
	memset(f, 0, sizeof(*f));
	f->kind = kind;
	f->was = f->now = value;
	f->peak = -1;
	snprintf(f->key, sizeof(f->key), "%s", key);
	snprintf(f->label, sizeof(f->label), "%s", label);
	return f;
}

static void add_text(struct card *c, enum field_kind kind, const char *key, const char *label,
                     int value, const char *text)
{
	struct field *f = add(c, kind, key, label, value);
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
	struct card *card;
	const struct card_template *tmpl;
};

static bool build_day(const struct card_day *d, void *data)
{
	struct build *b = data;
	struct card *c = b->card;
	const struct card_template *t = b->tmpl;
	char key[CARD_ID_MAX + 16];
	char label[CARD_LABEL_MAX + 32];
	for (size_t i = 0; i < t->target_count; i++) {
		const struct card_target *tg = &t->targets[i];
		if (target_shown(tg, d)) {
			snprintf(key, sizeof(key), "urge.%s", tg->id);
			struct field *f = add(c, FIELD_URGE, key, tg->label,
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
			add(c, counted ? FIELD_TIMES : FIELD_ACTED, key, tg->label,
			    a != NULL ? a->acted : -1);
		}
	}
	for (size_t i = 0; i < t->emotion_count; i++) {
		const struct card_emotion *e = &t->emotions[i];
		int v = card_rating_get(d->emotions, d->emotion_count, e->id);
		if (!e->retired || v >= 0) {
			snprintf(key, sizeof(key), "emotion.%s", e->id);
			add(c, FIELD_EMOTION, key, e->label, v);
		}
	}
	const char *prescribed = card_day_med(d, "as-prescribed");
	bool taken = false;
	add(c, FIELD_PRESCRIBED, PRESCRIBED_KEY, "Medication taken as prescribed",
	    prescribed != NULL && card_parse_yes_no(prescribed, &taken) ? taken : -1);
	const char *other = card_day_med(d, "other-drugs");
	int times = -1;
	const char *what = "";
	if (other != NULL && !card_parse_other_drugs(other, &times, &what)) {
		what = other; /* kept as it was written, though it has no count */
	}
	add_text(c, FIELD_DRUGS, DRUGS_KEY, "Other drugs or alcohol", times, what);
	for (size_t i = 0; i < d->med_count; i++) {
		const char *name = d->meds[i].name;
		if (strcmp(name, "as-prescribed") != 0 && strcmp(name, "other-drugs") != 0) {
			snprintf(key, sizeof(key), "med.%s", name);
			snprintf(label, sizeof(label), "Medication %s", name);
			add_text(c, FIELD_MED, key, label, -1, d->meds[i].taken);
		}
	}
	add(c, FIELD_SKILLS_USED, "skills-used", "Skills used", d->skills_used);
	c->has_session = d->session_count > 0;
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		const struct card_session_item *s = &card_session_items[i];
		snprintf(key, sizeof(key), "session.%s", s->id);
		add(c, FIELD_SESSION, key, s->label,
		    card_rating_get(d->session, d->session_count, s->id));
	}
	add_text(c, FIELD_NOTE, "note", "A note for the day", -1,
	         d->has_note ? str_cstr(&d->note) : "");
	for (size_t i = 0; i < d->skill_count && i < CARD_DAY_ITEMS_MAX; i++) {
		snprintf(c->skills_was[i], sizeof(c->skills_was[i]), "%s", d->skills[i]);
		snprintf(c->skills[i], sizeof(c->skills[i]), "%s", d->skills[i]);
	}
	c->skills_was_count = c->skills_count = d->skill_count;
	c->built = true;
	return true;
}

static void card_finish(struct card *c)
{
	for (size_t i = 0; i < c->count; i++) {
		str_wipe(&c->fields[i].was_text);
		str_wipe(&c->fields[i].now_text);
	}
	free(c->fields);
	memset(c, 0, sizeof(*c));
}

static int field_max(const struct field *f)
{
	switch (f->kind) {
	case FIELD_TIMES:
	case FIELD_DRUGS:
		return CARD_ACTION_COUNT_MAX;
	case FIELD_SKILLS_USED:
		return CARD_SKILLS_USED_MAX;
	case FIELD_ACTED:
	case FIELD_PRESCRIBED:
		return 1;
	default:
		return CARD_RATING_MAX;
	}
}

static bool yes_no(const struct field *f)
{
	return f->kind == FIELD_ACTED || f->kind == FIELD_PRESCRIBED;
}

static bool rated(const struct field *f)
{
	return f->kind == FIELD_URGE || f->kind == FIELD_EMOTION || f->kind == FIELD_SESSION;
}

static void value_words(const struct field *f, int v, struct str *out)
{
	if (v < 0) {
		str_append(out, "not filled in");
	} else if (yes_no(f)) {
		str_append(out, v ? "yes" : "no");
	} else if (rated(f)) {
		str_appendf(out, "%d, %s", v, skill_scale_words(SKILL_SCALE_URGE, v));
	} else if (f->kind == FIELD_SKILLS_USED) {
		str_appendf(out, "%d, %s", v, card_skills_used_meaning(v));
	} else {
		str_appendf(out, "%d", v);
	}
}

static void question(const struct field *f, struct str *q)
{
	switch (f->kind) {
	case FIELD_URGE:
		str_appendf(q, "%s urge, 0 to 5", f->label);
		break;
	case FIELD_ACTED:
		str_appendf(q, "Acted on the %s urge, y or n", f->label);
		break;
	case FIELD_TIMES:
		str_appendf(q, "Times you acted on the %s urge, 0 to 999", f->label);
		break;
	case FIELD_EMOTION:
	case FIELD_SESSION:
		str_appendf(q, "%s, 0 to 5", f->label);
		break;
	case FIELD_PRESCRIBED:
		str_appendf(q, "%s, y or n", f->label);
		break;
	case FIELD_DRUGS:
		str_appendf(q, "%s: how many times, 0 to 999", f->label);
		break;
	case FIELD_SKILLS_USED:
		str_appendf(q, "%s, 0 to 7", f->label);
		break;
	default:
		str_append(q, f->label);
		break;
	}
	str_append(q, ". Now ");
	value_words(f, f->now, q);
	if (f->kind == FIELD_URGE && f->peak >= 0) {
		str_appendf(q, "; the highest you logged that day: %d", f->peak);
	}
	str_append(q, ".");
}

/* Asks one numeric or yes/no field until it has an answer. False when the
 * card stops (q, or the end of the input: *stopped says which). */
static bool ask_number(struct plain *p, struct field *f, bool *ended)
{
	struct str q = {0};
	question(f, &q);
	struct str help = {0};
	str_appendf(&help, "Type %s and Enter. Enter alone keeps what is there, - clears it, q "
	                   "saves what you changed and skips the rest of the card.",
	            yes_no(f) ? "y or n" : rated(f) ? "a whole number from 0 to 5" : "a number");
	if (rated(f)) {
		str_append(&help, " 0 none, 1 a little, 2 some, 3 quite strong, 4 strong, 5 the "
		                  "strongest.");
	}
	bool go_on = true;
	for (;;) {
		enum plain_reply r = plain_ask(p, str_cstr(&q), str_cstr(&help));
		if (r != PLAIN_ANSWER) {
			*ended = r == PLAIN_END;
			go_on = false;
			break;
		}
		const char *a = str_cstr(&p->answer);
		int v = -1;
		bool yes = false;
		if (a[0] == '\0') {
			break;
		}
		if (strcmp(a, "-") == 0) {
			f->now = -1;
			break;
		}
		bool valid = yes_no(f) ? card_parse_yes_no(a, &yes) : card_parse_int(a, 0, field_max(f), &v);
		if (valid && yes_no(f)) {
			v = yes ? 1 : 0;
		}
		if (valid) {
			f->now = v;
			if (rated(f) || f->kind == FIELD_SKILLS_USED) {
				struct str said = {0};
				value_words(f, v, &said);
				plain_sayf("  %s.", str_cstr(&said));
				str_finish(&said);
			}
			break;
		}
		int typed = app_urge_rating_read(a);
		if ((f->kind == FIELD_URGE || (f->kind == FIELD_SESSION &&
		                               card_session_item(f->key + 8)->is_urge)) &&
		    typed > CARD_RATING_MAX) {
			/* Above the scale: it sounds stronger than the scale holds, so
			 * the crisis lines come now (DESIGN.md §2.2). */
			plain_sayf("\n%d is above the scale of 0 to 5, so it counts as very strong. You "
			           "do not have to face it alone:", typed);
			plain_crisis(p);
		}
		if (yes_no(f)) {
			plain_say("Type y or n, Enter to keep what is there, or - to clear it.");
		} else {
			plain_sayf("Type a whole number from 0 to %d, Enter to keep what is there, or - "
			           "to clear it.", field_max(f));
		}
	}
	str_finish(&q);
	str_finish(&help);
	return go_on;
}

/* A text field: Enter keeps it, - clears it. */
static bool ask_text(struct plain *p, struct field *f, const char *what, size_t max,
                     bool *ended)
{
	struct str q = {0};
	if (f->now_text.len > 0) {
		str_appendf(&q, "%s. Now: %s\nType %s, press Enter to keep it, or - to remove it.",
		            f->label, str_cstr(&f->now_text), what);
	} else {
		str_appendf(&q, "%s. Now none. Type %s, or press Enter to leave it empty.", f->label,
		            what);
	}
	bool go_on = true;
	for (;;) {
		enum plain_reply r = plain_ask_text(p, str_cstr(&q), "Type the text and Enter. Enter "
		                                                     "alone keeps what is there; - "
		                                                     "removes it.");
		if (r != PLAIN_ANSWER) {
			*ended = true;
			go_on = false;
			break;
		}
		if (p->answer.len > max) {
			plain_sayf("That is longer than this field holds (%zu bytes); type a shorter one.",
			           max);
			continue;
		}
		if (strcmp(str_cstr(&p->answer), "-") == 0) {
			str_wipe(&f->now_text);
		} else if (p->answer.len > 0) {
			str_wipe(&f->now_text);
			str_append(&f->now_text, str_cstr(&p->answer));
		}
		break;
	}
	str_wipe(&p->answer);
	str_finish(&q);
	return go_on;
}

static void skills_used_meanings(void)
{
	struct str text = {0};
	str_append(&text, "\nSkills used today, 0 to 7:\n");
	for (int v = 0; v <= CARD_SKILLS_USED_MAX; v++) {
		str_appendf(&text, "  %d: %s\n", v, card_skills_used_meaning(v));
	}
	text.buf[--text.len] = '\0';
	plain_say(str_cstr(&text));
}

static void say_section(const char *title)
{
	plain_sayf("\n%s", title);
}

/* A heading before the first field of each kind. */
static void heading(const struct field *f, const struct field *before)
{
	if (before != NULL && before->kind == f->kind) {
		return;
	}
	switch (f->kind) {
	case FIELD_URGE:
		say_section("Urges, 0 to 5: 0 none, 1 a little, 2 some, 3 quite strong, 4 strong, 5 "
		            "the strongest.");
		break;
	case FIELD_ACTED:
	case FIELD_TIMES:
		if (before == NULL || (before->kind != FIELD_ACTED && before->kind != FIELD_TIMES)) {
			say_section("Actions: did you act on the urge?");
		}
		break;
	case FIELD_EMOTION:
		say_section("Emotions, 0 to 5: 0 none, 1 a little, 2 some, 3 quite strong, 4 strong, "
		            "5 the strongest.");
		break;
	case FIELD_PRESCRIBED:
		say_section("Medication and drugs.");
		break;
	case FIELD_SKILLS_USED:
		skills_used_meanings();
		break;
	case FIELD_SESSION:
		say_section("Coming into session, 0 to 5.");
		break;
	default:
		break;
	}
}

static bool has_skill(const struct card *c, const char *id, size_t *at)
{
	for (size_t i = 0; i < c->skills_count; i++) {
		if (strcmp(c->skills[i], id) == 0) {
			*at = i;
			return true;
		}
	}
	return false;
}

static void skills_now(const struct card *c, struct str *out)
{
	str_append(out, "Skills practised that day: ");
	for (size_t i = 0; i < c->skills_count; i++) {
		str_appendf(out, "%s%s", i > 0 ? ", " : "", c->skills[i]);
	}
	str_append(out, c->skills_count == 0 ? "none ticked yet." : ".");
}

/* Ticks or unticks the skills named in one answer ("stop tip", "- stop"). */
static void tick(struct plain *p, struct card *c, char *answer)
{
	bool untick = false;
	for (char *word = strtok(answer, " ,"); word != NULL; word = strtok(NULL, " ,")) {
		if (word[0] == '-') {
			untick = true;
			word++;
			if (word[0] == '\0') {
				continue;
			}
		}
		size_t at;
		bool ticked = has_skill(c, word, &at);
		if (untick && ticked) {
			memmove(c->skills[at], c->skills[at + 1],
			        (c->skills_count - at - 1) * sizeof(c->skills[0]));
			c->skills_count--;
		} else if (!untick && !ticked && skill_library_find(plain_skills(p), word) == NULL) {
			plain_sayf("There is no skill \"%.64s\"; ? lists every skill's id.", word);
		} else if (!untick && !ticked && c->skills_count < CARD_DAY_ITEMS_MAX) {
			snprintf(c->skills[c->skills_count++], sizeof(c->skills[0]), "%s", word);
		}
		untick = false;
	}
}

static bool ask_skills(struct plain *p, struct card *c, bool *ended)
{
	struct str help = {0};
	str_append(&help, "Type the ids of the skills you practised, to tick them; - and an id "
	                  "unticks one; Enter goes on. The skills' ids:\n");
	const struct skill_library *lib = plain_skills(p);
	for (int m = 0; m < SKILL_MODULE_COUNT; m++) {
		str_appendf(&help, "%s:", skill_module_name((enum skill_module)m));
		for (size_t i = 0; i < lib->count; i++) {
			if ((int)lib->skills[i].module == m) {
				str_appendf(&help, " %s", lib->skills[i].id);
			}
		}
		str_append_char(&help, '\n');
	}
	bool go_on = true;
	for (;;) {
		struct str q = {0};
		str_append(&q, "\n");
		skills_now(c, &q);
		str_append(&q, " Type the ids of skills you practised to tick them (such as: stop "
		               "tip), - and an id to untick one, ? to list the ids, or Enter to go on.");
		enum plain_reply r = plain_ask(p, str_cstr(&q), str_cstr(&help));
		str_finish(&q);
		if (r != PLAIN_ANSWER) {
			*ended = r == PLAIN_END;
			go_on = false;
			break;
		}
		if (p->answer.len == 0) {
			break;
		}
		tick(p, c, p->answer.buf);
	}
	str_finish(&help);
	return go_on;
}

/* Goes through every field. False when it stopped early: q (the rest
 * kept as it is) or the end of the input (*ended: nothing is saved). */
static bool walk(struct plain *p, struct card *c, bool *ended)
{
	const struct field *before = NULL;
	bool session_asked = false;
	bool session_wanted = c->has_session;
	for (size_t i = 0; i < c->count; i++) {
		struct field *f = &c->fields[i];
		if (f->kind == FIELD_SESSION && !session_asked) {
			session_asked = true;
			if (!ask_skills(p, c, ended)) {
				return false;
			}
			if (!session_wanted) {
				enum plain_reply r = plain_yes_no(p, "\nFill in the coming-into-session "
				                                     "ratings (for a day you see your "
				                                     "therapist)?",
				                                  false, &session_wanted);
				if (r != PLAIN_ANSWER) {
					*ended = r == PLAIN_END;
					return false;
				}
			}
		}
		if (f->kind == FIELD_SESSION && !session_wanted) {
			continue;
		}
		heading(f, before);
		before = f;
		bool go_on;
		switch (f->kind) {
		case FIELD_NOTE:
			go_on = ask_text(p, f, "a note", CARD_NOTE_MAX, ended);
			break;
		case FIELD_MED:
			go_on = ask_text(p, f, "what was taken", CARD_MED_TEXT_MAX, ended);
			break;
		default:
			go_on = ask_number(p, f, ended);
			break;
		}
		if (go_on && f->kind == FIELD_DRUGS && f->now > 0) {
			go_on = ask_text(p, f, "what they were", DRUGS_WHAT_MAX, ended);
		}
		if (!go_on) {
			return false;
		}
	}
	return true;
}

/* The changes typed, as card set takes them; values are kept in values
 * (one per field or skill), keys in skill_keys for the skills. */
struct changes {
	struct app_card_change *items;
	size_t count;
	struct str *values;
	char (*skill_keys)[CARD_ID_MAX + 8];
};

static bool text_changed(const struct field *f)
{
	return strcmp(str_cstr(&f->was_text), str_cstr(&f->now_text)) != 0;
}

static void add_change(struct changes *ch, const char *key, struct str *value)
{
	ch->items[ch->count++] = (struct app_card_change){key, str_cstr(value)};
}

static bool changes_build(const struct card *c, struct changes *ch)
{
	size_t max = c->count + 2 * CARD_DAY_ITEMS_MAX;
	ch->count = 0;
	ch->items = calloc(max, sizeof(*ch->items));
	ch->values = calloc(max, sizeof(*ch->values));
	ch->skill_keys = calloc(2 * CARD_DAY_ITEMS_MAX, sizeof(*ch->skill_keys));
	if (ch->items == NULL || ch->values == NULL || ch->skill_keys == NULL) {
		return false;
	}
	size_t v = 0;
	for (size_t i = 0; i < c->count; i++) {
		const struct field *f = &c->fields[i];
		struct str *value = &ch->values[v];
		bool changed = f->now != f->was || ((f->kind == FIELD_NOTE || f->kind == FIELD_MED ||
		                                     f->kind == FIELD_DRUGS) && text_changed(f));
		if (!changed) {
			continue;
		}
		if (f->kind == FIELD_NOTE || f->kind == FIELD_MED) {
			str_append(value, str_cstr(&f->now_text));
		} else if (f->kind == FIELD_DRUGS && f->now >= 0) {
			str_appendf(value, f->now_text.len > 0 ? "%d %s" : "%d", f->now,
			            str_cstr(&f->now_text));
		} else if (f->kind == FIELD_DRUGS) {
			str_append(value, ""); /* cleared: what they were goes with the count */
		} else if (yes_no(f)) {
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
		const char (*from)[CARD_ID_MAX + 1] = pass == 0 ? c->skills : c->skills_was;
		size_t from_count = pass == 0 ? c->skills_count : c->skills_was_count;
		for (size_t i = 0; i < from_count; i++) {
			bool in_other = false;
			size_t other_count = pass == 0 ? c->skills_was_count : c->skills_count;
			for (size_t j = 0; j < other_count && !in_other; j++) {
				in_other = strcmp(from[i], pass == 0 ? c->skills_was[j] : c->skills[j]) == 0;
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

static void changes_finish(struct changes *ch, size_t max)
{
	for (size_t i = 0; ch->values != NULL && i < max; i++) {
		str_wipe(&ch->values[i]);
	}
	free(ch->values);
	free(ch->items);
	free(ch->skill_keys);
	memset(ch, 0, sizeof(*ch));
}

/* Saves, saying so only once it is on disk; a failure is said with the
 * crisis lines for any urge on it, and tried again when asked. */
static void save(struct plain *p, struct card *c, const struct changes *ch)
{
	for (;;) {
		struct app_urge_result result = {0};
		struct app_error err = {0};
		if (session_card_set(p->session, c->date, ch->items, ch->count, &result, &err)) {
			plain_sayf("\nSaved. Your card for %s is in your diary.", c->date);
			if (result.given > 0) {
				plain_urge_outcome(p, &result, NULL, NULL);
			}
			return;
		}
		struct str text = {0};
		str_append(&text, "\nNot saved: ");
		plain_error_sentence(&err, &text);
		app_error_finish(&err);
		plain_say(str_cstr(&text));
		str_finish(&text);
		if (result.given > 0) {
			plain_urge_outcome(p, &result, "The urges you gave were NOT saved with the card.",
			                   NULL);
		}
		bool again = false;
		if (plain_yes_no(p, "What you typed is still here. Try to save it again?", true,
		                 &again) != PLAIN_ANSWER ||
		    !again) {
			plain_sayf("Your card for %s was not saved; it is as it was before.", c->date);
			return;
		}
	}
}

/* Which day: Enter for today, or a date that has come. */
static bool pick_date(struct plain *p, char date[DATE_TEXT_SIZE])
{
	char today[DATE_TEXT_SIZE];
	app_today(today);
	struct str q = {0};
	str_appendf(&q, "\nWhich day's card? Press Enter for today, %s, or type an earlier date "
	                "such as %.8s01.", today, today);
	bool picked = false;
	while (!picked && plain_ask(p, str_cstr(&q), "Press Enter for today's card, or type a "
	                                             "date as year-month-day (2026-11-28); q "
	                                             "goes back.") == PLAIN_ANSWER) {
		const char *a = str_cstr(&p->answer);
		struct app_error err = {0};
		if (a[0] == '\0') {
			memcpy(date, today, DATE_TEXT_SIZE);
			picked = true;
		} else if (!app_date_check(a, &err)) {
			app_error_finish(&err);
			plain_say("That is not a date: type it as year-month-day, such as 2026-11-28, or "
			          "press Enter for today.");
		} else if (strcmp(a, today) > 0) {
			plain_say("That day has not come yet: type today's date or an earlier one.");
		} else {
			snprintf(date, DATE_TEXT_SIZE, "%s", a);
			picked = true;
		}
	}
	str_finish(&q);
	return picked;
}

void plain_card(struct plain *p)
{
	struct card c = {0};
	if (!pick_date(p, c.date)) {
		return;
	}
	struct card_template tmpl;
	struct app_error err = {0};
	struct build b = {.card = &c, .tmpl = &tmpl};
	if (!session_card_template(p->session, &tmpl, &err) ||
	    !session_card_each(p->session, c.date, c.date, build_day, &b, &err) || c.failed ||
	    !c.built) {
		struct str text = {0};
		str_append(&text, "The card could not be read. ");
		if (c.failed) {
			str_append(&text, "wisemind ran out of memory; close other programs and try "
			                  "again.");
		} else {
			plain_error_sentence(&err, &text);
		}
		app_error_finish(&err);
		plain_say(str_cstr(&text));
		str_finish(&text);
		card_finish(&c);
		return;
	}
	plain_sayf("\nDiary card for %s. For each field, type a value and Enter. Enter alone keeps "
	           "what is there, - clears it, and q saves what you changed and skips the rest.",
	           c.date);
	bool ended = false;
	bool walked = walk(p, &c, &ended);
	(void)walked;
	struct changes ch = {0};
	size_t max = c.count + 2 * CARD_DAY_ITEMS_MAX;
	if (!changes_build(&c, &ch)) {
		plain_say("wisemind ran out of memory, so your card was not saved.");
	} else if (ended) {
		/* Half a card is never kept; urges typed still bring the lines. */
		plain_sayf("\nThe card for %s was NOT saved: it stopped before its last field.",
		           c.date);
		struct app_urge_result given = {0};
		app_card_urges_given(&p->app, p->session, ch.items, ch.count, &given);
		if (given.given > 0) {
			plain_urge_outcome(p, &given, "The urges you typed were NOT saved.", NULL);
		}
	} else if (ch.count == 0) {
		plain_sayf("\nNothing changed: your card for %s is as it was.", c.date);
	} else {
		save(p, &c, &ch);
	}
	changes_finish(&ch, max);
	card_finish(&c);
}
