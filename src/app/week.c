/* The week (app/week.h): the week's report, the trend's report over the
 * eight weeks that end with it, and the helps ranking, read in one call
 * so every front end shows the same week. Moving a week along slides the
 * trend instead of reading its eight weeks again (session_week_move). */
#include "app/week.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/helps.h"
#include "app/secret.h"

/* The first day a diary date can be (core/date.h: date_parse). */
#define FIRST_DIARY_DAY "1970-01-01"

void app_week_init(struct app_week *w)
{
	memset(w, 0, sizeof(*w));
	app_report_init(&w->report);
	helps_init(&w->helps);
}

void app_week_finish(struct app_week *w)
{
	app_report_finish(&w->report);
	helps_finish(&w->helps);
	app_wipe(w, sizeof(*w));
}

bool app_week_parse(const char *text, char out[DATE_WEEK_TEXT_SIZE], struct app_error *err)
{
	char typed[16];
	while (text != NULL && *text == ' ') {
		text++;
	}
	size_t n = text != NULL ? strlen(text) : 0;
	while (n > 0 && text[n - 1] == ' ') {
		n--;
	}
	if (n == 0 || n >= sizeof(typed)) {
		return app_error_app(err, APP_E_WEEK);
	}
	memcpy(typed, text, n);
	typed[n] = '\0';
	/* A lower-case w is still plainly a week. */
	if (n == 8 && typed[5] == 'w') {
		typed[5] = 'W';
	}
	struct date_week w;
	struct date d;
	if (date_week_parse(typed, &w)) {
		date_week_format(w, out);
		return true;
	}
	if (date_parse(typed, &d)) {
		date_week_format(date_iso_week(d), out);
		return true;
	}
	return app_error_app(err, APP_E_WEEK);
}

bool app_week_day_empty(const struct app_report *r, const struct app_report_day *day)
{
	for (size_t i = 0; i < r->target_count; i++) {
		if (day->urge[i] >= 0 || day->peak[i] >= 0 || day->action[i] >= 0) {
			return false;
		}
	}
	for (size_t i = 0; i < r->emotion_count; i++) {
		if (day->emotion[i] >= 0) {
			return false;
		}
	}
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		if (day->session[i] >= 0) {
			return false;
		}
	}
	for (size_t i = 0; i < r->med_count; i++) {
		if (day->med[i] != 0) {
			return false;
		}
	}
	return day->skills_used < 0 && day->skill_count == 0 && day->note == 0;
}

static int find_item(const struct app_report_item *items, size_t count, const char *id)
{
	for (size_t i = 0; i < count; i++) {
		if (strcmp(items[i].id, id) == 0) {
			return (int)i;
		}
	}
	return -1;
}

void app_week_trend(const struct app_report *span, struct date first_monday,
                    const struct app_report_item *items, size_t count, bool urges,
                    int8_t (*out)[APP_WEEK_TREND_WEEKS])
{
	const struct app_report_item *cols = urges ? span->targets : span->emotions;
	size_t col_count = urges ? span->target_count : span->emotion_count;
	for (size_t i = 0; i < count; i++) {
		memset(out[i], -1, sizeof(out[i]));
		int c = find_item(cols, col_count, items[i].id);
		for (size_t k = 0; c >= 0 && k < span->day_count; k++) {
			const struct app_report_day *d = &span->days[k];
			struct date day;
			if (!date_parse(d->date, &day)) {
				continue;
			}
			long slot = date_days_between(first_monday, day) / 7;
			if (slot < 0 || slot >= APP_WEEK_TREND_WEEKS) {
				continue;
			}
			int v = urges ? (d->urge[c] > d->peak[c] ? d->urge[c] : d->peak[c])
			              : d->emotion[c];
			if (v > out[i][slot]) {
				out[i][slot] = (int8_t)v;
			}
		}
	}
}

/* week's range as report --week has it, its first day no earlier than
 * the diary's first day. */
static bool week_range(const char *week, struct app_report_range *out, struct date *monday,
                       struct app_error *err)
{
	if (!app_report_range(week, NULL, NULL, out, err)) {
		return false;
	}
	if (strcmp(out->from, FIRST_DIARY_DAY) < 0) {
		snprintf(out->from, sizeof(out->from), "%s", FIRST_DIARY_DAY);
	}
	struct date_week w;
	if (!date_week_parse(out->week, &w)) {
		return app_error_app(err, APP_E_WEEK);
	}
	*monday = date_week_monday(w);
	return true;
}

/* The weeks before and after the shown one, and whether it is today's;
 * false when it has not come yet. */
static bool neighbours(struct app_week *out, struct date monday)
{
	char today_text[DATE_TEXT_SIZE];
	struct date today, d;
	app_today(today_text);
	if (!date_parse(today_text, &today)) {
		return true; /* no today to compare with: every week is in the past */
	}
	struct date this_monday = date_week_start(today);
	long ahead = date_days_between(this_monday, monday);
	if (ahead > 0) {
		return false;
	}
	out->current = ahead == 0;
	if (!out->current && date_add_days(monday, 7, &d)) {
		date_week_format(date_iso_week(d), out->after);
	}
	/* The week before must still have a day in 1970 or later. */
	if (date_add_days(monday, -1, &d) && d.year >= 1970) {
		date_week_format(date_iso_week(d), out->before);
	}
	return true;
}

typedef int8_t trend_row[APP_WEEK_TREND_WEEKS];

/* The trend's values for r's targets and emotions from one report over
 * weeks whole weeks from first (a Monday), from 1970-01-01 when first is
 * earlier: into urges and emotions, slot 0 first's week. */
static bool read_span(struct session *s, struct date first, int weeks, const struct app_report *r,
                      trend_row *urges, trend_row *emotions, struct app_error *err)
{
	struct date last;
	if (!date_add_days(first, 7 * weeks - 1, &last)) {
		last = first;
	}
	struct app_report_range range = {0};
	date_format(first, range.from);
	date_format(last, range.to);
	if (strcmp(range.from, FIRST_DIARY_DAY) < 0) {
		snprintf(range.from, sizeof(range.from), "%s", FIRST_DIARY_DAY);
	}
	struct app_report span;
	app_report_init(&span);
	/* Weeks wholly before the diary's first day hold nothing. */
	bool ok = strcmp(range.to, FIRST_DIARY_DAY) < 0 || session_report(s, &range, &span, err);
	if (ok) {
		app_week_trend(&span, first, r->targets, r->target_count, true, urges);
		app_week_trend(&span, first, r->emotions, r->emotion_count, false, emotions);
	}
	app_report_finish(&span);
	return ok;
}

/* The first Monday of the trend that ends with monday's week. */
static struct date trend_first(struct date monday)
{
	struct date first;
	if (!date_add_days(monday, -7 * (APP_WEEK_TREND_WEEKS - 1), &first)) {
		first = (struct date){1970, 1, 1};
	}
	return first;
}

/* The whole trend: one report over its eight weeks. */
static bool read_trend(struct session *s, struct app_week *out, struct date monday,
                       struct app_error *err)
{
	struct date first = trend_first(monday);
	date_week_format(date_iso_week(first), out->trend_from);
	return read_span(s, first, APP_WEEK_TREND_WEEKS, &out->report, out->urge_trend,
	                 out->emotion_trend, err);
}

/* Row i of to's items (targets or emotions) from the row of the same id
 * in from's, moved step weeks along; false when from has no such row. */
static bool shift_rows(const struct app_report_item *to_items, size_t to_count, trend_row *to_rows,
                       const struct app_report_item *from_items, size_t from_count,
                       const trend_row *from_rows, int step)
{
	for (size_t i = 0; i < to_count; i++) {
		int f = find_item(from_items, from_count, to_items[i].id);
		if (f < 0) {
			return false;
		}
		for (int k = 0; k < APP_WEEK_TREND_WEEKS; k++) {
			int at = k + step;
			to_rows[i][k] =
			    at >= 0 && at < APP_WEEK_TREND_WEEKS ? from_rows[f][at] : -1;
		}
	}
	return true;
}

/* Moving one week along (step -1 back, 1 forward): seven of the eight
 * weeks' values are from's already, so only the week that comes into the
 * trend is read: moving back, the week seven before the new one (one
 * week's report); moving forward, the new week itself, whose report to
 * already holds. A week of to's that from has no row for (a retired
 * target with data in the new week only) sets *whole: the whole trend is
 * read instead. */
static bool slide(struct session *s, const struct app_week *from, struct app_week *to,
                  struct date monday, int step, bool *whole, struct app_error *err)
{
	const struct app_report *r = &to->report, *fr = &from->report;
	*whole = !shift_rows(r->targets, r->target_count, to->urge_trend, fr->targets,
	                     fr->target_count, from->urge_trend, step) ||
	         !shift_rows(r->emotions, r->emotion_count, to->emotion_trend, fr->emotions,
	                     fr->emotion_count, from->emotion_trend, step);
	if (*whole) {
		return true;
	}
	struct date first = trend_first(monday);
	date_week_format(date_iso_week(first), to->trend_from);
	trend_row urges[APP_REPORT_ITEMS_MAX], emotions[APP_REPORT_ITEMS_MAX];
	int slot = step < 0 ? 0 : APP_WEEK_TREND_WEEKS - 1;
	if (step < 0) {
		if (!read_span(s, first, 1, r, urges, emotions, err)) {
			return false;
		}
	} else {
		app_week_trend(r, first, r->targets, r->target_count, true, urges);
		app_week_trend(r, first, r->emotions, r->emotion_count, false, emotions);
	}
	for (size_t i = 0; i < r->target_count; i++) {
		to->urge_trend[i][slot] = urges[i][slot];
	}
	for (size_t i = 0; i < r->emotion_count; i++) {
		to->emotion_trend[i][slot] = emotions[i][slot];
	}
	return true;
}

/* Everything but the helps ranking, into out (initialised); the trend
 * slid along from's when from (or NULL) is the week next to it. */
static bool read_week(struct session *s, const char *week, const struct app_week *from,
                      struct app_week *out, struct app_error *err)
{
	struct app_report_range range;
	struct date monday;
	if (!week_range(week, &range, &monday, err)) {
		return false;
	}
	if (!neighbours(out, monday)) {
		return app_error_app(err, APP_E_FUTURE_WEEK);
	}
	snprintf(out->week, sizeof(out->week), "%s", range.week);
	if (!session_report(s, &range, &out->report, err)) {
		return false;
	}
	out->empty = out->report.event_count == 0;
	for (size_t i = 0; out->empty && i < out->report.day_count; i++) {
		out->empty = app_week_day_empty(&out->report, &out->report.days[i]);
	}
	int step = from == NULL || from->week[0] == '\0'  ? 0
	           : strcmp(from->before, out->week) == 0 ? -1
	           : strcmp(from->after, out->week) == 0  ? 1
	                                                  : 0;
	bool whole = true;
	if (step != 0 && !slide(s, from, out, monday, step, &whole, err)) {
		return false;
	}
	return !whole || read_trend(s, out, monday, err);
}

static bool read_helps(struct session *s, struct app_week *out, struct app_error *err)
{
	if (!session_helps(s, &out->helps, err)) {
		return false;
	}
	out->helps_top =
	    out->helps.ranked < APP_WEEK_HELPS_TOP ? out->helps.ranked : APP_WEEK_HELPS_TOP;
	return true;
}

bool session_week(struct session *s, const char *week, struct app_week *out, struct app_error *err)
{
	app_week_finish(out);
	app_week_init(out);
	if (read_week(s, week, NULL, out, err) && read_helps(s, out, err)) {
		return true;
	}
	app_week_finish(out);
	app_week_init(out);
	return false;
}

bool session_week_move(struct session *s, const char *week, struct app_week *out,
                       struct app_error *err)
{
	struct app_week *moved = calloc(1, sizeof(*moved));
	if (moved == NULL) {
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	app_week_init(moved);
	bool ok = read_week(s, week, out, moved, err);
	if (ok) {
		/* The ranking moves over as it is: no copy of it is left. */
		moved->helps = out->helps;
		moved->helps_top = out->helps_top;
		helps_init(&out->helps);
		app_week_finish(out);
		memcpy(out, moved, sizeof(*out));
		memset(moved, 0, sizeof(*moved));
	} else {
		app_week_finish(moved);
	}
	free(moved);
	return ok;
}
