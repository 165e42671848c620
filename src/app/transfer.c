/* The diary out and in as JSON (DESIGN.md §4: export and import). */
#include "app/session_internal.h"
#include <stdint.h>

#include "app/urge.h"
#include "store/export.h"
#include "store/import_urges.h"

bool session_export_json(struct session *s, struct str *out, struct app_error *err)
{
	enum store_status st = store_export_json(s->store, out);
	return st == STORE_OK || app_error_store(err, st);
}

static void count_file_urge(int place, const char *target, int rating, void *data)
{
	struct session *s = data;
	struct app_urge_item item = {
		.place = place == 0 ? APP_URGE_LOGGED : place == 1 ? APP_URGE_CARD : APP_URGE_SESSION,
		.target = target, .rating = rating > 1000 ? 1000 : rating, .kept = true,
	};
	session_urges_count(s, &item, &s->command_urges);
}

bool session_import_json(struct session *s, const char *json, size_t len,
                         struct app_import_result *result, struct app_error *err)
{
	/* Every urge in the file counts for the crisis card, imported or not. */
	s->command_urges = (struct app_urge_result){0};
	if (len > 0 && len < (size_t)INT32_MAX) {
		/* What cannot be read yields none; the import then says why. */
		enum store_status ignored = store_import_urges(s->store, json, len, count_file_urge, s);
		(void)ignored;
	}
	result->urges = &s->command_urges;
	struct store_import_result r = {0};
	enum store_status st = store_import_json(s->store, json, len, &r, &err->detail);
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	str_clear(&err->detail);
	if (!session_save(s, err)) {
		return false;
	}
	/* The export may bring lines to show while locked. Should the file
	 * not be written now, the next unlock writes it and says so. */
	session_safety_shown_sync(s, false);
	result->added = r.added;
	result->kept = r.kept;
	result->urges_added = r.urges_added;
	s->command_urges.saved = true;
	return true;
}
