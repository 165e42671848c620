#ifndef WISEMIND_CORE_DIARY_CARD_H
#define WISEMIND_CORE_DIARY_CARD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/card_template.h"
#include "core/date.h"
#include "core/str.h"

/* One day of the diary card as a value (DESIGN.md §6), and the fields a
 * person can set on it. Nothing here reads or writes anything: src/store
 * fills a day from the diary and keeps one; src/app checks what a person
 * typed against the template and the skills before anything is kept. */

#define CARD_DAY_ITEMS_MAX 32  /* urges, actions, emotions or skills kept on one day */
#define CARD_NOTE_MAX (64 * 1024)
#define CARD_MED_MAX 8         /* medication lines on one day */
#define CARD_MED_TEXT_MAX 200  /* bytes of what was taken */
#define CARD_SKILLS_USED_MAX 7
#define CARD_RATING_MAX 5
#define CARD_ACTION_COUNT_MAX 999

/* A 0-5 rating kept under an id; value -1 is "not filled in", which the
 * card shows differently from 0. */
struct card_rating {
	char id[CARD_ID_MAX + 1];
	int value;
};

/* An action: yes/no (counted false, acted 0 or 1) or how many times. */
struct card_action {
	char id[CARD_ID_MAX + 1];
	int acted;
	bool counted;
};

/* A medication line: "as-prescribed" (yes or no), "other-drugs" (a count,
 * then what) or any medication's name with what was taken. */
struct card_med {
	char name[CARD_ID_MAX + 1];
	char taken[CARD_MED_TEXT_MAX + 1];
};

struct card_day {
	char date[DATE_TEXT_SIZE];
	size_t urge_count;
	struct card_rating urges[CARD_DAY_ITEMS_MAX];   /* as set on the card */
	size_t peak_count;
	struct card_rating peaks[CARD_DAY_ITEMS_MAX];   /* the highest urge logged that day */
	size_t action_count;
	struct card_action actions[CARD_DAY_ITEMS_MAX];
	size_t emotion_count;
	struct card_rating emotions[CARD_DAY_ITEMS_MAX];
	size_t session_count;
	struct card_rating session[CARD_DAY_ITEMS_MAX]; /* coming into session */
	size_t med_count;
	struct card_med meds[CARD_MED_MAX];
	int skills_used;                                /* 0 to 7, or -1 */
	size_t skill_count;
	char skills[CARD_DAY_ITEMS_MAX][CARD_ID_MAX + 1]; /* the checklist, in id order */
	bool has_note;
	struct str note;
};

/* An empty day (nothing filled in) for date ("2026-11-22"). */
void card_day_init(struct card_day *day, const char *date);
/* Empties day again for date, keeping the note's memory. */
void card_day_reset(struct card_day *day, const char *date);
void card_day_finish(struct card_day *day);
/* True when nothing at all is filled in (logged urges aside). */
bool card_day_is_empty(const struct card_day *day);

/* The rating under id in list, or -1. */
int card_rating_get(const struct card_rating *list, size_t count, const char *id);
/* Sets (value 0 and up) or clears (-1) the rating under id, keeping the
 * list in id order. False when the list is full. */
bool card_rating_put(struct card_rating *list, size_t *count, const char *id, int value);

/* The urge of the day for target as the card shows it: what was set on
 * the card, else the peak of the urges logged, else -1. */
int card_day_urge_shown(const struct card_day *day, const char *target);

const struct card_action *card_day_action(const struct card_day *day, const char *target);
/* acted -1 clears. False when the list is full. */
bool card_day_put_action(struct card_day *day, const char *target, int acted, bool counted);

const char *card_day_med(const struct card_day *day, const char *name);
/* taken NULL clears. False when the list is full. */
bool card_day_put_med(struct card_day *day, const char *name, const char *taken);

bool card_day_has_skill(const struct card_day *day, const char *skill);
/* False when the checklist is full. */
bool card_day_put_skill(struct card_day *day, const char *skill, bool practised);

/* The skills-used rating's eight meanings, 0 to 7, in our own words. */
const char *card_skills_used_meaning(int rating);

/* The "coming into session" ratings, 0 to 5. Three are urges (to quit
 * therapy, to use, to die) and count as urges for the crisis lines; three
 * are beliefs (that you can steer your emotions, actions, thoughts). */
struct card_session_item {
	const char *id;
	const char *label;
	bool is_urge;
	enum urge_kind kind; /* for an urge */
};
#define CARD_SESSION_ITEMS 6
extern const struct card_session_item card_session_items[CARD_SESSION_ITEMS];
const struct card_session_item *card_session_item(const char *id);

/* The fields of DESIGN.md §4's card set KEY=VALUE. */
enum card_field {
	CARD_FIELD_URGE,        /* urge.<target>=0..5 */
	CARD_FIELD_ACTION,      /* action.<target>=yes|no|N */
	CARD_FIELD_EMOTION,     /* emotion.<name>=0..5 */
	CARD_FIELD_SESSION,     /* session.<name>=0..5 */
	CARD_FIELD_SKILLS_USED, /* skills-used=0..7 */
	CARD_FIELD_SKILL,       /* skill.<id>=yes|no */
	CARD_FIELD_MED,         /* med.<name>=TEXT */
	CARD_FIELD_NOTE,        /* note=TEXT */
};

/* Splits a key into its field and, for the fields that have one, the id
 * after the dot. False when the key names no field or its id is not an
 * id; *field is then the field the prefix named, if any (has_field). */
struct card_key {
	enum card_field field;
	char id[CARD_ID_MAX + 1]; /* "" for skills-used and note */
};
bool card_key_parse(const char *key, struct card_key *out, bool *has_field);

/* Every key prefix, for suggesting the nearest one to a mistyped key. */
extern const char *const card_key_names[];

/* True when id is 1 to 64 lower-case letters, digits and hyphens. */
bool card_id_valid(const char *id);

/* Reads "yes"/"no" (also "y", "n", "true", "false") into *out. */
bool card_parse_yes_no(const char *text, bool *out);
/* Reads a whole number from min to max, nothing else ("3", not "3.5",
 * " 3" or "3x"). */
bool card_parse_int(const char *text, int min, int max, int *out);

/* Other drugs: "N" or "N what" ("2 beer and a joint"): the count, 0 to
 * 999, and where the text after it starts. False when it does not start
 * with a count. */
bool card_parse_other_drugs(const char *text, int *count, const char **what);

#endif
