#include "cli/safety_plan_edit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/safety_plan.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/line_input.h"
#include "cli/report.h"

/* Longer than any line the plan keeps (SAFETY_LINE_CHARS_MAX characters
 * of up to 4 bytes), so a long line is refused for its length, not cut. */
#define ANSWER_MAX 4096

struct edit {
	struct app *app;
	struct safety_plan plan; /* as it is being changed */
	struct str answer;       /* the last answer, wiped when read again */
	struct str path;         /* the file of lines shown while locked */
	bool tty;                /* answers come from a terminal */
	bool told_shown;         /* what showing a line while locked means was said in full */
	bool told_keys;          /* the keys of a part were said in full */
	int rc;                  /* the exit code once the edit stopped */
};

static void say(const char *text)
{
	cli_print_text(stdout, text);
}

/* Something typed that is not an answer. At a terminal: said, and asked
 * again (true). From a pipe the next line would be taken for the retry:
 * the edit stops, nothing saved, exit 2 (false). */
static bool mistake(struct edit *e, const char *why)
{
	struct str text = {0};
	if (e->tty) {
		str_appendf(&text, "%s\n", why);
		say(str_cstr(&text));
		str_finish(&text);
		return true;
	}
	str_appendf(&text, "wisemind: %s Nothing was saved.\n", why);
	cli_print_text(stderr, str_cstr(&text));
	str_finish(&text);
	e->rc = CLI_USAGE;
	return false;
}

/* Shows prompt and reads the answer into e->answer, trimmed of spaces and
 * tabs at both ends. "!" shows the crisis lines and asks again. False
 * when the edit must stop (end of input, a signal), with e->rc set. */
static bool ask(struct edit *e, const char *prompt)
{
	for (;;) {
		fputs(prompt, stdout);
		fflush(stdout);
		enum line_input_status st = line_input_read(STDIN_FILENO, ANSWER_MAX, &e->answer);
		if (!e->tty) {
			fputc('\n', stdout); /* the answer is not echoed: keep the lines apart */
		}
		switch (st) {
		case LINE_INPUT_OK:
			break;
		case LINE_INPUT_TOO_LONG:
			if (!mistake(e,
			             "That answer is far longer than a line of the plan can be.")) {
				return false;
			}
			continue;
		case LINE_INPUT_END:
			fputs("wisemind: the input ended before the last part of the plan; nothing "
			      "was saved.\n",
			      stderr);
			e->rc = CLI_ERROR;
			return false;
		case LINE_INPUT_STOPPED:
			e->rc = CLI_ERROR; /* main reports the signal */
			return false;
		case LINE_INPUT_ERROR:
			fputs("wisemind: standard input cannot be read; nothing was saved.\n",
			      stderr);
			e->rc = CLI_ERROR;
			return false;
		}
		str_append(&e->answer, ""); /* a buffer even for an empty line */
		char *a = e->answer.buf;
		size_t n = e->answer.len;
		while (n > 0 && (a[n - 1] == ' ' || a[n - 1] == '\t')) {
			a[--n] = '\0';
		}
		size_t skip = strspn(a, " \t");
		memmove(a, a + skip, n - skip + 1);
		e->answer.len = n - skip;
		if (strcmp(a, "!") == 0) {
			struct str card = {0};
			str_append_char(&card, '\n');
			app_crisis_card(e->app, &card);
			str_append(&card,
			           "\n[Crisis lines above. Your plan is where you left it.]\n");
			say(str_cstr(&card));
			str_finish(&card);
			continue;
		}
		return true;
	}
}

static const char *answer(const struct edit *e)
{
	return str_cstr(&e->answer);
}

static void show_section(const struct edit *e, enum safety_section section)
{
	struct str text = {0};
	safety_plan_format_lines(&e->plan, section, &text);
	say(str_cstr(&text));
	str_wipe(&text);
}

/* Asks whether the line should show even when locked, saying plainly
 * what that means: in full the first time, in the question after. */
static bool ask_shown(struct edit *e, bool *shown)
{
	if (!e->told_shown) {
		say("Show this line even when wisemind is locked, with the crisis lines? If yes, "
		    "it is also kept in one file on this computer that is NOT encrypted, where "
		    "anyone who can open your files can read it.");
	}
	const char *question = e->told_shown ? "Show it while locked (kept unencrypted)? [y/N] "
	                                     : "Show it while locked? [y/N] ";
	e->told_shown = true;
	for (;;) {
		if (!ask(e, question)) {
			return false;
		}
		const char *a = answer(e);
		if (strcmp(a, "") == 0 || strcmp(a, "n") == 0 || strcmp(a, "N") == 0 ||
		    strcmp(a, "no") == 0) {
			*shown = false;
			return true;
		}
		if (strcmp(a, "y") == 0 || strcmp(a, "Y") == 0 || strcmp(a, "yes") == 0) {
			*shown = true;
			return true;
		}
		if (!mistake(e, "Type y to show it while locked, or n (or just Enter) to keep it "
		                "only in your encrypted diary.")) {
			return false;
		}
	}
}

static bool add_lines(struct edit *e, enum safety_section section)
{
	say("Type one line at a time; an empty line ends.");
	struct str line = {0};
	bool ok = true;
	for (;;) {
		size_t count = e->plan.sections[section].count;
		if (count >= SAFETY_LINES_MAX) {
			struct str full = {0};
			str_appendf(&full, "This part is full: it holds %d lines.",
			            SAFETY_LINES_MAX);
			say(str_cstr(&full));
			str_finish(&full);
			break;
		}
		char prompt[32];
		snprintf(prompt, sizeof(prompt), "Line %zu: ", count + 1);
		if (!ask(e, prompt)) {
			ok = false;
			break;
		}
		if (e->answer.len == 0) {
			break;
		}
		struct app_error err = {0};
		if (!app_safety_line_check(e->answer.buf, e->answer.len, &err)) {
			struct str why = {0};
			str_append(&why, "That line was not kept: ");
			app_error_describe(&err, &why);
			str_append(&why, ".");
			app_error_finish(&err);
			ok = mistake(e, str_cstr(&why));
			str_finish(&why);
			if (!ok) {
				break;
			}
			continue;
		}
		str_clear(&line);
		str_append_n(&line, e->answer.buf, e->answer.len);
		bool shown;
		if (!ask_shown(e, &shown)) {
			ok = false;
			break;
		}
		safety_plan_add(&e->plan, section, line.buf, line.len, shown);
	}
	str_wipe(&line);
	return ok;
}

/* "d 2", "s2": the letter and a line number of this part, from 1. */
static bool line_number(const char *a, char letter, size_t count, size_t *index)
{
	if (a[0] != letter) {
		return false;
	}
	const char *p = a + 1;
	p += strspn(p, " ");
	char *end;
	unsigned long n = strtoul(p, &end, 10);
	if (end == p || *end != '\0' || n < 1 || n > count) {
		return false;
	}
	*index = (size_t)n - 1;
	return true;
}

static void toggle_shown(struct edit *e, enum safety_section section, size_t index)
{
	struct safety_line *line = &e->plan.sections[section].items[index];
	line->shown = !line->shown;
	struct str text = {0};
	if (line->shown) {
		str_appendf(&text,
		            "Line %zu now shows even when wisemind is locked. It is also kept "
		            "in one file on this computer that is NOT encrypted: %s",
		            index + 1, str_cstr(&e->path));
	} else {
		str_appendf(&text,
		            "Line %zu no longer shows while locked; it stays only in your "
		            "encrypted diary.",
		            index + 1);
	}
	say(str_cstr(&text));
	str_finish(&text);
}

static bool edit_section(struct edit *e, enum safety_section section)
{
	const struct safety_section_info *info = safety_section_info(section);
	struct str text = {0};
	str_appendf(&text, "\nPart %d of %d: %s\n%s\n", (int)section + 1, SAFETY_SECTION_COUNT,
	            info->title, info->prompt);
	say(str_cstr(&text));
	str_finish(&text);
	show_section(e, section);
	say(e->told_keys ? "Enter: go on. a: add. r: replace all. d N: delete line N. s N: show "
	                   "line N while locked, or not. !: crisis lines."
	                 : "Enter keeps this part as it is and goes on. Or type a to add lines, r "
	                   "to replace them all, d and a line's number to delete it (d 2), s and a "
	                   "number to show that line while locked or stop showing it (s 2), ! for "
	                   "the crisis lines.");
	e->told_keys = true;
	for (;;) {
		if (!ask(e, "> ")) {
			return false;
		}
		const char *a = answer(e);
		size_t count = e->plan.sections[section].count;
		size_t index;
		if (a[0] == '\0') {
			return true;
		}
		if (strcmp(a, "a") == 0 || strcmp(a, "r") == 0) {
			if (a[0] == 'r') {
				safety_plan_clear_section(&e->plan, section);
			}
			if (!add_lines(e, section)) {
				return false;
			}
		} else if (line_number(a, 'd', count, &index)) {
			safety_plan_remove(&e->plan, section, index);
		} else if (line_number(a, 's', count, &index)) {
			toggle_shown(e, section, index);
		} else if (!mistake(e, count > 0 ? "Type a, r, d or s with a line's number (d 1), "
		                                   "or just press Enter to go on."
		                                 : "Type a to add lines, or just press Enter to go "
		                                   "on.")) {
			return false;
		} else {
			continue;
		}
		show_section(e, section);
	}
}

static void intro(const struct edit *e)
{
	struct str text = {0};
	str_appendf(&text,
	            "Your safety plan has %d parts. wisemind goes through them one by one: you see "
	            "what is there and choose what to change. Nothing is saved until the last "
	            "part is done, and Ctrl-C stops without saving.\n\n"
	            "Everything you write here is kept in your encrypted diary. Only the lines you "
	            "choose to show even when wisemind is locked (a friend's number, your "
	            "therapist's line) are also kept in one file on this computer that is NOT "
	            "encrypted: %s. wisemind crisis shows them without asking for your "
	            "passphrase.\n",
	            SAFETY_SECTION_COUNT, str_cstr(&e->path));
	say(str_cstr(&text));
	str_finish(&text);
}

/* Saves the plan and says what now shows while locked. */
static int save(struct edit *e, struct session *s)
{
	/* Prompts that could not be written were never seen: save nothing. */
	if (!cli_output_written(NULL)) {
		return CLI_ERROR;
	}
	struct app_safety_plan_saved saved;
	struct app_error err = {0};
	bool ok = session_safety_plan_set(s, &e->plan, &saved, &err);
	if (saved.saved) {
		struct str text = {0};
		str_append(&text, "\nSaved in your diary.");
		if (ok && saved.shown > 0) {
			str_appendf(&text,
			            " %zu line%s show%s even when wisemind is locked (wisemind "
			            "crisis shows them); they are kept unencrypted in %s.",
			            saved.shown, saved.shown == 1 ? "" : "s",
			            saved.shown == 1 ? "s" : "", str_cstr(&e->path));
		} else if (ok) {
			str_append(&text,
			           " No line shows while locked, so nothing of your plan is kept "
			           "outside your encrypted diary.");
		}
		str_append_char(&text, '\n');
		say(str_cstr(&text));
		str_finish(&text);
	}
	if (!ok) {
		return cli_error(&err);
	}
	return cli_output_written("your safety plan was saved all the same") ? CLI_OK : CLI_ERROR;
}

int cli_safety_plan_edit(struct app *app, struct session *s)
{
	struct edit e = {.app = app, .tty = isatty(STDIN_FILENO) == 1, .rc = CLI_OK};
	app_safety_plan_shown_path(app, &e.path);
	struct safety_plan before = {0};
	struct app_error err = {0};
	if (!session_safety_plan_get(s, &before, &err)) {
		str_finish(&e.path);
		return cli_error(&err);
	}
	safety_plan_copy(&e.plan, &before);
	intro(&e);
	bool done = true;
	for (int i = 0; done && i < SAFETY_SECTION_COUNT; i++) {
		done = edit_section(&e, (enum safety_section)i);
	}
	int rc = e.rc;
	if (done && safety_plan_equal(&before, &e.plan)) {
		say("\nNothing was changed; your safety plan is as it was.");
		rc = cli_output_written(NULL) ? CLI_OK : CLI_ERROR;
	} else if (done) {
		rc = save(&e, s);
	}
	safety_plan_finish(&before);
	safety_plan_finish(&e.plan);
	str_wipe(&e.answer);
	str_finish(&e.path);
	return rc;
}
