/* wisemind homework new | import FILE | list | done ID (issue 15). */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "app/homework.h"
#include "app/session.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/line_input.h"
#include "cli/report.h"
#include "cli/unlock.h"
#include "front/homework_words.h"
#include "content/file_io.h"

enum { OPT_SKILL = 1, OPT_EVERY, OPT_FROM, OPT_UNTIL, OPT_NOTE, OPT_TITLE };

struct homework_args {
	const char *skills[HOMEWORK_SKILLS_MAX + 1];
	size_t skill_count;
	bool too_many;
	struct app_homework_new new;
	const char *output;
	bool yes;
};

static bool on_option(int code, const char *arg, void *data)
{
	struct homework_args *a = data;
	switch (code) {
	case OPT_SKILL:
		a->too_many |= a->skill_count == HOMEWORK_SKILLS_MAX;
		if (!a->too_many) {
			a->skills[a->skill_count++] = arg;
		}
		return true;
	case OPT_EVERY:
		a->new.every = arg;
		return true;
	case OPT_FROM:
		a->new.from = arg;
		return true;
	case OPT_UNTIL:
		a->new.until = arg;
		return true;
	case OPT_NOTE:
		a->new.note = arg;
		return true;
	case OPT_TITLE:
		a->new.title = arg;
		return true;
	case 'y':
		a->yes = true;
		return true;
	case 'o':
		a->output = arg;
		return true;
	}
	return false;
}

/* The skills' names as the person knows them, with their ids. */
static void skill_names(const struct skill_library *lib, char *const *ids, size_t n,
                        struct str *out)
{
	for (size_t i = 0; i < n; i++) {
		const struct skill *sk = skill_library_find(lib, ids[i]);
		str_appendf(out, "%s%s (%s)", i > 0 ? ", " : "", sk != NULL ? sk->name : ids[i],
		            ids[i]);
	}
}

static int homework_new(struct app *app, struct homework_args *a)
{
	if (a->skill_count == 0 || a->too_many) {
		return cli_usage_error("homework new takes 1 to %d skills, each as --skill ID (or "
		                       "--skill FILE.md to send a skill file with it).",
		                       HOMEWORK_SKILLS_MAX);
	}
	a->new.skills = a->skills;
	a->new.skill_count = a->skill_count;
	struct app_skills skills = {0};
	struct app_error err = {0};
	struct str text = {0};
	int rc = CLI_OK;
	if (!app_homework_write(app, &skills, &a->new, &text, &err)) {
		rc = cli_error(&err);
	} else if (a->output == NULL) {
		fwrite(text.buf, 1, text.len, stdout);
		rc = cli_output_written(NULL) ? CLI_OK : CLI_ERROR;
	} else {
		int fd = cli_create_output(a->output);
		if (fd < 0) {
			rc = CLI_ERROR;
		} else if (!file_write_all(fd, text.buf, text.len) || fsync(fd) != 0) {
			fprintf(stderr, "wisemind: %s could not be written completely; free some space "
			                "or choose another place, then run it again.\n", a->output);
			close(fd);
			unlink(a->output);
			rc = CLI_ERROR;
		} else {
			close(fd);
			struct str msg = {0};
			str_appendf(&msg, "Wrote %s. Give it to the person it is for; they add it to "
			                  "their diary with: wisemind homework import %s\n",
			            a->output, a->output);
			cli_print_text(stdout, str_cstr(&msg));
			str_finish(&msg);
		}
	}
	str_finish(&text);
	app_skills_finish(&skills);
	return rc;
}

static void show_file(const struct app *app, struct app_skills *skills,
                      const struct homework_file *f)
{
	struct str text = {0};
	char words[32];
	str_appendf(&text, "Homework %s: %s\n", f->id, f->title);
	str_append(&text, "Skills: ");
	skill_names(app_skills_get(app, skills), f->skills, f->skill_count, &text);
	str_appendf(&text, "\nHow often: %s, from %s", homework_every_words(f->every, words),
	            f->from);
	if (f->until[0] != '\0') {
		str_appendf(&text, " until %s", f->until);
	}
	str_append(&text, "\n");
	for (size_t i = 0; i < f->attached_count; i++) {
		str_appendf(&text, "It brings the skill file %s, to keep in your diary.\n",
		            f->attached[i].id);
	}
	if (f->note[0] != '\0') {
		str_appendf(&text, "\n%s\n", f->note);
	}
	cli_print_text(stdout, str_cstr(&text));
	str_wipe(&text);
}

/* Asks before anything is kept; an answer other than yes keeps nothing. */
static bool confirmed(void)
{
	fputs("\nKeep this homework in your diary? [y/N] ", stdout);
	fflush(stdout);
	struct str answer = {0};
	enum line_input_status st = line_input_read(STDIN_FILENO, 16, &answer);
	if (!isatty(STDIN_FILENO)) {
		putchar('\n'); /* the answer came from a file or a pipe, so no Enter was echoed */
	}
	bool yes = st == LINE_INPUT_OK && (strcmp(str_cstr(&answer), "y") == 0 ||
	                                   strcmp(str_cstr(&answer), "Y") == 0 ||
	                                   strcmp(str_cstr(&answer), "yes") == 0);
	str_wipe(&answer);
	return yes;
}

static int homework_import(struct app *app, const char *path, bool yes)
{
	struct app_skills skills = {0};
	struct app_error err = {0};
	struct homework_file f;
	if (!app_homework_read(app, &skills, path, &f, &err)) {
		app_skills_finish(&skills);
		return cli_error(&err);
	}
	show_file(app, &skills, &f);
	app_skills_finish(&skills);
	int rc = CLI_OK;
	struct session *s = NULL;
	bool added = false;
	if (!yes && !confirmed()) {
		cli_print_text(stdout, "Nothing was kept. To keep it: wisemind homework import "
		                       "FILE, and answer y.\n");
	} else if ((rc = cli_unlock(app, &s, NULL, CLI_CARD_FOR_MERGED)) == CLI_OK) {
		if (!session_homework_import(s, &f, &added, &err)) {
			rc = cli_error(&err);
		} else {
			struct str msg = {0};
			str_appendf(&msg, "%s homework %s in your diary%s. wisemind homework list shows "
			                  "how it is going.\n",
			            added ? "Kept" : "Updated", f.id,
			            added ? "" : " (it was there already, so it was not added twice)");
			cli_print_text(stdout, str_cstr(&msg));
			str_finish(&msg);
		}
	}
	session_close(s);
	homework_file_finish(&f);
	return rc;
}

static void list_one(const struct skill_library *lib, const struct app_homework *h,
                     struct str *text)
{
	str_appendf(text, "\n%s  %s%s\n  ", h->id, h->title,
	            h->done_on[0] != '\0' ? " (done)" : "");
	front_homework_when(h, text);
	if (!h->started) {
		str_append(text, " It has not started yet.");
	}
	str_appendf(text, "\n  So far: %u of %u practices (each skill counted once a day).\n",
	            h->done, h->expected);
	struct str name = {0};
	for (size_t k = 0; k < h->skill_count; k++) {
		const struct skill *sk = skill_library_find(lib, h->skills[k]);
		str_clear(&name);
		str_appendf(&name, "%s (%s)", sk != NULL ? sk->name : h->skills[k], h->skills[k]);
		str_append(text, "  ");
		front_homework_skill(h, k, str_cstr(&name), text);
		str_append_char(text, '\n');
	}
	str_finish(&name);
}

static int homework_list(struct app *app)
{
	struct session *s = NULL;
	int rc = cli_unlock(app, &s, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		return rc;
	}
	struct app_error err = {0};
	struct app_homework_list l = {0};
	struct app_skills skills = {0};
	if (!session_homework_list(s, &l, &err) || !session_skills_load(s, &skills, &err)) {
		rc = cli_error(&err);
	} else if (l.count == 0) {
		cli_print_text(stdout, "You have no homework in your diary. When your therapist "
		                       "gives you a homework file, add it with: wisemind homework "
		                       "import FILE\n");
	} else {
		struct str text = {0};
		str_append(&text, "Your homework\n");
		for (size_t i = 0; i < l.count; i++) {
			list_one(app_skills_get(app, &skills), &l.items[i], &text);
		}
		str_append(&text, "\nTo practise a skill: wisemind practice ID. When a homework is "
		                  "finished: wisemind homework done ID.\n");
		cli_print_text(stdout, str_cstr(&text));
		str_wipe(&text);
		rc = cli_output_written(NULL) ? CLI_OK : CLI_ERROR;
	}
	app_skills_finish(&skills);
	app_homework_list_finish(&l);
	session_close(s);
	return rc;
}

static int homework_done(struct app *app, const char *id)
{
	struct session *s = NULL;
	int rc = cli_unlock(app, &s, NULL, CLI_CARD_FOR_MERGED);
	if (rc != CLI_OK) {
		return rc;
	}
	struct app_error err = {0};
	if (!session_homework_done(s, id, &err)) {
		rc = cli_error(&err);
	} else {
		struct str msg = {0};
		str_appendf(&msg, "Homework %s is marked done. It stays in your diary and in your "
		                  "reports.\n", id);
		cli_print_text(stdout, str_cstr(&msg));
		str_finish(&msg);
	}
	session_close(s);
	return rc;
}

/* What a subcommand takes, checked before anything is read or asked. */
static int check_args(const char *what, int args, const struct homework_args *a)
{
	bool is_new = strcmp(what, "new") == 0;
	bool news = a->skill_count > 0 || a->new.every || a->new.from || a->new.until ||
	            a->new.note || a->new.title || a->output;
	if (!is_new && news) {
		return cli_usage_error("--skill, --every, --from, --until, --note, --title and -o "
		                       "go with homework new.");
	}
	if (a->yes && strcmp(what, "import") != 0) {
		return cli_usage_error("--yes goes with homework import.");
	}
	int want = is_new || strcmp(what, "list") == 0 ? 0 : 1;
	if (args != want) {
		return cli_usage_error("homework %s takes %s.", what,
		                       want == 0 ? "no other argument"
		                       : strcmp(what, "import") == 0 ? "one file, such as homework "
		                                                       "import week-3.md"
		                                                     : "one id, such as homework "
		                                                       "done hw-3f9a1c2e");
	}
	return CLI_OK;
}

int cmd_homework(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"skill", required_argument, NULL, OPT_SKILL},
		{"every", required_argument, NULL, OPT_EVERY},
		{"from", required_argument, NULL, OPT_FROM},
		{"until", required_argument, NULL, OPT_UNTIL},
		{"note", required_argument, NULL, OPT_NOTE},
		{"title", required_argument, NULL, OPT_TITLE},
		{"yes", no_argument, NULL, 'y'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	struct homework_args a = {0};
	if (!cli_parse_command(opt, argc, argv, longopts, on_option, &a)) {
		return CLI_USAGE;
	}
	const char *what = optind < argc ? argv[optind] : NULL;
	if (what == NULL || (strcmp(what, "new") != 0 && strcmp(what, "import") != 0 &&
	                     strcmp(what, "list") != 0 && strcmp(what, "done") != 0)) {
		return cli_usage_error("homework takes new, import FILE, list or done ID, such as "
		                       "\"homework list\".");
	}
	int rc = check_args(what, argc - optind - 1, &a);
	if (rc != CLI_OK) {
		return rc;
	}
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	const char *arg = argv[optind + 1];
	if (strcmp(what, "new") == 0) {
		rc = homework_new(&app, &a);
	} else if (strcmp(what, "import") == 0) {
		rc = homework_import(&app, arg, a.yes);
	} else if (strcmp(what, "list") == 0) {
		rc = homework_list(&app);
	} else {
		rc = homework_done(&app, arg);
	}
	app_finish(&app);
	return rc;
}
