/* A practice's urge ratings, through the record's urge functions. */
#include "app/practice_urge.h"

#include <string.h>

#include "app/card.h"
#include "core/card_template.h"

bool app_practice_urge_rate(struct app *app, struct session *s, struct app_practice_urge *pu,
                            int rating, struct app_urge_result *result, struct app_error *err)
{
	*result = (struct app_urge_result){0};
	if (pu->id[0] == '\0') {
		struct app_urge u = {.target = pu->target, .rating = rating};
		bool ok = s != NULL ? session_record_urge(s, &u, result, err)
		                    : app_urge_record_locked(app, &u, result, err);
		if (ok) {
			memcpy(pu->id, result->id, sizeof(pu->id));
		}
		return ok;
	}
	return s != NULL ? session_urge_after(s, pu->id, rating, pu->skill, result, err)
	                 : app_urge_after_locked(app, pu->id, rating, pu->skill, result, err);
}

enum urge_kind app_practice_urge_kind(struct session *s, const char *target)
{
	struct card_template tmpl;
	struct app_error why = {0};
	if (s == NULL || !session_card_template(s, &tmpl, &why)) {
		app_error_finish(&why);
		return urge_kind_of_default(target);
	}
	return card_template_kind(&tmpl, target);
}
