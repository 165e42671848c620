#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "app/urge.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/report.h"
#include "cli/unlock.h"
#include "content/file_io.h"

#define IMPORT_MAX (256 * 1024 * 1024)

/* wisemind import FILE: merges an export into the diary, all or nothing,
 * then saves durably. Rows already in the diary are kept as they are. */
int cmd_import(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
		return CLI_USAGE;
	}
	if (argc - optind != 1) {
		return cli_usage_error("import takes one file, written by 'wisemind export'.");
	}
	const char *path = argv[optind];
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	struct session *session = NULL;
	struct str json = {0};
	int rc = CLI_OK;
	int read_rc = file_read(path, IMPORT_MAX, &json);
	if (read_rc < 0) {
		fprintf(stderr, "wisemind: cannot read %s (%s); nothing was imported.\n", path,
		        read_rc == -EFBIG ? "it is larger than 256 MiB" : strerror(-read_rc));
		rc = CLI_ERROR;
		goto out;
	}
	rc = cli_unlock(&app, &session, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		goto out;
	}
	struct app_import_result result = {0};
	struct app_error err = {0};
	bool ok = session_import_json(session, json.buf, json.len, &result, &err);
	if (!ok) {
		rc = cli_error(&err);
	} else {
		printf("Imported from %s: %zu new entr%s added, %zu already in your diary kept as "
		       "they were. Saved.\n", path, result.added, result.added == 1 ? "y" : "ies",
		       result.kept);
	}
	/* The file held urges: their crisis lines, imported or not, unless the
	 * unlock showed them already for the urges it merged (one command, one
	 * card). */
	if (result.urges != NULL && result.urges->given > 0 && session_urges_recorded(session) == 0) {
		char status[128];
		if (ok) {
			snprintf(status, sizeof(status), "%zu urge%s in the file; %zu new one%s saved.",
			         result.urges->given, result.urges->given == 1 ? "" : "s",
			         result.urges_added, result.urges_added == 1 ? " was" : "s were");
		} else {
			snprintf(status, sizeof(status), "The %zu urge%s in the file %s NOT imported.",
			         result.urges->given, result.urges->given == 1 ? "" : "s",
			         result.urges->given == 1 ? "was" : "were");
		}
		fputc('\n', ok ? stdout : stderr);
		cli_print_urge_outcome(&app, result.urges, status, ok ? stdout : stderr);
	}
out:
	str_wipe(&json);
	session_close(session);
	app_finish(&app);
	return rc;
}
