#ifndef WISEMIND_CORE_CARD_TEMPLATE_H
#define WISEMIND_CORE_CARD_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/urge_level.h"

/* What the diary card asks about (DESIGN.md §6): the targets, whose urges
 * and actions are rated, and the emotions. A therapist's template file
 * renames, adds or retires them; ids are what the data is kept under, so
 * a renamed target (a new label) keeps its data and its kind, and a
 * retired one is no longer asked about but its past days still show. */

#define CARD_ID_MAX 64     /* bytes of an id: lower-case letters, digits, '-' */
#define CARD_LABEL_MAX 80  /* bytes of a label, UTF-8 */
#define CARD_ITEMS_MAX 24  /* targets, and emotions, in one template */

struct card_target {
	char id[CARD_ID_MAX + 1];       /* "suicide", "self-harm", "use", "binge-eating" */
	char label[CARD_LABEL_MAX + 1]; /* as the card shows it */
	enum urge_kind kind;            /* never URGE_KIND_UNKNOWN in a template */
	bool counted;                   /* the action is a count, not yes/no */
	bool retired;                   /* no longer asked; past data still shown */
};

struct card_emotion {
	char id[CARD_ID_MAX + 1];
	char label[CARD_LABEL_MAX + 1];
	bool retired;
};

struct card_template {
	size_t target_count;
	struct card_target targets[CARD_ITEMS_MAX];
	size_t emotion_count;
	struct card_emotion emotions[CARD_ITEMS_MAX];
};

/* The default card: urges to suicide, self-harm and use; sadness, shame,
 * anger, fear, joy, emotional pain and physical pain. */
void card_template_default(struct card_template *t);

/* The target or emotion with id (retired ones too), or NULL. */
const struct card_target *card_template_target(const struct card_template *t, const char *id);
const struct card_emotion *card_template_emotion(const struct card_template *t,
                                                 const char *id);

/* The kind of the urge kept under target: the template's, else the
 * default target's of that name, else URGE_KIND_UNKNOWN (held to the
 * suicide threshold). */
enum urge_kind card_template_kind(const struct card_template *t, const char *target);

/* Why a template cannot replace another, or CARD_TEMPLATE_OK. */
enum card_template_problem {
	CARD_TEMPLATE_OK,
	CARD_TEMPLATE_KIND_CHANGED, /* a target kept its id but not its kind */
	CARD_TEMPLATE_DROPPED,      /* a target or emotion left out instead of retired */
};

/* Checks that next can follow prev: every id of prev is still there
 * (retired, perhaps: leaving one out would hide its past data from the
 * card) and every target keeps its kind (a rename never changes which
 * threshold applies). *which gets the id at fault. */
enum card_template_problem card_template_follows(const struct card_template *prev,
                                                 const struct card_template *next,
                                                 const char **which);

#endif
