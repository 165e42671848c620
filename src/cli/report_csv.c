/* wisemind report --format csv: one row per day, or with --events one row
 * per urge logged (cli/report_format.h; the columns in wisemind(1)). */
#include <string.h>

#include "cli/report_format.h"

/* A field as RFC 4180 wants it: in quotes, with quotes doubled, when it
 * holds a comma, a quote or a line break (or starts or ends with a space,
 * which some readers trim). */
static void field(struct str *out, const char *text)
{
	if (text == NULL || text[0] == '\0') {
		return;
	}
	size_t n = strlen(text);
	if (strpbrk(text, ",\"\r\n") == NULL && text[0] != ' ' && text[n - 1] != ' ') {
		str_append_n(out, text, n);
		return;
	}
	str_append_char(out, '"');
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == '"') {
			str_append_char(out, '"');
		}
		str_append_char(out, *p);
	}
	str_append_char(out, '"');
}

static void sep(struct str *out)
{
	str_append_char(out, ',');
}

static void end_row(struct str *out)
{
	str_append(out, "\r\n");
}

/* A number, or nothing for -1. */
static void number(struct str *out, int v)
{
	if (v >= 0) {
		str_appendf(out, "%d", v);
	}
}

static void action(struct str *out, int acted, bool counted)
{
	if (acted < 0) {
		return;
	}
	if (counted) {
		str_appendf(out, "%d", acted);
	} else {
		str_append(out, acted ? "yes" : "no");
	}
}

static void header(const struct app_report *r, struct str *out)
{
	str_append(out, "date");
	for (size_t i = 0; i < r->target_count; i++) {
		str_appendf(out, ",urge.%s,urge.%s.peak", r->targets[i].id, r->targets[i].id);
	}
	for (size_t i = 0; i < r->target_count; i++) {
		str_appendf(out, ",action.%s", r->targets[i].id);
	}
	for (size_t i = 0; i < r->emotion_count; i++) {
		str_appendf(out, ",emotion.%s", r->emotions[i].id);
	}
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		str_appendf(out, ",session.%s", card_session_items[i].id);
	}
	str_append(out, ",skills_used,skills");
	for (size_t i = 0; i < r->med_count; i++) {
		str_appendf(out, ",med.%s", r->meds[i]);
	}
	str_append(out, ",note,homework");
	end_row(out);
}

static void day_row(const struct app_report *r, const struct app_report_day *d, struct str *out)
{
	str_append(out, d->date);
	for (size_t i = 0; i < r->target_count; i++) {
		sep(out);
		number(out, d->urge[i]);
		sep(out);
		number(out, d->peak[i]);
	}
	for (size_t i = 0; i < r->target_count; i++) {
		sep(out);
		action(out, d->action[i], d->counted[i]);
	}
	for (size_t i = 0; i < r->emotion_count; i++) {
		sep(out);
		number(out, d->emotion[i]);
	}
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		sep(out);
		number(out, d->session[i]);
	}
	sep(out);
	number(out, d->skills_used);
	sep(out);
	field(out, app_report_text(r, d->skills));
	for (size_t i = 0; i < r->med_count; i++) {
		sep(out);
		field(out, app_report_text(r, d->med[i]));
	}
	sep(out);
	field(out, app_report_text(r, d->note));
	sep(out);
	number(out, d->homework); /* empty: no homework in force that day */
	end_row(out);
}

void report_csv_days(const struct app_report *r, struct str *out)
{
	header(r, out);
	for (size_t i = 0; i < r->day_count; i++) {
		day_row(r, &r->days[i], out);
	}
}

void report_csv_events(const struct app_report *r, struct str *out)
{
	str_append(out, "id,at,date,target,before,after,skill,note,via_inbox");
	end_row(out);
	for (size_t i = 0; i < r->event_count; i++) {
		const struct app_report_event *e = &r->events[i];
		str_appendf(out, "%s,", e->id);
		field(out, app_report_text(r, e->at));
		str_appendf(out, ",%s,", e->date);
		field(out, app_report_text(r, e->target));
		str_appendf(out, ",%d,", e->before);
		number(out, e->after);
		sep(out);
		field(out, app_report_text(r, e->skill));
		sep(out);
		field(out, app_report_text(r, e->note));
		str_appendf(out, ",%s", e->via_inbox ? "yes" : "no");
		end_row(out);
	}
}
