#ifndef WISEMIND_CLI_PRACTICE_KEEP_H
#define WISEMIND_CLI_PRACTICE_KEEP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "app/app.h"
#include "app/session.h"
#include "core/exercise.h"
#include "core/skill.h"

/* Keeping a practice in the diary. A practice starts locked, so a person
 * in a hard moment is never asked for a passphrase first; its urge
 * ratings go into the sealed inbox as they are given. The diary opens at
 * the start only with --passphrase-fd (scripts, tests) or, for a skill
 * with a kit, when the person says yes to bringing it back; at the end a
 * locked practice asks whether to unlock to keep it, and a wrong
 * passphrase asks again, never losing what is kept in memory. */
struct practice_keep {
	struct app *app;
	struct session *session; /* the open diary, or NULL */
	bool terminal;           /* a person at a terminal to ask */
};

/* Opens the diary when asked to at the start (see above), unless it is
 * open already (open, which k then owns; NULL: not). Returns 0, or the
 * exit code after one sentence (a wrong --passphrase-fd). */
int practice_keep_open(struct practice_keep *k, struct app *app, const struct skill *skill,
                       struct session *open);

/* Whether there is a diary to open. */
bool practice_keep_diary_exists(const struct app *app);

/* Offers ex the person's kit from earlier practices of its skill, when
 * the diary is open. */
void practice_keep_offer_kit(struct practice_keep *k, struct exercise *ex);

/* Keeps the practice that just ended: skill, start (started, the
 * person's time as app_time_iso_now gave it), duration, answers and
 * ratings. Says in one sentence what became of it. may_ask false (after a
 * signal): no question is asked, and only an open diary keeps it. */
void practice_keep_log(struct practice_keep *k, const struct exercise *ex, const char *started,
                       uint64_t now, bool may_ask, FILE *in, FILE *out);

void practice_keep_close(struct practice_keep *k);

/* Prints question (wrapped) and "> ", and reads one line into buf;
 * false at the end of input. */
bool practice_ask(FILE *in, FILE *out, const char *question, char *buf, size_t size);

/* wisemind practice --show-last ID: the last saved worksheet of skill. */
int practice_show_last(struct app *app, const struct skill *skill);

#endif
