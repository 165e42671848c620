#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/passphrase_advice.h"
#include "cli/report.h"
#include "cli/unlock.h"

/* wisemind passwd: a new passphrase. Only the key slot is rewritten; with
 * --passphrase-fd the current passphrase is the first line, the new one the
 * second. */
int cmd_passwd(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
		return CLI_USAGE;
	}
	if (optind < argc) {
		return cli_usage_error("passwd takes no arguments, but got \"%s\".", argv[optind]);
	}
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	struct session *session = NULL;
	struct app_secret fresh = {0};
	int rc = cli_unlock(&app, &session, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		goto out;
	}
	rc = passphrase_read_new(opt->passphrase_fd, "New passphrase: ", &fresh);
	if (rc != CLI_OK) {
		goto out;
	}
	struct app_error err = {0};
	if (!session_change_passphrase(session, &fresh, &err)) {
		rc = cli_error(&err);
		goto out;
	}
	puts("Passphrase changed. Your recovery key, if you made one, still works.\n"
	     "Copies of the vault made before now (backups) still open with the old passphrase.");
out:
	app_secret_finish(&fresh);
	session_close(session);
	app_finish(&app);
	return rc;
}
