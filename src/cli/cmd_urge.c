#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/session.h"
#include "app/urge.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/report.h"
#include "cli/unlock.h"
#include "cli/urge_manage.h"

enum { OPT_NOTE = 1, OPT_DATE, OPT_AFTER, OPT_ID, OPT_SKILL };

struct urge_args {
	const char *note;
	const char *date;
	const char *after;
	const char *id;
	const char *skill;
};

static bool on_option(int code, const char *arg, void *data)
{
	struct urge_args *a = data;
	switch (code) {
	case OPT_NOTE:
		a->note = arg;
		return true;
	case OPT_DATE:
		a->date = arg;
		return true;
	case OPT_AFTER:
		a->after = arg;
		return true;
	case OPT_ID:
		a->id = arg;
		return true;
	case OPT_SKILL:
		a->skill = arg;
		return true;
	}
	return false;
}

/* urge list [--date D] and urge remove ID, which record nothing. Returns
 * -1 when argv is not one of them. */
static int manage(struct app_options *opt, int argc, char **argv, const struct urge_args *a)
{
	if (argc - optind < 1) {
		return -1;
	}
	const char *what = argv[optind];
	bool list = strcmp(what, "list") == 0 && argc - optind == 1 && a->note == NULL;
	bool remove = strcmp(what, "remove") == 0 && argc - optind == 2 && a->note == NULL &&
	              a->date == NULL;
	if (!list && !remove) {
		return -1;
	}
	struct app app;
	int rc = CLI_USAGE;
	if (cli_app_start(&app, opt)) {
		rc = list ? cli_urge_list(&app, a->date) : cli_urge_remove(&app, argv[optind + 1]);
	}
	app_finish(&app);
	return rc;
}

/* "--note -": the note from standard input, so nothing personal goes into
 * the shell's history. False when it is longer than APP_URGE_NOTE_MAX. */
static bool read_note(struct str *out)
{
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), stdin)) > 0) {
		if (out->len + n > APP_URGE_NOTE_MAX) {
			return false;
		}
		str_append_n(out, chunk, n);
	}
	while (out->len > 0 && (out->buf[out->len - 1] == '\n' || out->buf[out->len - 1] == '\r')) {
		out->buf[--out->len] = '\0';
	}
	return true;
}

/* What the person sees whatever happened: whether the urge was saved,
 * then the crisis card, and for a strong urge two skills for the moment
 * (DESIGN.md §2.2). */
static void print_outcome(const struct app *app, const struct app_urge_result *r)
{
	struct str text = {0};
	if (r->saved && r->locked) {
		str_append(&text, "Saved in the locked inbox; it is added to your diary the next time "
		                  "you unlock it.\n");
	} else if (r->saved) {
		str_append(&text, "Saved in your diary.\n");
	} else {
		str_append(&text, "This urge was NOT saved.\n");
	}
	if (r->note_cut) {
		str_append(&text, "The note was longer than a locked entry holds, so its end was cut; "
		                  "to keep a long note, log the urge with your passphrase.\n");
	}
	/* The sentences end in a newline; the outcome adds its own. */
	if (text.len > 0) {
		text.buf[--text.len] = '\0';
	}
	cli_print_urge_outcome(app, r, str_cstr(&text), stdout);
	str_finish(&text);
}

/* Asks for what was left out, when a person is there to answer: the
 * target, then the rating. False when it cannot be asked (no terminal,
 * or the note comes from standard input) or was not answered. */
static bool ask(const char *question, struct str *answer)
{
	fputs(question, stdout);
	fflush(stdout);
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, stdin);
	bool ok = n > 0;
	if (ok) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ')) {
			line[--n] = '\0';
		}
		str_append(answer, line + strspn(line, " "));
		ok = answer->len > 0;
	}
	free(line);
	return ok;
}

static bool ask_missing(int have, struct str *target, struct str *rating)
{
	if (have < 1 && !ask("Which urge? (suicide, self-harm, use, or your own word): ", target)) {
		return false;
	}
	return have >= 2 ||
	       ask("How strong is it now, from 0 (none) to 5 (the strongest)? ", rating);
}

/* wisemind urge --after N [--id ID] [--skill ID]: how the latest (or a
 * given) urge went after a skill. An urge rating too: the card shows. */
static int after(struct app *app, const struct urge_args *a, struct app_urge_result *result)
{
	struct app_error err = {0};
	int rating = app_urge_rating_read(a->after);
	bool unlocked = app->opt.passphrase_fd >= 0 || app->opt.recovery_key_fd >= 0;
	if (!unlocked) {
		/* Sealed into the inbox; rated again at the next unlock. */
		return app_urge_after_locked(app, a->id, rating, a->skill, result, &err)
		           ? CLI_OK
		           : cli_error(&err);
	}
	struct session *s = NULL;
	int rc = cli_unlock(app, &s, NULL, CLI_CARD_BY_COMMAND);
	if (rc != CLI_OK) {
		app_urges_count(app, &(struct app_urge_item){.rating = rating}, result);
		return rc;
	}
	if (session_urge_after(s, a->id, rating, a->skill, result, &err)) {
		printf("Saved: after %s, the urge was %d.\n", a->skill != NULL ? a->skill : "the skill",
		       rating);
	} else {
		rc = cli_error(&err);
	}
	if (session_urges_recorded(s) > 0) {
		app_urge_result_add(result, session_unlock_urges(s));
	}
	session_close(s);
	return rc;
}

/* wisemind urge [TARGET [RATING]] [--note TEXT | --note -]: logs an urge
 * now; what is left out is asked for. Without --passphrase-fd it goes to
 * the sealed inbox (no passphrase, no key derivation: fast); with it,
 * straight into the diary. The crisis card prints every time, whatever
 * happens. */
int cmd_urge(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"note", required_argument, NULL, OPT_NOTE},
		{"date", required_argument, NULL, OPT_DATE},
		{"after", required_argument, NULL, OPT_AFTER},
		{"id", required_argument, NULL, OPT_ID},
		{"skill", required_argument, NULL, OPT_SKILL},
		{NULL, 0, NULL, 0},
	};
	struct urge_args a = {0};
	bool usage_ok = cli_parse_command(opt, argc, argv, longopts, on_option, &a);
	int managed = usage_ok ? manage(opt, argc, argv, &a) : -1;
	if (managed >= 0) {
		return managed;
	}
	const char *note_arg = a.note;
	bool note_stdin = note_arg != NULL && strcmp(note_arg, "-") == 0;
	int have = argc - optind;
	struct str asked_target = {0}, asked_rating = {0};
	if (usage_ok && a.date != NULL) {
		cli_usage_error("--date goes with \"urge list\"; an urge is logged now.");
		usage_ok = false;
	} else if (usage_ok && a.after != NULL && (have != 0 || note_arg != NULL)) {
		cli_usage_error("--after takes its rating alone, such as \"urge --after 2 --skill "
		                "tip\".");
		usage_ok = false;
	} else if (usage_ok && a.after == NULL && (a.id != NULL || a.skill != NULL)) {
		cli_usage_error("--id and --skill go with --after, such as \"urge --after 2 --skill "
		                "tip\".");
		usage_ok = false;
	} else if (usage_ok && a.after == NULL && have < 2 &&
	           (note_stdin || !isatty(STDIN_FILENO) || !ask_missing(have, &asked_target,
	                                                                 &asked_rating))) {
		cli_usage_error("urge takes a target and a rating from 0 to 5, such as "
		                "\"urge self-harm 3\".");
		usage_ok = false;
	} else if (usage_ok && have > 2) {
		cli_usage_error("urge takes a target and a rating from 0 to 5, such as "
		                "\"urge self-harm 3\".");
		usage_ok = false;
	}
	struct app app;
	bool country_ok = cli_app_start(&app, opt);
	struct app_urge u = {0};
	struct app_urge_result result = {0};
	struct app_error err = {0};
	struct str note = {0};
	int rc = CLI_USAGE;
	/* A target and a rating, typed or answered, even beside a mistake. */
	u.target = have >= 1 ? argv[optind] : asked_target.len > 0 ? str_cstr(&asked_target) : NULL;
	const char *rating = have >= 2 ? argv[optind + 1]
	                     : asked_rating.len > 0 ? str_cstr(&asked_rating) : NULL;
	bool given = u.target != NULL && rating != NULL;
	if (given) {
		u.rating = app_urge_rating_read(rating);
	}
	if (!usage_ok || !country_ok) {
		/* Said already; a rating given still counts for how strong it was. */
		if (given && !app_urge_check(&app, &u, &result, &err)) {
			app_error_finish(&err);
		} else if (a.after != NULL) {
			app_urges_count(&app, &(struct app_urge_item){.rating = app_urge_rating_read(
			                                                  a.after)},
			                &result);
		}
	} else if (a.after != NULL) {
		rc = after(&app, &a, &result);
	} else if (note_stdin && !read_note(&note)) {
		fputs("wisemind: the note is longer than 64 KiB; shorten it.\n", stderr);
	} else {
		u.note = note_stdin ? str_cstr(&note) : note_arg;
		bool unlocked = opt->passphrase_fd >= 0 || opt->recovery_key_fd >= 0;
		if (!unlocked) {
			rc = app_urge_record_locked(&app, &u, &result, &err) ? CLI_OK : cli_error(&err);
		} else if (!app_urge_check(&app, &u, &result, &err)) {
			rc = cli_error(&err);
		} else {
			struct session *s = NULL;
			rc = cli_unlock(&app, &s, NULL, CLI_CARD_BY_COMMAND);
			if (rc == CLI_OK && !session_record_urge(s, &u, &result, &err)) {
				rc = cli_error(&err);
			}
			if (s != NULL && session_urges_recorded(s) > 0) {
				app_urge_result_add(&result, session_unlock_urges(s));
			}
			session_close(s);
		}
	}
	/* Always: someone who typed "urge" may need the lines most. */
	print_outcome(&app, &result);
	str_wipe(&note);
	str_wipe(&asked_target);
	str_finish(&asked_rating);
	app_finish(&app);
	return rc;
}
