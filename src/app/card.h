#ifndef WISEMIND_APP_CARD_H
#define WISEMIND_APP_CARD_H

#include <stdbool.h>
#include <stddef.h>

#include "app/error.h"
#include "app/urge.h"
#include "core/diary_card.h"

struct session;

/* The diary card (DESIGN.md §6) on an open session: the template in
 * force, a day or a run of days to show, and the changes a person makes
 * to a day. */

/* The card template in force: the one imported into the diary, else the
 * default. */
bool session_card_template(struct session *s, struct card_template *out, struct app_error *err)
	__attribute__((warn_unused_result));

/* Calls fn for every day from from to to ("2026-11-22", inclusive; at
 * most 3700 days), earliest first, empty days included, each with its
 * card values and the peak of the urges logged that day. The day is valid
 * only during the call; fn returns false to stop. One query however many
 * days. */
typedef bool app_card_fn(const struct card_day *day, void *data);
bool session_card_each(struct session *s, const char *from, const char *to, app_card_fn *fn,
                       void *data, struct app_error *err) __attribute__((warn_unused_result));

/* One KEY=VALUE of card set (DESIGN.md §4). An empty value clears the
 * field. */
struct app_card_change {
	const char *key;
	const char *value;
};

/* Checks every change against the template, the skills and the scales,
 * then records them all on date's card (NULL: today) and saves: all or
 * nothing. A past day can be changed, a future one cannot. Urge fields go
 * through the one urge function, so result says what to show (the crisis
 * card, always, when any urge was given; whether one is high; the skills
 * to suggest), whatever else happens: result->given is set even when a
 * later check fails. */
bool session_card_set(struct session *s, const char *date, const struct app_card_change *changes,
                      size_t count, struct app_urge_result *result, struct app_error *err)
	__attribute__((warn_unused_result));

/* Counts the urges among changes (urge.TARGET and session.urge-NAME
 * with a value, read even when mistyped) into result, so the crisis card
 * shows for them whatever happens next (DESIGN.md §2.2): with s, at the
 * kinds of its template; with s NULL (no diary open yet), the default
 * targets' kinds, any other name held to suicide's threshold. */
void app_card_urges_given(const struct app *app, struct session *s,
                          const struct app_card_change *changes, size_t count,
                          struct app_urge_result *result);

/* Today's date in the person's time zone, "2026-11-29". */
void app_today(char out[DATE_TEXT_SIZE]);

#endif
