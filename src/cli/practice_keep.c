/* A practice into the diary: opening it when asked, offering the kit,
 * logging at the end, and showing the last worksheet. */
#include "cli/practice_keep.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/practice.h"
#include "app/vault_info.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/practice_run.h"
#include "cli/report.h"
#include "cli/term_width.h"
#include "cli/unlock.h"

#define UNLOCK_TRIES 3

bool practice_keep_diary_exists(const struct app *app)
{
	struct app_vault_info info;
	struct app_error err = {0};
	bool ok = app_vault_info(app, &info, &err) && (info.exists || info.prev_exists);
	app_error_finish(&err);
	app_error_finish(&info.header_error);
	return ok;
}

bool practice_ask(FILE *in, FILE *out, const char *question, char *buf, size_t size)
{
	cli_print_text(out, question);
	fputs("> ", out);
	fflush(out);
	return fgets(buf, (int)size, in) != NULL;
}

/* A yes or no at the terminal; false for no, or no answer. */
static bool yes(FILE *in, FILE *out, const char *question)
{
	struct str text = {0};
	str_appendf(&text, "%s (y/n)\n", question);
	char buf[32];
	bool answered = practice_ask(in, out, str_cstr(&text), buf, sizeof(buf));
	str_finish(&text);
	return answered && (buf[0] == 'y' || buf[0] == 'Y');
}

/* Unlocks at the terminal, asking again after a wrong passphrase while
 * the person wants to. */
static bool unlock_asking(struct practice_keep *k, FILE *in, FILE *out)
{
	for (int i = 0; i < UNLOCK_TRIES; i++) {
		if (cli_unlock(k->app, &k->session, NULL, CLI_CARD_FOR_MERGED) == CLI_OK) {
			return true;
		}
		k->session = NULL;
		if (i + 1 < UNLOCK_TRIES && !yes(in, out, "Try the passphrase again?")) {
			break;
		}
	}
	return false;
}

int practice_keep_open(struct practice_keep *k, struct app *app, const struct skill *skill,
                       struct session *open)
{
	*k = (struct practice_keep){.app = app, .session = open,
	                            .terminal = isatty(STDIN_FILENO) != 0};
	if (open != NULL) {
		return CLI_OK;
	}
	if (app->opt.passphrase_fd >= 0 || app->opt.recovery_key_fd >= 0) {
		return cli_unlock(app, &k->session, NULL, CLI_CARD_FOR_MERGED);
	}
	if (skill->kit_count > 0 && k->terminal && practice_keep_diary_exists(app) &&
	    yes(stdin, stdout, "Bring back what you wrote for this skill last time? It needs "
	                       "your passphrase.")) {
		(void)unlock_asking(k, stdin, stdout);
	}
	return CLI_OK;
}

void practice_keep_offer_kit(struct practice_keep *k, struct exercise *ex)
{
	const struct skill *skill = ex->skill;
	for (size_t i = 0; i < skill->kit_count && k->session != NULL; i++) {
		struct str text = {0};
		struct app_error err = {0};
		bool found = false;
		if (session_practice_kit(k->session, skill->id, skill->kit[i], &text, &found, &err) &&
		    found) {
			exercise_offer(ex, skill->kit[i], str_cstr(&text));
		}
		app_error_finish(&err);
		str_wipe(&text);
	}
}

static bool log_once(struct practice_keep *k, const struct exercise *ex, uint64_t now,
                     const char *at, struct app_error *err)
{
	return session_practice_log_exercise(k->session, ex, at, now,
	                                     exercise_end_reason(ex) == EXERCISE_FINISHED, NULL, err);
}

static void say_not_kept(const struct exercise *ex, const char *why, FILE *out)
{
	struct str text = {0};
	str_appendf(&text, "\nThis practice was not kept in your diary: %s", why);
	if (ex->answer_count > 0) {
		str_append(&text, " Your answers were not saved.");
	}
	cli_print_text(out, str_cstr(&text));
	str_finish(&text);
}

void practice_keep_log(struct practice_keep *k, const struct exercise *ex, const char *started,
                       uint64_t now, bool may_ask, FILE *in, FILE *out)
{
	if (ex->visits == 0) {
		return; /* stopped before its first step: nothing was practised */
	}
	if (k->session == NULL) {
		if (!practice_keep_diary_exists(k->app)) {
			say_not_kept(ex, "you have no diary yet (wisemind init makes one).", out);
			return;
		}
		if (!may_ask) {
			say_not_kept(ex, "it is locked.", out);
			return;
		}
		if (!k->terminal) {
			say_not_kept(ex, "it is locked, and there is no terminal to ask for the "
			                 "passphrase.", out);
			return;
		}
		fputc('\n', out);
		if (!yes(in, out, "Keep this practice and your answers in your diary? It needs your "
		                  "passphrase.") ||
		    !unlock_asking(k, in, out)) {
			say_not_kept(ex, "you chose not to unlock it.", out);
			return;
		}
	}
	for (;;) {
		struct app_error err = {0};
		if (log_once(k, ex, now, started, &err)) {
			struct str text = {0};
			str_appendf(&text, "\nKept in your diary: %s, with %zu answer%s.\n",
			            ex->skill->name, ex->answer_count, ex->answer_count == 1 ? "" : "s");
			cli_print_text(out, str_cstr(&text));
			str_finish(&text);
			return;
		}
		int code = cli_error(&err);
		(void)code;
		if (!may_ask || !k->terminal ||
		    !yes(in, out, "It is still here. Try to save it again?")) {
			say_not_kept(ex, "it could not be saved.", out);
			return;
		}
	}
}

void practice_keep_close(struct practice_keep *k)
{
	if (k->session != NULL) {
		session_close(k->session);
		k->session = NULL;
	}
}

struct shown_last {
	const struct skill *skill;
	const struct app_practice_entry *entry;
};

static const char *saved_answer(const char *field, void *data)
{
	const struct app_practice_entry *e = data;
	for (size_t i = 0; i < e->field_count; i++) {
		if (e->fields[i].field != NULL && strcmp(e->fields[i].field, field) == 0) {
			return e->fields[i].answer;
		}
	}
	return NULL;
}

static void print_last(const struct app_practice_entry *e, void *data)
{
	const struct skill *skill = data;
	printf("Your last practice of %s: %.10s at %.5s, %u minute%s%s.\n", skill->name, e->at,
	       e->at + 11, (e->seconds + 59) / 60, (e->seconds + 59) / 60 == 1 ? "" : "s",
	       e->finished ? "" : " (stopped part way)");
	bool shown = false;
	for (size_t s = 0; s < skill->step_count; s++) {
		for (size_t b = 0; b < skill->steps[s].block_count; b++) {
			const struct skill_block *block = &skill->steps[s].blocks[b];
			if (block->kind == SKILL_BLOCK_SHOW) {
				fputc('\n', stdout);
				practice_print_show(stdout, block, saved_answer, (void *)e);
				shown = true;
			}
		}
	}
	if (!shown) {
		for (size_t i = 0; i < e->field_count; i++) {
			struct str text = {0};
			str_appendf(&text, "\n%s\n  %s", e->fields[i].question, e->fields[i].answer);
			term_print_wrapped(stdout, str_cstr(&text));
			str_finish(&text);
		}
	}
	for (size_t i = 0; i < e->rating_count; i++) {
		enum skill_scale scale = SKILL_SCALE_URGE;
		(void)skill_parse_scale(e->ratings[i].scale, &scale, &(enum urge_kind){0},
		                        &(const char *){NULL});
		printf("%s%s %d of %d\n", i == 0 ? "\n" : "", e->ratings[i].question,
		       e->ratings[i].value, skill_scale_max(scale));
	}
}

int practice_show_last(struct app *app, const struct skill *skill)
{
	struct session *s = NULL;
	int rc = cli_unlock(app, &s, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		return rc;
	}
	struct app_error err = {0};
	bool found = false;
	if (!session_practice_last(s, skill->id, print_last, (void *)skill, &found, &err)) {
		rc = cli_error(&err);
	} else if (!found) {
		printf("You have no practice of %s kept yet. Start one with: wisemind practice %s\n",
		       skill->name, skill->id);
	}
	session_close(s);
	return rc;
}
