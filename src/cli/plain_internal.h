#ifndef WISEMIND_CLI_PLAIN_INTERNAL_H
#define WISEMIND_CLI_PLAIN_INTERNAL_H

/* Shared by the files of plain mode (cli/plain.h): plain.c has the loop,
 * the prompt and the printing; each flow has its own file. */

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "app/secret.h"
#include "app/session.h"
#include "app/skills.h"
#include "app/urge.h"
#include "core/str.h"

/* Longer than any answer wisemind keeps (a note of 64 KiB), so that a long
 * answer is refused for its length by the application, not cut here. */
#define PLAIN_ANSWER_MAX (64 * 1024 + 16)

struct plain {
	struct app app;
	struct app_skills skills; /* the library, loaded when first needed */
	struct session *session;  /* the open diary, or NULL while locked */
	struct str answer;        /* the last answer, wiped when the next is read */
	bool tty;                 /* answers come from a terminal, which shows them */
	bool ended;               /* the input ended, or a signal came: leave */
	bool pass_fd_read;        /* --passphrase-fd gives one line, read once */
};

/* What a prompt got. */
enum plain_reply {
	PLAIN_ANSWER, /* an answer, in p->answer (trimmed of spaces) */
	PLAIN_BACK,   /* q: back, or leave at the top */
	PLAIN_END,    /* the input ended or a signal came: p->ended is set */
};

/* Prints text (several lines, wrapped to the terminal or $COLUMNS, else
 * 80 columns; folded to ASCII when the locale is not UTF-8; control
 * characters shown as "?") on standard output: every word of plain mode
 * goes through here. */
void plain_say(const char *text);
void plain_sayf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The full crisis card for the person's country, with the lines of their
 * safety plan they chose to show while locked. */
void plain_crisis(struct plain *p);

/* What failed and what to do next, as one sentence with its full stop,
 * appended to out (an app_error as plain mode words it). */
void plain_error_sentence(const struct app_error *err, struct str *out);
/* "WHAT was NOT saved: why" (what NULL: "Not saved: why") in plain
 * mode's words, the reason's own "not saved" said once. */
void plain_not_saved(const char *what, const struct app_error *err, struct str *out);

/* THE prompt of plain mode: prints question, then "> ", and reads one
 * line. ! shows the crisis lines and asks again; ? shows help (what can
 * be typed here) and asks again; q is PLAIN_BACK (in free text too: no
 * note is just "q"). */
enum plain_reply plain_ask(struct plain *p, const char *question, const char *help);

/* True when the answer is word, whatever its case. */
bool plain_answer_is(const struct plain *p, const char *word);

/* One line of a numbered menu: its letter (typed instead of its number)
 * and what it does. */
struct plain_choice {
	char key;
	const char *label;
};

#define PLAIN_MENU_BACK (-1) /* q, when q is not one of the choices */
#define PLAIN_MENU_END (-2)  /* the input ended, or a signal */

/* Shows title and the choices as "  1 or c: label", reads until one is
 * picked by its number or its letter, and returns its index. */
int plain_menu(struct plain *p, const char *title, const struct plain_choice *choices, size_t count,
               const char *help);

/* A yes-or-no question; Enter gives answer_default. */
enum plain_reply plain_yes_no(struct plain *p, const char *question, bool answer_default,
                              bool *yes);

/* Reads a passphrase or a recovery key into out: from --passphrase-fd
 * the first time it is given, else without echo from the terminal, or a
 * line of standard input when that is not one. !, ? (help) and q work as
 * at any prompt; another single letter (a choice at the unlock prompt)
 * comes back in *letter, with out empty. */
enum plain_reply plain_secret(struct plain *p, const char *prompt, const char *help,
                              struct app_secret *out, char *letter);

/* The skill library, loaded once. */
const struct skill_library *plain_skills(struct plain *p);

/* The flows, one file each. */

/* plain_first_run.c: the first start, with no diary yet: what wisemind
 * is and is not, the country, a passphrase (twice), a recovery key shown
 * once. True with p->session open; false when the person left. */
bool plain_first_run(struct plain *p);
/* The country question (first run, and settings). False on q or the end
 * of input; true once saved or skipped. */
bool plain_country(struct plain *p);

/* plain_unlock.c: the locked prompt until the diary is open (true) or the
 * person leaves (false). A quick urge, settings and the crisis lines
 * work from there without the passphrase. */
bool plain_unlock(struct plain *p);

/* plain_today.c: today, and the menu of everything else. */
enum plain_today_end {
	PLAIN_TODAY_QUIT, /* q, or the input ended */
	PLAIN_TODAY_LOCK, /* the diary was closed: back to the locked prompt */
};
enum plain_today_end plain_today(struct plain *p);

/* plain_card.c: a day of the diary card, field by field. */
void plain_card(struct plain *p);

/* plain_urge.c: a quick urge, open or locked, with the crisis lines. */
void plain_urge(struct plain *p);
/* What the person sees after urges were given, whatever happened:
 * status, the crisis card, and for a strong urge two skills to start at
 * once (following the urge target's with id, when not NULL). */
void plain_urge_outcome(struct plain *p, const struct app_urge_result *r, const char *status,
                        const char *target);

/* plain_practice.c: the skills by module, and a guided practice. */
void plain_practise(struct plain *p);
/* Practises skill id; when it follows an urge (target, and the urge's id
 * or ""), its urge ratings go to that urge, and how strong the urge is
 * afterwards is asked at the end. */
void plain_practise_skill(struct plain *p, const char *id, const char *target, const char *urge_id);

/* plain_homework.c: the homework, numbered, with its progress; a number
 * starts the practice of what is due in it. */
void plain_homework(struct plain *p);
/* "Homework due today: Paced breathing, STOP (type h).", or that all is
 * done for today, as a line with its newline appended to out; nothing
 * without homework in force. */
void plain_homework_due(struct plain *p, struct str *out);

/* plain_week.c: a short summary per day of an ISO week. */
void plain_week(struct plain *p);

/* plain_plan.c: the safety plan, shown and changed. */
void plain_safety_plan(struct plain *p);

/* plain_settings.c: the settings that work while locked. */
void plain_settings(struct plain *p);

#endif
