#include "app/session.h"

#include <stdlib.h>
#include <string.h>

#include "app/session_internal.h"
#include "crypto/inbox.h"
#include "crypto/secmem.h"
#include "store/alloc.h"
#include "store/inbox_key.h"

bool session_create(const struct app *app, const struct app_secret *passphrase,
                    struct app_secret *recovery_out, struct session **out, struct app_error *err)
{
	*out = NULL;
	if (app->data_dir.len == 0) {
		return app_error_app(err, APP_E_NO_DATA_DIR);
	}
	const char *dir = str_cstr(&app->data_dir);
	if (!store_global_init()) {
		return app_error_store(err, STORE_SETUP_FAILED);
	}
	struct session *s = calloc(1, sizeof(*s));
	uint8_t pk[INBOX_KEY_LEN];
	uint8_t *sk = secmem_alloc(INBOX_KEY_LEN);
	char *key_text = recovery_out != NULL ? app_secret_buffer() : NULL;
	bool ok = false;
	struct store_image image = {0};
	if (s == NULL || sk == NULL || (recovery_out != NULL && key_text == NULL)) {
		app_error_app(err, APP_E_NO_MEMORY);
		goto out;
	}
	s->app = app;
	str_append(&s->data_dir, dir);
	enum store_status sst = store_create(&s->store);
	if (sst != STORE_OK) {
		app_error_store(err, sst);
		goto out;
	}
	if (!inbox_keypair(pk, sk)) {
		app_error_vault(err, VAULT_E_CRYPTO);
		goto out;
	}
	sst = store_inbox_key_set(s->store, pk, sk);
	if (sst != STORE_OK) {
		app_error_store(err, sst);
		goto out;
	}
	if (!session_image(s, &image, err)) {
		goto out;
	}
	enum vault_status vst =
	    vault_create(dir, str_cstr(&app->state_dir), passphrase->text, passphrase->len, key_text,
	                 image.data, image.len, &s->vault);
	if (vst == VAULT_OK) {
		vst = inbox_publish(dir, pk);
	}
	if (vst != VAULT_OK) {
		app_error_vault(err, vst);
		goto out;
	}
	s->generation = vault_generation(s->vault);
	s->has_recovery = key_text != NULL;
	/* A new diary has no plan: lines a diary deleted before left to show
	 * while locked go now. */
	session_safety_shown_sync(s, true);
	if (recovery_out != NULL) {
		*recovery_out = (struct app_secret){key_text, strlen(key_text)};
		key_text = NULL;
	}
	ok = true;
out:
	store_image_release(&image);
	secmem_free(sk);
	app_secret_free(key_text);
	if (!ok) {
		session_close(s);
		return false;
	}
	*out = s;
	return true;
}
