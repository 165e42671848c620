#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/session.h"
#include "app/urge.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/report.h"
#include "cli/unlock.h"
#include "cli/urge_manage.h"

enum { OPT_NOTE = 1, OPT_DATE };

struct urge_args {
	const char *note;
	const char *date;
};

static bool on_option(int code, const char *arg, void *data)
{
	struct urge_args *a = data;
	if (code == OPT_NOTE) {
		a->note = arg;
	} else if (code == OPT_DATE) {
		a->date = arg;
	} else {
		return false;
	}
	return true;
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

/* wisemind urge TARGET RATING [--note TEXT | --note -]: logs an urge now.
 * Without --passphrase-fd it goes to the sealed inbox (no passphrase, no
 * key derivation: fast); with it, straight into the diary. The crisis
 * card prints every time, whatever happens. */
int cmd_urge(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"note", required_argument, NULL, OPT_NOTE},
		{"date", required_argument, NULL, OPT_DATE},
		{NULL, 0, NULL, 0},
	};
	struct urge_args a = {0};
	bool usage_ok = cli_parse_command(opt, argc, argv, longopts, on_option, &a);
	int managed = usage_ok ? manage(opt, argc, argv, &a) : -1;
	if (managed >= 0) {
		return managed;
	}
	const char *note_arg = a.note;
	if (usage_ok && a.date != NULL) {
		cli_usage_error("--date goes with \"urge list\"; an urge is logged now.");
		usage_ok = false;
	}
	if (usage_ok && argc - optind != 2) {
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
	bool given = argc - optind == 2; /* a target and a rating, even beside a mistake */
	if (given) {
		u.target = argv[optind];
		u.rating = app_urge_rating_read(argv[optind + 1]);
	}
	if (!usage_ok || !country_ok) {
		/* Said already; a rating given still counts for how strong it was. */
		if (given && !app_urge_check(&app, &u, &result, &err)) {
			app_error_finish(&err);
		}
	} else if (note_arg != NULL && strcmp(note_arg, "-") == 0 && !read_note(&note)) {
		fputs("wisemind: the note is longer than 64 KiB; shorten it.\n", stderr);
	} else {
		u.note = note_arg != NULL && strcmp(note_arg, "-") == 0 ? str_cstr(&note) : note_arg;
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
			session_close(s);
		}
	}
	print_outcome(&app, &result);
	str_wipe(&note);
	app_finish(&app);
	return rc;
}
