#ifndef WISEMIND_APP_URGE_H
#define WISEMIND_APP_URGE_H

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "app/error.h"
#include "core/diary_card.h"

struct session;

#define APP_URGE_NOTE_MAX (64 * 1024)

/* One urge as the person gave it. */
struct app_urge {
	const char *target; /* "suicide", "self-harm", "use", or a template's name */
	int rating;         /* 0 to 5 */
	const char *note;   /* may be NULL */
};

#define APP_URGE_SKILL_ID_MAX 64

/* What recording urges gives the front end to show, whatever happened:
 * the crisis card for the person's country always shows (DESIGN.md §2.2),
 * and says whether the urges were saved. One command, or one unlock,
 * gathers all its urges into one result and shows one card, at the
 * highest severity among them. */
struct app_urge_result {
	size_t given;   /* urges given: when any, the crisis card shows */
	bool saved;     /* recorded durably */
	bool locked;    /* in the sealed inbox: added to the diary at the next unlock */
	bool high;      /* an urge at or above its kind's threshold */
	bool note_cut;  /* the note was longer than a locked record holds, and was cut */
	/* When high: two crisis-survival skills to suggest, by id: the two
	 * this person's own before-and-after ratings show help most, or STOP
	 * and TIP while there is too little to tell. */
	char suggest[2][APP_URGE_SKILL_ID_MAX + 1];
	bool suggest_from_data; /* the suggestions come from the person's own data */
	/* The id of the last urge logged (32 hex digits; "" when none), so an
	 * after-rating can name it (a practice's, for instance). */
	char id[33];
};

/* Adds what from brings to show into into: one command, one card, at the
 * highest severity among its urges (an unlock's merged urges with the
 * command's own). */
void app_urge_result_add(struct app_urge_result *into, const struct app_urge_result *from);

/* Where an urge is kept. */
enum app_urge_place {
	APP_URGE_LOGGED,  /* a quick urge, with its time (the card shows the day's peak) */
	APP_URGE_CARD,    /* the card's value for a target on a day */
	APP_URGE_SESSION, /* a "coming into session" urge on a day's card */
};

/* One urge on its way into the diary, from any path. */
struct app_urge_item {
	enum app_urge_place place;
	const char *target;       /* a target id; for APP_URGE_SESSION a session item's id */
	int rating;               /* 0 to 5 */
	const char *note;         /* APP_URGE_LOGGED: or NULL */
	const char *date;         /* APP_URGE_CARD, APP_URGE_SESSION: the day */
	const char *at;           /* APP_URGE_LOGGED: its time, NULL for now */
	const unsigned char *id;  /* APP_URGE_LOGGED: the id it keeps (inbox, import), or NULL */
	bool via_inbox;           /* APP_URGE_LOGGED: logged while locked */
	bool kept;                /* already written by an import: only counted */
};

/* THE way urges enter an open diary: quick urges, card fields, the
 * sealed inbox's merge and imports all come through here, and nothing
 * else writes one (tests/cli/urge_one_way.sh checks). Writes each item
 * where its place says, in the open diary, without saving, all or
 * nothing; and adds to result what the front end must show. day, when not
 * NULL, is a card (already checked) to keep whole with the card urges of
 * its date: card set writes the rest of the day with its urges, in the
 * same change. False with err when an item cannot be kept (result still
 * counts it: the card shows). *added, when not NULL, counts the logged
 * urges that were new (a merged or imported one may be there already). */
bool session_urges_put(struct session *s, const struct app_urge_item *items, size_t count,
                       const struct card_day *day, struct app_urge_result *result,
                       size_t *added, struct app_error *err) __attribute__((warn_unused_result));

/* Checks an urge before anything is recorded: false with the reason in
 * err (exit 2: a usage mistake) for a rating outside 0-5, a target name
 * that cannot be kept, or a note that is not UTF-8 text of at most
 * APP_URGE_NOTE_MAX bytes. result->high is set either way, from the rating
 * as given, so a mistyped urge still brings the full card when it is
 * high. */
bool app_urge_check(const struct app *app, const struct app_urge *u,
                    struct app_urge_result *result, struct app_error *err)
	__attribute__((warn_unused_result));

/* Counts an urge that could not be kept (a mistyped card field, a
 * refused import) into result, so the crisis card still shows, at its
 * severity. */
void session_urges_count(struct session *s, const struct app_urge_item *item,
                         struct app_urge_result *result);

/* The same without an open diary (a wrong passphrase, a usage mistake):
 * the default targets' kinds, any other name held to suicide's
 * threshold. */
void app_urges_count(const struct app *app, const struct app_urge_item *item,
                     struct app_urge_result *result);

/* A rating as a person typed it: 0 to 5; above the scale (up to 1000)
 * as typed, so "7" still counts as strong; -1 when it is not a number. */
int app_urge_rating_read(const char *text);

/* Records an urge without the passphrase: sealed into the inbox beside the
 * vault, added at the next unlock. No key derivation: it stays fast. */
bool app_urge_record_locked(const struct app *app, const struct app_urge *u,
                            struct app_urge_result *result, struct app_error *err)
	__attribute__((warn_unused_result));

/* Records an urge into an open diary and saves. */
bool session_record_urge(struct session *s, const struct app_urge *u,
                         struct app_urge_result *result, struct app_error *err)
	__attribute__((warn_unused_result));

/* How an urge went after a skill (wisemind urge --after): after, 0 to 5,
 * on the urge with id (32 hex digits), or on the latest one when id is
 * NULL; skill, when not NULL, the skill used (checked against the
 * library). Saves. An after-rating is an urge rating too: result says
 * what to show, whatever happens (the crisis card, always). */
bool session_urge_after(struct session *s, const char *id, int after, const char *skill,
                        struct app_urge_result *result, struct app_error *err)
	__attribute__((warn_unused_result));

/* The same without the passphrase: sealed into the inbox, applied at the
 * next unlock (to the urge with id, or the latest one then). The skill is
 * checked against the library, which needs no passphrase. */
bool app_urge_after_locked(const struct app *app, const char *id, int after, const char *skill,
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
