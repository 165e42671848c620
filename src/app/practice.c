/* The practice log on an open session: a practice is checked whole,
 * then kept with the day's card ticked, in one change, and saved. */
#include "app/practice.h"

#include "app/homework.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "app/clock.h"
#include "app/homework.h"
#include "app/session_internal.h"
#include "app/skills.h"
#include "core/date.h"
#include "core/diary_card.h"
#include "core/exercise.h"
#include "core/skill.h"
#include "store/card.h"
#include "store/diary.h"
#include "store/practice.h"

static const char *or_empty(const char *text)
{
	return text != NULL ? text : "";
}

static bool text_ok(const char *text)
{
	size_t n = strlen(or_empty(text));
	return n <= APP_PRACTICE_TEXT_MAX && str_is_utf8(or_empty(text), n);
}

/* The highest value of scale, or -1 when it is not one of the two. */
static int scale_max(const char *scale)
{
	for (int sc = 0; sc < SKILL_SCALE_COUNT; sc++) {
		if (strcmp(scale, skill_scale_name((enum skill_scale)sc)) == 0) {
			return skill_scale_max((enum skill_scale)sc);
		}
	}
	return -1;
}

/* Every value of e, before anything is kept. The skill last: it is the
 * one check that reads files (the library). */
static bool entry_ok(struct session *s, const struct app_practice_entry *e,
                     struct app_error *err)
{
	if (e->at != NULL && !date_time_valid(e->at)) {
		return app_error_app(err, APP_E_PRACTICE_TIME);
	}
	if ((e->field_count > 0 && e->fields == NULL) ||
	    (e->rating_count > 0 && e->ratings == NULL)) {
		return app_error_app(err, APP_E_PRACTICE_TEXT);
	}
	for (size_t i = 0; i < e->field_count; i++) {
		const struct app_practice_field *f = &e->fields[i];
		if (or_empty(f->field)[0] != '\0' && !skill_field_valid(f->field)) {
			return app_error_app(err, APP_E_PRACTICE_FIELD);
		}
		if (!text_ok(f->question) || !text_ok(f->answer)) {
			return app_error_app(err, APP_E_PRACTICE_TEXT);
		}
	}
	for (size_t i = 0; i < e->rating_count; i++) {
		const struct app_practice_rating *r = &e->ratings[i];
		int max = scale_max(or_empty(r->scale));
		if (max < 0 || r->value < 0 || r->value > max) {
			return app_error_app(err, APP_E_PRACTICE_RATING);
		}
		if (!text_ok(r->question)) {
			return app_error_app(err, APP_E_PRACTICE_TEXT);
		}
	}
	/* The library, and the skills that came with homework. */
	struct app_skills skills = {0};
	bool ok = session_skills_load(s, &skills, err) &&
	          app_skill_check(s->app, &skills, or_empty(e->skill), err);
	app_skills_finish(&skills);
	return ok;
}

/* Ticks skill on date's card, inside the change under way, touching
 * nothing else of the day. A card shows at most CARD_DAY_ITEMS_MAX
 * skills a day, and card set keeps only what it shows: a skill past that
 * would be lost at the next card set, so a full day stays as it is. */
static enum store_status tick_skill(struct store *store, const char *date, const char *skill)
{
	struct card_day *day = malloc(sizeof(*day));
	if (day == NULL) {
		return STORE_NO_MEMORY;
	}
	card_day_init(day, date);
	enum store_status st = store_card_get(store, date, day);
	if (st == STORE_OK && !card_day_has_skill(day, skill) &&
	    day->skill_count < CARD_DAY_ITEMS_MAX) {
		st = store_diary_set_skill(store, date, skill, true);
	}
	card_day_finish(day);
	free(day);
	return st;
}

/* The store's copy of e in p, with its arrays in fields and ratings
 * (e's counts, plus one so none is empty; the caller frees them). */
static void to_store(const struct app_practice_entry *e, const char *at,
                     struct store_practice_field *fields, struct store_practice_rating *ratings,
                     struct store_practice *p)
{
	*p = (struct store_practice){
		.at = at, .skill = e->skill, .seconds = e->seconds, .finished = e->finished,
		.fields = fields, .field_count = e->field_count,
		.ratings = ratings, .rating_count = e->rating_count,
	};
	for (size_t i = 0; i < e->field_count; i++) {
		fields[i] = (struct store_practice_field){or_empty(e->fields[i].field),
		                                          or_empty(e->fields[i].question),
		                                          or_empty(e->fields[i].answer)};
	}
	for (size_t i = 0; i < e->rating_count; i++) {
		ratings[i] = (struct store_practice_rating){e->ratings[i].scale,
		                                            or_empty(e->ratings[i].question),
		                                            e->ratings[i].value};
	}
}

bool session_practice_log(struct session *s, const struct app_practice_entry *e,
                          struct app_error *err)
{
	if (!entry_ok(s, e, err)) {
		return false;
	}
	char now[APP_TIME_ISO_SIZE];
	const char *at = e->at;
	if (at == NULL) {
		app_time_iso_now(now);
		at = now;
	}
	char date[DATE_TEXT_SIZE];
	memcpy(date, at, DATE_TEXT_SIZE - 1);
	date[DATE_TEXT_SIZE - 1] = '\0';
	struct store_practice_field *fields = calloc(e->field_count + 1, sizeof(*fields));
	struct store_practice_rating *ratings = calloc(e->rating_count + 1, sizeof(*ratings));
	enum store_status st = fields != NULL && ratings != NULL ? store_begin(s->store)
	                                                         : STORE_NO_MEMORY;
	if (st == STORE_OK) {
		struct store_practice p;
		to_store(e, at, fields, ratings, &p);
		/* The practice and its tick on the card: all or nothing. */
		st = store_practice_put(s->store, &p);
		if (st == STORE_OK) {
			st = tick_skill(s->store, date, e->skill);
		}
		st = store_end(s->store, st);
	}
	free(fields);
	free(ratings);
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	return session_save(s, err);
}

/* Hands the store's practice to the front end's fn as an entry. */
struct last_ctx {
	app_practice_fn *fn;
	void *data;
	bool no_memory;
};

static void give_last(const struct store_practice *p, void *data)
{
	struct last_ctx *c = data;
	struct app_practice_field *fields = calloc(p->field_count + 1, sizeof(*fields));
	struct app_practice_rating *ratings = calloc(p->rating_count + 1, sizeof(*ratings));
	if (fields == NULL || ratings == NULL) {
		c->no_memory = true;
	} else {
		for (size_t i = 0; i < p->field_count; i++) {
			const struct store_practice_field *f = &p->fields[i];
			fields[i] = (struct app_practice_field){f->field, f->question, f->answer};
		}
		for (size_t i = 0; i < p->rating_count; i++) {
			const struct store_practice_rating *r = &p->ratings[i];
			ratings[i] = (struct app_practice_rating){r->scale, r->question, r->value};
		}
		long long seconds = p->seconds < 0 ? 0 : p->seconds;
		struct app_practice_entry e = {
			.skill = p->skill, .at = p->at,
			.seconds = seconds > UINT_MAX ? UINT_MAX : (unsigned)seconds,
			.finished = p->finished,
			.fields = fields, .field_count = p->field_count,
			.ratings = ratings, .rating_count = p->rating_count,
		};
		c->fn(&e, c->data);
	}
	free(fields);
	free(ratings);
}

bool session_practice_last(struct session *s, const char *skill, app_practice_fn *fn,
                           void *data, bool *found, struct app_error *err)
{
	*found = false;
	struct last_ctx c = {.fn = fn, .data = data};
	enum store_status st = store_practice_last(s->store, or_empty(skill), give_last, &c);
	if (st == STORE_NOT_FOUND) {
		return true;
	}
	if (st == STORE_OK && c.no_memory) {
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	*found = st == STORE_OK;
	return st == STORE_OK || app_error_store(err, st);
}

bool session_practice_kit(struct session *s, const char *skill, const char *field,
                          struct str *out, bool *found, struct app_error *err)
{
	*found = false;
	enum store_status st = store_practice_kit(s->store, or_empty(skill), or_empty(field), out);
	if (st == STORE_NOT_FOUND) {
		return true;
	}
	*found = st == STORE_OK;
	return st == STORE_OK || app_error_store(err, st);
}

bool session_practice_log_exercise(struct session *s, const struct exercise *ex,
                                   const char *at, uint64_t now, bool finished,
                                   const char *pending, struct app_error *err)
{
	const struct skill_block *asked = exercise_block(ex);
	bool extra = pending != NULL && ex->at == EXERCISE_AT_BLOCK && asked != NULL &&
	             asked->kind == SKILL_BLOCK_ASK;
	size_t n = ex->answer_count;
	struct app_practice_field *fields = calloc(n + 1, sizeof(*fields));
	struct app_practice_rating *ratings = calloc(ex->rating_count + 1, sizeof(*ratings));
	if (fields == NULL || ratings == NULL) {
		free(fields);
		free(ratings);
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	for (size_t i = 0; i < n; i++) {
		const struct exercise_answer *a = &ex->answers[i];
		fields[i] = (struct app_practice_field){a->ask->field != NULL ? a->ask->field : "",
		                                        a->ask->text, a->text};
	}
	if (extra) {
		fields[n++] = (struct app_practice_field){asked->field != NULL ? asked->field : "",
		                                          asked->text, pending};
	}
	for (size_t i = 0; i < ex->rating_count; i++) {
		const struct exercise_rating *r = &ex->ratings[i];
		ratings[i] = (struct app_practice_rating){skill_scale_name(r->rate->scale),
		                                          r->rate->text, r->value};
	}
	struct app_practice_entry e = {
		.skill = ex->skill->id, .at = at, .seconds = exercise_seconds(ex, now),
		.finished = finished,
		.fields = fields, .field_count = n,
		.ratings = ratings, .rating_count = ex->rating_count,
	};
	bool ok = session_practice_log(s, &e, err);
	free(fields);
	free(ratings);
	return ok;
}
