#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/report.h"
#include "cli/unlock.h"
#include "content/file_io.h"

enum { OPT_FORMAT = 1 };

struct export_args {
	const char *format;
	const char *output;
};

static bool on_option(int code, const char *arg, void *data)
{
	struct export_args *a = data;
	if (code == OPT_FORMAT) {
		a->format = arg;
	} else if (code == 'o') {
		a->output = arg;
	} else {
		return false;
	}
	return true;
}

/* wisemind export [--format json] [-o FILE]: everything, in plaintext,
 * only because the person asked; a warning says so. */
int cmd_export(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"format", required_argument, NULL, OPT_FORMAT},
		{"output", required_argument, NULL, 'o'},
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
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	struct session *session = NULL;
	struct str json = {0};
	int fd = -1;
	int rc = CLI_OK;
	if (a.output != NULL) {
		fd = cli_create_output(a.output);
		if (fd < 0) {
			rc = CLI_ERROR;
			goto out;
		}
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
	bool ok = fd >= 0 ? file_write_all(fd, json.buf, json.len) && fsync(fd) == 0
	                  : fwrite(json.buf, 1, json.len, stdout) == json.len && fflush(stdout) == 0;
	if (!ok) {
		fprintf(stderr, "wisemind: the export could not be written completely (%s).\n",
		        strerror(errno));
		rc = CLI_ERROR;
		goto out;
	}
	fprintf(stderr, "wisemind: this export is NOT encrypted: anyone who can read %s can read "
	                "your diary. Keep it safe and delete it when you are done.\n",
	        a.output != NULL ? a.output : "it");
out:
	if (fd >= 0) {
		close(fd);
		if (rc != CLI_OK) {
			unlink(a.output);
		}
	}
	str_wipe(&json);
	session_close(session);
	app_finish(&app);
	return rc;
}
