/* Plain mode's week: one short paragraph per day of an ISO week, from the
 * same call as the screen's week view (session_week): the card's values
 * and the urges logged that day; then the skills that have helped most.
 * < and > move a week; a week or a day can be typed. */
#include <stdio.h>
#include <string.h>

#include "app/week.h"
#include "cli/plain_internal.h"
#include "core/date.h"
#include "front/helps_words.h"
#include "front/urge_line.h"

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

/* The label of the report's target id, else id itself. */
static const char *target_label(const struct app_report *r, const char *id)
{
	for (size_t i = 0; i < r->target_count; i++) {
		if (strcmp(r->targets[i].id, id) == 0) {
			return r->targets[i].label;
		}
	}
	return id;
}

/* The urges logged on date, each with its time and how it went after,
 * named as today names them (front/urge_line.h). */
static void day_events(const struct app_report *r, const struct skill_library *lib,
                       const char *date, struct str *out)
{
	for (size_t i = 0; i < r->event_count; i++) {
		const struct app_report_event *e = &r->events[i];
		if (strcmp(e->date, date) != 0) {
			continue;
		}
		const char *at = app_report_text(r, e->at);
		const char *skill = app_report_text(r, e->skill);
		const char *target = app_report_text(r, e->target);
		str_appendf(out, "\n  Logged at %.5s: %s %d",
		            at != NULL && strlen(at) > 11 ? at + 11 : "",
		            target != NULL ? target_label(r, target) : "an urge", e->before);
		if (e->after >= 0) {
			str_appendf(out, ", then %d after %s", e->after,
			            skill != NULL ? front_skill_name(lib, skill) : "a skill");
		}
		if (e->via_inbox) {
			str_append(out, " (logged while locked)");
		}
		str_append(out, ".");
	}
}

static void say_report(const struct app_report *r, const struct skill_library *lib)
{
	struct str text = {0};
	str_appendf(&text, "\nThe week %s, %s %s to %s %s.\n", r->range.week,
	            date_weekday_name(r->range.from), r->range.from, date_weekday_name(r->range.to), r->range.to);
	for (size_t i = 0; i < r->day_count; i++) {
		const struct app_report_day *d = &r->days[i];
		str_appendf(&text, "%s %s: ", date_weekday_name(d->date), d->date);
		size_t head = text.len;
		bool first = true;
		day_urges(r, d, &text, &first);
		day_rest(r, d, &text, &first);
		if (text.len == head) {
			str_append(&text, "nothing recorded");
		}
		str_append(&text, ".");
		day_events(r, lib, d->date, &text);
		str_append_char(&text, '\n');
	}
	plain_say(str_cstr(&text));
	str_wipe(&text);
}

static void say_helps(const struct app_week *w, const struct skill_library *lib)
{
	struct str text = {0};
	if (w->helps_top == 0) {
		str_append(&text, "\nWhich skills help you most: ");
		front_helps_too_little(&w->helps, &text);
	} else {
		str_append(&text, "\nThe skills after which your urges dropped most, over all your "
		                  "diary: ");
		for (size_t i = 0; i < w->helps_top; i++) {
			const struct helps_skill *k = &w->helps.skills[i];
			char drop[HELPS_DROP_TEXT_SIZE];
			helps_drop_text(k->median_halves, drop);
			str_appendf(&text, "%s%s, urges %s lower afterwards (the median of %zu times)",
			            i > 0 ? "; " : "", front_skill_name(lib, k->id), drop, k->count);
		}
		str_append(&text, ".");
	}
	plain_say(str_cstr(&text));
	str_finish(&text);
}

static void say_error(const char *before, struct app_error *err)
{
	struct str text = {0};
	str_append(&text, before);
	plain_error_sentence(err, &text);
	if (text.len > 0 && text.buf[text.len - 1] != '.') {
		str_append_char(&text, '.');
	}
	app_error_finish(err);
	plain_say(str_cstr(&text));
	str_finish(&text);
}

/* The week to go to, from what was typed at the week's prompt, into to;
 * false when the person went back. */
static bool ask_week(struct plain *p, const struct app_week *w, char to[DATE_WEEK_TEXT_SIZE])
{
	for (;;) {
		enum plain_reply reply = plain_ask(
		    p, "Type < for the week before, > for the week after, a week such as 2026-W47, "
		       "or q to go back.",
		    "< shows the week before, > the week after; a week is written year, W, week "
		    "number (2026-W47), or type a day (2026-11-16) for its week; q goes back to "
		    "today.");
		if (reply != PLAIN_ANSWER) {
			return false;
		}
		const char *a = str_cstr(&p->answer);
		struct app_error err = {0};
		if (strcmp(a, "<") == 0 || strcmp(a, ">") == 0) {
			const char *next = a[0] == '<' ? w->before : w->after;
			if (next[0] != '\0') {
				snprintf(to, DATE_WEEK_TEXT_SIZE, "%s", next);
				return true;
			}
			plain_say(a[0] == '>' ? "This is the current week: there is no week after it yet."
			                      : "There is no week before this one in a diary.");
		} else if (app_week_parse(a, to, &err)) {
			return true;
		} else {
			app_error_finish(&err);
			plain_say("That is neither a week nor a day: type < or >, a week such as "
			          "2026-W47, or a day such as 2026-11-16.");
		}
	}
}

void plain_week(struct plain *p)
{
	struct app_week w;
	app_week_init(&w);
	struct app_error err = {0};
	if (!session_week(p->session, NULL, &w, &err)) {
		say_error("The week could not be read. ", &err);
		app_week_finish(&w);
		return;
	}
	for (;;) {
		say_report(&w.report, plain_skills(p));
		say_helps(&w, plain_skills(p));
		char to[DATE_WEEK_TEXT_SIZE];
		bool moved = false;
		while (!moved) {
			if (!ask_week(p, &w, to)) {
				app_week_finish(&w);
				return;
			}
			/* On failure w still holds its week, which is asked about again. */
			moved = session_week_move(p->session, to, &w, &err);
			if (!moved) {
				say_error("", &err);
			}
		}
	}
}
