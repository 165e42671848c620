/* The PDF module and the rules of --format pdf, for report and handout.
 * A build configured with -Dpdf=disabled has no src/pdf; the format then
 * says so. */
#include "cli/pdf_module.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "config.h"

int cli_pdf_check(bool pdf, const char *paper, const char *output, const char *instead)
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
	return cli_usage_error("this build of wisemind has no PDF support: use --format %s, or "
	                       "a build configured with -Dpdf=enabled.",
	                       instead);
#endif
	(void)instead;
	if (output == NULL && isatty(STDOUT_FILENO)) {
		return cli_usage_error("a PDF is not for the terminal: add -o FILE, such as -o "
		                       "week.pdf.");
	}
	return CLI_OK;
}

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

enum pdf_paper cli_pdf_paper(const char *paper)
{
	enum pdf_paper size;
	if (paper == NULL || !pdf_paper_parse(paper, &size)) {
		size = pdf_paper_for_locale(paper_locale());
	}
	return size;
}

#if WISEMIND_PDF
static void *open_module(void)
{
	char self[PATH_MAX], path[PATH_MAX + 32];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	void *handle = NULL;
	if (n > 0) {
		self[n] = '\0';
		char *slash = strrchr(self, '/');
		if (slash != NULL) {
			*slash = '\0';
			snprintf(path, sizeof(path), "%s/wisemind-pdf.so", self);
			handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
		}
	}
	if (handle == NULL) {
		handle = dlopen(WISEMIND_PDF_MODULE, RTLD_NOW | RTLD_LOCAL);
	}
	return handle;
}
#endif

void *cli_pdf_function(const char *name, const char *instead)
{
	void *fn = NULL;
#if WISEMIND_PDF
	/* The module stays loaded: its fonts' libraries keep state that
	 * unloading would leave dangling; the process ends soon after. */
	void *handle = open_module();
	if (handle != NULL) {
		fn = dlsym(handle, name);
	}
	if (fn == NULL && handle != NULL) {
		dlclose(handle);
	}
#else
	(void)name;
#endif
	if (fn == NULL) {
		fprintf(stderr, "wisemind: the PDF part of wisemind (%s) cannot be loaded, so no PDF "
		                "was made; reinstall wisemind, or use --format %s.\n",
		        WISEMIND_PDF_MODULE, instead);
	}
	return fn;
}
