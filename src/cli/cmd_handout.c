/* wisemind handout ID... [--week N] [--curriculum FILE|ID] --format
 * txt|md|pdf [--paper a4|letter] [-o FILE] (issue 16): printable
 * handouts for a skills group, from our own skill text, with a blank box
 * for each worksheet question. Opens no diary and stores nothing. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/group.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/output.h"
#include "cli/pdf_module.h"
#include "cli/report.h"
#include "cli/skills_env.h"
#include "config.h"
#include "core/handout.h"
#if WISEMIND_PDF
#include "pdf/handout_pdf.h"
#endif

#define INSTEAD "txt or md"

enum { OPT_WEEK = 1, OPT_CURRICULUM, OPT_FORMAT, OPT_PAPER };

enum handout_format { FORMAT_NONE, FORMAT_TXT, FORMAT_MD, FORMAT_PDF };

struct handout_args {
	const char *week;
	const char *curriculum;
	const char *format;
	const char *paper;
	const char *output;
};

static bool on_option(int code, const char *arg, void *data)
{
	struct handout_args *a = data;
	switch (code) {
	case OPT_WEEK:
		a->week = arg;
		return true;
	case OPT_CURRICULUM:
		a->curriculum = arg;
		return true;
	case OPT_FORMAT:
		a->format = arg;
		return true;
	case OPT_PAPER:
		a->paper = arg;
		return true;
	case 'o':
		a->output = arg;
		return true;
	}
	return false;
}

/* The usage mistakes, before any file is read or made. */
static int check_args(const struct handout_args *a, int ids, enum handout_format *format,
                      unsigned *week)
{
	if (ids == 0 && a->week == NULL) {
		return cli_usage_error("handout needs skill ids or --week N, such as \"wisemind "
		                       "handout stop --format txt\".");
	}
	if (a->week != NULL && !cli_plan_week_arg(a->week, week)) {
		return CLI_USAGE;
	}
	if (a->format == NULL) {
		return cli_usage_error("handout needs --format txt, md or pdf.");
	}
	static const char *const names[] = {"txt", "md", "pdf"};
	*format = FORMAT_NONE;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (strcmp(a->format, names[i]) == 0) {
			*format = (enum handout_format)(i + 1);
		}
	}
	if (*format == FORMAT_NONE) {
		return cli_usage_error("handout writes --format txt, md or pdf, not \"%s\".",
		                       a->format);
	}
	return cli_pdf_check(*format == FORMAT_PDF, a->paper, a->output, INSTEAD);
}

#if WISEMIND_PDF
typedef bool render_fn(const struct handout *h, enum pdf_paper paper,
                       const char made_on[DATE_TEXT_SIZE], struct str *out, const char **why);

static int pdf(const struct handout *h, const char *paper, struct str *out)
{
	render_fn *render;
	/* POSIX's way from a void * to a function pointer. */
	*(void **)&render = cli_pdf_function("pdf_handout_render", INSTEAD);
	if (render == NULL) {
		return CLI_ERROR;
	}
	char today[DATE_TEXT_SIZE];
	app_today(today); /* the day the PDF says it was made */
	const char *why = NULL;
	if (!render(h, cli_pdf_paper(paper), today, out, &why)) {
		fprintf(stderr, "wisemind: the PDF could not be made (%s), so nothing was written; "
		                "--format txt or md gives the same handout.\n",
		        why);
		return CLI_ERROR;
	}
	return CLI_OK;
}
#else
static int pdf(const struct handout *h, const char *paper, struct str *out)
{
	(void)h, (void)paper, (void)out;
	return CLI_USAGE; /* refused by check_args already */
}
#endif

/* The handout of g, in format, appended to out. */
static int render(const struct app_group *g, enum handout_format format, const char *paper,
                  struct str *out)
{
	struct handout h = {0};
	struct handout_source src = {
		.title = str_cstr(&g->title),
		.plan = g->week > 0 ? g->curriculum->name : NULL,
		.skills = g->list,
		.count = g->count,
	};
	handout_build(&src, &h);
	int rc = CLI_OK;
	if (format == FORMAT_TXT) {
		handout_text(&h, out);
	} else if (format == FORMAT_MD) {
		handout_markdown(&h, out);
	} else {
		rc = pdf(&h, paper, out);
	}
	handout_finish(&h);
	return rc;
}

int cmd_handout(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"week", required_argument, NULL, OPT_WEEK},
		{"curriculum", required_argument, NULL, OPT_CURRICULUM},
		{"format", required_argument, NULL, OPT_FORMAT},
		{"paper", required_argument, NULL, OPT_PAPER},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	struct handout_args a = {0};
	if (!cli_parse_command(opt, argc, argv, longopts, on_option, &a)) {
		return CLI_USAGE;
	}
	enum handout_format format = FORMAT_NONE;
	unsigned week = 0;
	int rc = check_args(&a, argc - optind, &format, &week);
	if (rc != CLI_OK) {
		return rc;
	}
	struct app app;
	/* A mistyped --country is reported; a handout has no crisis lines. */
	(void)cli_app_start(&app, opt);
	struct app_group_ask ask = {
		.curriculum = a.curriculum,
		.week = week,
		.week_given = a.week != NULL,
		.ids = argv + optind,
		.id_count = (size_t)(argc - optind),
	};
	struct app_group g;
	struct app_error err = {0};
	struct str text = {0};
	struct cli_sink sink = {.fd = -1};
	bool opened = false;
	if (!app_group_open(&app, &ask, &g, &err)) {
		rc = cli_error(&err);
		goto out;
	}
	skills_env_say_skipped(&g.skills.lib);
	if (!(opened = cli_sink_open(&sink, a.output, NULL, "handout"))) {
		rc = CLI_ERROR;
		goto out;
	}
	rc = render(&g, format, a.paper, &text);
	if (rc == CLI_OK && !cli_sink_write(&sink, &text)) {
		rc = CLI_ERROR;
	}
out:
	if (opened) {
		cli_sink_close(&sink, rc == CLI_OK);
	}
	str_finish(&text);
	app_group_finish(&g);
	app_finish(&app);
	return rc;
}
