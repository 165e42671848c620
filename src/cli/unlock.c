#include "cli/unlock.h"

#include <stdio.h>

#include "cli/cli.h"
#include "cli/signals.h"
#include "crypto/secmem.h"

int cli_session_error(struct session_error *err)
{
	fprintf(stderr, "wisemind: %s\n", str_cstr(&err->message));
	int code = err->exit_code != 0 ? err->exit_code : CLI_ERROR;
	session_error_finish(err);
	return code;
}

int cli_unlock(struct app *app, struct session *session, struct secret_text *kept)
{
	if (!secmem_lock_down()) {
		fputs("wisemind: could not turn core dumps off, so the diary was not opened; "
		      "check that the system allows prctl(PR_SET_DUMPABLE).\n", stderr);
		return CLI_ERROR;
	}
	cli_signals_install();
	struct session_error early = {0};
	if (!session_precheck(app, &early)) {
		return cli_session_error(&early);
	}
	bool recovery = app->opt.recovery_key_fd >= 0;
	struct secret_text secret = {0};
	struct str err = {0};
	if (!secret_text_read(recovery ? app->opt.recovery_key_fd : app->opt.passphrase_fd,
	                      recovery ? "Recovery key: " : "Passphrase: ", &secret, &err)) {
		fprintf(stderr, "wisemind: %s.\n", str_cstr(&err));
		str_finish(&err);
		return CLI_ERROR;
	}
	struct vault_secret vs = {
		.kind = recovery ? VAULT_SECRET_RECOVERY : VAULT_SECRET_PASSPHRASE,
		.text = secret.text,
		.len = secret.len,
	};
	struct session_error serr = {0};
	bool ok = session_open(app, &vs, session, &serr);
	if (kept != NULL && ok) {
		*kept = secret;
	} else {
		secret_text_finish(&secret);
	}
	if (!ok) {
		return cli_session_error(&serr);
	}
	fputs(str_cstr(&session->notices), stderr);
	return CLI_OK;
}
