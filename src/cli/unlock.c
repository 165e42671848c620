#include "cli/unlock.h"

#include <stdio.h>

#include "app/signals.h"
#include "app/urge.h"
#include "cli/cli.h"
#include "cli/passphrase_input.h"
#include "cli/report.h"

int cli_unlock(struct app *app, struct session **session, struct app_secret *kept,
               enum cli_unlock_card card)
{
	*session = NULL;
	struct app_error err = {0};
	if (!app_secrets_protect()) {
		app_error_app(&err, APP_E_CORE_DUMPS);
		return cli_error(&err);
	}
	/* Ctrl-C too: a passphrase is read with echo off, and the terminal
	 * must be put back before the program ends (exit 130). */
	app_signals_catch(APP_SIGNALS_TERMINATE | APP_SIGNALS_INTERRUPT);
	if (!session_precheck(app, &err)) {
		return cli_error(&err);
	}
	bool recovery = app->opt.recovery_key_fd >= 0;
	struct app_secret secret = {0};
	struct str why = {0};
	if (!passphrase_input_read(recovery ? app->opt.recovery_key_fd : app->opt.passphrase_fd,
	                           recovery ? "Recovery key: " : "Passphrase: ", &secret, &why)) {
		fprintf(stderr, "wisemind: %s.\n", str_cstr(&why));
		str_finish(&why);
		return CLI_ERROR;
	}
	bool ok = session_open(app, &secret, recovery, session, &err);
	if (kept != NULL && ok) {
		*kept = secret;
	} else {
		app_secret_finish(&secret);
	}
	if (!ok) {
		return cli_error(&err);
	}
	cli_print_notices(session_notices(*session));
	/* Urges logged while locked were added: their crisis lines, once, on
	 * stderr (standard output may carry data). */
	size_t merged = session_urges_recorded(*session);
	if (merged > 0 && card == CLI_CARD_FOR_MERGED) {
		char status[128];
		snprintf(status, sizeof(status), "%zu urge%s logged while locked %s added to your diary.",
		         merged, merged == 1 ? "" : "s", merged == 1 ? "was" : "were");
		cli_print_urge_outcome(app, session_unlock_urges(*session), status, stderr);
	}
	return CLI_OK;
}
