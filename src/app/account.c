/* The secrets that open the diary: a new passphrase, a new recovery key.
 * Each rewrites the key slots and saves the diary as it is, durably. */
#include <string.h>

#include "app/session_internal.h"

bool session_change_passphrase(struct session *s, const struct app_secret *fresh,
                               struct app_error *err)
{
	struct store_image image = {0};
	if (!session_image(s, &image, err)) {
		return false;
	}
	enum vault_status vst =
	    vault_change_passphrase(s->vault, fresh->text, fresh->len, image.data, image.len);
	store_image_release(&image);
	return vst == VAULT_OK || app_error_vault(err, vst);
}

bool session_new_recovery_key(struct session *s, const struct app_secret *passphrase,
                              struct app_secret *key_out, struct app_error *err)
{
	*key_out = (struct app_secret){0};
	char *key_text = app_secret_buffer();
	if (key_text == NULL) {
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	struct store_image image = {0};
	if (!session_image(s, &image, err)) {
		app_secret_free(key_text);
		return false;
	}
	enum vault_status vst = vault_new_recovery_key(s->vault, passphrase->text, passphrase->len,
	                                               key_text, image.data, image.len);
	store_image_release(&image);
	if (vst != VAULT_OK) {
		app_secret_free(key_text);
		return app_error_vault(err, vst);
	}
	*key_out = (struct app_secret){key_text, strlen(key_text)};
	s->has_recovery = true;
	return true;
}

bool session_check_passphrase(struct session *s, const struct app_secret *secret,
                              struct app_error *err)
{
	enum vault_status vst = vault_check_passphrase(s->vault, secret->text, secret->len);
	if (vst == VAULT_OK) {
		return true;
	}
	/* Only the passphrase is asked here: the sentence offers nothing else. */
	err->passphrase_only = true;
	return app_error_vault(err, vst);
}
