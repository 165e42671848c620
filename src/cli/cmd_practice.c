#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/clock.h"
#include "app/practice_urge.h"
#include "app/signals.h"
#include "app/settings_change.h"
#include "app/urge_threshold.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/practice_keep.h"
#include "cli/practice_run.h"
#include "cli/practice_say.h"
#include "cli/practice_timer.h"
#include "app/homework.h"
#include "cli/unlock.h"
#include "cli/report.h"
#include "cli/skills_env.h"
#include "core/exercise.h"

enum { OPT_QUIET = 1, OPT_URGE, OPT_SHOW_LAST };

struct practice_args {
	bool quiet;
	const char *urge;
	bool show_last;
};

static bool on_option(int code, const char *arg, void *data)
{
	struct practice_args *a = data;
	switch (code) {
	case OPT_QUIET:
		a->quiet = true;
		return true;
	case OPT_URGE:
		a->urge = arg;
		return true;
	case OPT_SHOW_LAST:
		a->show_last = true;
		return true;
	default:
		return false;
	}
}

/* The practice as the command runs it: what it says (with the diary,
 * open or NULL while locked, and the urge its ratings go to) and how it
 * keeps the practice. */
struct practice_cmd {
	struct practice_say say;
	struct practice_keep keep;
};

/* The skill to go on with after a switch: the one a link named, or one
 * the person picks. NULL: none picked. */
static const struct skill *next_skill(struct skills_env *env, const struct exercise *ex,
                                      FILE *in, FILE *out)
{
	if (ex->switch_to != NULL) {
		return skill_library_find(&env->lib, ex->switch_to);
	}
	enum { MAX = 6 };
	const struct skill *options[MAX];
	size_t n = practice_say_switch_options(&env->lib, ex, options, MAX);
	struct str text = {0};
	str_append(&text, "\nWhich skill will you switch to?\n");
	for (size_t i = 0; i < n; i++) {
		str_appendf(&text, "  %zu. %s: %s\n", i + 1, options[i]->name, options[i]->summary);
	}
	str_append(&text, "Type its number, or press Enter to stop here.\n");
	char buf[32];
	bool answered = practice_ask(in, out, str_cstr(&text), buf, sizeof(buf));
	str_finish(&text);
	if (!answered) {
		return NULL;
	}
	long k = strtol(buf, NULL, 10);
	return k >= 1 && (size_t)k <= n ? options[k - 1] : NULL;
}

static int practise(struct skills_env *env, const struct skill *skill,
                    const struct practice_args *a, struct session *open)
{
	struct practice_cmd cmd = {
		.say = {.app = &env->app, .see_plan = "wisemind safety-plan",
		        .all_lines = "All crisis lines: wisemind crisis"},
	};
	int rc = practice_keep_open(&cmd.keep, &env->app, skill, open);
	if (rc != CLI_OK) {
		return rc;
	}
	struct str card = {0};
	app_crisis_card(&env->app, &card);
	struct practice_io io = {
		.in = stdin, .out = stdout, .time_scale = practice_time_scale,
		.crisis_card = str_cstr(&card), .quiet = a->quiet || env->app.settings.quiet,
		.urge = practice_say_urge, .target_kind = practice_say_kind, .data = &cmd.say,
	};
	if (a->urge != NULL) {
		snprintf(io.urge_target, sizeof(io.urge_target), "%s", a->urge);
	}
	struct exercise_options eo;
	app_exercise_options(&env->app, &eo);
	enum practice_end end = PRACTICE_FINISHED;
	while (skill != NULL && !app_signals_pending()) {
		cmd.say.urge = (struct app_practice_urge){.skill = skill->id};
		cmd.say.session = cmd.keep.session;
		if (io.urge_target[0] != '\0') {
			eo.urge_kind = app_practice_urge_kind(cmd.keep.session, io.urge_target);
		}
		struct exercise ex;
		char started[APP_TIME_ISO_SIZE];
		app_time_iso_now(started);
		exercise_init(&ex, skill, &eo, practice_clock(&io));
		practice_keep_offer_kit(&cmd.keep, &ex);
		end = practice_run(&ex, &io);
		practice_say_end(&ex, end, stdout);
		/* After a signal, nothing more is asked; an open diary still
		 * keeps what was done. */
		practice_keep_log(&cmd.keep, &ex, started, practice_clock(&io), !app_signals_pending(),
		                  stdin, stdout);
		cmd.say.session = cmd.keep.session;
		practice_say_crisis_end(&cmd.say, &ex, stdout);
		skill = end == PRACTICE_SWITCHED && !app_signals_pending()
		            ? next_skill(env, &ex, stdin, stdout)
		            : NULL;
		exercise_finish(&ex);
	}
	practice_keep_close(&cmd.keep);
	str_finish(&card);
	return CLI_OK;
}

/* A skill the library does not have may have come with homework, kept
 * in the diary: then the diary opens first (asking for the passphrase)
 * and its skills join the library. Nothing is asked when there is no
 * diary, or for --show-last (which opens the diary itself). */
static int homework_skill(struct skills_env *env, const char *id, bool show_last,
                          struct session **open, const struct skill **skill)
{
	if (skill_library_find(&env->lib, id) != NULL || !skill_id_valid(id) ||
	    !practice_keep_diary_exists(&env->app)) {
		return CLI_OK;
	}
	fprintf(stderr, "wisemind: \"%s\" is not in the library; looking for it among the skills "
	                "that came with your homework, in your diary.\n", id);
	int rc = cli_unlock(&env->app, open, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		return rc;
	}
	struct app_error err = {0};
	if (!session_skills_add(*open, &env->lib, &err)) {
		return cli_error(&err);
	}
	*skill = skill_library_find(&env->lib, id);
	if (show_last || *skill == NULL) {
		session_close(*open);
		*open = NULL;
	}
	return CLI_OK;
}

/* wisemind practice [--quiet] [--urge TARGET] ID | --show-last ID: the
 * guided exercise in plain text. Ctrl-C leaves cleanly, exiting 130. */
int cmd_practice(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"quiet", no_argument, NULL, OPT_QUIET},
		{"urge", required_argument, NULL, OPT_URGE},
		{"show-last", no_argument, NULL, OPT_SHOW_LAST},
		{NULL, 0, NULL, 0},
	};
	struct practice_args a = {0};
	if (!cli_parse_command(opt, argc, argv, longopts, on_option, &a)) {
		return CLI_USAGE;
	}
	if (argc - optind != 1) {
		return cli_usage_error("practice takes one skill id, such as \"practice stop\".");
	}
	if (a.urge != NULL && !urge_target_valid(a.urge)) {
		return cli_usage_error("--urge takes a target such as self-harm: small letters, "
		                       "digits and hyphens.");
	}
	struct skills_env env;
	skills_env_load(&env, opt);
	struct session *open = NULL;
	const struct skill *skill = NULL;
	int rc = homework_skill(&env, argv[optind], a.show_last, &open, &skill);
	if (rc != CLI_OK || (skill == NULL && (skill = skills_env_find(&env, argv[optind])) == NULL)) {
		session_close(open);
		skills_env_finish(&env);
		return rc != CLI_OK ? rc : CLI_ERROR;
	}
	if (a.show_last) {
		session_close(open); /* --show-last opens the diary itself */
		rc = practice_show_last(&env.app, skill);
	} else {
		/* Ctrl-C and Ctrl-\ stop the practice, SIGTERM and SIGHUP too;
		 * none may kill the program outright, as the terminal may be in
		 * key-at-a-time mode during a timer and must be put back first.
		 * main then exits 128 + the signal (130 for Ctrl-C). */
		app_signals_catch(APP_SIGNALS_TERMINATE | APP_SIGNALS_INTERRUPT);
		rc = practise(&env, skill, &a, open);
	}
	/* main checks the output, after the signal that may have cut it short. */
	skills_env_finish(&env);
	return rc;
}
