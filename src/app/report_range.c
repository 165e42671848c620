/* The days a report covers (app/report.h): a week, two days, or the
 * current week. */
#include <stdio.h>

#include "app/card.h"
#include "app/report.h"

static void week_range(struct date_week w, struct app_report_range *out)
{
	struct date monday = date_week_monday(w);
	struct date sunday = monday;
	/* The last week a diary date can name (9999-W52) ends in 9999, so
	 * this never fails; if it did, the range would be the Monday. */
	if (!date_add_days(monday, 6, &sunday)) {
		sunday = monday;
	}
	date_format(monday, out->from);
	date_format(sunday, out->to);
	date_week_format(w, out->week);
}

bool app_report_range(const char *week, const char *from, const char *to,
                      struct app_report_range *out, struct app_error *err)
{
	*out = (struct app_report_range){0};
	struct date_week w;
	if (week != NULL) {
		if (!date_week_parse(week, &w)) {
			return app_error_app(err, APP_E_WEEK);
		}
		week_range(w, out);
		return true;
	}
	if (from == NULL && to == NULL) {
		char today[DATE_TEXT_SIZE];
		struct date d;
		app_today(today);
		if (!date_parse(today, &d)) {
			return app_error_app(err, APP_E_DATE);
		}
		week_range(date_iso_week(d), out);
		return true;
	}
	struct date a, b;
	if (from == NULL || to == NULL) {
		return app_error_app(err, APP_E_RANGE);
	}
	if (!date_parse(from, &a) || !date_parse(to, &b)) {
		return app_error_app(err, APP_E_DATE);
	}
	long days = date_days_between(a, b);
	if (days < 0 || days >= APP_REPORT_DAYS_MAX) {
		return app_error_app(err, APP_E_RANGE);
	}
	date_format(a, out->from);
	date_format(b, out->to);
	return true;
}
