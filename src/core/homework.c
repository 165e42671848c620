#include "core/homework.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool homework_every_parse(const char *text, struct homework_every *out)
{
	if (strcmp(text, "day") == 0) {
		*out = (struct homework_every){.kind = HOMEWORK_EVERY_DAY};
		return true;
	}
	if (strcmp(text, "weekday") == 0) {
		*out = (struct homework_every){.kind = HOMEWORK_EVERY_WEEKDAY};
		return true;
	}
	if (text[0] >= '1' && text[0] <= '7' && strcmp(text + 1, "-per-week") == 0) {
		*out = (struct homework_every){.kind = HOMEWORK_PER_WEEK,
		                               .per_week = (unsigned)(text[0] - '0')};
		return true;
	}
	return false;
}

void homework_every_format(struct homework_every e, char out[HOMEWORK_EVERY_TEXT_SIZE])
{
	switch (e.kind) {
	case HOMEWORK_EVERY_DAY:
		snprintf(out, HOMEWORK_EVERY_TEXT_SIZE, "day");
		return;
	case HOMEWORK_EVERY_WEEKDAY:
		snprintf(out, HOMEWORK_EVERY_TEXT_SIZE, "weekday");
		return;
	case HOMEWORK_PER_WEEK:
		snprintf(out, HOMEWORK_EVERY_TEXT_SIZE, "%u-per-week", e.per_week);
		return;
	}
	out[0] = '\0';
}

const char *homework_every_words(struct homework_every e, char out[32])
{
	switch (e.kind) {
	case HOMEWORK_EVERY_DAY:
		return "every day";
	case HOMEWORK_EVERY_WEEKDAY:
		return "every weekday";
	case HOMEWORK_PER_WEEK:
		if (e.per_week == 1) {
			return "once a week";
		}
		snprintf(out, 32, "%u times a week", e.per_week);
		return out;
	}
	return "";
}

bool homework_id_valid(const char *id)
{
	if (strncmp(id, "hw-", 3) != 0 || strlen(id) != 11) {
		return false;
	}
	for (const char *p = id + 3; *p != '\0'; p++) {
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))) {
			return false;
		}
	}
	return true;
}

static bool is_weekday(struct date d)
{
	int wd = date_weekday(d); /* 1 Monday to 7 Sunday */
	return wd >= 1 && wd <= 5;
}

unsigned homework_expected(struct homework_every e, struct date from, struct date to)
{
	long days = date_days_between(from, to) + 1;
	if (days <= 0) {
		return 0;
	}
	switch (e.kind) {
	case HOMEWORK_EVERY_DAY:
		return (unsigned)days;
	case HOMEWORK_EVERY_WEEKDAY: {
		/* Whole weeks hold five weekdays; count the rest one by one. */
		unsigned n = (unsigned)(days / 7) * 5;
		struct date d = from;
		for (long i = (days / 7) * 7; i < days; i++) {
			struct date at;
			if (date_add_days(d, i, &at) && is_weekday(at)) {
				n++;
			}
		}
		return n;
	}
	case HOMEWORK_PER_WEEK:
		return (unsigned)((days + 6) / 7) * e.per_week;
	}
	return 0;
}

bool homework_due_on(struct homework_every e, struct date day, unsigned done_this_week)
{
	switch (e.kind) {
	case HOMEWORK_EVERY_DAY:
		return true;
	case HOMEWORK_EVERY_WEEKDAY:
		return is_weekday(day);
	case HOMEWORK_PER_WEEK:
		return done_this_week < e.per_week;
	}
	return false;
}
