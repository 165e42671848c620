/* report --format pdf (issue 15): its usage rules, and the week's PDF
 * from the PDF module (cli/pdf_module.h). */
#include <stdio.h>

#include "app/card.h"
#include "app/week.h"
#include "cli/cli.h"
#include "cli/pdf_module.h"
#include "cli/report.h"
#include "cli/report_pdf.h"
#include "config.h"
#if WISEMIND_PDF
#include "pdf/report_pdf.h"
#endif

#define INSTEAD "text, csv or json"

int report_pdf_check(bool pdf, const char *paper, bool range, const char *output)
{
	if (pdf && range && WISEMIND_PDF) {
		return cli_usage_error(
		    "a PDF report is one week's card: give --week, such as --week "
		    "2026-W47 (no --week is this week).");
	}
	return cli_pdf_check(pdf, paper, output, INSTEAD);
}

#if WISEMIND_PDF
typedef bool render_fn(const struct app_week *w, enum pdf_paper paper,
                       const char made_on[DATE_TEXT_SIZE], struct str *out, const char **why);

int report_pdf_make(struct session *s, const char *week, const char *paper, struct str *out)
{
	enum pdf_paper size = cli_pdf_paper(paper);
	render_fn *render;
	/* POSIX's way from a void * to a function pointer. */
	*(void **)&render = cli_pdf_function("pdf_report_render", INSTEAD);
	if (render == NULL) {
		return CLI_ERROR;
	}
	struct app_week w;
	struct app_error err = {0};
	app_week_init(&w);
	int rc = CLI_OK;
	if (!session_week(s, week, &w, &err)) {
		rc = cli_error(&err);
	} else {
		char today[DATE_TEXT_SIZE];
		app_today(today); /* the day the PDF says it was made */
		const char *why = NULL;
		if (!render(&w, size, today, out, &why)) {
			fprintf(stderr,
			        "wisemind: the PDF could not be made (%s), so nothing was written; "
			        "wisemind report --format text shows the same week.\n",
			        why);
			rc = CLI_ERROR;
		}
	}
	app_week_finish(&w);
	return rc;
}
#else
int report_pdf_make(struct session *s, const char *week, const char *paper, struct str *out)
{
	(void)s, (void)week, (void)paper, (void)out;
	return CLI_USAGE;
}
#endif
