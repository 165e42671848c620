/* A report of the diary card over a run of days (app/report.h): the days
 * through session_card_each, the urges logged through one range query,
 * columns found as the days come, then put in the template's order. */
#include "app/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/homework.h"
#include "app/secret.h"
#include "app/session_internal.h"
#include "store/urge_event.h"

void app_report_init(struct app_report *r)
{
	memset(r, 0, sizeof(*r));
}

void app_report_finish(struct app_report *r)
{
	if (r->days != NULL) {
		app_wipe(r->days, r->day_count * sizeof(r->days[0]));
		free(r->days);
	}
	if (r->events != NULL) {
		app_wipe(r->events, r->event_count * sizeof(r->events[0]));
		free(r->events);
	}
	if (r->homework != NULL) {
		app_wipe(r->homework, r->homework_count * sizeof(r->homework[0]));
		free(r->homework);
	}
	if (r->summary.practised != NULL) {
		app_wipe(r->summary.practised,
		         r->summary.practised_count * sizeof(r->summary.practised[0]));
		free(r->summary.practised);
	}
	str_wipe(&r->text);
	app_wipe(r, sizeof(*r));
}

/* Moves *block (used bytes of it) to a new block of size bytes, wiping
 * the old one: never realloc, which could free it with diary text in it. */
static bool grow(void **block, size_t used, size_t size)
{
	void *moved = malloc(size);
	if (moved == NULL) {
		return false;
	}
	if (*block != NULL) {
		memcpy(moved, *block, used);
		app_wipe(*block, used);
		free(*block);
	}
	*block = moved;
	return true;
}


/* What building a report works with. */
struct build {
	struct app_report *r;
	size_t days_cap;
	size_t events_cap;
	bool target_data[APP_REPORT_ITEMS_MAX];
	bool emotion_data[APP_REPORT_ITEMS_MAX];
	bool no_memory;
};

static app_report_text_at keep_text(struct app_report *r, const char *text, size_t n)
{
	struct str *t = &r->text;
	if (t->len == 0) {
		str_append_char(t, '\0'); /* offset 0 is "none" */
	}
	if (t->len + n + 1 > UINT32_MAX) {
		return 0;
	}
	app_report_text_at at = (app_report_text_at)t->len;
	str_append_n(t, text, n);
	str_append_char(t, '\0');
	return at;
}

app_report_text_at app_report_keep(struct app_report *r, const char *text)
{
	return keep_text(r, text, strlen(text));
}

/* Keeps text (n bytes) and its NUL in the report; 0 when memory or the
 * offsets run out. */
static app_report_text_at keep_n(struct build *b, const char *text, size_t n)
{
	app_report_text_at at = keep_text(b->r, text, n);
	b->no_memory |= at == 0;
	return at;
}

static app_report_text_at keep(struct build *b, const char *text)
{
	return text != NULL ? keep_n(b, text, strlen(text)) : 0;
}

/* The column of id among items, added (not in the template) when it is
 * not there yet; -1 when there is no room left. */
static int column(struct build *b, struct app_report_item *items, size_t *count, const char *id)
{
	for (size_t i = 0; i < *count; i++) {
		if (strcmp(items[i].id, id) == 0) {
			return (int)i;
		}
	}
	if (*count == APP_REPORT_ITEMS_MAX) {
		b->r->left_out++;
		return -1;
	}
	struct app_report_item *it = &items[(*count)++];
	*it = (struct app_report_item){.kind = URGE_KIND_UNKNOWN};
	snprintf(it->id, sizeof(it->id), "%s", id);
	snprintf(it->label, sizeof(it->label), "%s", id);
	return (int)(*count - 1);
}

static int target_column(struct build *b, const char *id)
{
	int c = column(b, b->r->targets, &b->r->target_count, id);
	if (c >= 0) {
		b->target_data[c] = true;
	}
	return c;
}

static int emotion_column(struct build *b, const char *id)
{
	int c = column(b, b->r->emotions, &b->r->emotion_count, id);
	if (c >= 0) {
		b->emotion_data[c] = true;
	}
	return c;
}

static int med_column(struct build *b, const char *name)
{
	struct app_report *r = b->r;
	for (size_t i = 0; i < r->med_count; i++) {
		if (strcmp(r->meds[i], name) == 0) {
			return (int)i;
		}
	}
	if (r->med_count == APP_REPORT_MEDS_MAX) {
		r->left_out++;
		return -1;
	}
	snprintf(r->meds[r->med_count], sizeof(r->meds[0]), "%s", name);
	return (int)r->med_count++;
}

void app_report_day_blank(struct app_report_day *d, const char *date)
{
	memset(d, 0, sizeof(*d));
	memset(d->urge, -1, sizeof(d->urge));
	memset(d->peak, -1, sizeof(d->peak));
	for (size_t i = 0; i < APP_REPORT_ITEMS_MAX; i++) {
		d->action[i] = -1;
	}
	memset(d->emotion, -1, sizeof(d->emotion));
	memset(d->session, -1, sizeof(d->session));
	d->skills_used = -1;
	d->homework = -1;
	snprintf(d->date, sizeof(d->date), "%s", date);
}

static void add_skills(struct build *b, struct app_report_day *d, const struct card_day *day)
{
	if (day->skill_count == 0) {
		return;
	}
	struct str joined = {0};
	for (size_t i = 0; i < day->skill_count; i++) {
		str_appendf(&joined, "%s%s", i ? ";" : "", day->skills[i]);
	}
	d->skills = keep_n(b, joined.buf, joined.len);
	d->skill_count = (uint8_t)day->skill_count;
	str_wipe(&joined);
}

static bool add_day(const struct card_day *day, void *data)
{
	struct build *b = data;
	struct app_report *r = b->r;
	if (r->day_count == b->days_cap) {
		return false; /* session_card_each gives no more days than asked */
	}
	struct app_report_day *d = &r->days[r->day_count++];
	app_report_day_blank(d, day->date);
	int c;
	for (size_t i = 0; i < day->urge_count; i++) {
		if ((c = target_column(b, day->urges[i].id)) >= 0) {
			d->urge[c] = (int8_t)day->urges[i].value;
		}
	}
	for (size_t i = 0; i < day->peak_count; i++) {
		if ((c = target_column(b, day->peaks[i].id)) >= 0) {
			d->peak[c] = (int8_t)day->peaks[i].value;
		}
	}
	for (size_t i = 0; i < day->action_count; i++) {
		if ((c = target_column(b, day->actions[i].id)) >= 0) {
			d->action[c] = (int16_t)day->actions[i].acted;
			d->counted[c] = day->actions[i].counted;
		}
	}
	for (size_t i = 0; i < day->emotion_count; i++) {
		if ((c = emotion_column(b, day->emotions[i].id)) >= 0) {
			d->emotion[c] = (int8_t)day->emotions[i].value;
		}
	}
	for (size_t i = 0; i < day->session_count; i++) {
		const struct card_session_item *si = card_session_item(day->session[i].id);
		if (si != NULL) {
			d->session[si - card_session_items] = (int8_t)day->session[i].value;
			r->has_session = true;
		}
	}
	d->skills_used = (int8_t)day->skills_used;
	add_skills(b, d, day);
	for (size_t i = 0; i < day->med_count; i++) {
		if ((c = med_column(b, day->meds[i].name)) >= 0) {
			d->med[c] = keep(b, day->meds[i].taken);
		}
	}
	if (day->has_note) {
		d->note = keep_n(b, str_cstr(&day->note), day->note.len);
	}
	return !b->no_memory;
}

static bool add_event(const struct store_urge *u, void *data)
{
	struct build *b = data;
	struct app_report *r = b->r;
	if (r->event_count == b->events_cap) {
		size_t cap = b->events_cap ? b->events_cap * 2 : 64;
		if (!grow((void **)&r->events, r->event_count * sizeof(r->events[0]),
		          cap * sizeof(r->events[0]))) {
			b->no_memory = true;
			return false;
		}
		b->events_cap = cap;
	}
	struct app_report_event *e = &r->events[r->event_count++];
	*e = (struct app_report_event){
		.before = (int8_t)u->before, .after = (int8_t)u->after, .via_inbox = u->via_inbox};
	for (size_t i = 0; i < STORE_URGE_ID_SIZE; i++) {
		snprintf(e->id + 2 * i, 3, "%02x", u->id[i]);
	}
	snprintf(e->date, sizeof(e->date), "%.10s", u->at);
	e->at = keep(b, u->at);
	e->target = keep(b, u->target);
	e->skill = keep(b, u->skill);
	e->note = keep(b, u->note);
	return !b->no_memory;
}

/* The columns from the template, in its order, all of them for now: the
 * retired ones are dropped at the end unless the range had their data. */
static void template_columns(struct app_report *r, const struct card_template *t)
{
	for (size_t i = 0; i < t->target_count && i < APP_REPORT_ITEMS_MAX; i++) {
		struct app_report_item *it = &r->targets[r->target_count++];
		*it = (struct app_report_item){.kind = t->targets[i].kind,
		                               .retired = t->targets[i].retired, .in_template = true};
		snprintf(it->id, sizeof(it->id), "%s", t->targets[i].id);
		snprintf(it->label, sizeof(it->label), "%s", t->targets[i].label);
	}
	for (size_t i = 0; i < t->emotion_count && i < APP_REPORT_ITEMS_MAX; i++) {
		struct app_report_item *it = &r->emotions[r->emotion_count++];
		*it = (struct app_report_item){.retired = t->emotions[i].retired, .in_template = true};
		snprintf(it->id, sizeof(it->id), "%s", t->emotions[i].id);
		snprintf(it->label, sizeof(it->label), "%s", t->emotions[i].label);
	}
	snprintf(r->meds[0], sizeof(r->meds[0]), "as-prescribed");
	snprintf(r->meds[1], sizeof(r->meds[1]), "other-drugs");
	r->med_count = 2;
}

/* The final order of items: the template's (a retired one only with
 * data), then the ids it does not name, by id. order[k] is the column
 * that goes to place k; returns how many stay. */
static size_t final_order(const struct app_report_item *items, size_t count, const bool *has_data,
                          size_t *order)
{
	size_t n = 0;
	for (size_t i = 0; i < count; i++) {
		if (items[i].in_template && (!items[i].retired || has_data[i])) {
			order[n++] = i;
		}
	}
	size_t first_extra = n;
	for (size_t i = 0; i < count; i++) {
		if (items[i].in_template) {
			continue;
		}
		size_t k = n++;
		while (k > first_extra && strcmp(items[order[k - 1]].id, items[i].id) > 0) {
			order[k] = order[k - 1];
			k--;
		}
		order[k] = i;
	}
	return n;
}

static size_t med_order(const struct app_report *r, size_t *order)
{
	size_t n = 0;
	for (size_t i = 0; i < r->med_count; i++) {
		size_t k = n++;
		while (k > 2 && strcmp(r->meds[order[k - 1]], r->meds[i]) > 0) {
			order[k] = order[k - 1];
			k--;
		}
		order[k] = i;
	}
	return n;
}

#define PERMUTE(array, order, n) \
	do { \
		__typeof__((array)[0]) moved_[APP_REPORT_ITEMS_MAX]; \
		for (size_t k_ = 0; k_ < (n); k_++) { \
			memcpy(&moved_[k_], &(array)[(order)[k_]], sizeof(moved_[0])); \
		} \
		memcpy((array), moved_, (n) * sizeof(moved_[0])); \
	} while (0)

/* Puts every column in its final place, in the column lists and in each
 * day. */
static void settle_columns(struct build *b)
{
	struct app_report *r = b->r;
	size_t to[APP_REPORT_ITEMS_MAX], eo[APP_REPORT_ITEMS_MAX], mo[APP_REPORT_MEDS_MAX];
	size_t tn = final_order(r->targets, r->target_count, b->target_data, to);
	size_t en = final_order(r->emotions, r->emotion_count, b->emotion_data, eo);
	size_t mn = med_order(r, mo);
	for (size_t i = 0; i < r->day_count; i++) {
		struct app_report_day *d = &r->days[i];
		PERMUTE(d->urge, to, tn);
		PERMUTE(d->peak, to, tn);
		PERMUTE(d->action, to, tn);
		PERMUTE(d->counted, to, tn);
		PERMUTE(d->emotion, eo, en);
		PERMUTE(d->med, mo, mn);
	}
	PERMUTE(r->targets, to, tn);
	PERMUTE(r->emotions, eo, en);
	PERMUTE(r->meds, mo, mn);
	r->target_count = tn;
	r->emotion_count = en;
	r->med_count = mn;
}

static bool count_practised(struct app_report_summary *s, const char *id, size_t len)
{
	for (size_t i = 0; i < s->practised_count; i++) {
		if (strlen(s->practised[i].id) == len && memcmp(s->practised[i].id, id, len) == 0) {
			s->practised[i].days++;
			return true;
		}
	}
	if (len > CARD_ID_MAX) {
		return true;
	}
	if (!grow((void **)&s->practised, s->practised_count * sizeof(s->practised[0]),
	          (s->practised_count + 1) * sizeof(s->practised[0]))) {
		return false;
	}
	struct app_report_practised *p = &s->practised[s->practised_count++];
	memcpy(p->id, id, len);
	p->id[len] = '\0';
	p->days = 1;
	return true;
}

static int compare_practised(const void *pa, const void *pb)
{
	const struct app_report_practised *a = pa, *b = pb;
	if (a->days != b->days) {
		return a->days > b->days ? -1 : 1;
	}
	return strcmp(a->id, b->id);
}

static void sum_day(struct app_report *r, const struct app_report_day *d)
{
	struct app_report_summary *s = &r->summary;
	for (size_t c = 0; c < r->target_count; c++) {
		int v = d->urge[c] > d->peak[c] ? d->urge[c] : d->peak[c];
		if (v > s->urge_peak[c]) {
			s->urge_peak[c] = (int8_t)v;
			snprintf(s->urge_peak_date[c], sizeof(s->urge_peak_date[c]), "%s", d->date);
		}
		if (d->action[c] >= 0) {
			s->action_filled[c]++;
			s->action_days[c] += d->action[c] > 0;
			s->action_times[c] += (unsigned)d->action[c];
		}
	}
	for (size_t c = 0; c < r->emotion_count; c++) {
		if (d->emotion[c] >= 0) {
			s->emotion_max[c] = d->emotion[c] > s->emotion_max[c] ? d->emotion[c]
			                                                      : s->emotion_max[c];
			s->emotion_sum[c] += (unsigned)d->emotion[c];
			s->emotion_days[c]++;
		}
	}
	if (d->skills_used >= 0) {
		s->skills_used_max =
			d->skills_used > s->skills_used_max ? d->skills_used : s->skills_used_max;
		s->skills_used_sum += (unsigned)d->skills_used;
		s->skills_used_days++;
	}
}

static bool summarise(struct app_report *r)
{
	struct app_report_summary *s = &r->summary;
	memset(s->urge_peak, -1, sizeof(s->urge_peak));
	memset(s->emotion_max, -1, sizeof(s->emotion_max));
	s->skills_used_max = -1;
	for (size_t i = 0; i < r->day_count; i++) {
		const struct app_report_day *d = &r->days[i];
		sum_day(r, d);
		const char *p = app_report_text(r, d->skills);
		while (p != NULL && *p != '\0') {
			size_t len = strcspn(p, ";");
			if (!count_practised(s, p, len)) {
				return false;
			}
			p += len + (p[len] == ';');
		}
	}
	if (s->practised_count > 1) {
		qsort(s->practised, s->practised_count, sizeof(s->practised[0]), compare_practised);
	}
	for (size_t i = 0; i < r->event_count; i++) {
		s->events_rated += r->events[i].after >= 0;
	}
	return true;
}

bool session_report(struct session *s, const struct app_report_range *range,
                    struct app_report *out, struct app_error *err)
{
	struct date from, to;
	if (!date_parse(range->from, &from) || !date_parse(range->to, &to)) {
		return app_error_app(err, APP_E_DATE);
	}
	long days = date_days_between(from, to) + 1;
	if (days < 1 || days > APP_REPORT_DAYS_MAX) {
		return app_error_app(err, APP_E_RANGE);
	}
	struct card_template tmpl;
	if (!session_card_template(s, &tmpl, err)) {
		return false;
	}
	struct build b = {.r = out, .days_cap = (size_t)days};
	out->range = *range;
	template_columns(out, &tmpl);
	out->days = calloc(b.days_cap, sizeof(out->days[0]));
	if (out->days == NULL) {
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	if (!session_card_each(s, range->from, range->to, add_day, &b, err)) {
		return false;
	}
	enum store_status st = STORE_OK;
	if (!b.no_memory) {
		st = store_urge_each_between(s->store, range->from, range->to, add_event, &b);
	}
	if (b.no_memory) {
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	settle_columns(&b);
	if (!session_report_homework(s, out, err)) {
		return false;
	}
	return summarise(out) || app_error_app(err, APP_E_NO_MEMORY);
}
