/* The safety plan: in the vault, and its shown lines in one file beside
 * it, for the crisis card while locked. */
#include "app/safety_plan.h"

#include "crypto/vault_probe.h"

#include "app/session_internal.h"
#include "content/safety_shown_file.h"
#include "store/safety_plan.h"

bool session_safety_plan_get(struct session *s, struct safety_plan *out, struct app_error *err)
{
	enum store_status st = store_safety_plan_get(s->store, out);
	return st == STORE_OK || app_error_store(err, st);
}

bool app_safety_line_check(const char *text, size_t len, struct app_error *err)
{
	return safety_line_check(text, len) == SAFETY_LINE_OK ||
	       app_error_app(err, APP_E_SAFETY_LINE);
}

static bool check_plan(const struct safety_plan *plan, struct app_error *err)
{
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		const struct safety_lines *l = &plan->sections[s];
		if (l->count > SAFETY_LINES_MAX) {
			return app_error_app(err, APP_E_SAFETY_LINES);
		}
		for (size_t i = 0; i < l->count; i++) {
			if (!app_safety_line_check(l->items[i].text.buf, l->items[i].text.len,
			                           err)) {
				return false;
			}
		}
	}
	return true;
}

bool session_safety_plan_set(struct session *s, const struct safety_plan *plan,
                             struct app_safety_plan_saved *out, struct app_error *err)
{
	*out = (struct app_safety_plan_saved){0};
	if (!check_plan(plan, err)) {
		return false;
	}
	enum store_status st = store_safety_plan_set(s->store, plan);
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	/* A failed save leaves the plan in the diary in memory, as every
	 * change is, for the next save to carry. */
	if (!session_save(s, err)) {
		return false;
	}
	out->saved = true;
	/* The vault first: the file follows the diary, never leads it. */
	struct str why = {0};
	if (content_status_exit_code(safety_shown_save(str_cstr(&s->data_dir), plan, &why)) != 0) {
		app_error_app(err, APP_E_SAFETY_FILE);
		str_append(&err->detail, str_cstr(&why));
		str_finish(&why);
		return false;
	}
	str_finish(&why);
	out->shown = safety_plan_shown_count(plan);
	return true;
}

void session_safety_shown_sync(struct session *s, bool notices)
{
	struct safety_plan plan = {0};
	struct safety_plan file = {0};
	struct str why = {0};
	if (store_safety_plan_get(s->store, &plan) != STORE_OK) {
		goto out; /* a damaged plan: leave the file as it is */
	}
	safety_shown_remove_leftovers(str_cstr(&s->data_dir));
	enum content_status st = safety_shown_load(str_cstr(&s->data_dir), &file, &why);
	if ((st == CONTENT_OK || st == CONTENT_MISSING) && safety_plan_same_shown(&plan, &file)) {
		goto out;
	}
	str_clear(&why);
	st = safety_shown_save(str_cstr(&s->data_dir), &plan, &why);
	if (!notices) {
		goto out;
	}
	if (st == CONTENT_OK) {
		app_notices_add(&s->notices, NOTICE_SAFETY_SHOWN_REWRITTEN);
	} else {
		struct app_notice *n = app_notices_add(&s->notices, NOTICE_SAFETY_SHOWN_UNWRITABLE);
		if (n != NULL) {
			app_error_app(&n->error, APP_E_SAFETY_FILE);
			str_append(&n->error.detail, str_cstr(&why));
		}
	}
out:
	safety_plan_finish(&plan);
	safety_plan_finish(&file);
	str_finish(&why);
}

void app_safety_plan_shown_path(const struct app *app, struct str *out)
{
	str_appendf(out, "%s/%s", str_cstr(&app->data_dir), SAFETY_SHOWN_FILE);
}

bool app_safety_plan_locked_lines(const struct app *app, struct safety_plan *out, struct str *why)
{
	safety_plan_finish(out);
	if (app->data_dir.len == 0) {
		return true;
	}
	enum content_status st = safety_shown_load(str_cstr(&app->data_dir), out, why);
	return st == CONTENT_OK || st == CONTENT_MISSING;
}

bool app_safety_plan_may_exist(const struct app *app)
{
	struct vault_probe p;
	return app->data_dir.len > 0 && vault_probe(str_cstr(&app->data_dir), &p) == VAULT_OK &&
	       (p.exists || p.prev_exists);
}
