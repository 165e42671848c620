#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/passphrase_advice.h"
#include "cli/signals.h"
#include "cli/unlock.h"
#include "crypto/secmem.h"
#include "crypto/vault_keys.h"
#include "crypto/vault_probe.h"

enum { OPT_NO_RECOVERY = 1 };

static bool on_option(int code, const char *arg, void *data)
{
	(void)arg;
	if (code == OPT_NO_RECOVERY) {
		*(bool *)data = false;
		return true;
	}
	return false;
}

/* wisemind init [--no-recovery-key]: creates the encrypted vault. */
int cmd_init(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"no-recovery-key", no_argument, NULL, OPT_NO_RECOVERY},
		{NULL, 0, NULL, 0},
	};
	bool recovery = true;
	if (!cli_parse_command(opt, argc, argv, longopts, on_option, &recovery)) {
		return CLI_USAGE;
	}
	if (optind < argc) {
		return cli_usage_error("init takes no arguments, but got \"%s\".", argv[optind]);
	}
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	int rc = CLI_OK;
	struct secret_text pass = {0};
	struct session session = {0};
	char *key_text = NULL;
	struct vault_probe probe;
	struct session_error err = {0};
	if (app.data_dir.len == 0) {
		fputs("wisemind: no data directory can be named: set HOME, or use --data-dir.\n", stderr);
		rc = CLI_ERROR;
		goto out;
	}
	if (vault_probe(str_cstr(&app.data_dir), &probe) == VAULT_OK && probe.exists) {
		fprintf(stderr, "wisemind: %s.\n", vault_status_message(VAULT_E_EXISTS));
		rc = CLI_ERROR;
		goto out;
	}
	cli_signals_install();
	if (!secmem_lock_down()) {
		fputs("wisemind: could not turn core dumps off, so no vault was made.\n", stderr);
		rc = CLI_ERROR;
		goto out;
	}
	rc = passphrase_read_new(opt->passphrase_fd,
	                         "Choose a passphrase (a few random words work well): ", &pass);
	if (rc != CLI_OK) {
		goto out;
	}
	key_text = recovery ? secmem_alloc(VAULT_RECOVERY_TEXT_SIZE) : NULL;
	if (!session_create(&app, pass.text, pass.len, key_text, &session, &err)) {
		rc = cli_session_error(&err);
		goto out;
	}
	printf("Your encrypted diary is ready in %s.\n", str_cstr(&app.data_dir));
	if (key_text != NULL) {
		recovery_key_show(key_text);
	} else {
		puts("There is no recovery key: if you forget your passphrase, the diary cannot be "
		     "opened. 'wisemind recovery-key' makes one at any time.");
	}
	puts("\nwisemind does not replace therapy or emergency services. If you are in danger, "
	     "run 'wisemind crisis'.");
out:
	session_close(&session);
	secret_text_finish(&pass);
	secmem_free(key_text);
	app_finish(&app);
	return rc;
}
