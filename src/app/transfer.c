/* The diary out and in as JSON (DESIGN.md §4: export and import). */
#include "app/session_internal.h"
#include "store/export.h"

bool session_export_json(struct session *s, struct str *out, struct app_error *err)
{
	enum store_status st = store_export_json(s->store, out);
	return st == STORE_OK || app_error_store(err, st);
}

bool session_import_json(struct session *s, const char *json, size_t len,
                         struct app_import_result *result, struct app_error *err)
{
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
	*result = (struct app_import_result){r.added, r.kept, r.urges_added};
	return true;
}
