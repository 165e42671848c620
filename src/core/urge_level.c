#include "core/urge_level.h"

#include <string.h>

#define SUICIDE_DEFAULT 1
#define OTHER_DEFAULT 4

static const char *const kind_names[URGE_KIND_COUNT] = {
	[URGE_KIND_SUICIDE] = "suicide",
	[URGE_KIND_SELF_HARM] = "self-harm",
	[URGE_KIND_USE] = "use",
	[URGE_KIND_OTHER] = "other",
	[URGE_KIND_UNKNOWN] = "unknown",
};

int urge_threshold_default(enum urge_kind kind)
{
	return kind == URGE_KIND_SUICIDE || kind == URGE_KIND_UNKNOWN ? SUICIDE_DEFAULT
	                                                               : OTHER_DEFAULT;
}

void urge_thresholds_default(struct urge_thresholds *t)
{
	for (int k = 0; k < URGE_KIND_COUNT; k++) {
		t->at[k] = urge_threshold_default((enum urge_kind)k);
	}
}

bool urge_threshold_allowed(enum urge_kind kind, int value)
{
	if (kind < 0 || kind >= URGE_KIND_UNKNOWN) {
		return false;
	}
	return value >= 1 && value <= urge_threshold_default(kind);
}

bool urge_thresholds_set(struct urge_thresholds *t, enum urge_kind kind, int value)
{
	if (!urge_threshold_allowed(kind, value)) {
		return false;
	}
	t->at[kind] = value;
	/* A name whose kind is not known is held to suicide's threshold,
	 * whatever it is now. */
	t->at[URGE_KIND_UNKNOWN] = t->at[URGE_KIND_SUICIDE];
	return true;
}

const char *urge_kind_name(enum urge_kind kind)
{
	return kind >= 0 && kind < URGE_KIND_COUNT ? kind_names[kind]
	                                           : kind_names[URGE_KIND_UNKNOWN];
}

bool urge_kind_parse(const char *name, enum urge_kind *out)
{
	for (int k = 0; k < URGE_KIND_UNKNOWN; k++) {
		if (strcmp(name, kind_names[k]) == 0) {
			*out = (enum urge_kind)k;
			return true;
		}
	}
	return false;
}

enum urge_kind urge_kind_of_default(const char *target)
{
	if (strcmp(target, "suicide") == 0) {
		return URGE_KIND_SUICIDE;
	}
	if (strcmp(target, "self-harm") == 0) {
		return URGE_KIND_SELF_HARM;
	}
	if (strcmp(target, "use") == 0) {
		return URGE_KIND_USE;
	}
	return URGE_KIND_UNKNOWN;
}

bool urge_rating_valid(int rating)
{
	return rating >= 0 && rating <= URGE_RATING_MAX;
}

bool urge_target_valid(const char *target)
{
	size_t n = strlen(target);
	if (n == 0 || n > 64) {
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		char c = target[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
			return false;
		}
	}
	return true;
}

bool urge_is_high(const struct urge_thresholds *t, enum urge_kind kind, int rating)
{
	/* A kind not known is held to suicide's threshold. */
	if (kind < 0 || kind >= URGE_KIND_UNKNOWN) {
		kind = URGE_KIND_SUICIDE;
	}
	int at = t->at[kind];
	/* A threshold no setting may give (0, off, above the kind's default
	 * or the scale) counts as the lowest: nothing can switch the check
	 * off or raise it. */
	if (!urge_threshold_allowed(kind, at)) {
		at = 1;
	}
	return rating >= at;
}
