/* wisemind card set | show | template: the diary card (DESIGN.md §4, §6). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/card_template.h"
#include "app/clock.h"
#include "app/urge.h"
#include "cli/card_print.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/report.h"
#include "cli/unlock.h"
#include "content/file_io.h"
#include "core/date.h"

#define TEMPLATE_FILE_MAX (1024 * 1024)

enum { OPT_DATE = 1, OPT_WEEK };

struct card_args {
	const char *date;
	const char *week;
};

static bool on_option(int code, const char *arg, void *data)
{
	struct card_args *a = data;
	if (code == OPT_DATE) {
		a->date = arg;
	} else if (code == OPT_WEEK) {
		a->week = arg;
	} else {
		return false;
	}
	return true;
}

/* Splits the KEY=VALUE arguments into changes (in place); *bad is the
 * first argument that is not one, or NULL. Returns how many were read. */
static size_t split_changes(char **args, int n, struct app_card_change *changes,
                            const char **bad)
{
	size_t count = 0;
	*bad = NULL;
	for (int i = 0; i < n; i++) {
		char *eq = strchr(args[i], '=');
		if (eq == NULL || eq == args[i]) {
			*bad = *bad != NULL ? *bad : args[i];
			continue;
		}
		*eq = '\0';
		changes[count++] = (struct app_card_change){args[i], eq + 1};
	}
	return count;
}

/* Runs card set, and shows one crisis card for every urge the command
 * was given (DESIGN.md §2.2), whatever happened: given holds them as
 * counted before anything could fail. */
static int card_set(struct app *app, const struct card_args *a,
                    const struct app_card_change *changes, size_t n,
                    const struct app_urge_result *given, int rc)
{
	struct app_urge_result result = {0};
	struct session *s = NULL;
	struct app_error err = {0};
	if (rc == CLI_OK) {
		rc = cli_unlock(app, &s, NULL, CLI_CARD_BY_COMMAND);
	}
	bool ran = rc == CLI_OK;
	if (ran) {
		if (session_card_set(s, a->date, changes, n, &result, &err)) {
			printf("Saved on your card for %s.\n", a->date != NULL ? a->date : "today");
		} else {
			rc = cli_error(&err);
		}
	}
	/* One card for the command, with the unlock's merged urges in it. */
	const struct app_urge_result *r = ran ? &result : given;
	size_t merged = s != NULL ? session_urges_recorded(s) : 0;
	struct app_urge_result all = *r;
	if (merged > 0) {
		app_urge_result_add(&all, session_unlock_urges(s));
	}
	if (all.given > 0) {
		struct str status = {0};
		if (merged > 0) {
			str_appendf(&status, "%zu urge%s logged while locked %s added to your diary. ",
			            merged, merged == 1 ? "" : "s", merged == 1 ? "was" : "were");
		}
		if (r->given > 0 && rc != CLI_OK) {
			str_append(&status, "The urge you gave was NOT saved: nothing on the card changed.");
		}
		if (rc == CLI_OK) {
			fputc('\n', stdout);
		}
		cli_print_urge_outcome(app, &all, status.len > 0 ? str_cstr(&status) : NULL, stdout);
		str_finish(&status);
	}
	session_close(s);
	return rc;
}

struct show_ctx {
	struct card_template tmpl;
	struct str text;
	size_t days;
};

static bool show_day(const struct card_day *day, void *data)
{
	struct show_ctx *c = data;
	if (c->days++ > 0) {
		str_append_char(&c->text, '\n');
	}
	if (card_day_is_empty(day) && day->peak_count == 0) {
		str_appendf(&c->text, "%s: nothing recorded.\n", day->date);
	} else {
		card_print_day(&c->tmpl, day, &c->text);
	}
	return true;
}

static int card_show(struct app *app, const struct card_args *a)
{
	char from[DATE_TEXT_SIZE], to[DATE_TEXT_SIZE];
	struct app_error err = {0};
	if (a->date != NULL && a->week != NULL) {
		return cli_usage_error("card show takes --date or --week, not both.");
	}
	if (a->week != NULL) {
		struct date_week w;
		struct date end;
		if (!date_week_parse(a->week, &w)) {
			return cli_usage_error("a week is written YYYY-Www, such as 2026-W48, not \"%s\".",
			                       a->week);
		}
		struct date monday = date_week_monday(w);
		date_format(monday, from);
		if (!date_add_days(monday, 6, &end)) {
			end = monday;
		}
		date_format(end, to);
	} else if (a->date != NULL) {
		if (!app_date_check(a->date, &err)) {
			return cli_error(&err);
		}
		snprintf(from, sizeof(from), "%s", a->date);
		snprintf(to, sizeof(to), "%s", a->date);
	} else {
		app_today(from);
		snprintf(to, sizeof(to), "%s", from);
	}
	struct session *s = NULL;
	int rc = cli_unlock(app, &s, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		return rc;
	}
	struct show_ctx c = {0};
	if (!session_card_template(s, &c.tmpl, &err) ||
	    !session_card_each(s, from, to, show_day, &c, &err)) {
		rc = cli_error(&err);
	} else {
		cli_print_text(stdout, str_cstr(&c.text));
	}
	str_wipe(&c.text);
	session_close(s);
	return rc;
}

static int template_show(struct app *app)
{
	struct session *s = NULL;
	int rc = cli_unlock(app, &s, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		return rc;
	}
	struct str text = {0};
	struct app_error err = {0};
	if (session_card_template_text(s, &text, &err)) {
		fputs(str_cstr(&text), stdout);
	} else {
		rc = cli_error(&err);
	}
	str_wipe(&text);
	session_close(s);
	return rc;
}

static int template_import(struct app *app, const char *path)
{
	struct str buf = {0};
	int read_rc = file_read(path, TEMPLATE_FILE_MAX, &buf);
	if (read_rc < 0) {
		fprintf(stderr, "wisemind: cannot read %s (%s); the card template was not changed.\n",
		        path, read_rc == -EFBIG ? "it is larger than 1 MiB" : strerror(-read_rc));
		return CLI_ERROR;
	}
	struct session *s = NULL;
	int rc = cli_unlock(app, &s, NULL, CLI_CARD_FOR_MERGED);
	struct card_template t;
	struct app_error err = {0};
	if (rc == CLI_OK && session_card_template_import(s, path, buf.buf, buf.len, &t, &err)) {
		struct str text = {0};
		str_appendf(&text, "Your card now asks about:");
		for (size_t i = 0; i < t.target_count; i++) {
			if (!t.targets[i].retired) {
				str_appendf(&text, "%s %s", i ? "," : "", t.targets[i].label);
			}
		}
		str_append(&text, ";");
		for (size_t i = 0; i < t.emotion_count; i++) {
			if (!t.emotions[i].retired) {
				str_appendf(&text, "%s %s", i ? "," : "", t.emotions[i].label);
			}
		}
		str_append(&text, ". Saved. Past days keep every value they had.\n");
		cli_print_text(stdout, str_cstr(&text));
		str_finish(&text);
	} else if (rc == CLI_OK) {
		rc = cli_error(&err);
	}
	str_wipe(&buf);
	session_close(s);
	return rc;
}

int cmd_card(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"date", required_argument, NULL, OPT_DATE},
		{"week", required_argument, NULL, OPT_WEEK},
		{NULL, 0, NULL, 0},
	};
	struct card_args a = {0};
	bool parsed = cli_parse_command(opt, argc, argv, longopts, on_option, &a);
	const char *sub = optind < argc ? argv[optind] : "show";
	int rest = optind < argc ? optind + 1 : optind;
	struct app app;
	bool country_ok = cli_app_start(&app, opt);
	int rc = CLI_USAGE;
	if (strcmp(sub, "set") == 0) {
		int n = argc - rest;
		struct app_card_change *changes = calloc((size_t)n + 1, sizeof(*changes));
		const char *bad = NULL;
		size_t count = changes != NULL ? split_changes(argv + rest, n, changes, &bad) : 0;
		/* Counted first: the crisis card shows whatever happens next. */
		struct app_urge_result given = {0};
		app_card_urges_given(&app, NULL, changes, count, &given);
		rc = CLI_OK;
		if (!parsed || !country_ok) {
			rc = CLI_USAGE; /* said already */
		} else if (changes == NULL) {
			fputs("wisemind: not enough memory; nothing was changed.\n", stderr);
			rc = CLI_ERROR;
		} else if (n == 0) {
			rc = cli_usage_error("card set takes KEY=VALUE pairs, such as \"urge.self-harm=2\" "
			                     "or \"emotion.sadness=3\".");
		} else if (bad != NULL) {
			rc = cli_usage_error("\"%s\" is not KEY=VALUE, such as \"urge.self-harm=2\"; "
			                     "nothing was changed.",
			                     bad);
		} else if (a.week != NULL) {
			rc = cli_usage_error("card set takes --date, not --week.");
		}
		rc = card_set(&app, &a, changes, count, &given, rc);
		free(changes);
	} else if (!parsed || !country_ok) {
		rc = CLI_USAGE;
	} else if (strcmp(sub, "show") == 0 && rest == argc) {
		rc = card_show(&app, &a);
	} else if (strcmp(sub, "template") == 0 && rest + 1 == argc &&
	           strcmp(argv[rest], "show") == 0) {
		rc = template_show(&app);
	} else if (strcmp(sub, "template") == 0 && rest + 2 == argc &&
	           strcmp(argv[rest], "import") == 0) {
		rc = template_import(&app, argv[rest + 1]);
	} else {
		rc = cli_usage_error("card takes set KEY=VALUE..., show [--date D | --week W], "
		                     "template show or template import FILE.");
	}
	app_finish(&app);
	return rc;
}
