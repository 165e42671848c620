#ifndef WISEMIND_CLI_PLAIN_CARD_H
#define WISEMIND_CLI_PLAIN_CARD_H

/* Plain mode's diary card as data (plain_card_form.c): a day's fields as
 * the template gives them, each with the value it had and the value
 * typed since, and the changes to save built from the difference. The
 * questions are plain_card.c's. */

#include <stdbool.h>
#include <stddef.h>

#include "app/card.h"
#include "app/session.h"
#include "core/date.h"
#include "core/diary_card.h"
#include "core/str.h"

#define PLAIN_DRUGS_KEY "med.other-drugs"
#define PLAIN_PRESCRIBED_KEY "med.as-prescribed"
/* "999 " comes before what other drugs were, within one medication line. */
#define PLAIN_DRUGS_WHAT_MAX (CARD_MED_TEXT_MAX - 4)

enum plain_field_kind {
	PLAIN_FIELD_URGE,        /* 0-5 */
	PLAIN_FIELD_ACTED,       /* yes or no */
	PLAIN_FIELD_TIMES,       /* a counted action: 0-999 */
	PLAIN_FIELD_EMOTION,     /* 0-5 */
	PLAIN_FIELD_SESSION,     /* coming into session, 0-5 */
	PLAIN_FIELD_PRESCRIBED,  /* medication as prescribed: yes or no */
	PLAIN_FIELD_DRUGS,       /* other drugs: how many times, and what (text) */
	PLAIN_FIELD_MED,         /* another medication's line (text) */
	PLAIN_FIELD_SKILLS_USED, /* 0-7 */
	PLAIN_FIELD_NOTE,        /* text */
};

struct plain_field {
	enum plain_field_kind kind;
	char key[CARD_ID_MAX + 16]; /* as card set names it: "urge.suicide" */
	char label[CARD_LABEL_MAX + 32];
	int was, now; /* -1: not filled in */
	int peak;     /* an urge: the highest logged that day, or -1 */
	struct str was_text, now_text;
};

struct plain_card {
	char date[DATE_TEXT_SIZE];
	struct plain_field *fields;
	size_t count, cap;
	size_t skills_was_count, skills_count; /* the skills practised that day */
	char skills_was[CARD_DAY_ITEMS_MAX][CARD_ID_MAX + 1];
	char skills[CARD_DAY_ITEMS_MAX][CARD_ID_MAX + 1];
	bool has_session;
	bool built;  /* the day was read */
	bool failed; /* out of memory while building */
};

/* The changes typed, as card set takes them; values are kept in values
 * (one per field or skill), keys in skill_keys for the skills. */
struct plain_card_changes {
	struct app_card_change *items;
	size_t count;
	struct str *values;
	char (*skill_keys)[CARD_ID_MAX + 8];
	size_t max; /* values allocated */
};

/* Reads c->date's card from the diary into c's fields. False with err
 * when it cannot be read, or with c->failed when memory ran out. */
bool plain_card_read(struct session *s, struct plain_card *c, struct app_error *err)
    __attribute__((warn_unused_result));
void plain_card_form_finish(struct plain_card *c);

/* The highest value of a numeric field; whether it is yes or no; whether
 * it is rated 0 to 5. */
int plain_field_max(const struct plain_field *f);
bool plain_field_yes_no(const struct plain_field *f);
bool plain_field_rated(const struct plain_field *f);

/* What changed, as card set takes it. False when memory ran out. */
bool plain_card_changes(const struct plain_card *c, struct plain_card_changes *ch)
    __attribute__((warn_unused_result));
void plain_card_changes_finish(struct plain_card_changes *ch);

#endif
