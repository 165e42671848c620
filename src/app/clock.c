#include "app/clock.h"

#include <stdio.h>
#include <time.h>

void app_time_text(uint64_t utc_seconds, char *buf, size_t size)
{
	time_t tt = (time_t)utc_seconds;
	struct tm tm;
	if (gmtime_r(&tt, &tm) == NULL || strftime(buf, size, "%Y-%m-%d %H:%M UTC", &tm) == 0) {
		snprintf(buf, size, "an unknown time");
	}
}
