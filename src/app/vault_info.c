#include "app/vault_info.h"

#include <string.h>

#include "crypto/vault_probe.h"

bool app_vault_can_create(const struct app *app, struct app_error *err)
{
	struct vault_probe p;
	if (app->data_dir.len == 0) {
		return app_error_app(err, APP_E_NO_DATA_DIR);
	}
	if (vault_probe(str_cstr(&app->data_dir), &p) == VAULT_OK && (p.exists || p.prev_exists)) {
		return app_error_vault(err, VAULT_E_EXISTS);
	}
	return true;
}

bool app_vault_info(const struct app *app, struct app_vault_info *out, struct app_error *err)
{
	*out = (struct app_vault_info){0};
	struct vault_probe p;
	enum vault_status st = vault_probe(str_cstr(&app->data_dir), &p);
	if (st != VAULT_OK) {
		return app_error_vault(err, st);
	}
	out->exists = p.exists;
	out->in_use = p.in_use;
	out->odd = p.header == VAULT_E_ODD_FILE;
	out->saved_at = p.saved_at > 0 ? (uint64_t)p.saved_at : 0;
	out->size = p.size;
	out->header_damaged = p.exists && p.header != VAULT_OK && p.header != VAULT_E_ODD_FILE;
	if (out->header_damaged) {
		app_error_vault(&out->header_error, p.header);
	}
	out->has_recovery = p.has_recovery;
	out->prev_exists = p.prev_exists;
	out->prev_saved_at = p.prev_saved_at > 0 ? (uint64_t)p.prev_saved_at : 0;
	out->inbox_pending = p.inbox_pending;
	out->inbox_pub = p.inbox_pub;
	out->odd_count = p.odd_count;
	_Static_assert(APP_ODD_FILES_MAX == VAULT_PROBE_ODD_MAX, "odd file lists differ");
	_Static_assert(APP_FILE_NAME_MAX == VAULT_PROBE_NAME_MAX, "odd file names differ");
	memcpy(out->odd_names, p.odd_names, sizeof(out->odd_names));
	return true;
}
