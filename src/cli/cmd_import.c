#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

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
	if (!session_import_json(session, json.buf, json.len, &result, &err)) {
		rc = cli_error(&err);
		goto out;
	}
	printf("Imported from %s: %zu new entr%s added, %zu already in your diary kept as they "
	       "were. Saved.\n", path, result.added, result.added == 1 ? "y" : "ies", result.kept);
	/* Urges came in: their crisis lines, unless the unlock showed them
	 * already for the urges it merged (one command, one card). */
	if (result.urges_added > 0 && session_urges_recorded(session) == 0) {
		fputc('\n', stdout);
		cli_print_urge_card(&app, result.urges_added, stdout);
	}
out:
	str_wipe(&json);
	session_close(session);
	app_finish(&app);
	return rc;
}
