/* How homework is going: practices logged against those expected, for
 * homework list, the screens, and the weekly report. */
#include "app/homework.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/report.h"
#include "app/secret.h"
#include "app/session_internal.h"
#include "content/markdown_text.h"
#include "store/homework.h"

static void wipe_text(char *text)
{
	if (text != NULL) {
		app_wipe(text, strlen(text));
		free(text);
	}
}

void app_homework_list_finish(struct app_homework_list *l)
{
	for (size_t i = 0; i < l->count; i++) {
		wipe_text(l->items[i].title);
		wipe_text(l->items[i].note);
		str_wipe(&l->items[i].note_text);
		str_wipe(&l->items[i].note_bold);
	}
	if (l->items != NULL) {
		app_wipe(l->items, l->count * sizeof(l->items[0]));
		free(l->items);
	}
	*l = (struct app_homework_list){0};
}

size_t app_homework_next_skill(const struct app_homework *h)
{
	for (size_t k = 0; k < h->skill_count; k++) {
		if (h->due[k] && !h->practised_today[k]) {
			return k;
		}
	}
	for (size_t k = 0; k < h->skill_count; k++) {
		if (h->due[k]) {
			return k;
		}
	}
	return 0;
}

void app_homework_due(const struct app_homework_list *l, struct app_homework_due *out)
{
	*out = (struct app_homework_due){0};
	for (size_t i = 0; i < l->count; i++) {
		const struct app_homework *h = &l->items[i];
		out->in_force |= h->started && !h->ended && h->done_on[0] == '\0';
		for (size_t k = 0; k < h->skill_count; k++) {
			bool seen = false;
			for (size_t j = 0; j < out->count && !seen; j++) {
				seen = strcmp(out->skills[j], h->skills[k]) == 0;
			}
			if (h->due[k] && !h->practised_today[k] && !seen &&
			    out->count < APP_HOMEWORK_DUE_MAX) {
				out->skills[out->count++] = h->skills[k];
			}
		}
	}
}

struct reading {
	struct app_homework_list *list;
	bool failed;
};

static void split_skills(const char *text, struct app_homework *h)
{
	while (*text != '\0' && h->skill_count < HOMEWORK_SKILLS_MAX) {
		size_t n = strcspn(text, ";");
		if (n > 0 && n <= CARD_ID_MAX) {
			memcpy(h->skills[h->skill_count], text, n);
			h->skills[h->skill_count++][n] = '\0';
		}
		text += n + (text[n] == ';');
	}
}

static void read_one(const struct store_homework *row, void *data)
{
	struct reading *r = data;
	struct app_homework_list *l = r->list;
	struct app_homework *grown = realloc(l->items, (l->count + 1) * sizeof(*grown));
	if (grown == NULL) {
		r->failed = true;
		return;
	}
	l->items = grown;
	struct app_homework *h = &l->items[l->count++];
	*h = (struct app_homework){0};
	snprintf(h->id, sizeof(h->id), "%s", row->id);
	h->title = str_dup(row->title);
	h->note = str_dup(row->note);
	markdown_text(row->note, strlen(row->note), &h->note_text, &h->note_bold,
	              &h->note_bold_count);
	split_skills(row->skills, h);
	if (!homework_every_parse(row->every, &h->every)) {
		h->every = (struct homework_every){.kind = HOMEWORK_EVERY_DAY};
	}
	snprintf(h->from, sizeof(h->from), "%s", row->from);
	snprintf(h->until, sizeof(h->until), "%s", row->until != NULL ? row->until : "");
	snprintf(h->done_on, sizeof(h->done_on), "%s", row->done != NULL ? row->done : "");
}

static bool read_all(struct session *s, struct app_homework_list *out, struct app_error *err)
{
	*out = (struct app_homework_list){0};
	struct reading r = {.list = out};
	enum store_status st = store_homework_each(s->store, read_one, &r);
	if (st != STORE_OK || r.failed) {
		app_homework_list_finish(out);
		return st != STORE_OK ? app_error_store(err, st) : app_error_app(err, APP_E_NO_MEMORY);
	}
	return true;
}

/* The practices of a span of days: each day and skill practised once. */
struct practised {
	char (*day)[DATE_TEXT_SIZE];
	char (*skill)[CARD_ID_MAX + 1];
	size_t count;
	size_t cap;
	bool failed;
};

static void practised_add(const char *day, const char *skill, void *data)
{
	struct practised *p = data;
	if (p->failed || strlen(skill) > CARD_ID_MAX) {
		return;
	}
	if (p->count == p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 64;
		void *d = realloc(p->day, cap * sizeof(*p->day));
		if (d != NULL) {
			p->day = d;
		}
		void *k = realloc(p->skill, cap * sizeof(*p->skill));
		if (k != NULL) {
			p->skill = k;
		}
		if (d == NULL || k == NULL) {
			p->failed = true;
			return;
		}
		p->cap = cap;
	}
	snprintf(p->day[p->count], DATE_TEXT_SIZE, "%s", day);
	snprintf(p->skill[p->count], CARD_ID_MAX + 1, "%s", skill);
	p->count++;
}

static void practised_finish(struct practised *p)
{
	free(p->day);
	free(p->skill);
}

static bool practised_read(struct session *s, const char *from, const char *to,
                           struct practised *out, struct app_error *err)
{
	*out = (struct practised){0};
	if (strcmp(from, to) > 0) {
		return true;
	}
	enum store_status st = store_practice_days(s->store, from, to, practised_add, out);
	if (st != STORE_OK || out->failed) {
		practised_finish(out);
		*out = (struct practised){0};
		return st != STORE_OK ? app_error_store(err, st) : app_error_app(err, APP_E_NO_MEMORY);
	}
	return true;
}

static int skill_index(const struct app_homework *h, const char *skill)
{
	for (size_t i = 0; i < h->skill_count; i++) {
		if (strcmp(h->skills[i], skill) == 0) {
			return (int)i;
		}
	}
	return -1;
}

static const char *earlier(const char *a, const char *b)
{
	return strcmp(a, b) <= 0 ? a : b;
}

static const char *later(const char *a, const char *b)
{
	return strcmp(a, b) >= 0 ? a : b;
}

/* The last day h counts up to, of the days up to limit. */
static const char *last_day(const struct app_homework *h, const char *limit)
{
	return h->until[0] != '\0' ? earlier(h->until, limit) : limit;
}

/* Expected and done on the days first..last (both inclusive). */
static void count_span(const struct app_homework *h, const struct practised *p,
                       const char *first, const char *last, unsigned *expected,
                       unsigned *done)
{
	struct date a, b;
	*expected = 0;
	*done = 0;
	if (strcmp(first, last) > 0 || !date_parse(first, &a) || !date_parse(last, &b)) {
		return;
	}
	*expected = homework_expected(h->every, a, b) * (unsigned)h->skill_count;
	for (size_t i = 0; i < p->count; i++) {
		if (strcmp(p->day[i], first) >= 0 && strcmp(p->day[i], last) <= 0 &&
		    skill_index(h, p->skill[i]) >= 0) {
			(*done)++;
		}
	}
}

static void dates(struct app_homework *h, const char *today)
{
	h->started = strcmp(h->from, today) <= 0;
	h->ended = h->until[0] != '\0' && strcmp(h->until, today) < 0;
}

static bool open_today(const struct app_homework *h)
{
	return h->started && !h->ended && h->done_on[0] == '\0';
}

/* This week's practices of h's skills, and what is due today, from p,
 * which holds at least this week's days up to today. */
static void progress_week(struct app_homework *h, const struct practised *p, const char *today)
{
	struct date t;
	char monday[DATE_TEXT_SIZE];
	if (!date_parse(today, &t)) {
		return;
	}
	date_format(date_week_start(t), monday);
	for (size_t i = 0; i < p->count; i++) {
		int k = skill_index(h, p->skill[i]);
		if (k < 0 || strcmp(p->day[i], later(monday, h->from)) < 0 ||
		    strcmp(p->day[i], today) > 0) {
			continue;
		}
		h->week_done[k]++;
		h->practised_today[k] |= strcmp(p->day[i], today) == 0;
	}
	bool open = open_today(h);
	for (size_t k = 0; k < h->skill_count; k++) {
		h->due[k] = open && !h->practised_today[k] &&
		            homework_due_on(h->every, t, h->week_done[k]);
		h->due_today |= h->due[k];
	}
}

bool session_homework_list(struct session *s, struct app_homework_list *out,
                           struct app_error *err)
{
	if (!read_all(s, out, err)) {
		return false;
	}
	char today[DATE_TEXT_SIZE];
	app_today(today);
	const char *first = today;
	for (size_t i = 0; i < out->count; i++) {
		first = earlier(first, out->items[i].from);
	}
	struct practised p;
	if (!practised_read(s, first, today, &p, err)) {
		app_homework_list_finish(out);
		return false;
	}
	for (size_t i = 0; i < out->count; i++) {
		struct app_homework *h = &out->items[i];
		dates(h, today);
		count_span(h, &p, h->from, last_day(h, today), &h->expected, &h->done);
		progress_week(h, &p, today);
	}
	practised_finish(&p);
	return true;
}

bool session_homework_today(struct session *s, struct app_homework_list *out,
                            struct app_error *err)
{
	if (!read_all(s, out, err)) {
		return false;
	}
	char today[DATE_TEXT_SIZE], monday[DATE_TEXT_SIZE];
	struct date t;
	app_today(today);
	date_format(date_parse(today, &t) ? date_week_start(t) : t, monday);
	/* Only the homework in force: the others are wiped and dropped. */
	size_t kept = 0;
	for (size_t i = 0; i < out->count; i++) {
		struct app_homework *h = &out->items[i];
		dates(h, today);
		if (open_today(h)) {
			struct app_homework tmp = *h;
			*h = out->items[kept];
			out->items[kept++] = tmp;
		}
	}
	struct app_homework_list dropped = {.items = out->items + kept, .count = out->count - kept};
	for (size_t i = 0; i < dropped.count; i++) {
		wipe_text(dropped.items[i].title);
		wipe_text(dropped.items[i].note);
		str_wipe(&dropped.items[i].note_text);
		str_wipe(&dropped.items[i].note_bold);
		dropped.items[i] = (struct app_homework){0};
	}
	out->count = kept;
	struct practised p;
	if (!practised_read(s, monday, today, &p, err)) {
		app_homework_list_finish(out);
		return false;
	}
	for (size_t i = 0; i < out->count; i++) {
		progress_week(&out->items[i], &p, today);
	}
	practised_finish(&p);
	return true;
}

/* In force on a day of from..to, and not marked done before it. */
static bool in_range(const struct app_homework *h, const char *from, const char *to)
{
	return strcmp(h->from, to) <= 0 && (h->until[0] == '\0' || strcmp(h->until, from) >= 0) &&
	       (h->done_on[0] == '\0' || strcmp(h->done_on, from) >= 0);
}

static bool report_add(struct app_report *r, const struct app_homework *h,
                       const struct practised *p, const char *today)
{
	struct app_report_homework *grown =
		realloc(r->homework, (r->homework_count + 1) * sizeof(*grown));
	if (grown == NULL) {
		return false;
	}
	r->homework = grown;
	struct app_report_homework *rh = &r->homework[r->homework_count++];
	*rh = (struct app_report_homework){0};
	snprintf(rh->id, sizeof(rh->id), "%s", h->id);
	const char *first = later(h->from, r->range.from);
	const char *last = last_day(h, earlier(r->range.to, today));
	count_span(h, p, first, last, &rh->expected, &rh->done);
	rh->finished = h->done_on[0] != '\0';
	char every[HOMEWORK_EVERY_TEXT_SIZE];
	homework_every_format(h->every, every);
	struct str skills = {0};
	for (size_t k = 0; k < h->skill_count; k++) {
		str_appendf(&skills, "%s%s", k > 0 ? ";" : "", h->skills[k]);
	}
	rh->skills = app_report_keep(r, str_cstr(&skills));
	rh->every = app_report_keep(r, every);
	str_finish(&skills);
	return rh->skills != 0 && rh->every != 0;
}

/* Each day's homework practices: the skills practised that day that a
 * homework in force that day asks for, each once (at most the day's
 * distinct skills, so no overflow); -1 on a day with no homework in
 * force, or after today. */
static void report_days(struct app_report *r, const struct app_homework_list *l,
                        const struct practised *p, const char *today)
{
	/* Both are earliest first: one walk through the practices. */
	size_t i = 0;
	for (size_t d = 0; d < r->day_count; d++) {
		struct app_report_day *day = &r->days[d];
		day->homework = -1;
		for (size_t k = 0; k < l->count && strcmp(day->date, today) <= 0; k++) {
			if (in_range(&l->items[k], day->date, day->date)) {
				day->homework = 0;
			}
		}
		for (; i < p->count && strcmp(p->day[i], day->date) <= 0; i++) {
			for (size_t k = 0; day->homework >= 0 && strcmp(p->day[i], day->date) == 0 &&
			                   k < l->count;
			     k++) {
				const struct app_homework *h = &l->items[k];
				if (in_range(h, day->date, day->date) && skill_index(h, p->skill[i]) >= 0) {
					day->homework++;
					break;
				}
			}
		}
	}
}

bool session_report_homework(struct session *s, struct app_report *r, struct app_error *err)
{
	struct app_homework_list l;
	if (!read_all(s, &l, err)) {
		return false;
	}
	char today[DATE_TEXT_SIZE];
	app_today(today);
	bool any = false;
	for (size_t i = 0; i < l.count; i++) {
		any |= in_range(&l.items[i], r->range.from, r->range.to);
	}
	if (!any) { /* most diaries: no practice need be read */
		app_homework_list_finish(&l);
		return true;
	}
	struct practised p;
	bool ok = practised_read(s, r->range.from, earlier(r->range.to, today), &p, err);
	for (size_t i = 0; ok && i < l.count; i++) {
		if (in_range(&l.items[i], r->range.from, r->range.to) &&
		    !report_add(r, &l.items[i], &p, today)) {
			ok = app_error_app(err, APP_E_NO_MEMORY);
		}
	}
	if (ok) {
		report_days(r, &l, &p, today);
	}
	practised_finish(&p);
	app_homework_list_finish(&l);
	return ok;
}
