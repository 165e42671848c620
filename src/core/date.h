#ifndef WISEMIND_CORE_DATE_H
#define WISEMIND_CORE_DATE_H

#include <stdbool.h>
#include <time.h>

/* Calendar dates and ISO 8601 weeks (DESIGN.md §4: "2026-11-22",
 * "2026-W47"), pure: nothing here reads the clock or the time zone.
 * A caller that needs "today" or "now" calls localtime_r itself and
 * hands over the broken-down time (date_from_tm, date_format_moment). */

#define DATE_TEXT_SIZE 11      /* "2026-11-29" and its NUL */
#define DATE_WEEK_TEXT_SIZE 9  /* "2026-W48" and its NUL */
#define DATE_MOMENT_SIZE 24    /* "2026-11-29 14:03 +13:00" and its NUL */

/* A day of the proleptic Gregorian calendar, 0001-01-01 to 9999-12-31
 * (the arithmetic's range; a diary date, as date_parse accepts it, is
 * 1970-01-01 or later). month 1-12, day 1-31. */
struct date {
	int year;
	int month;
	int day;
};

/* An ISO 8601 week: weeks start on Monday, and week 1 is the one that
 * holds the year's first Thursday, so its year (the week-year) can differ
 * from the calendar year of a day in it: 2027-01-01 is in 2026-W53. */
struct date_week {
	int year;
	int week; /* 1 to 52 or 53 */
};

/* True when d names a real day between 0001-01-01 and 9999-12-31 (no
 * 2026-02-30, no month 13). Every function below that takes a struct date
 * expects a valid one. */
bool date_is_valid(struct date d);

/* True when year is a Gregorian leap year (2024, 2000; not 2100). */
bool date_is_leap_year(int year);

/* Reads exactly "YYYY-MM-DD" into *out: four-digit year 1970-9999,
 * two-digit month and day, a real day. Anything else ("2026-1-5",
 * "2026-02-30", "2026-11-29 ", "1969-12-31", NULL) gives false and leaves
 * *out as it was. */
bool date_parse(const char *text, struct date *out) __attribute__((warn_unused_result));

/* Writes d as "YYYY-MM-DD" into out; "" when d is not valid. */
void date_format(struct date d, char out[DATE_TEXT_SIZE]);

/* The day of the week, ISO numbering: 1 for Monday to 7 for Sunday. */
int date_weekday(struct date d);

/* The English name of the weekday of a date written "YYYY-MM-DD"
 * ("Monday"); "" when text is not a date. */
const char *date_weekday_name(const char *text);

/* The ISO week that holds d (its week-year may be the year before or
 * after d's). */
struct date_week date_iso_week(struct date d);

/* How many ISO weeks the week-year has: 53 when it starts on a Thursday,
 * or on a Wednesday in a leap year; otherwise 52. year is 1 to 9999. */
int date_weeks_in_year(int year);

/* Writes w as "YYYY-Www" ("2020-W53") into out; "" when w's year is not
 * 1-9999 or its week is not one of that year's. */
void date_week_format(struct date_week w, char out[DATE_WEEK_TEXT_SIZE]);

/* Reads exactly "YYYY-Www" into *out: year 1970-9999, week 01 up to the
 * number of weeks that year has ("2026-W53" yes, "2025-W53" no). Anything
 * else gives false and leaves *out as it was. */
bool date_week_parse(const char *text, struct date_week *out)
	__attribute__((warn_unused_result));

/* The Monday that starts the ISO week w (valid as date_week_parse gives
 * it); 2026-W01 starts on 2025-12-29. */
struct date date_week_monday(struct date_week w);

/* The Monday that starts the ISO week of d: d itself on a Monday. Always
 * valid: 0001-01-01 was a Monday. */
struct date date_week_start(struct date d);

/* Writes the day days after d (before, when days is negative) into *out.
 * False, leaving *out as it was, when that day falls outside 0001-01-01 to
 * 9999-12-31. */
bool date_add_days(struct date d, long days, struct date *out)
	__attribute__((warn_unused_result));

/* How many days from from to to: negative when to comes first. */
long date_days_between(struct date from, struct date to);

/* The calendar day of a broken-down local time (localtime_r's tm_year,
 * tm_mon, tm_mday; the other fields are not read). False, leaving *out
 * as it was, when those fields do not name a valid date. */
bool date_from_tm(const struct tm *local, struct date *out) __attribute__((warn_unused_result));

/* A moment as people read it: "YYYY-MM-DD HH:MM" then its zone, the UTC
 * offset as "+13:00" or "-03:30", or "UTC" when the offset is 0 and zone
 * is "UTC" (a zone of offset 0 with another name, such as London's "GMT",
 * shows "+00:00"). local is already in the person's time zone and
 * utc_offset is its distance east of UTC in seconds: what localtime_r
 * gives as tm, tm.tm_gmtoff and tm.tm_zone, so a front end shows local
 * time with the offset that was in force then. Seconds of an offset (old
 * local mean times) are dropped; zone may be NULL. False, writing "", when
 * local is not a valid date and time (seconds are not read) or the offset
 * is 24 hours or more. */
bool date_format_moment(const struct tm *local, long utc_offset, const char *zone,
                        char out[DATE_MOMENT_SIZE]) __attribute__((warn_unused_result));

/* True for a time as the diary keeps it: local time with its offset,
 * "2026-11-22T14:03:00+01:00", on a real day, at a real time of day, with
 * an offset of at most 14 hours (the schema's IS_TIME). */
bool date_time_valid(const char *t);

#endif
