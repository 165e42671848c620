#ifndef WISEMIND_APP_URGE_H
#define WISEMIND_APP_URGE_H

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "app/error.h"

struct session;

/* One urge as the person gave it. */
struct app_urge {
	const char *target; /* "suicide", "self-harm", "use", or a template's name */
	int rating;         /* 0 to 5 */
	const char *note;   /* may be NULL */
};

/* What recording urges gives the front end to show, whatever happened:
 * the crisis card for the person's country always shows (DESIGN.md §2.2),
 * and says whether the urges were saved. */
struct app_urge_result {
	bool saved;     /* recorded durably */
	bool locked;    /* in the sealed inbox: added to the diary at the next unlock */
	bool high;      /* an urge at or above its kind's threshold */
	bool note_cut;  /* the note was longer than a locked record holds, and was cut */
};

/* Checks an urge before anything is recorded: false with the reason in
 * err (exit 2: a usage mistake) for a rating outside 0-5 or a target name
 * that cannot be kept. result->high is set either way, from the rating
 * as given, so a mistyped urge still brings the full card when it is
 * high. */
bool app_urge_check(const struct app_urge *u, struct app_urge_result *result,
                    struct app_error *err) __attribute__((warn_unused_result));

/* Records an urge without the passphrase: sealed into the inbox beside the
 * vault, added at the next unlock. No key derivation: it stays fast. */
bool app_urge_record_locked(const struct app *app, const struct app_urge *u,
                            struct app_urge_result *result, struct app_error *err)
	__attribute__((warn_unused_result));

/* Records an urge into an open diary and saves. */
bool session_record_urge(struct session *s, const struct app_urge *u,
                         struct app_urge_result *result, struct app_error *err)
	__attribute__((warn_unused_result));

#endif
