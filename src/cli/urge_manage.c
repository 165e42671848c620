/* wisemind urge list [--date D] and urge remove ID: the urges recorded,
 * those logged while locked marked as such (anyone who can write the
 * data folder can add to the inbox), and removing a planted or mistyped
 * one. */
#include "cli/urge_manage.h"

#include <stdio.h>
#include <string.h>

#include "app/clock.h"
#include "app/session.h"
#include "app/urge.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/report.h"
#include "cli/unlock.h"

static void print_entry(const struct app_urge_entry *e, void *data)
{
	size_t *count = data;
	(*count)++;
	/* "2026-11-22T14:03:00+01:00" shows as "2026-11-22 14:03 +01:00". */
	printf("%.10s %.5s %s  %s %d", e->at, e->at + 11, e->at + 19, e->target, e->before);
	if (e->after >= 0) {
		printf(" -> %d", e->after);
	}
	if (e->skill != NULL) {
		printf(" (%s)", e->skill);
	}
	if (e->via_inbox) {
		fputs("  [logged while locked]", stdout);
	}
	printf("\n  id %s", e->id);
	if (e->note != NULL && e->note[0] != '\0') {
		printf("  note: %.60s%s", e->note, strlen(e->note) > 60 ? "..." : "");
	}
	fputc('\n', stdout);
}

int cli_urge_list(struct app *app, const char *date)
{
	struct app_error err = {0};
	if (date != NULL && !app_date_check(date, &err)) {
		return cli_error(&err);
	}
	struct session *s = NULL;
	int rc = cli_unlock(app, &s, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		return rc;
	}
	size_t count = 0;
	if (!session_urges_each(s, date, print_entry, &count, &err)) {
		rc = cli_error(&err);
	} else if (count == 0) {
		printf("No urges recorded%s%s.\n", date != NULL ? " on " : "", date != NULL ? date : "");
	} else {
		printf("%zu urge%s. Those marked [logged while locked] came through the locked inbox; "
		       "if one is not yours, remove it: wisemind urge remove ID\n",
		       count, count == 1 ? "" : "s");
	}
	session_close(s);
	return rc;
}

int cli_urge_remove(struct app *app, const char *id)
{
	struct session *s = NULL;
	int rc = cli_unlock(app, &s, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		return rc;
	}
	struct app_error err = {0};
	if (!session_urge_remove(s, id, &err)) {
		rc = cli_error(&err);
	} else {
		puts("Removed, and saved.");
	}
	session_close(s);
	return rc;
}
