/* wisemind report [--week W | --from D --to D] [--format text|csv|json|pdf]
 * [--paper a4|letter] [--events] [-o FILE] [--encrypt-to R |
 * --encrypt-to-file F], and report --helps (issues 10 and 15). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "app/helps.h"
#include "app/report.h"
#include "app/session.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/encrypt_to.h"
#include "cli/output.h"
#include "cli/report.h"
#include "cli/report_format.h"
#include "cli/report_pdf.h"
#include "cli/unlock.h"

enum { OPT_WEEK = 1, OPT_FROM, OPT_TO, OPT_FORMAT, OPT_EVENTS, OPT_HELPS, OPT_PAPER };

struct report_args {
	const char *week;
	const char *from;
	const char *to;
	const char *format;
	const char *output;
	const char *paper;
	bool events;
	bool helps;
	struct cli_encrypt enc;
};

static bool on_option(int code, const char *arg, void *data)
{
	struct report_args *a = data;
	switch (code) {
	case OPT_WEEK:
		a->week = arg;
		return true;
	case OPT_FROM:
		a->from = arg;
		return true;
	case OPT_TO:
		a->to = arg;
		return true;
	case OPT_FORMAT:
		a->format = arg;
		return true;
	case OPT_EVENTS:
		a->events = true;
		return true;
	case OPT_HELPS:
		a->helps = true;
		return true;
	case OPT_PAPER:
		a->paper = arg;
		return true;
	case 'o':
		a->output = arg;
		return true;
	}
	return cli_encrypt_option(&a->enc, code, arg);
}

/* Usage mistakes, found before anything is asked for. */
static int check_args(struct report_args *a)
{
	if (a->helps && (a->week || a->from || a->to || a->format || a->events || a->output ||
	                 a->paper || cli_encrypt_wanted(&a->enc))) {
		return cli_usage_error("report --helps looks at every urge in the diary and takes no "
		                       "other option.");
	}
	if (a->week != NULL && (a->from != NULL || a->to != NULL)) {
		return cli_usage_error("give --week, or --from and --to, not both.");
	}
	if ((a->from == NULL) != (a->to == NULL)) {
		return cli_usage_error("--from and --to go together, such as --from 2026-11-01 --to "
		                       "2026-11-30.");
	}
	if (a->format == NULL) {
		a->format = a->events ? "csv" : "text";
	}
	bool pdf = strcmp(a->format, "pdf") == 0;
	if (strcmp(a->format, "text") != 0 && strcmp(a->format, "csv") != 0 &&
	    strcmp(a->format, "json") != 0 && !pdf) {
		return cli_usage_error("report writes --format text, csv, json or pdf, not \"%s\".",
		                       a->format);
	}
	if (a->events && strcmp(a->format, "csv") != 0) {
		return cli_usage_error("--events writes the urges logged as CSV; the %s report "
		                       "has them already.",
		                       a->format);
	}
	return report_pdf_check(pdf, a->paper, a->from != NULL, a->output);
}

static void render(const struct report_args *a, const struct app_report *r, struct str *out)
{
	if (a->events) {
		report_csv_events(r, out);
	} else if (strcmp(a->format, "csv") == 0) {
		report_csv_days(r, out);
	} else if (strcmp(a->format, "json") == 0) {
		report_json_append(r, out);
	} else {
		report_text_append(r, out);
	}
}

static int helps(struct app *app)
{
	struct session *s = NULL;
	int rc = cli_unlock(app, &s, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		return rc;
	}
	struct helps h;
	struct app_error err = {0};
	struct str text = {0};
	helps_init(&h);
	if (!session_helps(s, &h, &err)) {
		rc = cli_error(&err);
	} else {
		report_helps_append(&h, &text);
		fwrite(text.buf, 1, text.len, stdout);
	}
	str_wipe(&text);
	helps_finish(&h);
	session_close(s);
	return rc;
}

/* Writes the report to the sink; then says to whom it is encrypted, or
 * that it is not when it went anywhere but the terminal. */
static int write_out(const struct report_args *a, struct cli_sink *sink, const struct str *text)
{
	if (!cli_sink_write(sink, text)) {
		return CLI_ERROR;
	}
	/* On the terminal, it is on the screen and nowhere else. */
	if (cli_encrypt_wanted(&a->enc) || a->output != NULL || !isatty(STDOUT_FILENO)) {
		cli_sink_notice(sink, "this part of your diary");
	}
	return CLI_OK;
}

int cmd_report(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"week", required_argument, NULL, OPT_WEEK},
		{"from", required_argument, NULL, OPT_FROM},
		{"to", required_argument, NULL, OPT_TO},
		{"format", required_argument, NULL, OPT_FORMAT},
		{"events", no_argument, NULL, OPT_EVENTS},
		{"helps", no_argument, NULL, OPT_HELPS},
		{"paper", required_argument, NULL, OPT_PAPER},
		{"output", required_argument, NULL, 'o'},
		CLI_ENCRYPT_TO_LONGOPTS,
		{NULL, 0, NULL, 0},
	};
	struct report_args a = {0};
	if (!cli_parse_command(opt, argc, argv, longopts, on_option, &a)) {
		return CLI_USAGE;
	}
	if (optind < argc) {
		return cli_usage_error("report takes no arguments, but got \"%s\"; a week is given "
		                       "as --week 2026-W47.",
		                       argv[optind]);
	}
	int rc = check_args(&a);
	if (rc != CLI_OK) {
		return rc;
	}
	struct app_report_range range;
	struct app_error err = {0};
	if (!a.helps && !app_report_range(a.week, a.from, a.to, &range, &err)) {
		return cli_error(&err);
	}
	if (cli_encrypt_wanted(&a.enc) && (rc = cli_encrypt_check(&a.enc, "report")) != CLI_OK) {
		return rc;
	}
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	if (a.helps) {
		rc = helps(&app);
		app_finish(&app);
		return rc;
	}
	struct session *session = NULL;
	struct app_report report;
	struct str text = {0};
	struct cli_sink sink;
	app_report_init(&report);
	if (!cli_sink_open(&sink, a.output, &a.enc, "report")) {
		rc = CLI_ERROR;
		goto out;
	}
	rc = cli_unlock(&app, &session, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		goto out;
	}
	if (strcmp(a.format, "pdf") == 0) {
		/* The week and its trend: the card's chart needs eight weeks. */
		rc = report_pdf_make(session, a.week, a.paper, &text);
		if (rc != CLI_OK) {
			goto out;
		}
	} else if (!session_report(session, &range, &report, &err)) {
		rc = cli_error(&err);
		goto out;
	} else {
		render(&a, &report, &text);
	}
	rc = write_out(&a, &sink, &text);
out:
	cli_sink_close(&sink, rc == CLI_OK);
	str_wipe(&text);
	app_report_finish(&report);
	session_close(session);
	app_finish(&app);
	return rc;
}
