/* Taking a draft kept inside the vault: the card's and the safety plan's
 * (app/card_draft.c, app/safety_plan_draft.c) come back the same way. */
#include "app/session_internal.h"
#include "store/setting.h"

bool session_draft_take(struct session *s, const char *key, struct str *text, bool *found,
                        struct app_error *err)
{
	*found = false;
	enum store_status st = store_setting_get(s->store, key, text);
	if (st == STORE_NOT_FOUND) {
		return true;
	}
	if (st == STORE_OK) {
		st = store_setting_delete(s->store, key);
	}
	if (st != STORE_OK) {
		str_wipe(text);
		return app_error_store(err, st);
	}
	str_append(text, ""); /* a buffer even for an empty value */
	*found = true;
	return true;
}
