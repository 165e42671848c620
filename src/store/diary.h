#ifndef WISEMIND_STORE_DIARY_H
#define WISEMIND_STORE_DIARY_H

#include <stdbool.h>

#include "core/str.h"
#include "store/status.h"

struct store;

/* The diary card's fields for one day (DESIGN.md §6). date is ISO 8601,
 * "2026-11-22"; targets, emotions, medications and skills are
 * identifiers (lower-case ASCII, digits, '-', '_'). Every setter creates
 * the day when needed and returns STORE_INVALID, changing nothing, when a
 * value is out of range. Every getter returns STORE_NOT_FOUND when that
 * field was never filled in for that day. */

/* Urge to act on target, 0 to 5. */
enum store_status store_diary_set_urge(struct store *store, const char *date,
                                       const char *target, int rating)
	__attribute__((warn_unused_result));
enum store_status store_diary_get_urge(struct store *store, const char *date,
                                       const char *target, int *rating)
	__attribute__((warn_unused_result));

/* Whether the person acted on target: yes/no (counted false, acted 0 or
 * 1) or how many times (counted true, acted 0 to 999). */
enum store_status store_diary_set_action(struct store *store, const char *date,
                                         const char *target, int acted, bool counted)
	__attribute__((warn_unused_result));
enum store_status store_diary_get_action(struct store *store, const char *date,
                                         const char *target, int *acted, bool *counted)
	__attribute__((warn_unused_result));

/* Strength of an emotion, 0 to 5. */
enum store_status store_diary_set_emotion(struct store *store, const char *date,
                                          const char *emotion, int rating)
	__attribute__((warn_unused_result));
enum store_status store_diary_get_emotion(struct store *store, const char *date,
                                          const char *emotion, int *rating)
	__attribute__((warn_unused_result));

/* What was taken of a medication or drug, as the person wrote it. */
enum store_status store_diary_set_medication(struct store *store, const char *date,
                                             const char *name, const char *taken)
	__attribute__((warn_unused_result));
enum store_status store_diary_get_medication(struct store *store, const char *date,
                                             const char *name, struct str *taken)
	__attribute__((warn_unused_result));

/* The 0 to 7 skills-used rating; -1 clears it. */
enum store_status store_diary_set_skills_used(struct store *store, const char *date, int rating)
	__attribute__((warn_unused_result));
enum store_status store_diary_get_skills_used(struct store *store, const char *date,
                                              int *rating) __attribute__((warn_unused_result));

/* Ticks (or unticks) skill in the day's checklist of skills practised. */
enum store_status store_diary_set_skill(struct store *store, const char *date,
                                        const char *skill, bool practised)
	__attribute__((warn_unused_result));
/* *practised is false, with STORE_OK, when the skill is not ticked. */
enum store_status store_diary_get_skill(struct store *store, const char *date,
                                        const char *skill, bool *practised)
	__attribute__((warn_unused_result));

/* The day's note; NULL clears it. */
enum store_status store_diary_set_note(struct store *store, const char *date, const char *note)
	__attribute__((warn_unused_result));
enum store_status store_diary_get_note(struct store *store, const char *date, struct str *note)
	__attribute__((warn_unused_result));

#endif
