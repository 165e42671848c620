#include "app/clock.h"

#include <stdio.h>
#include <time.h>

#include "core/date.h"

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
