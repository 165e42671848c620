#ifndef WISEMIND_APP_URGE_H
#define WISEMIND_APP_URGE_H

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "app/error.h"

struct session;

#define APP_URGE_NOTE_MAX (64 * 1024)

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
 * err (exit 2: a usage mistake) for a rating outside 0-5, a target name
 * that cannot be kept, or a note that is not UTF-8 text of at most
 * APP_URGE_NOTE_MAX bytes. result->high is set either way, from the rating
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

/* One recorded urge, as a front end lists it. Strings are valid only
 * during the callback. */
struct app_urge_entry {
	char id[33];        /* 32 hex digits: what app_urge_remove takes */
	const char *at;     /* "2026-11-22T14:03:00+01:00" */
	const char *target;
	int before;         /* 0 to 5 */
	int after;          /* 0 to 5, or -1 when not rated again */
	const char *skill;  /* or NULL */
	const char *note;   /* or NULL */
	bool via_inbox;     /* logged while locked: anyone who can write the data folder could add one */
};

/* Calls fn for each urge on day ("2026-11-22"; NULL: every day),
 * earliest first. */
typedef void app_urge_fn(const struct app_urge_entry *entry, void *data);
bool session_urges_each(struct session *s, const char *day, app_urge_fn *fn, void *data,
                        struct app_error *err) __attribute__((warn_unused_result));

/* Removes the urge with id (32 hex digits) and saves: for a planted or
 * mistyped one. APP_E_URGE_ID when there is none. */
bool session_urge_remove(struct session *s, const char *id, struct app_error *err)
	__attribute__((warn_unused_result));

#endif
