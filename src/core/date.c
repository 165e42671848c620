#include "core/date.h"

#include <stddef.h>
#include <string.h>

/* Days are counted from 1970-01-01 (day 0) with Howard Hinnant's
 * days_from_civil and civil_from_days, which hold for every proleptic
 * Gregorian date; 64-bit longs keep every step exact. */

#define FIRST_YEAR 1
#define LAST_YEAR 9999
#define DIARY_FIRST_YEAR 1970

static long days_from_civil(struct date d)
{
	long y = d.year - (d.month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long m = d.month;
	long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d.day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static struct date civil_from_days(long z)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long day = doy - (153 * mp + 2) / 5 + 1;
	long month = mp < 10 ? mp + 3 : mp - 9;
	long year = yoe + era * 400 + (month <= 2);
	return (struct date){.year = (int)year, .month = (int)month, .day = (int)day};
}

bool date_is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month)
{
	static const unsigned char days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return month == 2 && date_is_leap_year(year) ? 29 : days[month - 1];
}

bool date_is_valid(struct date d)
{
	return d.year >= FIRST_YEAR && d.year <= LAST_YEAR && d.month >= 1 && d.month <= 12 &&
	       d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

/* Reads n ASCII digits at s into *value; false when one is not a digit. */
static bool digits(const char *s, int n, int *value)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return false;
		}
		v = v * 10 + (s[i] - '0');
	}
	*value = v;
	return true;
}

/* Writes value as n digits, zero-padded (value fits: the callers check). */
static char *put_digits(char *p, int value, int n)
{
	for (int i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + value % 10);
		value /= 10;
	}
	return p + n;
}

bool date_parse(const char *text, struct date *out)
{
	struct date d;
	if (text == NULL || strlen(text) != 10 || text[4] != '-' || text[7] != '-' ||
	    !digits(text, 4, &d.year) || !digits(text + 5, 2, &d.month) ||
	    !digits(text + 8, 2, &d.day)) {
		return false;
	}
	if (d.year < DIARY_FIRST_YEAR || !date_is_valid(d)) {
		return false;
	}
	*out = d;
	return true;
}

void date_format(struct date d, char out[DATE_TEXT_SIZE])
{
	if (!date_is_valid(d)) {
		out[0] = '\0';
		return;
	}
	char *p = put_digits(out, d.year, 4);
	*p++ = '-';
	p = put_digits(p, d.month, 2);
	*p++ = '-';
	p = put_digits(p, d.day, 2);
	*p = '\0';
}

int date_weekday(struct date d)
{
	/* Day 0, 1970-01-01, was a Thursday (4). */
	long r = (days_from_civil(d) + 3) % 7;
	return (int)(r < 0 ? r + 7 : r) + 1;
}

const char *date_weekday_name(const char *text)
{
	static const char *const days[] = {"",         "Monday", "Tuesday",  "Wednesday",
	                                   "Thursday", "Friday", "Saturday", "Sunday"};
	struct date d;
	return date_parse(text, &d) ? days[date_weekday(d)] : "";
}

int date_weeks_in_year(int year)
{
	int jan1 = date_weekday((struct date){.year = year, .month = 1, .day = 1});
	return jan1 == 4 || (jan1 == 3 && date_is_leap_year(year)) ? 53 : 52;
}

struct date_week date_iso_week(struct date d)
{
	long ordinal = days_from_civil(d) -
	               days_from_civil((struct date){.year = d.year, .month = 1, .day = 1}) + 1;
	int week = (int)((ordinal - date_weekday(d) + 10) / 7);
	if (week < 1) {
		return (struct date_week){.year = d.year - 1, .week = date_weeks_in_year(d.year - 1)};
	}
	if (week > date_weeks_in_year(d.year)) {
		return (struct date_week){.year = d.year + 1, .week = 1};
	}
	return (struct date_week){.year = d.year, .week = week};
}

static bool week_is_valid(struct date_week w)
{
	return w.year >= FIRST_YEAR && w.year <= LAST_YEAR && w.week >= 1 &&
	       w.week <= date_weeks_in_year(w.year);
}

void date_week_format(struct date_week w, char out[DATE_WEEK_TEXT_SIZE])
{
	if (!week_is_valid(w)) {
		out[0] = '\0';
		return;
	}
	char *p = put_digits(out, w.year, 4);
	*p++ = '-';
	*p++ = 'W';
	p = put_digits(p, w.week, 2);
	*p = '\0';
}

bool date_week_parse(const char *text, struct date_week *out)
{
	struct date_week w;
	if (text == NULL || strlen(text) != 8 || text[4] != '-' || text[5] != 'W' ||
	    !digits(text, 4, &w.year) || !digits(text + 6, 2, &w.week)) {
		return false;
	}
	if (w.year < DIARY_FIRST_YEAR || !week_is_valid(w)) {
		return false;
	}
	*out = w;
	return true;
}

struct date date_week_monday(struct date_week w)
{
	/* 4 January is always in week 1. */
	struct date jan4 = {.year = w.year, .month = 1, .day = 4};
	long monday = days_from_civil(jan4) - (date_weekday(jan4) - 1) + 7L * (w.week - 1);
	return civil_from_days(monday);
}

struct date date_week_start(struct date d)
{
	return civil_from_days(days_from_civil(d) - (date_weekday(d) - 1));
}

bool date_add_days(struct date d, long days, struct date *out)
{
	long first = days_from_civil((struct date){.year = FIRST_YEAR, .month = 1, .day = 1});
	long last = days_from_civil((struct date){.year = LAST_YEAR, .month = 12, .day = 31});
	long from = days_from_civil(d);
	/* Compared before adding, so a huge days cannot overflow. */
	if (days < first - from || days > last - from) {
		return false;
	}
	*out = civil_from_days(from + days);
	return true;
}

long date_days_between(struct date from, struct date to)
{
	return days_from_civil(to) - days_from_civil(from);
}

bool date_from_tm(const struct tm *local, struct date *out)
{
	if (local == NULL || local->tm_year > LAST_YEAR - 1900 ||
	    local->tm_year < FIRST_YEAR - 1900 || local->tm_mon < 0 || local->tm_mon > 11) {
		return false;
	}
	struct date d = {.year = local->tm_year + 1900, .month = local->tm_mon + 1,
	                 .day = local->tm_mday};
	if (!date_is_valid(d)) {
		return false;
	}
	*out = d;
	return true;
}

bool date_format_moment(const struct tm *local, long utc_offset, const char *zone,
                        char out[DATE_MOMENT_SIZE])
{
	out[0] = '\0';
	struct date d;
	if (!date_from_tm(local, &d) || local->tm_hour < 0 || local->tm_hour > 23 ||
	    local->tm_min < 0 || local->tm_min > 59 || utc_offset <= -86400 ||
	    utc_offset >= 86400) {
		return false;
	}
	date_format(d, out);
	char *p = out + DATE_TEXT_SIZE - 1;
	*p++ = ' ';
	p = put_digits(p, local->tm_hour, 2);
	*p++ = ':';
	p = put_digits(p, local->tm_min, 2);
	*p++ = ' ';
	if (utc_offset == 0 && zone != NULL && strcmp(zone, "UTC") == 0) {
		memcpy(p, "UTC", 4);
		return true;
	}
	long minutes = (utc_offset < 0 ? -utc_offset : utc_offset) / 60;
	*p++ = utc_offset < 0 && minutes > 0 ? '-' : '+';
	p = put_digits(p, (int)(minutes / 60), 2);
	*p++ = ':';
	p = put_digits(p, (int)(minutes % 60), 2);
	*p = '\0';
	return true;
}

static int two_digits(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

bool date_time_valid(const char *t)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:dd+dd:dd";
	if (strlen(t) != sizeof(shape) - 1) {
		return false;
	}
	for (size_t i = 0; shape[i] != '\0'; i++) {
		bool ok = shape[i] == 'd'   ? t[i] >= '0' && t[i] <= '9'
		          : shape[i] == '+' ? t[i] == '+' || t[i] == '-'
		                            : t[i] == shape[i];
		if (!ok) {
			return false;
		}
	}
	char day[DATE_TEXT_SIZE];
	memcpy(day, t, DATE_TEXT_SIZE - 1);
	day[DATE_TEXT_SIZE - 1] = '\0';
	struct date d;
	return date_parse(day, &d) && two_digits(t + 11) < 24 && two_digits(t + 14) < 60 &&
	       two_digits(t + 17) < 60 && two_digits(t + 20) <= 14 && two_digits(t + 23) < 60;
}
