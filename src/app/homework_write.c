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

/* YAML's double-quoted form of text: safe whatever it holds. */
static void yaml_quoted(const char *text, struct str *out)
{
	str_append_char(out, '"');
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\') {
			str_append_char(out, '\\');
		}
		str_append_char(out, *p);
	}
	str_append_char(out, '"');
}

struct writing {
	char ids[HOMEWORK_SKILLS_MAX][CARD_ID_MAX + 1];
	char *names[HOMEWORK_SKILLS_MAX];
	struct str attached; /* the fenced skill files */
};

static bool add_skill(const struct app *app, struct app_skills *skills, const char *arg,
                      size_t i, struct writing *w, struct app_error *err)
{
	if (!is_path(arg)) {
		if (!app_skill_check(app, skills, arg, err)) {
			return false;
		}
		const struct skill *sk = skill_library_find(app_skills_get(app, skills), arg);
		snprintf(w->ids[i], sizeof(w->ids[i]), "%s", sk->id);
		w->names[i] = str_dup(sk->name);
		return true;
	}
	struct str text = {0};
	struct skill sk = {0};
	bool ok = read_attached(arg, &text, &sk, err);
	if (ok && skill_library_find(app_skills_get(app, skills), sk.id) != NULL &&
	    skill_library_find(app_skills_get(app, skills), sk.id)->origin == SKILL_BUILT_IN) {
		ok = problem(err, "the skill file %s has the id \"%s\", which a built-in skill has; "
		                  "give it an id of its own (and name the file after it)",
		             arg, sk.id);
	}
	if (ok) {
		snprintf(w->ids[i], sizeof(w->ids[i]), "%s", sk.id);
		w->names[i] = str_dup(sk.name);
		str_appendf(&w->attached, "\n````wisemind-skill %s\n%s", sk.id, str_cstr(&text));
		if (text.len > 0 && text.buf[text.len - 1] != '\n') {
			str_append_char(&w->attached, '\n');
		}
		str_append(&w->attached, "````\n");
	}
	skill_finish(&sk);
	str_finish(&text);
	return ok;
}

static void write_title(const struct app_homework_new *in, const struct writing *w,
                        struct str *out)
{
	if (in->title != NULL) {
		yaml_quoted(in->title, out);
		return;
	}
	struct str title = {0};
	str_append(&title, "Practise ");
	for (size_t i = 0; i < in->skill_count; i++) {
		if (i > 0) {
			str_append(&title, i + 1 == in->skill_count ? " and " : ", ");
		}
		str_append(&title, w->names[i]);
	}
	yaml_quoted(str_cstr(&title), out);
	str_finish(&title);
}

bool app_homework_write(const struct app *app, struct app_skills *skills,
                        const struct app_homework_new *in, struct str *out,
                        struct app_error *err)
{
	struct homework_every every;
	char from[DATE_TEXT_SIZE];
	if (!check_when(in, &every, from, err)) {
		return false;
	}
	struct writing w = {0};
	bool ok = true;
	for (size_t i = 0; ok && i < in->skill_count; i++) {
		ok = add_skill(app, skills, in->skills[i], i, &w, err);
		for (size_t j = 0; ok && j < i; j++) {
			if (strcmp(w.ids[i], w.ids[j]) == 0) {
				ok = problem(err, "the skill \"%s\" is given twice", w.ids[i]);
			}
		}
	}
	if (ok) {
		char id[HOMEWORK_ID_SIZE], every_text[HOMEWORK_EVERY_TEXT_SIZE];
		new_id(id);
		homework_every_format(every, every_text);
		str_append(out, "---\nhomework: ");
		write_title(in, &w, out);
		str_appendf(out, "\nid: %s\nskills: [", id);
		for (size_t i = 0; i < in->skill_count; i++) {
			str_appendf(out, "%s%s", i > 0 ? ", " : "", w.ids[i]);
		}
		str_appendf(out, "]\nevery: %s\nfrom: %s\n", every_text, from);
		if (in->until != NULL) {
			str_appendf(out, "until: %s\n", in->until);
		}
		str_append(out, "---\n");
		if (in->note != NULL && in->note[0] != '\0') {
			str_appendf(out, "%s\n", in->note);
		}
		str_append(out, str_cstr(&w.attached));
	}
	for (size_t i = 0; i < in->skill_count; i++) {
		free(w.names[i]);
	}
	str_finish(&w.attached);
	return ok;
}
