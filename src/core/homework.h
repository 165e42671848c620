#ifndef WISEMIND_CORE_HOMEWORK_H
#define WISEMIND_CORE_HOMEWORK_H

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

/* Homework (issue 15): skills a therapist asks a person to practise, how
 * often, and from when to when, as a homework file says it
 * (wisemind-skills(5), HOMEWORK FILES). What is expected, and what is
 * due, is worked out here from dates alone. */

#define HOMEWORK_ID_SIZE 16     /* "hw-" and 8 hex digits, and its NUL */
#define HOMEWORK_SKILLS_MAX 8   /* skills one homework asks for */
#define HOMEWORK_TITLE_MAX 200  /* bytes */
#define HOMEWORK_NOTE_MAX 16384 /* bytes of the therapist's words */
#define HOMEWORK_EVERY_TEXT_SIZE 16

enum homework_every_kind {
	HOMEWORK_EVERY_DAY,     /* "day" */
	HOMEWORK_EVERY_WEEKDAY, /* "weekday": Monday to Friday */
	HOMEWORK_PER_WEEK,      /* "3-per-week": any days of the week */
};

struct homework_every {
	enum homework_every_kind kind;
	unsigned per_week; /* HOMEWORK_PER_WEEK: 1 to 7 */
};

/* "day", "weekday" or "N-per-week" (N 1 to 7). */
bool homework_every_parse(const char *text, struct homework_every *out)
	__attribute__((warn_unused_result));
void homework_every_format(struct homework_every e, char out[HOMEWORK_EVERY_TEXT_SIZE]);
/* For people: "every day", "every weekday", "3 times a week". */
const char *homework_every_words(struct homework_every e, char out[32]);

/* "hw-" and 8 lower-case hex digits. */
bool homework_id_valid(const char *id);

/* Practices of one skill expected on the days from..to, both inclusive
 * (0 when to is before from): one each day, or each weekday; for N a
 * week, N for each week begun (seven days at a time from from), since a
 * person aims at the week's number from its first day: "1 of 3" on a
 * Monday reads as a week under way, where "1 of 0" would not. */
unsigned homework_expected(struct homework_every e, struct date from, struct date to);

/* Whether a practice of a skill is due on day: every day; Monday to
 * Friday; or, N a week, while the week holding day has fewer than N
 * (done_this_week) so far. */
bool homework_due_on(struct homework_every e, struct date day, unsigned done_this_week);

#endif
