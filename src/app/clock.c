#include "app/clock.h"

#include <stdio.h>
#include <time.h>

#include "app/error.h"
#include "core/date.h"

void app_time_iso_now(char out[APP_TIME_ISO_SIZE])
{
	time_t now = time(NULL);
	struct tm tm;
	char day[24];
	if (localtime_r(&now, &tm) == NULL ||
	    strftime(day, sizeof(day), "%Y-%m-%dT%H:%M:%S", &tm) == 0) {
		snprintf(out, APP_TIME_ISO_SIZE, "1970-01-01T00:00:00+00:00");
		return;
	}
	long off = tm.tm_gmtoff / 60;
	char sign = off < 0 ? '-' : '+';
	if (off < 0) {
		off = -off;
	}
	/* Offsets are under a day: two digits each, said to the compiler. */
	unsigned hours = (unsigned)(off / 60) % 24u;
	unsigned minutes = (unsigned)(off % 60);
	snprintf(out, APP_TIME_ISO_SIZE, "%.19s%c%02u:%02u", day, sign, hours, minutes);
}

void app_time_text(uint64_t utc_seconds, char *buf, size_t size)
{
	time_t tt = (time_t)utc_seconds;
	struct tm tm;
	char text[DATE_MOMENT_SIZE];
	if (localtime_r(&tt, &tm) != NULL && date_format_moment(&tm, tm.tm_gmtoff, tm.tm_zone, text)) {
		snprintf(buf, size, "%s", text);
	} else {
		snprintf(buf, size, "an unknown time");
	}
}

bool app_date_check(const char *text, struct app_error *err)
{
	struct date d;
	return date_parse(text, &d) || app_error_app(err, APP_E_DATE);
}
