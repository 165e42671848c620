#include "core/urge_level.h"

#include <string.h>

void urge_thresholds_default(struct urge_thresholds *t)
{
	for (int k = 0; k < URGE_KIND_COUNT; k++) {
		t->at[k] = 4;
	}
	t->at[URGE_KIND_SUICIDE] = 1;
	t->at[URGE_KIND_UNKNOWN] = 1;
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
	if (kind < 0 || kind >= URGE_KIND_COUNT) {
		kind = URGE_KIND_UNKNOWN;
	}
	int at = t->at[kind];
	/* An out-of-range threshold (0, off, or above the scale) counts as
	 * the lowest: nothing can switch the check off. */
	if (at < 1 || at > URGE_RATING_MAX) {
		at = 1;
	}
	return rating >= at;
}
