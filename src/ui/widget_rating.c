#include "ui/widgets.h"

enum ui_rating_result ui_rating_key(struct ui_rating *r, enum ui_action action,
                                    const struct ui_event *ev)
{
	if (!ev->fn && ev->code >= '0' && ev->code <= '9') {
		int d = ev->code - '0';
		int v = r->one && d == 0 && r->max >= 10 ? 10 : d;
		r->one = d == 1;
		if (v > r->max) {
			return UI_RATING_BEYOND;
		}
		r->value = v;
		return UI_RATING_CHANGED;
	}
	int by = 0;
	if (action == UI_ACTION_UP || action == UI_ACTION_LESS || action == UI_ACTION_PACE_SLOWER) {
		by = -1;
	} else if (action == UI_ACTION_DOWN || action == UI_ACTION_MORE ||
	           action == UI_ACTION_PACE_FASTER) {
		by = 1;
	} else {
		return UI_RATING_NONE;
	}
	r->one = false;
	int v = r->value < 0 ? 0 : r->value + by;
	r->value = v < 0 ? 0 : v > r->max ? r->max : v;
	return UI_RATING_CHANGED;
}
