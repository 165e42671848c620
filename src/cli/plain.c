/* Plain mode (cli/plain.h): the loop from the first run or the unlock to
 * today and back, and the one prompt every question goes through. */
#include "cli/plain.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "app/homework.h"
#include "app/signals.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/line_input.h"
#include "cli/passphrase_input.h"
#include "cli/plain_internal.h"
#include "front/not_saved.h"
#include "cli/report.h"
#include "front/safety_lines.h"

static const char anywhere[] =
    "At any prompt: ! and Enter shows the crisis lines, ? shows what you can type there, "
    "and q goes back (at the top, q quits).";

void plain_say(const char *text)
{
	cli_print_text(stdout, text);
}

void plain_sayf(const char *fmt, ...)
{
	struct str text = {0};
	va_list ap;
	va_start(ap, fmt);
	str_vappendf(&text, fmt, ap);
	va_end(ap);
	plain_say(str_cstr(&text));
	str_finish(&text);
}

void plain_crisis(struct plain *p)
{
	struct str card = {0};
	str_append_char(&card, '\n');
	app_crisis_card(&p->app, &card);
	struct str warning = {0};
	front_add_safety_lines(&p->app,
	                       p->session != NULL ? "type s and Enter at the menu"
	                                          : "unlock, then type s and Enter at the menu",
	                       &card, &warning);
	plain_say(str_cstr(&card));
	if (warning.len > 0) {
		cli_print_text(stderr, str_cstr(&warning));
	}
	str_finish(&warning);
	str_finish(&card);
}

void plain_not_saved(const char *what, const struct app_error *err, struct str *out)
{
	struct str why = {0};
	plain_error_sentence(err, &why);
	front_not_saved(what, str_cstr(&why), out);
	str_finish(&why);
}

void plain_error_sentence(const struct app_error *err, struct str *out)
{
	/* The shell's words, without the backquotes a screen reader would
	 * read out. */
	struct str said = {0};
	cli_error_sentence(err, &said);
	if (said.len > 0 && said.buf[0] >= 'a' && said.buf[0] <= 'z') {
		said.buf[0] = (char)(said.buf[0] - 'a' + 'A');
	}
	for (const char *c = str_cstr(&said); *c != '\0'; c++) {
		if (*c != '`') {
			str_append_char(out, *c);
		}
	}
	str_finish(&said);
}

/* Drops what a terminal sends for keys that are not text (an arrow's
 * escape sequence, Tab, Backspace left over) from the answer, so they are
 * neither kept nor ever shown again. */
static void drop_controls(struct str *s)
{
	size_t out = 0;
	for (size_t i = 0; i < s->len;) {
		unsigned char c = (unsigned char)s->buf[i];
		if (c == 0x1b) {
			i++;
			if (i < s->len && (s->buf[i] == '[' || s->buf[i] == 'O')) {
				i++;
				while (i < s->len && ((unsigned char)s->buf[i] < 0x40 ||
				                      (unsigned char)s->buf[i] > 0x7e)) {
					i++;
				}
				i += i < s->len;
			}
			continue;
		}
		if (c < 0x20 || c == 0x7f) {
			i++;
			continue;
		}
		s->buf[out++] = s->buf[i++];
	}
	if (s->buf != NULL) {
		memset(s->buf + out, 0, s->len - out);
	}
	s->len = out;
}

static void trim(struct str *s)
{
	size_t start = 0;
	while (start < s->len && s->buf[start] == ' ') {
		start++;
	}
	size_t end = s->len;
	while (end > start && s->buf[end - 1] == ' ') {
		end--;
	}
	if (s->buf == NULL) {
		return;
	}
	memmove(s->buf, s->buf + start, end - start);
	memset(s->buf + (end - start), 0, s->len - (end - start));
	s->len = end - start;
}

/* Reads one answer into p->answer; false when plain mode must end. */
static bool read_answer(struct plain *p)
{
	for (;;) {
		fputs("> ", stdout);
		fflush(stdout);
		enum line_input_status st =
		    line_input_read(STDIN_FILENO, PLAIN_ANSWER_MAX, &p->answer);
		if (!p->tty && st != LINE_INPUT_STOPPED) {
			/* The answer is not shown: keep what follows on its own line. */
			fputc('\n', stdout);
		}
		switch (st) {
		case LINE_INPUT_OK:
			str_append(&p->answer, ""); /* a buffer even for an empty line */
			drop_controls(&p->answer);
			trim(&p->answer);
			return true;
		case LINE_INPUT_TOO_LONG:
			plain_say("That answer is longer than wisemind keeps; type a shorter one.");
			continue;
		case LINE_INPUT_END:
		case LINE_INPUT_STOPPED:
		case LINE_INPUT_ERROR:
			break;
		}
		p->ended = true;
		return false;
	}
}

static void help(const char *text)
{
	struct str all = {0};
	if (text != NULL && text[0] != '\0') {
		str_appendf(&all, "%s\n", text);
	}
	str_append(&all, anywhere);
	plain_say(str_cstr(&all));
	str_finish(&all);
}

enum plain_reply plain_ask(struct plain *p, const char *question, const char *help_text)
{
	bool show = true;
	for (;;) {
		if (show && question != NULL) {
			plain_say(question);
		}
		show = true;
		if (!read_answer(p)) {
			return PLAIN_END;
		}
		if (strcmp(str_cstr(&p->answer), "!") == 0) {
			plain_crisis(p);
			plain_say("[Crisis lines above. The question you were at comes again.]");
			continue;
		}
		if (strcmp(str_cstr(&p->answer), "?") == 0) {
			help(help_text);
			show = false;
			continue;
		}
		if (plain_answer_is(p, "q")) {
			return PLAIN_BACK;
		}
		return PLAIN_ANSWER;
	}
}

bool plain_answer_is(const struct plain *p, const char *word)
{
	return strcasecmp(str_cstr(&p->answer), word) == 0;
}

int plain_menu(struct plain *p, const char *title, const struct plain_choice *choices, size_t count,
               const char *help_text)
{
	struct str question = {0};
	str_appendf(&question, "%s\n", title);
	for (size_t i = 0; i < count; i++) {
		str_appendf(&question, "  %zu or %c: %s\n", i + 1, choices[i].key,
		            choices[i].label);
	}
	str_append(&question, "Type a number or a letter, then Enter.");
	int picked = PLAIN_MENU_END;
	for (;;) {
		enum plain_reply r =
		    plain_ask(p, str_cstr(&question),
		              help_text != NULL ? help_text
		                                : "Type the number or the letter of "
		                                  "what you want, then Enter.");
		if (r == PLAIN_END) {
			break;
		}
		const char *a = str_cstr(&p->answer);
		char key = r == PLAIN_BACK ? 'q' : a[1] == '\0' ? a[0] : '\0';
		if (key >= 'A' && key <= 'Z') {
			key = (char)(key - 'A' + 'a');
		}
		for (size_t i = 0; i < count && picked < 0; i++) {
			char number[24];
			snprintf(number, sizeof(number), "%zu", i + 1);
			if ((key != '\0' && key == choices[i].key) ||
			    (r == PLAIN_ANSWER && strcmp(a, number) == 0)) {
				picked = (int)i;
			}
		}
		if (picked >= 0) {
			break;
		}
		if (r == PLAIN_BACK) {
			picked = PLAIN_MENU_BACK;
			break;
		}
		plain_sayf(
		    "There is no \"%.20s\" here: type a number from 1 to %zu, or its letter.", a,
		    count);
	}
	str_finish(&question);
	return picked;
}

enum plain_reply plain_yes_no(struct plain *p, const char *question, bool answer_default, bool *yes)
{
	struct str q = {0};
	str_appendf(&q, "%s %s", question,
	            answer_default ? "Press Enter or y for yes, n for no."
	                           : "Type y for yes; Enter or n for no.");
	enum plain_reply r;
	for (;;) {
		r = plain_ask(p, str_cstr(&q), "Type y for yes or n for no, then Enter.");
		if (r != PLAIN_ANSWER) {
			break;
		}
		if (p->answer.len == 0) {
			*yes = answer_default;
			break;
		}
		if (plain_answer_is(p, "y") || plain_answer_is(p, "yes")) {
			*yes = true;
			break;
		}
		if (plain_answer_is(p, "n") || plain_answer_is(p, "no")) {
			*yes = false;
			break;
		}
		plain_say("Type y for yes or n for no.");
	}
	str_finish(&q);
	return r;
}

enum plain_reply plain_secret(struct plain *p, const char *prompt, const char *help_text,
                              struct app_secret *out, char *letter)
{
	*letter = '\0';
	for (;;) {
		int fd = STDIN_FILENO;
		if (p->app.opt.passphrase_fd >= 0 && !p->pass_fd_read) {
			fd = p->app.opt.passphrase_fd;
			p->pass_fd_read = true;
		} else if (p->tty) {
			fd = -1; /* the terminal, with echo off; it shows the prompt */
		}
		if (fd >= 0) {
			fputs(prompt, stdout);
		}
		fflush(stdout);
		struct str why = {0};
		bool ok = passphrase_input_read(fd, prompt, out, &why);
		if (fd >= 0) {
			fputc('\n', stdout); /* nothing typed was shown */
		}
		if (!ok) {
			if (app_signals_pending() == 0) {
				plain_sayf("%s. Nothing more can be read here, so wisemind stops.",
				           str_cstr(&why));
			}
			str_finish(&why);
			p->ended = true;
			return PLAIN_END;
		}
		str_finish(&why);
		if (out->len != 1) {
			return PLAIN_ANSWER;
		}
		/* Too short for a passphrase: a choice. */
		char c = out->text[0];
		app_secret_finish(out);
		if (c == '!') {
			plain_crisis(p);
			plain_say("[Crisis lines above. Type your passphrase when you are ready.]");
		} else if (c == '?') {
			help(help_text);
		} else if (c == 'q' || c == 'Q') {
			return PLAIN_BACK;
		} else {
			*letter = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
			return PLAIN_ANSWER;
		}
	}
}

const struct skill_library *plain_skills(struct plain *p)
{
	return app_skills_get(&p->app, &p->skills);
}

/* Once the diary is open, the skills that came with homework (kept in
 * it) join the library, so they can be practised. */
static void skills_with_homework(struct plain *p)
{
	struct app_error err = {0};
	if (!session_skills_load(p->session, &p->skills, &err)) {
		struct str text = {0};
		str_append(&text, "The skills that came with your homework could not be read. ");
		plain_error_sentence(&err, &text);
		plain_say(str_cstr(&text));
		str_finish(&text);
	}
	app_error_finish(&err);
}

/* Core dumps stayed on: no secret may be read, but the lines that need
 * none still work. */
static void without_secrets(struct plain *p)
{
	plain_say("Core dumps could not be turned off, so wisemind will not ask for a passphrase "
	          "here. The crisis lines and logging an urge still work.");
	static const struct plain_choice choices[] = {
	    {'u', "Log an urge (it is sealed, and added to your diary when you next unlock)"},
	    {'!', "Crisis lines"},
	    {'q', "Quit"},
	};
	for (;;) {
		int c = plain_menu(p, "\nWhat would you like to do?", choices, 3, NULL);
		if (c == 0) {
			plain_urge(p);
		} else if (c == 1) {
			plain_crisis(p);
		} else {
			return;
		}
	}
}

int cli_plain_run(const struct app_options *opt)
{
	struct plain p = {0};
	/* Unbuffered, before anything reads it: a practice reads standard
	 * input through stdio and every other prompt reads its descriptor, so
	 * neither may hold a line meant for the other. */
	setvbuf(stdin, NULL, _IONBF, 0);
	/* Ctrl-C and SIGTERM end plain mode at the next prompt, the diary
	 * closed and wiped; main exits 128 + the signal. */
	app_signals_catch(APP_SIGNALS_TERMINATE | APP_SIGNALS_INTERRUPT);
	/* A mistyped --country is said; the crisis lines show all the same. */
	(void)cli_app_start(&p.app, opt);
	p.app.hints.change_country = "type o and Enter at the menu (the settings)";
	p.tty = isatty(STDIN_FILENO) == 1;
	plain_say("wisemind, a private, offline coach for DBT skills, line by line.\n"
	          "It does not replace therapy or emergency services.\n"
	          "At any prompt, type ! and Enter for crisis lines, ? for what you can type "
	          "there, or q to go back.");
	if (!app_secrets_protect()) {
		without_secrets(&p);
		goto out;
	}
	struct app_error err = {0};
	bool missing = !session_precheck(&p.app, &err) && app_error_next(&err) == NEXT_INIT;
	app_error_finish(&err);
	if (missing) {
		if (!plain_first_run(&p)) {
			goto out;
		}
	} else if (app_country_unconfirmed(&p.app) && !plain_country(&p)) {
		goto out;
	}
	for (;;) {
		if (p.session == NULL && !plain_unlock(&p)) {
			break;
		}
		skills_with_homework(&p);
		if (plain_today(&p) == PLAIN_TODAY_QUIT) {
			break;
		}
		session_close(p.session);
		p.session = NULL;
		/* The skills that came with homework are the diary's: let go
		 * with it (read again without them when needed while locked). */
		app_skills_finish(&p.skills);
		p.skills = (struct app_skills){0};
		plain_say("\nLocked: your diary is closed and wiped from memory.");
	}
out:
	if (p.session != NULL && !p.ended) {
		plain_say("Your diary is locked. Goodbye.");
	}
	session_close(p.session);
	app_skills_finish(&p.skills);
	str_wipe(&p.answer);
	app_finish(&p.app);
	fflush(stdout);
	return CLI_OK;
}
