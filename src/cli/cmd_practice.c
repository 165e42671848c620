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
#include "cli/report.h"
#include "front/safety_lines.h"
#include "cli/practice_keep.h"
#include "cli/practice_run.h"
#include "cli/practice_timer.h"
#include "cli/skills_env.h"
#include "cli/term_width.h"
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

/* The practice as the command runs it: the diary (open, or NULL while
 * locked) and the urge its ratings go to. */
struct practice_cmd {
	struct app *app;
	struct practice_keep keep;
	struct app_practice_urge urge;
};

/* An urge rating, at once through the record's urge function: what the
 * record says, then the crisis lines (the full card when it is high). */
static bool on_urge(struct practice_io *io, const struct exercise_rating *rating)
{
	struct practice_cmd *cmd = io->data;
	struct app_urge_result result = {0};
	struct app_error err = {0};
	cmd->urge.target = io->urge_target;
	bool ok = app_practice_urge_rate(cmd->app, cmd->keep.session, &cmd->urge, rating->value,
	                                 &result, &err);
	struct str text = {0};
	if (ok && result.locked) {
		str_append(&text, "Urge rating kept in the locked inbox; it joins your diary the next "
		                  "time you unlock it.");
	} else if (ok) {
		str_append(&text, "Urge rating saved in your diary.");
	} else {
		str_append(&text, "This urge rating was NOT saved: ");
		cli_error_sentence(&err, &text);
	}
	app_error_finish(&err);
	if (rating->high || result.high) {
		str_append(&text, "\n\nThis urge is strong. You do not have to face it alone: these "
		                  "lines are there for you now.\n\n");
		app_crisis_card(cmd->app, &text);
	} else {
		str_append(&text, "\n\n");
		app_crisis_card_short(cmd->app, &text);
	}
	fputc('\n', io->out);
	cli_print_text(io->out, str_cstr(&text));
	str_finish(&text);
	return true;
}

static enum urge_kind on_target(struct practice_io *io, const char *target)
{
	struct practice_cmd *cmd = io->data;
	return app_practice_urge_kind(cmd->keep.session, target);
}

/* How a practice went, in words, and its ratings. */
static void say_end(const struct exercise *ex, enum practice_end end, FILE *out)
{
	struct str text = {0};
	if (exercise_ended_high(ex)) {
		str_appendf(&text, "\nYou stayed with %s. It is still very hard right now, and that "
		                   "is not your fault.\n", ex->skill->name);
	} else if (end == PRACTICE_FINISHED) {
		str_appendf(&text, "\nYou finished %s. Well done for taking the time.\n",
		            ex->skill->name);
	} else if (end == PRACTICE_STOPPED) {
		str_append(&text, "\nYou stopped the practice. That's okay: come back to it any "
		                  "time.\n");
	} else if (end == PRACTICE_SWITCHED) {
		str_appendf(&text, "\nYou left %s to try another skill.\n", ex->skill->name);
	}
	for (size_t i = 0; i < ex->rating_count; i++) {
		const struct exercise_rating *r = &ex->ratings[i];
		if (i == 0) {
			str_append(&text, "Your ratings:\n");
		}
		str_appendf(&text, "  %s %d of %d\n", r->rate->text, r->value,
		            skill_scale_max(r->rate->scale));
	}
	cli_print_text(out, str_cstr(&text));
	str_finish(&text);
}

/* The crisis lines a practice ends with, last, where they are seen: when
 * its last rating was still high, the full card and the person's own
 * safety-plan lines, never "well done"; after a crisis skill, the short
 * card. */
static void say_crisis_end(struct practice_cmd *cmd, const struct exercise *ex, FILE *out)
{
	struct str text = {0};
	if (exercise_ended_high(ex)) {
		str_append(&text, "\nPlease reach out now: you do not have to face this alone.\n\n");
		app_crisis_card(cmd->app, &text);
		struct str warning = {0};
		front_add_safety_lines(cmd->app, "wisemind safety-plan", &text, &warning);
		cli_print_text(out, str_cstr(&text));
		if (warning.len > 0) {
			cli_print_text(stderr, str_cstr(&warning));
		}
		str_finish(&warning);
	} else if (ex->skill->for_crisis) {
		app_crisis_card_short(cmd->app, &text);
		fputc('\n', out);
		term_print_wrapped(out, str_cstr(&text));
		fputs("All crisis lines: wisemind crisis\n", out);
	}
	str_finish(&text);
}

/* Adds the skill with id to options, once, when it is in the library and
 * is not the one being left. */
static void offer(const struct skills_env *env, const struct skill *left, const char *id,
                  const struct skill **options, size_t *n, size_t max)
{
	const struct skill *s = skill_library_find(&env->lib, id);
	if (s == NULL || s == left || *n >= max) {
		return;
	}
	for (size_t i = 0; i < *n; i++) {
		if (options[i] == s) {
			return;
		}
	}
	options[(*n)++] = s;
}

/* The skill to go on with after a switch: the one a link named, or one
 * the person picks: the skill's related crisis skills, then STOP, TIP and
 * paced breathing. NULL: none picked. */
static const struct skill *next_skill(struct skills_env *env, const struct exercise *ex,
                                      FILE *in, FILE *out)
{
	if (ex->switch_to != NULL) {
		return skill_library_find(&env->lib, ex->switch_to);
	}
	enum { MAX = 6 };
	const struct skill *options[MAX];
	size_t n = 0;
	for (size_t i = 0; i < ex->skill->related_count; i++) {
		const struct skill *s = skill_library_find(&env->lib, ex->skill->related[i]);
		if (s != NULL && s->for_crisis) {
			offer(env, ex->skill, s->id, options, &n, MAX);
		}
	}
	static const char *const crisis[] = {"stop", "tip", "paced-breathing"};
	for (size_t i = 0; i < sizeof(crisis) / sizeof(crisis[0]); i++) {
		offer(env, ex->skill, crisis[i], options, &n, MAX);
	}
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
                    const struct practice_args *a)
{
	struct practice_cmd cmd = {.app = &env->app};
	int rc = practice_keep_open(&cmd.keep, &env->app, skill);
	if (rc != CLI_OK) {
		return rc;
	}
	struct str card = {0};
	app_crisis_card(&env->app, &card);
	struct practice_io io = {
		.in = stdin, .out = stdout, .time_scale = practice_time_scale,
		.crisis_card = str_cstr(&card), .quiet = a->quiet || env->app.settings.quiet, .urge = on_urge,
		.target_kind = on_target, .data = &cmd,
	};
	if (a->urge != NULL) {
		snprintf(io.urge_target, sizeof(io.urge_target), "%s", a->urge);
	}
	struct exercise_options eo;
	app_exercise_options(&env->app, &eo);
	enum practice_end end = PRACTICE_FINISHED;
	while (skill != NULL && !app_signals_pending()) {
		cmd.urge = (struct app_practice_urge){.skill = skill->id};
		if (io.urge_target[0] != '\0') {
			eo.urge_kind = app_practice_urge_kind(cmd.keep.session, io.urge_target);
		}
		struct exercise ex;
		char started[APP_TIME_ISO_SIZE];
		app_time_iso_now(started);
		exercise_init(&ex, skill, &eo, practice_clock(&io));
		practice_keep_offer_kit(&cmd.keep, &ex);
		end = practice_run(&ex, &io);
		say_end(&ex, end, stdout);
		/* After a signal, nothing more is asked; an open diary still
		 * keeps what was done. */
		practice_keep_log(&cmd.keep, &ex, started, practice_clock(&io), !app_signals_pending(),
		                  stdin, stdout);
		say_crisis_end(&cmd, &ex, stdout);
		skill = end == PRACTICE_SWITCHED && !app_signals_pending()
		            ? next_skill(env, &ex, stdin, stdout)
		            : NULL;
		exercise_finish(&ex);
	}
	practice_keep_close(&cmd.keep);
	str_finish(&card);
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
	const struct skill *skill = skills_env_find(&env, argv[optind]);
	if (skill == NULL) {
		skills_env_finish(&env);
		return CLI_ERROR;
	}
	int rc;
	if (a.show_last) {
		rc = practice_show_last(&env.app, skill);
	} else {
		/* Ctrl-C and Ctrl-\ stop the practice, SIGTERM and SIGHUP too;
		 * none may kill the program outright, as the terminal may be in
		 * key-at-a-time mode during a timer and must be put back first.
		 * main then exits 128 + the signal (130 for Ctrl-C). */
		app_signals_catch(APP_SIGNALS_TERMINATE | APP_SIGNALS_INTERRUPT);
		rc = practise(&env, skill, &a);
	}
	/* main checks the output, after the signal that may have cut it short. */
	skills_env_finish(&env);
	return rc;
}
