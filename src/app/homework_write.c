/* homework new: a homework file's text, written without a diary. */
#include "app/homework.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/clock.h"
#include "content/file_io.h"
#include "content/skill_file.h"
#include "crypto/secmem.h"

static bool problem(struct app_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static bool problem(struct app_error *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	str_clear(&err->detail);
	str_vappendf(&err->detail, fmt, ap);
	va_end(ap);
	return app_error_app(err, APP_E_HOMEWORK);
}

static bool is_path(const char *skill)
{
	size_t n = strlen(skill);
	return strchr(skill, '/') != NULL || (n > 3 && strcmp(skill + n - 3, ".md") == 0);
}

/* A skill file to send along: read, and parsed as any skill file is. */
static bool read_attached(const char *path, struct str *text, struct skill *out,
                          struct app_error *err)
{
	int rc = file_read(path, CONTENT_FILE_MAX, text);
	if (rc < 0) {
		return problem(err, "the skill file %s cannot be read (%s)", path,
		               rc == -EFBIG ? "it is larger than 1 MiB" : strerror(-rc));
	}
	struct problems problems = {0};
	struct content_file file;
	bool ok = content_file_parse(&skill_file_kind, path, NULL, text->buf != NULL ? text->buf : "",
	                             text->len, &file, &problems) &&
	          content_file_take(&file, &skill_file_kind, out);
	content_file_finish(&file);
	if (!ok) {
		struct str lines = {0};
		problems_sorted(&problems, &lines);
		while (lines.len > 0 && lines.buf[lines.len - 1] == '\n') {
			lines.buf[--lines.len] = '\0';
		}
		problem(err, "the skill file %s cannot be sent as it is; fix these lines (wisemind "
		             "skills check %s shows them again):\n%s",
		        path, path, str_cstr(&lines));
		str_finish(&lines);
	}
	problems_finish(&problems);
	return ok;
}

/* A new id: "hw-" and 8 hex digits from the system's random source, so
 * two therapists' homework never share one. */
static void new_id(char out[HOMEWORK_ID_SIZE])
{
	snprintf(out, HOMEWORK_ID_SIZE, "hw-%04x%04x", secmem_random_below(0x10000),
	         secmem_random_below(0x10000));
}

static bool check_when(const struct app_homework_new *in, struct homework_every *every,
                       char from[DATE_TEXT_SIZE], struct app_error *err)
{
	if (!homework_every_parse(in->every != NULL ? in->every : "day", every)) {
		return problem(err, "--every is day, weekday, or a number of times a week from "
		                    "1-per-week to 7-per-week, not \"%s\"", in->every);
	}
	if (in->from != NULL) {
		if (!app_date_check(in->from, err)) {
			return false;
		}
		snprintf(from, DATE_TEXT_SIZE, "%s", in->from);
	} else {
		app_today(from);
	}
	if (in->until != NULL && !app_date_check(in->until, err)) {
		return false;
	}
	if (in->until != NULL && strcmp(in->until, from) < 0) {
		return problem(err, "the homework ends (%s) before it starts (%s)", in->until, from);
	}
	if (in->skill_count == 0 || in->skill_count > HOMEWORK_SKILLS_MAX) {
		return problem(err, "a homework asks for 1 to %d skills", HOMEWORK_SKILLS_MAX);
	}
	if (in->note != NULL && (strlen(in->note) > HOMEWORK_NOTE_MAX ||
	                         !str_is_utf8(in->note, strlen(in->note)))) {
		return problem(err, "the note is UTF-8 text of at most %d bytes", HOMEWORK_NOTE_MAX);
	}
	if (in->title != NULL && (strlen(in->title) > HOMEWORK_TITLE_MAX ||
	                          strpbrk(in->title, "\r\n") != NULL ||
	                          !str_is_utf8(in->title, strlen(in->title)))) {
		return problem(err, "the title is one line of at most %d bytes", HOMEWORK_TITLE_MAX);
	}
	return true;
}

/* Adds one skill to f: a library skill's id, or a skill file read from
 * arg to travel inside the homework file. Its name goes to names[i]. */
static bool add_skill(const struct app *app, struct app_skills *skills, const char *arg,
                      struct homework_file *f, char **names, struct app_error *err)
{
	size_t i = f->skill_count;
	if (!is_path(arg)) {
		if (!app_skill_check(app, skills, arg, err)) {
			return false;
		}
		const struct skill *sk = skill_library_find(app_skills_get(app, skills), arg);
		f->skills[f->skill_count++] = str_dup(sk->id);
		names[i] = str_dup(sk->name);
		return true;
	}
	struct str text = {0};
	struct skill sk = {0};
	bool ok = read_attached(arg, &text, &sk, err);
	const struct skill *known = ok ? skill_library_find(app_skills_get(app, skills), sk.id) : NULL;
	if (known != NULL && known->origin == SKILL_BUILT_IN) {
		ok = problem(err, "the skill file %s has the id \"%s\", which a built-in skill has; "
		                  "give it an id of its own (and name the file after it)",
		             arg, sk.id);
	}
	if (ok) {
		f->skills[f->skill_count++] = str_dup(sk.id);
		names[i] = str_dup(sk.name);
		struct homework_attached *a = &f->attached[f->attached_count++];
		a->id = str_dup(sk.id);
		a->len = text.len;
		a->text = str_dup(str_cstr(&text));
	}
	skill_finish(&sk);
	str_finish(&text);
	return ok;
}

/* "Practise Paced breathing, STOP and TIP". */
static char *made_title(char *const *names, size_t n)
{
	struct str title = {0};
	str_append(&title, "Practise ");
	for (size_t i = 0; i < n; i++) {
		if (i > 0) {
			str_append(&title, i + 1 == n ? " and " : ", ");
		}
		str_append(&title, names[i]);
	}
	char *text = str_dup(str_cstr(&title));
	str_finish(&title);
	return text;
}

bool app_homework_write(const struct app *app, struct app_skills *skills,
                        const struct app_homework_new *in, struct str *out,
                        struct app_error *err)
{
	struct homework_file f = {0};
	if (!check_when(in, &f.every, f.from, err)) {
		return false;
	}
	char *names[HOMEWORK_SKILLS_MAX] = {0};
	f.skills = calloc(HOMEWORK_SKILLS_MAX, sizeof(*f.skills));
	f.attached = calloc(HOMEWORK_SKILLS_MAX, sizeof(*f.attached));
	bool ok = f.skills != NULL && f.attached != NULL;
	if (!ok) {
		app_error_app(err, APP_E_NO_MEMORY);
	}
	for (size_t i = 0; ok && i < in->skill_count; i++) {
		ok = add_skill(app, skills, in->skills[i], &f, names, err);
		for (size_t j = 0; ok && j < i; j++) {
			if (strcmp(f.skills[i], f.skills[j]) == 0) {
				ok = problem(err, "the skill \"%s\" is given twice", f.skills[i]);
			}
		}
	}
	if (ok) {
		char id[HOMEWORK_ID_SIZE];
		new_id(id);
		f.id = str_dup(id);
		f.title = in->title != NULL ? str_dup(in->title) : made_title(names, f.skill_count);
		snprintf(f.until, sizeof(f.until), "%s", in->until != NULL ? in->until : "");
		f.note = str_dup(in->note != NULL ? in->note : "");
		homework_file_write(&f, out);
	}
	for (size_t i = 0; i < HOMEWORK_SKILLS_MAX; i++) {
		free(names[i]);
	}
	homework_file_finish(&f);
	return ok;
}
