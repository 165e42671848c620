#ifndef WISEMIND_APP_REPORT_H
#define WISEMIND_APP_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/error.h"
#include "core/card_template.h"
#include "core/date.h"
#include "core/diary_card.h"
#include "core/str.h"

struct session;

/* A report of the diary card over a run of days (issue 10): every day's
 * card with its columns following the card template, the urges logged in
 * those days with their before-and-after ratings, and what the run adds
 * up to. Front ends lay it out (text grid, CSV, JSON); nothing here
 * prints. */

#define APP_REPORT_DAYS_MAX 3700 /* about ten years */
#define APP_REPORT_ITEMS_MAX 48  /* targets, and emotions, as columns */
#define APP_REPORT_MEDS_MAX 24   /* medication names as columns */

/* The days a report covers, both inclusive. */
struct app_report_range {
	char from[DATE_TEXT_SIZE];
	char to[DATE_TEXT_SIZE];
	char week[DATE_WEEK_TEXT_SIZE]; /* "2026-W47" when the range is one ISO week, else "" */
};

/* The range a person asked for: week ("2026-W47"), or from and to
 * ("2026-11-22", both given), or none of them: the ISO week that holds
 * today. APP_E_WEEK, APP_E_DATE, or APP_E_RANGE (from after to, more than
 * APP_REPORT_DAYS_MAX days, or only one of from and to) in err. */
bool app_report_range(const char *week, const char *from, const char *to,
                      struct app_report_range *out, struct app_error *err)
	__attribute__((warn_unused_result));

/* A target or an emotion as the report's column. */
struct app_report_item {
	char id[CARD_ID_MAX + 1];
	char label[CARD_LABEL_MAX + 1]; /* the template's; the id when it names none */
	enum urge_kind kind;            /* targets only */
	bool retired;     /* retired from the card: here because the range has its data */
	bool in_template; /* false: data kept under an id the template does not name */
};

/* Text kept in the report, as an offset into its text (app_report_text);
 * 0 is "none". */
typedef uint32_t app_report_text_at;

/* One day; -1 is "not filled in" (never 0). Indexes follow the report's
 * targets, emotions, medication names and card_session_items. */
struct app_report_day {
	char date[DATE_TEXT_SIZE];
	int8_t urge[APP_REPORT_ITEMS_MAX];    /* as set on the card */
	int8_t peak[APP_REPORT_ITEMS_MAX];    /* the highest urge logged that day */
	int16_t action[APP_REPORT_ITEMS_MAX]; /* 0 or 1 (no, yes), or how many times */
	bool counted[APP_REPORT_ITEMS_MAX];   /* the action is a count */
	int8_t emotion[APP_REPORT_ITEMS_MAX];
	int8_t session[CARD_SESSION_ITEMS];   /* coming into session */
	int8_t skills_used;                   /* 0 to 7 */
	uint8_t skill_count;
	app_report_text_at skills;            /* ids of the skills practised, joined by ';' */
	app_report_text_at med[APP_REPORT_MEDS_MAX];
	app_report_text_at note;
	/* Practices that day of a skill homework in force asks for; -1 when
	 * no homework is in force that day, or the day has not come. */
	int16_t homework;
};

/* An urge logged in the range. */
struct app_report_event {
	char id[33];                /* 32 hex digits */
	char date[DATE_TEXT_SIZE];  /* the day it belongs to */
	app_report_text_at at;      /* "2026-11-22T14:03:00+01:00" */
	app_report_text_at target;
	app_report_text_at skill;   /* or 0 */
	app_report_text_at note;    /* or 0 */
	int8_t before;              /* 0 to 5 */
	int8_t after;               /* 0 to 5, or -1 when not rated again */
	bool via_inbox;             /* logged while locked */
};

/* A skill practised, and on how many days of the range. */
struct app_report_practised {
	char id[CARD_ID_MAX + 1];
	unsigned days;
};

/* Homework (issue 15) in force on a day of the range, and how it went in
 * the range. */
#define APP_HOMEWORK_ID_SIZE 16 /* "hw-" and 8 hex digits, with room */
struct app_report_homework {
	char id[APP_HOMEWORK_ID_SIZE];
	app_report_text_at skills; /* the skills' ids, joined by ';' */
	app_report_text_at every;  /* "day", "weekday" or "3-per-week" */
	unsigned expected;         /* practices expected in the range, up to today */
	unsigned done;             /* practices logged in the range: a skill once a day */
	bool finished;             /* marked done */
};

/* What the range adds up to, by the report's columns. */
struct app_report_summary {
	int8_t urge_peak[APP_REPORT_ITEMS_MAX]; /* the highest, on the card or logged; -1 */
	char urge_peak_date[APP_REPORT_ITEMS_MAX][DATE_TEXT_SIZE]; /* its first day */
	unsigned action_days[APP_REPORT_ITEMS_MAX];  /* days with the action (yes, or a count) */
	unsigned action_times[APP_REPORT_ITEMS_MAX]; /* counts added up, a yes once */
	unsigned action_filled[APP_REPORT_ITEMS_MAX]; /* days it was filled in */
	int8_t emotion_max[APP_REPORT_ITEMS_MAX];    /* -1 */
	unsigned emotion_sum[APP_REPORT_ITEMS_MAX];
	unsigned emotion_days[APP_REPORT_ITEMS_MAX];
	int8_t skills_used_max;                      /* -1 */
	unsigned skills_used_sum;
	unsigned skills_used_days;
	struct app_report_practised *practised;      /* most days first, then by id */
	size_t practised_count;
	size_t events_rated;                         /* urges rated again afterwards */
};

struct app_report {
	struct app_report_range range;
	size_t target_count;
	struct app_report_item targets[APP_REPORT_ITEMS_MAX];
	size_t emotion_count;
	struct app_report_item emotions[APP_REPORT_ITEMS_MAX];
	/* "as-prescribed", "other-drugs", then any other names in the range
	 * by name. */
	size_t med_count;
	char meds[APP_REPORT_MEDS_MAX][CARD_ID_MAX + 1];
	bool has_session;   /* any day has a coming-into-session rating */
	size_t day_count;   /* every day of the range, earliest first */
	struct app_report_day *days;
	size_t event_count; /* earliest first */
	struct app_report_event *events;
	size_t homework_count; /* in the order they were assigned */
	struct app_report_homework *homework;
	struct app_report_summary summary;
	size_t left_out;    /* values under ids beyond the columns above, not shown */
	struct str text;    /* what the offsets point into */
};

void app_report_init(struct app_report *r);
/* Wipes and frees everything the report holds. */
void app_report_finish(struct app_report *r);

/* A day with nothing filled in (every value -1), for date. */
void app_report_day_blank(struct app_report_day *d, const char *date);

/* Keeps text and its NUL in r's text: its offset, or 0 when the offsets
 * run out. */
app_report_text_at app_report_keep(struct app_report *r, const char *text);

/* The text at offset at, or NULL for 0. Inline: the PDF module (src/pdf)
 * reads reports without linking src/app. */
static inline const char *app_report_text(const struct app_report *r, app_report_text_at at)
{
	return at != 0 && at < r->text.len ? r->text.buf + at : NULL;
}

/* Fills out (initialised) with range's report: the template in force gives
 * the columns (a retired target or emotion only when the range holds data
 * for it; data under an id the template does not name after them), one
 * query for the days and one for the urges logged. */
bool session_report(struct session *s, const struct app_report_range *range,
                    struct app_report *out, struct app_error *err)
	__attribute__((warn_unused_result));

#endif
