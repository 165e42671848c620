#ifndef WISEMIND_CORE_URGE_LEVEL_H
#define WISEMIND_CORE_URGE_LEVEL_H

#include <stdbool.h>

/* When an urge is high (DESIGN.md §2.2). Each diary-card target has a
 * kind; an urge rated at or above its kind's threshold, on the card's 0-5
 * scale, is high and brings the full crisis card and a crisis-survival
 * skill. A target whose kind is not known is held to the suicide
 * threshold, the lowest. Thresholds can be lowered, never raised. */

#define URGE_RATING_MAX 5

enum urge_kind {
	URGE_KIND_SUICIDE,
	URGE_KIND_SELF_HARM,
	URGE_KIND_USE,
	URGE_KIND_OTHER,
	URGE_KIND_UNKNOWN, /* a name not in the template (yet): suicide's threshold */
	URGE_KIND_COUNT,
};

struct urge_thresholds {
	int at[URGE_KIND_COUNT]; /* the rating from which an urge of a kind is high */
};

/* The defaults: a suicide-kind (or unknown) urge from 1, any other from 4. */
void urge_thresholds_default(struct urge_thresholds *t);

/* The default threshold of kind: 1 for suicide (and unknown), 4 for any
 * other. It is also the highest a threshold of that kind may be. */
int urge_threshold_default(enum urge_kind kind);

/* True when value may be kind's threshold: a whole number from 1 to the
 * kind's default. Never for URGE_KIND_UNKNOWN, which always follows
 * suicide's. */
bool urge_threshold_allowed(enum urge_kind kind, int value);

/* Sets kind's threshold in t to value when urge_threshold_allowed says it
 * may be; otherwise returns false and leaves t as it was. So a threshold
 * is only ever lowered below its default (or set back to it), never
 * raised above it or switched off. */
bool urge_thresholds_set(struct urge_thresholds *t, enum urge_kind kind, int value)
	__attribute__((warn_unused_result));

/* The name of a kind as templates and settings write it ("suicide",
 * "self-harm", "use", "other"; "unknown" for URGE_KIND_UNKNOWN and
 * anything out of range), and back. urge_kind_parse never gives
 * URGE_KIND_UNKNOWN: it is what a name without a kind gets, never a kind
 * to choose. */
const char *urge_kind_name(enum urge_kind kind);
bool urge_kind_parse(const char *name, enum urge_kind *out) __attribute__((warn_unused_result));

/* The kind of a default target ("suicide", "self-harm", "use"); any other
 * name is URGE_KIND_UNKNOWN until a template says otherwise. */
enum urge_kind urge_kind_of_default(const char *target);

/* True when rating is a whole number on the card's scale, 0 to 5. */
bool urge_rating_valid(int rating);

/* True when a target name can be kept: 1 to 64 bytes of lower-case
 * letters, digits and hyphens ("self-harm", "binge-eating"). */
bool urge_target_valid(const char *target);

/* True when rating is high for kind under t. */
bool urge_is_high(const struct urge_thresholds *t, enum urge_kind kind, int rating);

#endif
