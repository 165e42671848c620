#ifndef WISEMIND_APP_WEEK_H
#define WISEMIND_APP_WEEK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/error.h"
#include "app/report.h"
#include "core/date.h"
#include "core/helps.h"

struct session;

/* The week (issue 14): one ISO week of the diary card as the paper card
 * shows it, how each urge and emotion went over the weeks up to it, and
 * the skills after which this person's urges dropped most. One call gives
 * a front end all of it (the screen's week view; plain mode's week);
 * nothing here prints, and a front end draws only what is here. */

#define APP_WEEK_TREND_WEEKS 8 /* the trend: this week and the seven before it */
#define APP_WEEK_HELPS_TOP 3   /* the skills that helped most, as the week shows them */

struct app_week {
	char week[DATE_WEEK_TEXT_SIZE]; /* the week shown, "2026-W47" */
	/* The weeks to move to: "" when there is none. There is no week
	 * after the current one (it has not come yet), and none before
	 * 1970-W01 (the diary's days start in 1970). */
	char before[DATE_WEEK_TEXT_SIZE];
	char after[DATE_WEEK_TEXT_SIZE];
	bool current; /* the week that holds today */
	/* The week's days and the urges logged in them, exactly as report
	 * --week gives them (app/report.h): report.days are its days,
	 * Monday first (1970-W01 starts on its Thursday, 1970-01-01); every
	 * value -1 when not filled in. */
	struct app_report report;
	/* Nothing at all was recorded in the week: no card value on any day
	 * (not even a note, a medication or a ticked skill) and no urge
	 * logged. */
	bool empty;
	/* The trend, for each of report.targets and report.emotions (same
	 * index): one value for each of the APP_WEEK_TREND_WEEKS weeks that
	 * end with this one, earliest first, -1 for a week with nothing
	 * recorded for it. An urge's value is the week's highest, on the card
	 * or logged (the day's peak), as the person felt it at its strongest;
	 * an emotion's is the week's highest on the card, for the same
	 * reason: the highest is what a paper card's reader looks for, and an
	 * average would hide a hard day among calm ones. 0 to 5. */
	char trend_from[DATE_WEEK_TEXT_SIZE]; /* the first of those weeks */
	int8_t urge_trend[APP_REPORT_ITEMS_MAX][APP_WEEK_TREND_WEEKS];
	int8_t emotion_trend[APP_REPORT_ITEMS_MAX][APP_WEEK_TREND_WEEKS];
	/* Which skills help most, over the whole diary (not only this week):
	 * what report --helps says (core/helps.h), ranked. helps.skills[0,
	 * helps_top) are the ones to show, best first; helps_top is 0 while
	 * there is too little data to tell (then helps.skills[helps.ranked,
	 * helps.count) have too few uses, with their counts). */
	struct helps helps;
	size_t helps_top;
};

void app_week_init(struct app_week *w);
/* Wipes and frees everything the week holds; init again to reuse. */
void app_week_finish(struct app_week *w);

/* A week as a person types it: an ISO week ("2025-W52") or a day in it
 * ("2025-12-24"), surrounding spaces allowed, written as "YYYY-Www" into
 * out. False with APP_E_WEEK when it is neither. */
bool app_week_parse(const char *text, char out[DATE_WEEK_TEXT_SIZE], struct app_error *err)
    __attribute__((warn_unused_result));

/* Fills out (initialised; finished and initialised again when it holds a
 * week) with week ("2026-W47"; NULL: the week that holds today): two
 * reports, one of the week and one of the trend's eight weeks (each one
 * query for the days and one for the urges), and the helps ranking.
 * APP_E_WEEK for a week that is not one, APP_E_FUTURE_WEEK for a week
 * after the current one; out is empty (initialised) after a failure. */
bool session_week(struct session *s, const char *week, struct app_week *out, struct app_error *err)
    __attribute__((warn_unused_result));

/* The same, keeping the helps ranking out already holds from an earlier
 * session_week on the same session: moving from week to week changes no
 * urge, so the ranking (read from every urge in the diary) stays true.
 * To out's week before or after, the trend slides along: seven of its
 * eight weeks are out's already, and only the week that comes into it is
 * read (the same values as a whole read, in a fraction of the time: the
 * arrows stay within the screen's budget on a ten-year diary). On
 * failure out still holds the week it had. */
bool session_week_move(struct session *s, const char *week, struct app_week *out,
                       struct app_error *err) __attribute__((warn_unused_result));

/* The trend of items (count of them; a report's targets, urges true, or
 * emotions) from span, a report over whole weeks that ends with the
 * trend's last week, whose first Monday is the trend's first (a span that
 * starts later, at 1970-01-01, leaves the weeks before it at -1): into
 * out, one row per item, matched to span's columns by id (-1 for every
 * week when span has no such column). Pure; session_week's part that
 * decides what a week's value is. */
void app_week_trend(const struct app_report *span, struct date first_monday,
                    const struct app_report_item *items, size_t count, bool urges,
                    int8_t (*out)[APP_WEEK_TREND_WEEKS]);

/* True when nothing is recorded on day (no card value of any kind). */
bool app_week_day_empty(const struct app_report *r, const struct app_report_day *day);

#endif
