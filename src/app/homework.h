#ifndef WISEMIND_APP_HOMEWORK_H
#define WISEMIND_APP_HOMEWORK_H

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "app/error.h"
#include "app/skills.h"
#include "content/homework_file.h"
#include "core/card_template.h"
#include "core/date.h"
#include "core/homework.h"

struct session;
struct app_report;

/* Homework (issue 15): a therapist writes a homework file with
 * app_homework_write (no diary needed, so on their own machine); the
 * person imports it into the vault, skill files that came with it too,
 * and practises; progress is practices logged against the number
 * expected so far. Nothing here prints. */

/* What homework new is given. A skill is an id of the library, or the
 * path of a skill file (it has a '/' or ends in ".md"), which travels
 * inside the homework file. */
struct app_homework_new {
	const char *const *skills;
	size_t skill_count;
	const char *every; /* NULL: "day" */
	const char *from;  /* NULL: today */
	const char *until; /* NULL: open-ended */
	const char *note;  /* NULL: none */
	const char *title; /* NULL: "Practise" and the skills' names */
};

/* Writes a new homework file's text (wisemind-skills(5), HOMEWORK FILES)
 * to out, with a new random id. APP_E_HOMEWORK (detail: what to change)
 * for a skill that is neither in the library nor a skill file that
 * reads cleanly, a bad "every", or an until before from; APP_E_DATE for a
 * date that is not one. */
bool app_homework_write(const struct app *app, struct app_skills *skills,
                        const struct app_homework_new *in, struct str *out,
                        struct app_error *err) __attribute__((warn_unused_result));

/* Reads and checks the homework file at path: its form, and that each
 * skill it asks for is in the library or came with it (and that no skill
 * that came with it takes a built-in skill's id). out is zeroed first and
 * owned by the caller after success (homework_file_finish).
 * APP_E_HOMEWORK with every problem as "path:line: ..." lines in detail,
 * or a sentence when the file cannot be read. */
bool app_homework_read(const struct app *app, struct app_skills *skills, const char *path,
                       struct homework_file *out, struct app_error *err)
	__attribute__((warn_unused_result));

/* Keeps f in the diary, and the skill files that came with it, and
 * saves. The same id again is the same homework: it is replaced, not
 * added twice (*added false). */
bool session_homework_import(struct session *s, const struct homework_file *f, bool *added,
                             struct app_error *err) __attribute__((warn_unused_result));

/* One homework with how it is going, as of today. */
struct app_homework {
	char id[HOMEWORK_ID_SIZE];
	char *title;
	char *note; /* Markdown; "" */
	/* The note as text to show (content/markdown_text.h), and the
	 * phrases it makes strong, each ending in its NUL. */
	struct str note_text;
	struct str note_bold;
	size_t note_bold_count;
	char skills[HOMEWORK_SKILLS_MAX][CARD_ID_MAX + 1];
	size_t skill_count;
	struct homework_every every;
	char from[DATE_TEXT_SIZE];
	char until[DATE_TEXT_SIZE];   /* "" when open-ended */
	char done_on[DATE_TEXT_SIZE]; /* the day it was marked done, or "" */
	bool started;                 /* from is today or before */
	bool ended;                   /* until is before today */
	/* From its first day up to today (or its last day, when that came
	 * first): practices expected, for every skill, and logged, a skill
	 * counted once a day. */
	unsigned expected;
	unsigned done;
	unsigned week_done[HOMEWORK_SKILLS_MAX];   /* each skill's days this week */
	bool practised_today[HOMEWORK_SKILLS_MAX];
	bool due[HOMEWORK_SKILLS_MAX]; /* to practise today: started, not ended or done */
	bool due_today;                /* any skill is */
};

struct app_homework_list {
	struct app_homework *items; /* by first day, then id */
	size_t count;
};

void app_homework_list_finish(struct app_homework_list *l);

/* The skill of h to practise next: the first due today and not
 * practised yet, else the first due, else the first. */
size_t app_homework_next_skill(const struct app_homework *h);

/* What today's screens say of homework: the skills due today and not
 * practised yet, each once though two homework ask for it (ids pointing
 * into the list, in its order), and whether any homework is in force
 * (started, not ended, not marked done). */
#define APP_HOMEWORK_DUE_MAX (4 * HOMEWORK_SKILLS_MAX)
struct app_homework_due {
	const char *skills[APP_HOMEWORK_DUE_MAX];
	size_t count;
	bool in_force;
};
void app_homework_due(const struct app_homework_list *l, struct app_homework_due *out);

/* Every homework in the diary with its progress as of today. */
bool session_homework_list(struct session *s, struct app_homework_list *out,
                           struct app_error *err) __attribute__((warn_unused_result));

/* The homework in force today (started, not ended, not marked done),
 * with this week's practices and what is due today, as
 * session_homework_list gives them, but read from this week's days
 * only: expected and done are left 0. What today's screen needs, at a
 * keystroke's cost however long the diary. */
bool session_homework_today(struct session *s, struct app_homework_list *out,
                            struct app_error *err) __attribute__((warn_unused_result));

/* Marks the homework id done today, and saves. APP_E_HOMEWORK_ID when
 * the diary has none with that id. */
bool session_homework_done(struct session *s, const char *id, struct app_error *err)
	__attribute__((warn_unused_result));

/* The library with the skill files that came with homework added
 * (origin SKILL_HOMEWORK): what a front end offers to practise once the
 * diary is open. A file that no longer reads is left out. Finish skills
 * when the diary locks, so no therapy text stays in memory. */
bool session_skills_load(struct session *s, struct app_skills *skills, struct app_error *err)
	__attribute__((warn_unused_result));
/* The same, into a library the front end loaded itself. */
bool session_skills_add(struct session *s, struct skill_library *lib, struct app_error *err)
	__attribute__((warn_unused_result));

/* Fills r's homework (each homework in force on a day of the range,
 * expected and done up to the range's end or today) and each day's count
 * of homework practices (app/report.h). */
bool session_report_homework(struct session *s, struct app_report *r, struct app_error *err)
	__attribute__((warn_unused_result));

#endif
