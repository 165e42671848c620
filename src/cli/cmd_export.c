#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/encrypt_to.h"
#include "cli/output.h"
#include "cli/report.h"
#include "cli/unlock.h"

enum { OPT_FORMAT = 1 };

struct export_args {
	const char *format;
	const char *output;
	struct cli_encrypt enc;
};

static bool on_option(int code, const char *arg, void *data)
{
	struct export_args *a = data;
	if (code == OPT_FORMAT) {
		a->format = arg;
	} else if (code == 'o') {
		a->output = arg;
	} else {
		return cli_encrypt_option(&a->enc, code, arg);
	}
	return true;
}

/* wisemind export [--format json] [-o FILE] [--encrypt-to R |
 * --encrypt-to-file F]: everything, in plaintext only because the person
 * asked (a warning says so), or encrypted with age to the recipients. */
int cmd_export(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"format", required_argument, NULL, OPT_FORMAT},
		{"output", required_argument, NULL, 'o'},
		CLI_ENCRYPT_TO_LONGOPTS,
		{NULL, 0, NULL, 0},
	};
	struct export_args a = {.format = "json"};
	if (!cli_parse_command(opt, argc, argv, longopts, on_option, &a)) {
		return CLI_USAGE;
	}
	if (optind < argc) {
		return cli_usage_error("export takes no arguments, but got \"%s\".", argv[optind]);
	}
	if (strcmp(a.format, "json") != 0) {
		return cli_usage_error("export writes --format json only, not \"%s\".", a.format);
	}
	int rc = CLI_OK;
	if (cli_encrypt_wanted(&a.enc) && (rc = cli_encrypt_check(&a.enc, "export")) != CLI_OK) {
		return rc;
	}
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	struct session *session = NULL;
	struct str json = {0};
	struct cli_sink sink;
	if (!cli_sink_open(&sink, a.output, &a.enc, "export")) {
		rc = CLI_ERROR;
		goto out;
	}
	rc = cli_unlock(&app, &session, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		goto out;
	}
	struct app_error err = {0};
	if (!session_export_json(session, &json, &err)) {
		rc = cli_error(&err);
		goto out;
	}
	if (!cli_sink_write(&sink, &json)) {
		rc = CLI_ERROR;
		goto out;
	}
	cli_sink_notice(&sink, "your diary");
out:
	cli_sink_close(&sink, rc == CLI_OK);
	str_wipe(&json);
	session_close(session);
	app_finish(&app);
	return rc;
}
