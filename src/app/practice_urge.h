#ifndef WISEMIND_APP_PRACTICE_URGE_H
#define WISEMIND_APP_PRACTICE_URGE_H

#include <stdbool.h>

#include "app/app.h"
#include "app/error.h"
#include "app/urge.h"
#include "core/urge_level.h"

struct session;

/* The urge a practice rates. Each rating goes into the record at once,
 * through the record's own urge functions (app/urge.h), with the diary
 * open or locked: the first is logged as an urge, later ones say how it
 * went after the skill, so before and after land on the card's scale
 * and feed report --helps. */
struct app_practice_urge {
	const char *skill;  /* the skill practised */
	const char *target; /* the urge's target ("self-harm", a template's) */
	char id[33];        /* the urge logged by the first rating; "" until then */
};

/* Records rating: into s when the diary is open, else sealed into the
 * inbox. result says what to show whatever happened: the crisis card,
 * always (DESIGN.md §2.2), full when the rating is high. */
bool app_practice_urge_rate(struct app *app, struct session *s, struct app_practice_urge *pu,
                            int rating, struct app_urge_result *result, struct app_error *err)
	__attribute__((warn_unused_result));

/* The kind of target: the card template's when the diary is open, else
 * the default targets' (any other name: unknown, held to suicide's
 * threshold). */
enum urge_kind app_practice_urge_kind(struct session *s, const char *target);

#endif
