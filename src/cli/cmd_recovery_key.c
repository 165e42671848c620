#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/passphrase_advice.h"
#include "cli/unlock.h"
#include "crypto/secmem.h"
#include "crypto/vault_keys.h"

/* wisemind recovery-key: a new recovery key; the old one stops working.
 * It needs the passphrase (not the old recovery key). */
int cmd_recovery_key(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
		return CLI_USAGE;
	}
	if (optind < argc) {
		return cli_usage_error("recovery-key takes no arguments, but got \"%s\".", argv[optind]);
	}
	if (opt->recovery_key_fd >= 0) {
		return cli_usage_error("recovery-key needs your passphrase, not a recovery key; "
		                       "if you forgot it, unlock with the recovery key and run "
		                       "'wisemind passwd' first.");
	}
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	struct session session = {0};
	struct secret_text pass = {0};
	struct store_image image = {0};
	char *key_text = NULL;
	int rc = cli_unlock(&app, &session, &pass);
	if (rc != CLI_OK) {
		goto out;
	}
	key_text = secmem_alloc(VAULT_RECOVERY_TEXT_SIZE);
	enum store_status sst = store_image_get(session.store, &image);
	enum vault_status vst = key_text == NULL ? VAULT_E_NOMEM
	                        : sst != STORE_OK ? VAULT_E_IMAGE
	                        : vault_new_recovery_key(session.vault, pass.text, pass.len, key_text,
	                                                 image.data, image.len);
	if (vst != VAULT_OK) {
		fprintf(stderr, "wisemind: %s.\n", vault_status_message(vst));
		rc = vault_status_exit_code(vst);
		goto out;
	}
	puts("A new recovery key is in place; the old one no longer opens the vault.");
	recovery_key_show(key_text);
out:
	store_image_release(&image);
	secmem_free(key_text);
	secret_text_finish(&pass);
	session_close(&session);
	app_finish(&app);
	return rc;
}
