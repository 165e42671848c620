/* report --format pdf (issue 15): its usage rules, the paper, and the
 * week's PDF from src/pdf. A build configured with -Dpdf=disabled has no
 * src/pdf; the format then says so. */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/clock.h"
#include "app/week.h"
#include "cli/cli.h"
#include "cli/report.h"
#include "cli/report_pdf.h"
#include "config.h"
#if WISEMIND_PDF
#include "pdf/report_pdf.h"
#endif

int report_pdf_check(bool pdf, const char *paper, bool range, const char *output)
{
	if (paper != NULL && !pdf) {
		return cli_usage_error("--paper is for --format pdf; the other formats have no "
		                       "pages.");
	}
	if (!pdf) {
		return CLI_OK;
	}
#if WISEMIND_PDF
	enum pdf_paper size;
	if (paper != NULL && !pdf_paper_parse(paper, &size)) {
		return cli_usage_error("--paper is a4 or letter, not \"%s\".", paper);
	}
#else
	(void)paper;
	return cli_usage_error("this build of wisemind has no PDF support: use --format text, "
	                       "csv or json, or a build configured with -Dpdf=enabled.");
#endif
	if (range) {
		return cli_usage_error(
		    "a PDF report is one week's card: give --week, such as --week "
		    "2026-W47 (no --week is this week).");
	}
	if (output == NULL && isatty(STDOUT_FILENO)) {
		return cli_usage_error("a PDF is not for the terminal: add -o FILE, such as -o "
		                       "week.pdf.");
	}
	return CLI_OK;
}

#if WISEMIND_PDF
/* The locale that decides the paper, by POSIX's order: LC_ALL, then
 * LC_PAPER, then LANG. Read from the environment, so a locale that is
 * not installed still says where the person is. */
static const char *paper_locale(void)
{
	static const char *const names[] = {"LC_ALL", "LC_PAPER", "LANG"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const char *v = getenv(names[i]);
		if (v != NULL && *v != '\0') {
			return v;
		}
	}
	return NULL;
}

typedef bool render_fn(const struct app_week *w, enum pdf_paper paper,
                       const char made_on[DATE_TEXT_SIZE], struct str *out, const char **why);

/* The PDF module (src/pdf): beside the program (a build, or an install
 * that keeps them together), else where it was installed. Loaded only
 * here, so that no other command loads cairo and pango. NULL after one
 * sentence when it cannot be loaded. */
static render_fn *load_module(void **handle)
{
	char self[PATH_MAX], path[PATH_MAX + 32];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	*handle = NULL;
	if (n > 0) {
		self[n] = '\0';
		char *slash = strrchr(self, '/');
		if (slash != NULL) {
			*slash = '\0';
			snprintf(path, sizeof(path), "%s/wisemind-pdf.so", self);
			*handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
		}
	}
	if (*handle == NULL) {
		*handle = dlopen(WISEMIND_PDF_MODULE, RTLD_NOW | RTLD_LOCAL);
	}
	render_fn *render = NULL;
	if (*handle != NULL) {
		/* POSIX's way from a void * to a function pointer. */
		*(void **)&render = dlsym(*handle, "pdf_report_render");
	}
	if (render == NULL) {
		fprintf(stderr, "wisemind: the PDF part of wisemind (%s) cannot be loaded, so no PDF "
		                "was made; reinstall wisemind, or use --format text, csv or json.\n",
		        WISEMIND_PDF_MODULE);
		if (*handle != NULL) {
			dlclose(*handle);
			*handle = NULL;
		}
	}
	return render;
}

int report_pdf_make(struct session *s, const char *week, const char *paper, struct str *out)
{
	enum pdf_paper size;
	if (paper == NULL || !pdf_paper_parse(paper, &size)) {
		size = pdf_paper_for_locale(paper_locale());
	}
	void *module;
	render_fn *render = load_module(&module);
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
		char now[APP_TIME_ISO_SIZE], today[DATE_TEXT_SIZE];
		app_time_iso_now(now);
		snprintf(today, sizeof(today), "%.10s", now);
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
	/* The module stays loaded: its fonts' libraries keep state that
	 * unloading would leave dangling; the process ends soon after. */
	(void)module;
	return rc;
}
#else
int report_pdf_make(struct session *s, const char *week, const char *paper, struct str *out)
{
	(void)s, (void)week, (void)paper, (void)out;
	return CLI_USAGE;
}
#endif
