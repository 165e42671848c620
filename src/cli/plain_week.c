/* Plain mode's week: one short paragraph per day of an ISO week, read
 * from the same report as wisemind report (session_report): the card's
 * values and the urges logged that day; then the skills that have
 * helped most (session_helps). < and > move a week; a week can be typed. */
#include <stdio.h>
#include <string.h>

#include "app/helps.h"
#include "app/report.h"
#include "cli/plain_internal.h"
#include "core/date.h"

static const char *weekday(const char *date)
{
	static const char *const days[] = {"",         "Monday", "Tuesday",  "Wednesday",
	                                   "Thursday", "Friday", "Saturday", "Sunday"};
	struct date d;
	return date_parse(date, &d) ? days[date_weekday(d)] : "";
}

/* "; " between the parts of a day's line, none before the first. */
static void part(struct str *out, bool *first, const char *head)
{
	str_appendf(out, "%s%s", *first ? "" : "; ", head);
	*first = false;
}

static void day_urges(const struct app_report *r, const struct app_report_day *d, struct str *out,
                      bool *first)
{
	bool any = false;
	for (size_t i = 0; i < r->target_count; i++) {
		int set = d->urge[i], peak = d->peak[i];
		if (set < 0 && peak < 0) {
			continue;
		}
		if (!any) {
			part(out, first, "urges:");
		}
		str_appendf(out, "%s %s %d", any ? "," : "", r->targets[i].label,
		            set >= 0 ? set : peak);
		if (set >= 0 && peak >= 0) {
			str_appendf(out, " (highest logged %d)", peak);
		} else if (set < 0) {
			str_append(out, " (logged)");
		}
		any = true;
	}
	any = false;
	for (size_t i = 0; i < r->target_count; i++) {
		int a = d->action[i];
		if (a < 0) {
			continue;
		}
		if (!any) {
			part(out, first, "acted:");
		}
		str_appendf(out, "%s %s ", any ? "," : "", r->targets[i].label);
		if (d->counted[i]) {
			str_appendf(out, "%d time%s", a, a == 1 ? "" : "s");
		} else {
			str_append(out, a ? "yes" : "no");
		}
		any = true;
	}
}

static void day_rest(const struct app_report *r, const struct app_report_day *d, struct str *out,
                     bool *first)
{
	bool any = false;
	for (size_t i = 0; i < r->emotion_count; i++) {
		if (d->emotion[i] < 0) {
			continue;
		}
		if (!any) {
			part(out, first, "emotions:");
		}
		str_appendf(out, "%s %s %d", any ? "," : "", r->emotions[i].label, d->emotion[i]);
		any = true;
	}
	for (size_t i = 0; i < r->med_count; i++) {
		const char *taken = app_report_text(r, d->med[i]);
		if (taken == NULL) {
			continue;
		}
		const char *name = strcmp(r->meds[i], "as-prescribed") == 0
		                       ? "medication as prescribed"
		                   : strcmp(r->meds[i], "other-drugs") == 0 ? "other drugs"
		                                                            : r->meds[i];
		part(out, first, name);
		str_appendf(out, ": %s", taken);
	}
	if (d->skills_used >= 0) {
		part(out, first, "");
		str_appendf(out, "skills used %d", d->skills_used);
	}
	const char *skills = app_report_text(r, d->skills);
	if (skills != NULL && skills[0] != '\0') {
		part(out, first, "practised: ");
		for (const char *c = skills; *c != '\0'; c++) {
			if (*c == ';') {
				str_append(out, ", ");
			} else {
				str_append_char(out, *c);
			}
		}
	}
	const char *note = app_report_text(r, d->note);
	if (note != NULL && note[0] != '\0') {
		part(out, first, "a note");
	}
}

/* The urges logged on date, each with its time and how it went after. */
static void day_events(const struct app_report *r, const char *date, struct str *out)
{
	for (size_t i = 0; i < r->event_count; i++) {
		const struct app_report_event *e = &r->events[i];
		if (strcmp(e->date, date) != 0) {
			continue;
		}
		const char *at = app_report_text(r, e->at);
		const char *skill = app_report_text(r, e->skill);
		str_appendf(out, "\n  Logged at %.5s: %s %d",
		            at != NULL && strlen(at) > 11 ? at + 11 : "",
		            app_report_text(r, e->target), e->before);
		if (e->after >= 0) {
			str_appendf(out, ", then %d after %s", e->after,
			            skill != NULL ? skill : "a skill");
		}
		if (e->via_inbox) {
			str_append(out, " (logged while locked)");
		}
		str_append(out, ".");
	}
}

static void say_report(const struct app_report *r)
{
	struct str text = {0};
	str_appendf(&text, "\nThe week %s, %s %s to %s %s.\n", r->range.week,
	            weekday(r->range.from), r->range.from, weekday(r->range.to), r->range.to);
	for (size_t i = 0; i < r->day_count; i++) {
		const struct app_report_day *d = &r->days[i];
		str_appendf(&text, "%s %s: ", weekday(d->date), d->date);
		size_t head = text.len;
		bool first = true;
		day_urges(r, d, &text, &first);
		day_rest(r, d, &text, &first);
		if (text.len == head) {
			str_append(&text, "nothing recorded");
		}
		str_append(&text, ".");
		day_events(r, d->date, &text);
		str_append_char(&text, '\n');
	}
	plain_say(str_cstr(&text));
	str_wipe(&text);
}

static void say_helps(struct plain *p)
{
	struct helps h;
	helps_init(&h);
	struct app_error err = {0};
	struct str text = {0};
	if (!session_helps(p->session, &h, &err)) {
		str_append(&text, "\nWhich skills help you most could not be worked out. ");
		plain_error_sentence(&err, &text);
		app_error_finish(&err);
	} else if (h.ranked == 0) {
		str_appendf(&text,
		            "\nWhich skills help you most: too little data yet. A skill counts "
		            "once %d urges logged with it were rated again afterwards.",
		            HELPS_MIN_USES);
	} else {
		str_append(&text, "\nThe skills after which your urges dropped most, over all your "
		                  "diary: ");
		for (size_t i = 0; i < h.ranked && i < 3; i++) {
			char drop[HELPS_DROP_TEXT_SIZE];
			helps_drop_text(h.skills[i].median_halves, drop);
			str_appendf(&text,
			            "%s%s, urges %s lower afterwards (the median of %zu times)",
			            i > 0 ? "; " : "", h.skills[i].id, drop, h.skills[i].count);
		}
		str_append(&text, ".");
	}
	plain_say(str_cstr(&text));
	str_finish(&text);
	helps_finish(&h);
}

/* The week days away from week (7 or -7), into week. */
static void move(char week[DATE_WEEK_TEXT_SIZE], long days)
{
	struct date_week w;
	struct date d;
	if (date_week_parse(week, &w) && date_add_days(date_week_monday(w), days, &d)) {
		date_week_format(date_iso_week(d), week);
	}
}

void plain_week(struct plain *p)
{
	char week[DATE_WEEK_TEXT_SIZE] = "";
	for (;;) {
		struct app_report_range range;
		struct app_error err = {0};
		if (!app_report_range(week[0] != '\0' ? week : NULL, NULL, NULL, &range, &err)) {
			app_error_finish(&err);
			return;
		}
		snprintf(week, sizeof(week), "%s", range.week);
		struct app_report r;
		app_report_init(&r);
		if (session_report(p->session, &range, &r, &err)) {
			say_report(&r);
			say_helps(p);
		} else {
			struct str text = {0};
			str_append(&text, "The week could not be read. ");
			plain_error_sentence(&err, &text);
			app_error_finish(&err);
			plain_say(str_cstr(&text));
			str_finish(&text);
		}
		app_report_finish(&r);
		for (;;) {
			enum plain_reply reply = plain_ask(
			    p,
			    "Type < for the week before, > for the week after, a week such as "
			    "2026-W47, or q to go back.",
			    "< shows the week before, > the week after; a week is written year, W, "
			    "week "
			    "number (2026-W47); q goes back to today.");
			if (reply != PLAIN_ANSWER) {
				return;
			}
			const char *a = str_cstr(&p->answer);
			struct date_week w;
			if (strcmp(a, "<") == 0 || strcmp(a, ">") == 0) {
				move(week, a[0] == '<' ? -7 : 7);
				break;
			}
			if (date_week_parse(a, &w)) {
				date_week_format(w, week);
				break;
			}
			plain_say("That is not a week: type < or >, or a week such as 2026-W47.");
		}
	}
}
