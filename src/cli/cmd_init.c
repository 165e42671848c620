#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "cli/cli_app.h"
#include "app/session.h"
#include "app/signals.h"
#include "app/vault_info.h"
#include "cli/passphrase_advice.h"
#include "cli/report.h"

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
	struct app_secret pass = {0};
	struct app_secret key = {0};
	struct session *session = NULL;
	struct app_error err = {0};
	if (!app_vault_can_create(&app, &err)) {
		rc = cli_error(&err);
		goto out;
	}
	app_signals_catch(APP_SIGNALS_TERMINATE | APP_SIGNALS_INTERRUPT);
	if (!app_secrets_protect()) {
		fputs("wisemind: could not turn core dumps off, so no vault was made.\n", stderr);
		rc = CLI_ERROR;
		goto out;
	}
	rc = passphrase_read_new(opt->passphrase_fd,
	                         "Choose a passphrase (a few random words work well): ", &pass);
	if (rc != CLI_OK) {
		goto out;
	}
	if (!session_create(&app, &pass, recovery ? &key : NULL, &session, &err)) {
		rc = cli_error(&err);
		goto out;
	}
	printf("Your encrypted diary is ready in %s.\n", str_cstr(&app.data_dir));
	if (key.text != NULL) {
		recovery_key_show(key.text);
	} else {
		puts("There is no recovery key: if you forget your passphrase, the diary cannot be "
		     "opened. 'wisemind recovery-key' makes one at any time.");
	}
	puts("\nwisemind does not replace therapy or emergency services. If you are in danger, "
	     "run 'wisemind crisis'.");
out:
	session_close(session);
	app_secret_finish(&pass);
	app_secret_finish(&key);
	app_finish(&app);
	return rc;
}
