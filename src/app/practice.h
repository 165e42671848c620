#ifndef WISEMIND_APP_PRACTICE_H
#define WISEMIND_APP_PRACTICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/error.h"
#include "core/str.h"

struct session;

/* The practice log (issue 11): every guided exercise done with the diary
 * open is kept with its answers and ratings; the last one of a skill can
 * be shown again (its worksheet), and the person's own kit (an ACCEPTS
 * list, a self-soothe box, a cope-ahead plan) is offered the next time
 * the skill starts. */

/* The most a question or an answer holds, in bytes. */
#define APP_PRACTICE_TEXT_MAX (64 * 1024)

/* One answer, in the order given. NULL reads as "". */
struct app_practice_field {
	const char *field;    /* "" for an unnamed question, else the worksheet field it
	                         fills: lower-case letters, digits and hyphens, with dots
	                         between parts ("dear-man.describe"), at most 128 bytes */
	const char *question; /* as the skill asked it */
	const char *answer;   /* the person's own words */
};

/* One rating on wisemind's two scales, in the order given. */
struct app_practice_rating {
	const char *scale;    /* "urge", "emotion", "distress" */
	const char *question;
	int value;            /* urge and emotion 0 to 5, distress 0 to 10 */
};

struct app_practice_entry {
	const char *skill; /* id */
	const char *at;    /* start, "2026-11-22T14:03:00+01:00"; NULL: now */
	unsigned seconds;  /* how long it took */
	bool finished;     /* false: stopped part way */
	const struct app_practice_field *fields;
	size_t field_count;
	const struct app_practice_rating *ratings;
	size_t rating_count;
};

/* Logs a practice in the open diary and saves (durably, like every
 * other acknowledged entry); also ticks the skill as practised on the
 * diary card of the start's day, in the same change, keeping the rest of
 * that day as it is (a card keeps at most CARD_DAY_ITEMS_MAX skills a
 * day: on a day already that full, the practice is logged unticked).
 * Checks every value first and changes nothing when one is wrong:
 * APP_E_SKILL for a skill the library does not have, APP_E_PRACTICE_TIME
 * for a start that is not a time as above, APP_E_PRACTICE_TEXT for a
 * question or answer that is not UTF-8 text of at most
 * APP_PRACTICE_TEXT_MAX bytes, APP_E_PRACTICE_FIELD for a field name,
 * APP_E_PRACTICE_RATING for a scale or a value off its scale. A practice
 * of the same skill with the same start is the same one, logged again:
 * it is replaced, so a retry after a failed save (which keeps the
 * practice in memory for the next save) passes the start it had.
 * An urge rating is kept here as part of the practice only: the front
 * end records the urge itself through app/urge.h, which says what crisis
 * lines to show. */
bool session_practice_log(struct session *s, const struct app_practice_entry *e,
                          struct app_error *err) __attribute__((warn_unused_result));

/* A practice as the exercise engine holds it (core/exercise.h), logged
 * with session_practice_log: its answers and ratings in order, started
 * at "at", its length up to now. finished: walked to its end. pending,
 * when not NULL, is an answer to the question ex is at, typed but not
 * given yet (the diary locks part way): it is kept as one more answer,
 * so nothing typed is lost. */
struct exercise;
bool session_practice_log_exercise(struct session *s, const struct exercise *ex,
                                   const char *at, uint64_t now, bool finished,
                                   const char *pending, struct app_error *err)
	__attribute__((warn_unused_result));

/* The last practice of skill (the latest start), given to fn with its
 * answers and ratings in order (everything valid only during the call);
 * *found false, and fn not called, when skill has none. */
typedef void app_practice_fn(const struct app_practice_entry *e, void *data);
bool session_practice_last(struct session *s, const char *skill, app_practice_fn *fn,
                           void *data, bool *found, struct app_error *err)
	__attribute__((warn_unused_result));

/* The latest answer to field in skill's practices that is not empty or
 * only white space (the person's kit), appended to out; *found false,
 * and nothing appended, when there is none. */
bool session_practice_kit(struct session *s, const char *skill, const char *field,
                          struct str *out, bool *found, struct app_error *err)
	__attribute__((warn_unused_result));

#endif
