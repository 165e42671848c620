/* wisemind report (text): the card as a grid, days down and fields
 * across as on the paper card, with a legend beneath it; then what the
 * days add up to (cli/report_text_summary.c). The grid of the default
 * template is 79 columns wide. */
#include <stdio.h>
#include <string.h>

#include "cli/report_format.h"
#include "cli/report_text.h"
#include "core/text_width.h"
#include "core/wrap.h"

#define DATE_W 9 /* "Mon 11-09" */
#define ITEM_W 4 /* a heading of at most 3 characters, right-aligned after a space */
#define ABBR_SIZE 4

void report_text_day(const char *date, bool with_year, char out[REPORT_TEXT_DAY_SIZE])
{
	static const char *const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
	struct date d;
	if (!date_parse(date, &d)) {
		snprintf(out, REPORT_TEXT_DAY_SIZE, "%s", date);
		return;
	}
	snprintf(out, REPORT_TEXT_DAY_SIZE, "%s %s", names[date_weekday(d) - 1],
	         with_year ? date : date + 5);
}

void report_text_wrapped(struct str *out, const char *text, int width, size_t indent)
{
	struct wrapped w;
	wrap_text(text, width - (int)indent, &w);
	for (size_t i = 0; i < w.count; i++) {
		str_appendf(out, "%*s%s\n", (int)indent, "", w.lines[i]);
	}
	wrapped_finish(&w);
}

/* A heading of at most three characters for id: the first letters of its
 * words ("self-harm": "sh"), or its first three letters ("suicide":
 * "sui"); made unique within its group with a digit. */
static void abbreviate(const struct app_report_item *items, size_t count, char (*out)[ABBR_SIZE])
{
	for (size_t i = 0; i < count; i++) {
		const char *id = items[i].id;
		size_t n = 0;
		if (strchr(id, '-') != NULL) {
			for (const char *p = id; *p != '\0' && n < 3; p++) {
				if (p == id || p[-1] == '-') {
					out[i][n++] = *p;
				}
			}
		} else {
			for (; id[n] != '\0' && n < 3; n++) {
				out[i][n] = id[n];
			}
		}
		out[i][n] = '\0';
		for (char digit = '2'; digit <= '9'; digit++) {
			bool taken = false;
			for (size_t j = 0; j < i; j++) {
				taken = taken || strcmp(out[j], out[i]) == 0;
			}
			if (!taken) {
				break;
			}
			out[i][n < 3 ? n : 2] = digit;
			out[i][n < 3 ? n + 1 : 3] = '\0';
		}
	}
}

struct grid {
	char targets[APP_REPORT_ITEMS_MAX][ABBR_SIZE];
	char emotions[APP_REPORT_ITEMS_MAX][ABBR_SIZE];
	int med_rx;  /* the column of as-prescribed, or -1 */
	int med_drg; /* of other-drugs */
};

static int med_index(const struct app_report *r, const char *name)
{
	for (size_t i = 0; i < r->med_count; i++) {
		if (strcmp(r->meds[i], name) == 0) {
			return (int)i;
		}
	}
	return -1;
}

/* Appends label at column start of line (padded with spaces), cut to
 * fit width - 1. */
static void place(struct str *line, size_t start, size_t width, const char *label)
{
	while (line->len < start) {
		str_append_char(line, ' ');
	}
	size_t n = strlen(label);
	str_append_n(line, label, n < width ? n : width - 1);
}

static void headings(const struct app_report *r, const struct grid *g, struct str *out)
{
	size_t t = r->target_count, e = r->emotion_count;
	struct str line = {0};
	size_t at = DATE_W;
	if (t > 0) {
		place(&line, at + 1, t * ITEM_W, "Urges");
		place(&line, at + t * ITEM_W + 1, t * ITEM_W, "Actions");
		at += 2 * t * ITEM_W;
	}
	if (e > 0) {
		place(&line, at + 1, e * ITEM_W, "Emotions");
		at += e * ITEM_W;
	}
	place(&line, at + 1, 10, "Skills");
	place(&line, at + 11, 8, "Meds");
	str_appendf(out, "%s\n%-*s", str_cstr(&line), DATE_W, "Day");
	str_finish(&line);
	for (size_t i = 0; i < t; i++) {
		str_appendf(out, "%*s", ITEM_W, g->targets[i]);
	}
	for (size_t i = 0; i < t; i++) {
		str_appendf(out, "%*s", ITEM_W, g->targets[i]);
	}
	for (size_t i = 0; i < e; i++) {
		str_appendf(out, "%*s", ITEM_W, g->emotions[i]);
	}
	str_append(out, " used prac  rx drg\n");
}

static void cell(struct str *out, int width, int v)
{
	if (v < 0) {
		str_appendf(out, "%*s", width, ".");
	} else {
		str_appendf(out, "%*d", width, v);
	}
}

static void action_cell(struct str *out, int acted, bool counted)
{
	if (acted < 0) {
		str_appendf(out, "%*s", ITEM_W, ".");
	} else if (counted) {
		str_appendf(out, "%*d", ITEM_W, acted);
	} else {
		str_appendf(out, "%*s", ITEM_W, acted ? "y" : "n");
	}
}

/* as-prescribed: y or n; something else a person wrote shows as "*"
 * (the notes below have it). */
static void rx_cell(struct str *out, const char *taken)
{
	const char *v = taken == NULL                ? "."
	                : strcmp(taken, "yes") == 0 ? "y"
	                : strcmp(taken, "no") == 0  ? "n"
	                                             : "*";
	str_appendf(out, "%*s", ITEM_W, v);
}

/* other-drugs: the count it starts with. */
static void drg_cell(struct str *out, const char *taken)
{
	int count;
	const char *what;
	if (taken != NULL && card_parse_other_drugs(taken, &count, &what)) {
		str_appendf(out, "%*d", ITEM_W, count);
	} else {
		str_appendf(out, "%*s", ITEM_W, taken != NULL ? "*" : ".");
	}
}

static void row(const struct app_report *r, const struct grid *g, const struct app_report_day *d,
                struct str *out)
{
	char day[REPORT_TEXT_DAY_SIZE];
	report_text_day(d->date, false, day);
	str_appendf(out, "%-*s", DATE_W, day);
	for (size_t i = 0; i < r->target_count; i++) {
		cell(out, ITEM_W, d->urge[i] >= 0 ? d->urge[i] : d->peak[i]);
	}
	for (size_t i = 0; i < r->target_count; i++) {
		action_cell(out, d->action[i], d->counted[i]);
	}
	for (size_t i = 0; i < r->emotion_count; i++) {
		cell(out, ITEM_W, d->emotion[i]);
	}
	cell(out, 5, d->skills_used);
	cell(out, 5, d->skill_count > 0 ? d->skill_count : -1);
	rx_cell(out, g->med_rx >= 0 ? app_report_text(r, d->med[g->med_rx]) : NULL);
	drg_cell(out, g->med_drg >= 0 ? app_report_text(r, d->med[g->med_drg]) : NULL);
	/* No spaces at the end of a line. */
	while (out->len > 0 && out->buf[out->len - 1] == ' ') {
		out->buf[--out->len] = '\0';
	}
	str_append_char(out, '\n');
}

static void grid_rows(const struct app_report *r, const struct grid *g, struct str *out)
{
	bool years = strncmp(r->range.from, r->range.to, 4) != 0;
	for (size_t i = 0; i < r->day_count; i++) {
		const struct app_report_day *d = &r->days[i];
		bool new_year = i == 0 || strncmp(d->date, r->days[i - 1].date, 4) != 0;
		struct date day;
		/* A blank line between weeks, as between paper cards. */
		if (i > 0 && date_parse(d->date, &day) && date_weekday(day) == 1) {
			str_append_char(out, '\n');
		}
		if (years && new_year) {
			str_appendf(out, "%.4s\n", d->date);
		}
		row(r, g, d, out);
	}
}

static void legend_items(struct str *text, const struct app_report_item *items, size_t count,
                         const char (*abbr)[ABBR_SIZE])
{
	for (size_t i = 0; i < count; i++) {
		str_appendf(text, "%s%s %s%s", i ? ", " : "", abbr[i], items[i].label,
		            items[i].retired        ? " (retired)"
		            : !items[i].in_template ? " (not on the card)"
		                                    : "");
	}
}

static void legend(const struct app_report *r, const struct grid *g, struct str *out)
{
	struct str text = {0};
	if (r->target_count > 0) {
		legend_items(&text, r->targets, r->target_count, g->targets);
		str_append(&text, ": urges from 0 (none) to 5 (the strongest), as set on the card, "
		                  "else the highest logged that day; actions y (yes), n (no) or how "
		                  "many times. ");
	}
	if (r->emotion_count > 0) {
		legend_items(&text, r->emotions, r->emotion_count, g->emotions);
		str_append(&text, ": emotions from 0 to 5. ");
	}
	str_append(&text, "used: skills used, 0 to 7 (below). prac: how many skills were "
	                  "practised. rx: medication taken as prescribed (y, n). drg: other drugs, "
	                  "how many times. A dot: not filled in; a star: see the notes.");
	report_text_wrapped(out, str_cstr(&text), 80, 0);
	str_finish(&text);
	str_append(out, "Skills used:\n");
	for (int i = 0; i <= CARD_SKILLS_USED_MAX; i++) {
		str_appendf(out, "  %d  %s\n", i, card_skills_used_meaning(i));
	}
}

void report_text_append(const struct app_report *r, struct str *out)
{
	char from[REPORT_TEXT_DAY_SIZE], to[REPORT_TEXT_DAY_SIZE];
	report_text_day(r->range.from, true, from);
	report_text_day(r->range.to, true, to);
	str_append(out, "Diary card");
	if (r->range.week[0] != '\0') {
		str_appendf(out, ", week %s", r->range.week);
	}
	str_appendf(out, ": %s to %s\n\n", from, to);
	struct grid g;
	abbreviate(r->targets, r->target_count, g.targets);
	abbreviate(r->emotions, r->emotion_count, g.emotions);
	g.med_rx = med_index(r, "as-prescribed");
	g.med_drg = med_index(r, "other-drugs");
	headings(r, &g, out);
	grid_rows(r, &g, out);
	str_append_char(out, '\n');
	legend(r, &g, out);
	report_text_summary(r, out);
}
