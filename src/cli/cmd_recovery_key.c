#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/passphrase_advice.h"
#include "cli/report.h"
#include "cli/unlock.h"

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
	struct session *session = NULL;
	struct app_secret pass = {0};
	struct app_secret key = {0};
	int rc = cli_unlock(&app, &session, &pass, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		goto out;
	}
	struct app_error err = {0};
	if (!session_new_recovery_key(session, &pass, &key, &err)) {
		rc = cli_error(&err);
		goto out;
	}
	puts("A new recovery key is in place; the old one no longer opens the vault.");
	recovery_key_show(key.text);
out:
	app_secret_finish(&key);
	app_secret_finish(&pass);
	session_close(session);
	app_finish(&app);
	return rc;
}
