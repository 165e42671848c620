/* The diary card on an open session: the template in force, days to
 * show, and card set, which checks every change before any is kept. */
#include "app/card.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/card_template.h"
#include "app/clock.h"
#include "app/homework.h"
#include "app/session_internal.h"
#include "app/skills.h"
#include "core/nearest.h"
#include "store/card.h"

void app_today(char out[DATE_TEXT_SIZE])
{
	time_t now = time(NULL);
	struct tm local;
	struct date d = {1970, 1, 1};
	if (localtime_r(&now, &local) != NULL && date_from_tm(&local, &d)) {
		date_format(d, out);
	} else {
		date_format(d, out);
	}
}

/* Fills the days the diary has nothing for, so a range shows every day. */
struct each_ctx {
	struct date next; /* the next day to hand out */
	struct date last;
	struct card_day blank;
	app_card_fn *fn;
	void *data;
	bool stopped;
};

static bool blanks_until(struct each_ctx *c, struct date until)
{
	while (!c->stopped && date_days_between(c->next, until) > 0) {
		char text[DATE_TEXT_SIZE];
		date_format(c->next, text);
		card_day_reset(&c->blank, text);
		c->stopped = !c->fn(&c->blank, c->data);
		if (!date_add_days(c->next, 1, &c->next)) {
			c->stopped = true;
		}
	}
	return !c->stopped;
}

static bool each_day(const struct card_day *day, void *data)
{
	struct each_ctx *c = data;
	struct date d;
	if (!date_parse(day->date, &d) || !blanks_until(c, d)) {
		return false;
	}
	c->stopped = !c->fn(day, c->data);
	if (!date_add_days(d, 1, &c->next)) {
		c->stopped = true;
	}
	return !c->stopped;
}

bool session_card_each(struct session *s, const char *from, const char *to, app_card_fn *fn,
                       void *data, struct app_error *err)
{
	struct each_ctx c = {.fn = fn, .data = data};
	if (!date_parse(from, &c.next) || !date_parse(to, &c.last) ||
	    date_days_between(c.next, c.last) < 0 || date_days_between(c.next, c.last) > 3700) {
		return app_error_app(err, APP_E_DATE);
	}
	card_day_init(&c.blank, from);
	enum store_status st = store_card_each(s->store, from, to, each_day, &c);
	struct date after;
	if (st == STORE_OK && date_add_days(c.last, 1, &after)) {
		blanks_until(&c, after);
	}
	card_day_finish(&c.blank);
	return st == STORE_OK || app_error_store(err, st);
}

/* What card set works with: the template, the skills (loaded only when a
 * skill is ticked), the day, and the urges given. */
struct card_edit {
	struct session *s;
	struct card_template tmpl;
	struct app_skills skills;
	struct card_day day;
	struct app_urge_item urges[CARD_DAY_ITEMS_MAX * 2];
	size_t urge_count;
	struct app_error *err;
};

/* Records a card mistake: one sentence that names the fix. */
static bool mistake(struct card_edit *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool mistake(struct card_edit *e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	str_clear(&e->err->detail);
	str_vappendf(&e->err->detail, fmt, ap);
	va_end(ap);
	return app_error_app(e->err, APP_E_CARD_VALUE);
}

/* ", did you mean "x"?" when one is near enough, else "". */
static void did_you_mean(struct str *out, const char *typed, const char *const *words, size_t n)
{
	const char *near = nearest_word(typed, words, n);
	if (near != NULL) {
		str_appendf(out, ": perhaps you meant \"%s\"", near);
	}
}

/* The keys a card takes with this template, for suggestions. */
static size_t known_keys(const struct card_edit *e, char (*keys)[CARD_ID_MAX + 16], size_t max)
{
	size_t n = 0;
#define KEY(...) \
	do { \
		if (n < max) { \
			snprintf(keys[n++], sizeof(keys[0]), __VA_ARGS__); \
		} \
	} while (0)
	for (size_t i = 0; i < e->tmpl.target_count; i++) {
		KEY("urge.%s", e->tmpl.targets[i].id);
		KEY("action.%s", e->tmpl.targets[i].id);
	}
	for (size_t i = 0; i < e->tmpl.emotion_count; i++) {
		KEY("emotion.%s", e->tmpl.emotions[i].id);
	}
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		KEY("session.%s", card_session_items[i].id);
	}
	KEY("skills-used");
	KEY("med.as-prescribed");
	KEY("med.other-drugs");
	KEY("note");
#undef KEY
	return n;
}

static bool bad_key(struct card_edit *e, const char *key)
{
	char keys[CARD_ITEMS_MAX * 3 + CARD_SESSION_ITEMS + 4][CARD_ID_MAX + 16];
	const char *words[sizeof(keys) / sizeof(keys[0])];
	size_t n = known_keys(e, keys, sizeof(keys) / sizeof(keys[0]));
	for (size_t i = 0; i < n; i++) {
		words[i] = keys[i];
	}
	struct str msg = {0};
	str_appendf(&msg, "\"%s\" is not a field of the card", key);
	did_you_mean(&msg, key, words, n);
	if (nearest_word(key, words, n) == NULL) {
		str_append(&msg, " (fields are urge.TARGET, action.TARGET, emotion.NAME, session.NAME, "
		                 "skills-used, skill.ID, med.NAME and note)");
	}
	bool r = mistake(e, "%s", str_cstr(&msg));
	str_finish(&msg);
	return r;
}

static bool unknown_target(struct card_edit *e, const char *id)
{
	const char *words[CARD_ITEMS_MAX];
	struct str list = {0};
	size_t n = 0;
	for (size_t i = 0; i < e->tmpl.target_count; i++) {
		words[n++] = e->tmpl.targets[i].id;
		if (!e->tmpl.targets[i].retired) {
			str_appendf(&list, "%s%s", list.len ? ", " : "", e->tmpl.targets[i].id);
		}
	}
	struct str msg = {0};
	str_appendf(&msg, "your card has no target \"%s\"", id);
	did_you_mean(&msg, id, words, n);
	bool r = mistake(e, "%s (its targets are %s)", str_cstr(&msg), str_cstr(&list));
	str_finish(&msg);
	str_finish(&list);
	return r;
}

static bool unknown_emotion(struct card_edit *e, const char *id)
{
	const char *words[CARD_ITEMS_MAX];
	struct str list = {0};
	size_t n = 0;
	for (size_t i = 0; i < e->tmpl.emotion_count; i++) {
		words[n++] = e->tmpl.emotions[i].id;
		if (!e->tmpl.emotions[i].retired) {
			str_appendf(&list, "%s%s", list.len ? ", " : "", e->tmpl.emotions[i].id);
		}
	}
	struct str msg = {0};
	str_appendf(&msg, "your card has no emotion \"%s\"", id);
	did_you_mean(&msg, id, words, n);
	bool r = mistake(e, "%s (its emotions are %s)", str_cstr(&msg), str_cstr(&list));
	str_finish(&msg);
	str_finish(&list);
	return r;
}

static bool bad_rating(struct card_edit *e, const char *key, const char *value)
{
	return mistake(e, "%s is rated from 0 (none) to 5 (the strongest), not \"%s\"", key, value);
}

static bool skills_used(struct card_edit *e, const char *value)
{
	int v;
	if (value[0] == '\0') {
		e->day.skills_used = -1;
		return true;
	}
	if (card_parse_int(value, 0, CARD_SKILLS_USED_MAX, &v)) {
		e->day.skills_used = v;
		return true;
	}
	struct str msg = {0};
	str_appendf(&msg, "skills-used is a number from 0 to 7, not \"%s\":", value);
	for (int i = 0; i <= CARD_SKILLS_USED_MAX; i++) {
		str_appendf(&msg, "\n  %d  %s", i, card_skills_used_meaning(i));
	}
	/* The sentence's full stop comes after the last meaning. */
	if (msg.len > 0 && msg.buf[msg.len - 1] == '.') {
		msg.buf[--msg.len] = '\0';
	}
	bool r = mistake(e, "%s", str_cstr(&msg));
	str_finish(&msg);
	return r;
}

/* A skill of the library, or one that came with homework (kept in the
 * diary), as a practice of it ticks it. */
static bool skill_known(struct card_edit *e, const char *id)
{
	if (!e->skills.loaded && !session_skills_load(e->s, &e->skills, e->err)) {
		return false;
	}
	return app_skill_check(e->s->app, &e->skills, id, e->err);
}

static bool text_ok(struct card_edit *e, const char *key, const char *value, size_t max)
{
	size_t n = strlen(value);
	if (!str_is_utf8(value, n)) {
		return mistake(e, "%s is not valid text (UTF-8); type it again", key);
	}
	if (n > max) {
		return mistake(e, "%s is %zu bytes, more than the %zu a card keeps; shorten it", key, n,
		               max);
	}
	return true;
}

static bool med(struct card_edit *e, const char *key, const char *name, const char *value)
{
	if (value[0] == '\0') {
		return card_day_put_med(&e->day, name, NULL);
	}
	if (!text_ok(e, key, value, CARD_MED_TEXT_MAX) || strchr(value, '\n') != NULL) {
		return e->err->source != APP_ERROR_NONE ||
		       mistake(e, "%s is one line of text", key);
	}
	bool yes;
	int count;
	const char *what;
	if (strcmp(name, "as-prescribed") == 0 && !card_parse_yes_no(value, &yes)) {
		return mistake(e, "med.as-prescribed is yes or no (taken as prescribed), not \"%s\"",
		               value);
	}
	if (strcmp(name, "as-prescribed") == 0) {
		value = yes ? "yes" : "no";
	}
	if (strcmp(name, "other-drugs") == 0 && !card_parse_other_drugs(value, &count, &what)) {
		return mistake(e, "med.other-drugs is how many times (0 to 999), then what if you like, "
		                  "such as \"2 beer\", not \"%s\"", value);
	}
	return card_day_put_med(&e->day, name, value) ||
	       mistake(e, "a card keeps at most %d medication lines a day", CARD_MED_MAX);
}

static bool action(struct card_edit *e, const struct card_key *k, const char *value)
{
	const struct card_target *t = card_template_target(&e->tmpl, k->id);
	if (t == NULL) {
		return unknown_target(e, k->id);
	}
	bool yes;
	int n;
	if (value[0] == '\0') {
		return card_day_put_action(&e->day, k->id, -1, false);
	}
	if (card_parse_yes_no(value, &yes)) {
		return card_day_put_action(&e->day, k->id, yes, false);
	}
	if (card_parse_int(value, 0, CARD_ACTION_COUNT_MAX, &n)) {
		return card_day_put_action(&e->day, k->id, n, true);
	}
	return mistake(e, "action.%s is yes, no, or how many times (0 to 999), not \"%s\"", k->id,
	               value);
}

static bool add_urge(struct card_edit *e, enum app_urge_place place, const char *id, int v)
{
	if (e->urge_count == sizeof(e->urges) / sizeof(e->urges[0])) {
		return mistake(e, "one card set takes at most %zu urges",
		               sizeof(e->urges) / sizeof(e->urges[0]));
	}
	e->urges[e->urge_count++] = (struct app_urge_item){
		.place = place, .target = id, .rating = v, .date = e->day.date};
	return true;
}

/* A rating's value: -1 to clear, 0-5, or -2 when it is not one. */
static int rating_of(const char *value)
{
	int v;
	if (value[0] == '\0') {
		return -1;
	}
	return card_parse_int(value, 0, CARD_RATING_MAX, &v) ? v : -2;
}

static bool apply(struct card_edit *e, const char *key, const char *value)
{
	struct card_key k;
	bool has_field;
	if (!card_key_parse(key, &k, &has_field)) {
		return bad_key(e, key);
	}
	int v;
	switch (k.field) {
	case CARD_FIELD_URGE:
		if (card_template_target(&e->tmpl, k.id) == NULL) {
			return unknown_target(e, k.id);
		}
		if ((v = rating_of(value)) == -2) {
			return bad_rating(e, key, value);
		}
		/* A value given is an urge: through the urge function. */
		return v < 0 ? card_rating_put(e->day.urges, &e->day.urge_count, k.id, -1)
		             : add_urge(e, APP_URGE_CARD, key + strlen("urge."), v);
	case CARD_FIELD_ACTION:
		return action(e, &k, value);
	case CARD_FIELD_EMOTION:
		if (card_template_emotion(&e->tmpl, k.id) == NULL) {
			return unknown_emotion(e, k.id);
		}
		if ((v = rating_of(value)) == -2) {
			return bad_rating(e, key, value);
		}
		return card_rating_put(e->day.emotions, &e->day.emotion_count, k.id, v);
	case CARD_FIELD_SESSION: {
		const struct card_session_item *si = card_session_item(k.id);
		if (si == NULL) {
			return bad_key(e, key);
		}
		if ((v = rating_of(value)) == -2) {
			return bad_rating(e, key, value);
		}
		if (si->is_urge && v >= 0) {
			return add_urge(e, APP_URGE_SESSION, si->id, v);
		}
		return card_rating_put(e->day.session, &e->day.session_count, k.id, v);
	}
	case CARD_FIELD_SKILLS_USED:
		return skills_used(e, value);
	case CARD_FIELD_SKILL: {
		bool yes = true;
		if (value[0] != '\0' && !card_parse_yes_no(value, &yes)) {
			return mistake(e, "%s is yes (practised today) or no, not \"%s\"", key, value);
		}
		if (yes && !skill_known(e, k.id)) {
			return false;
		}
		return card_day_put_skill(&e->day, k.id, yes && value[0] != '\0') ||
		       mistake(e, "a card keeps at most %d skills a day", CARD_DAY_ITEMS_MAX);
	}
	case CARD_FIELD_MED:
		return med(e, key, k.id, value);
	case CARD_FIELD_NOTE:
		if (!text_ok(e, key, value, CARD_NOTE_MAX)) {
			return false;
		}
		e->day.has_note = value[0] != '\0';
		str_clear(&e->day.note);
		str_append(&e->day.note, value);
		return true;
	}
	return bad_key(e, key);
}

/* The day to change: a real day, and not one still to come. */
static bool day_ok(const char *date, struct app_error *err)
{
	if (!app_date_check(date, err)) {
		return false;
	}
	char today[DATE_TEXT_SIZE];
	app_today(today);
	return strcmp(date, today) <= 0 || app_error_app(err, APP_E_FUTURE_DATE);
}

void app_card_urges_given(const struct app *app, struct session *s,
                          const struct app_card_change *changes, size_t n,
                          struct app_urge_result *result)
{
	for (size_t i = 0; i < n; i++) {
		const char *key = changes[i].key;
		struct app_urge_item it = {.rating = app_urge_rating_read(changes[i].value)};
		if (strncmp(key, "urge.", 5) == 0) {
			it.place = APP_URGE_CARD;
			it.target = key + 5;
		} else if (strncmp(key, "session.urge-", 13) == 0) {
			it.place = APP_URGE_SESSION;
			it.target = key + 8;
		} else {
			continue;
		}
		if (changes[i].value[0] == '\0') {
			continue; /* a field cleared: no urge given */
		}
		if (s != NULL) {
			session_urges_count(s, &it, result);
		} else {
			app_urges_count(app, &it, result);
		}
	}
}

bool session_card_set(struct session *s, const char *date, const struct app_card_change *changes,
                      size_t count, struct app_urge_result *result, struct app_error *err)
{
	char today[DATE_TEXT_SIZE];
	if (date == NULL) {
		app_today(today);
		date = today;
	}
	struct card_edit *e = calloc(1, sizeof(*e));
	if (e == NULL) {
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	e->s = s;
	e->err = err;
	card_day_init(&e->day, date);
	bool ok = session_card_template(s, &e->tmpl, err) && day_ok(date, err);
	if (ok) {
		enum store_status st = store_card_get(s->store, date, &e->day);
		ok = st == STORE_OK || app_error_store(err, st);
	}
	for (size_t i = 0; ok && i < count; i++) {
		ok = apply(e, changes[i].key, changes[i].value);
	}
	if (!ok) {
		app_card_urges_given(s->app, s, changes, count, result);
	} else {
		/* All checked: the day and its urges, all or nothing. */
		ok = session_urges_put(s, e->urges, e->urge_count, &e->day, result, NULL, err);
		result->saved = ok && session_save(s, err);
		ok = result->saved;
	}
	app_skills_finish(&e->skills);
	card_day_finish(&e->day);
	free(e);
	return ok;
}
