/* wisemind report (text), below the grid: the highest urges, the actions,
 * the emotions, skills used and practised, the coming-into-session
 * ratings, the urges logged with their before and after, and the notes. */
#include <stdio.h>
#include <string.h>

#include "cli/report_text.h"
#include "core/homework.h"
#include "core/text_width.h"

#define WIDTH 80
#define LABEL_W 20

/* "  label" padded to LABEL_W display columns (a long label gets its own
 * line). */
static void label(struct str *out, const char *text)
{
	size_t w = text_width_utf8(text, strlen(text));
	str_appendf(out, "  %s", text);
	if (w + 1 > LABEL_W) {
		str_appendf(out, "\n  %*s", LABEL_W, "");
	} else {
		str_appendf(out, "%*s", (int)(LABEL_W - w), "");
	}
}

static bool span_years(const struct app_report *r)
{
	return strncmp(r->range.from, r->range.to, 4) != 0;
}

static void urges(const struct app_report *r, struct str *out)
{
	const struct app_report_summary *s = &r->summary;
	if (r->target_count == 0) {
		return;
	}
	str_append(out, "\nHighest urges (on the card or logged)\n");
	for (size_t i = 0; i < r->target_count; i++) {
		label(out, r->targets[i].label);
		if (s->urge_peak[i] < 0) {
			str_append(out, "none recorded\n");
			continue;
		}
		char day[REPORT_TEXT_DAY_SIZE];
		report_text_day(s->urge_peak_date[i], true, day);
		str_appendf(out, "%d, first on %s\n", s->urge_peak[i], day);
	}
}

static void actions(const struct app_report *r, struct str *out)
{
	const struct app_report_summary *s = &r->summary;
	if (r->target_count == 0) {
		return;
	}
	str_append(out, "\nActions\n");
	for (size_t i = 0; i < r->target_count; i++) {
		label(out, r->targets[i].label);
		unsigned filled = s->action_filled[i], days = s->action_days[i];
		if (filled == 0) {
			str_append(out, "not filled in\n");
			continue;
		}
		str_appendf(out, "acted on %u of the %u day%s filled in", days, filled,
		            filled == 1 ? "" : "s");
		if (s->action_times[i] > days) {
			str_appendf(out, ", %u times in all", s->action_times[i]);
		}
		str_append_char(out, '\n');
	}
}

static void emotions(const struct app_report *r, struct str *out)
{
	const struct app_report_summary *s = &r->summary;
	if (r->emotion_count == 0) {
		return;
	}
	str_appendf(out, "\nEmotions%*shighest  average  days rated\n", LABEL_W - 6, "");
	for (size_t i = 0; i < r->emotion_count; i++) {
		label(out, r->emotions[i].label);
		if (s->emotion_days[i] == 0) {
			str_append(out, "not rated\n");
			continue;
		}
		str_appendf(out, "%7d  %7.1f  %10u\n", s->emotion_max[i],
		            (double)s->emotion_sum[i] / s->emotion_days[i], s->emotion_days[i]);
	}
}

static void skills(const struct app_report *r, struct str *out)
{
	const struct app_report_summary *s = &r->summary;
	str_append(out, "\nSkills used (0-7): ");
	if (s->skills_used_days == 0) {
		str_append(out, "not filled in\n");
	} else {
		str_appendf(out, "%.1f on average over %u day%s, highest %d\n",
		            (double)s->skills_used_sum / s->skills_used_days, s->skills_used_days,
		            s->skills_used_days == 1 ? "" : "s", s->skills_used_max);
	}
	struct str text = {0};
	str_append(&text, "Skills practised: ");
	if (s->practised_count == 0) {
		str_append(&text, "none ticked");
	}
	for (size_t i = 0; i < s->practised_count; i++) {
		str_appendf(&text, "%s%s on %u day%s", i ? ", " : "", s->practised[i].id,
		            s->practised[i].days, s->practised[i].days == 1 ? "" : "s");
	}
	report_text_wrapped(out, str_cstr(&text), WIDTH, 0);
	str_finish(&text);
}

static void session(const struct app_report *r, struct str *out)
{
	if (!r->has_session) {
		return;
	}
	str_append(out, "\nComing into session\n");
	for (size_t i = 0; i < r->day_count; i++) {
		const struct app_report_day *d = &r->days[i];
		struct str text = {0};
		for (size_t k = 0; k < CARD_SESSION_ITEMS; k++) {
			if (d->session[k] >= 0) {
				str_appendf(&text, "%s%s %d", text.len ? "; " : "",
				            card_session_items[k].label, d->session[k]);
			}
		}
		if (text.len > 0) {
			char day[REPORT_TEXT_DAY_SIZE];
			report_text_day(d->date, span_years(r), day);
			str_appendf(out, "  %s\n", day);
			report_text_wrapped(out, str_cstr(&text), WIDTH, 4);
		}
		str_finish(&text);
	}
}

static const char *target_label(const struct app_report *r, const char *id)
{
	for (size_t i = 0; id != NULL && i < r->target_count; i++) {
		if (strcmp(r->targets[i].id, id) == 0) {
			return r->targets[i].label;
		}
	}
	return id != NULL ? id : "";
}

static void event(const struct app_report *r, const struct app_report_event *e, struct str *out)
{
	char day[REPORT_TEXT_DAY_SIZE];
	const char *at = app_report_text(r, e->at);
	const char *skill = app_report_text(r, e->skill);
	const char *note = app_report_text(r, e->note);
	report_text_day(e->date, span_years(r), day);
	str_appendf(out, "  %s %.5s  %s %d", day, at != NULL && strlen(at) >= 16 ? at + 11 : "",
	            target_label(r, app_report_text(r, e->target)), e->before);
	if (e->after >= 0) {
		str_appendf(out, " -> %d", e->after);
	}
	if (skill != NULL) {
		str_appendf(out, ", with %s", skill);
	}
	if (e->after < 0) {
		str_append(out, ", not rated again");
	}
	if (e->via_inbox) {
		str_append(out, "  [logged while locked]");
	}
	str_append_char(out, '\n');
	if (note != NULL && note[0] != '\0') {
		struct str text = {0};
		str_appendf(&text, "note: %s", note);
		report_text_wrapped(out, str_cstr(&text), WIDTH, 4);
		str_finish(&text);
	}
}

static void events(const struct app_report *r, struct str *out)
{
	size_t n = r->event_count;
	str_appendf(out, "\nUrges logged: %zu", n);
	if (n > 0) {
		str_appendf(out, ", %zu rated again afterwards (before -> after)",
		            r->summary.events_rated);
	}
	str_append_char(out, '\n');
	for (size_t i = 0; i < n; i++) {
		event(r, &r->events[i], out);
	}
}

/* The medication lines the grid cannot show: anything but a plain yes or
 * no as prescribed, other drugs with what they were, other medication. */
static void meds_text(const struct app_report *r, const struct app_report_day *d,
                      struct str *text)
{
	for (size_t i = 0; i < r->med_count; i++) {
		const char *taken = app_report_text(r, d->med[i]);
		int count;
		const char *what;
		if (taken == NULL) {
			continue;
		}
		if (strcmp(r->meds[i], "as-prescribed") == 0) {
			if (strcmp(taken, "yes") != 0 && strcmp(taken, "no") != 0) {
				str_appendf(text, "%smedication as prescribed: %s", text->len ? "\n" : "",
				            taken);
			}
		} else if (strcmp(r->meds[i], "other-drugs") == 0) {
			if (!card_parse_other_drugs(taken, &count, &what) || what[0] != '\0') {
				str_appendf(text, "%sother drugs: %s", text->len ? "\n" : "", taken);
			}
		} else {
			str_appendf(text, "%s%s: %s", text->len ? "\n" : "", r->meds[i], taken);
		}
	}
}

static void notes(const struct app_report *r, struct str *out)
{
	bool any = false;
	for (size_t i = 0; i < r->day_count; i++) {
		const struct app_report_day *d = &r->days[i];
		const char *note = app_report_text(r, d->note);
		struct str text = {0};
		if (note != NULL) {
			str_append(&text, note);
		}
		meds_text(r, d, &text);
		if (text.len > 0) {
			char day[REPORT_TEXT_DAY_SIZE];
			report_text_day(d->date, span_years(r), day);
			str_appendf(out, "%s  %s\n", any ? "" : "\nNotes\n", day);
			report_text_wrapped(out, str_cstr(&text), WIDTH, 4);
			any = true;
		}
		str_wipe(&text);
	}
}

/* Each homework in force in the range: practices logged against those
 * expected in it (up to today), each skill once a day. */
static void homework(const struct app_report *r, struct str *out)
{
	if (r->homework_count == 0) {
		return;
	}
	str_append(out, "\nHomework (practices done of those expected in these days)\n");
	for (size_t i = 0; i < r->homework_count; i++) {
		const struct app_report_homework *h = &r->homework[i];
		label(out, h->id);
		const char *skills = app_report_text(r, h->skills);
		for (const char *p = skills != NULL ? skills : ""; *p != '\0'; p++) {
			str_append(out, *p == ';' ? ", " : (char[]){*p, '\0'});
		}
		struct homework_every every = {0};
		char words[32];
		const char *how = homework_every_parse(app_report_text(r, h->every), &every)
		                  ? homework_every_words(every, words)
		                  : "";
		str_appendf(out, "; %s: %u of %u%s\n", how, h->done, h->expected,
		            h->finished ? " (marked done)" : "");
	}
}

void report_text_summary(const struct app_report *r, struct str *out)
{
	urges(r, out);
	actions(r, out);
	emotions(r, out);
	skills(r, out);
	homework(r, out);
	session(r, out);
	events(r, out);
	notes(r, out);
	if (r->left_out > 0) {
		str_appendf(out, "\n%zu value%s kept under more names than a report has columns for "
		                 "%s left out; the export has everything.\n",
		            r->left_out, r->left_out == 1 ? "" : "s",
		            r->left_out == 1 ? "was" : "were");
	}
}
