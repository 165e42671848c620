/* Homework in the diary: read a file, import it, list it, mark it done. */
#include "app/homework.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app_internal.h"
#include "app/card.h"
#include "app/session_internal.h"
#include "content/file_io.h"
#include "content/skill_file.h"
#include "store/homework.h"

static bool has_attached(const struct homework_file *f, const char *id)
{
	for (size_t i = 0; i < f->attached_count; i++) {
		if (strcmp(f->attached[i].id, id) == 0) {
			return true;
		}
	}
	return false;
}

/* Each skill in the library or attached; no attached one a built-in's. */
static void check_skills(const struct skill_library *lib, const char *path,
                         const struct homework_file *f, struct problems *problems)
{
	for (size_t i = 0; i < f->skill_count; i++) {
		if (!has_attached(f, f->skills[i]) && skill_library_find(lib, f->skills[i]) == NULL) {
			problems_add(problems, path, 1, "the skill \"%s\" is not in wisemind's library "
			             "and did not come with the file; ask for its skill file to be sent "
			             "inside the homework", f->skills[i]);
		}
	}
	for (size_t i = 0; i < f->attached_count; i++) {
		const struct skill *sk = skill_library_find(lib, f->attached[i].id);
		if (sk != NULL && sk->origin == SKILL_BUILT_IN) {
			problems_add(problems, path, 1, "the attached skill \"%s\" has the id of a "
			             "built-in skill, which it may not replace", f->attached[i].id);
		}
	}
}

bool app_homework_read(const struct app *app, struct app_skills *skills, const char *path,
                       struct homework_file *out, struct app_error *err)
{
	*out = (struct homework_file){0};
	struct str buf = {0};
	int rc = file_read(path, CONTENT_FILE_MAX, &buf);
	if (rc < 0) {
		str_wipe(&buf);
		str_clear(&err->detail);
		str_appendf(&err->detail, "%s cannot be read (%s), so nothing was imported", path,
		            rc == -EFBIG ? "it is larger than 1 MiB" : strerror(-rc));
		return app_error_app(err, APP_E_HOMEWORK);
	}
	struct problems problems = {0};
	bool ok = homework_file_parse(path, buf.buf != NULL ? buf.buf : "", buf.len, out,
	                              &problems);
	if (ok) {
		check_skills(app_skills_get(app, skills), path, out, &problems);
		ok = problems.count == 0;
	}
	if (!ok) {
		homework_file_finish(out);
		struct str lines = {0};
		problems_sorted(&problems, &lines);
		str_clear(&err->detail);
		str_appendf(&err->detail, "that homework file cannot be used; fix these lines and "
		                          "import it again:\n%s", str_cstr(&lines));
		if (err->detail.len > 0 && err->detail.buf[err->detail.len - 1] == '\n') {
			err->detail.buf[--err->detail.len] = '\0';
		}
		str_finish(&lines);
		app_error_app(err, APP_E_HOMEWORK);
	}
	problems_finish(&problems);
	str_wipe(&buf);
	return ok;
}

bool session_homework_import(struct session *s, const struct homework_file *f, bool *added,
                             struct app_error *err)
{
	struct str skills = {0};
	char every[HOMEWORK_EVERY_TEXT_SIZE];
	for (size_t i = 0; i < f->skill_count; i++) {
		str_appendf(&skills, "%s%s", i > 0 ? ";" : "", f->skills[i]);
	}
	homework_every_format(f->every, every);
	struct store_homework h = {
		.id = f->id, .title = f->title, .from = f->from,
		.until = f->until[0] != '\0' ? f->until : NULL,
		.note = f->note, .skills = str_cstr(&skills), .every = every,
	};
	struct store_skill_file *files = calloc(f->attached_count + 1, sizeof(*files));
	if (files == NULL) {
		str_finish(&skills);
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	for (size_t i = 0; i < f->attached_count; i++) {
		files[i] = (struct store_skill_file){.id = f->attached[i].id, .text = f->attached[i].text};
	}
	enum store_status st = store_homework_put(s->store, &h, files, f->attached_count, added);
	free(files);
	str_finish(&skills);
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	return session_save(s, err);
}

bool session_homework_done(struct session *s, const char *id, struct app_error *err)
{
	char today[DATE_TEXT_SIZE];
	app_today(today);
	enum store_status st = homework_id_valid(id) ? store_homework_done(s->store, id, today)
	                                             : STORE_NOT_FOUND;
	if (st == STORE_NOT_FOUND) {
		return app_error_app(err, APP_E_HOMEWORK_ID);
	}
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	return session_save(s, err);
}

struct loading {
	struct skill_library *lib;
};

static void load_one(const struct store_skill_file *f, void *data)
{
	struct loading *l = data;
	const struct skill *known = skill_library_find(l->lib, f->id);
	if (known != NULL && known->origin == SKILL_BUILT_IN) {
		return; /* never in place of a built-in skill (checked at import too) */
	}
	char path[80];
	snprintf(path, sizeof(path), "%s.md", f->id);
	struct problems problems = {0};
	struct content_file file;
	if (content_file_parse(&skill_file_kind, path, NULL, f->text, strlen(f->text), &file,
	                       &problems)) {
		skill_library_put(l->lib, &file, SKILL_HOMEWORK);
	}
	content_file_finish(&file);
	problems_finish(&problems);
}

bool session_skills_add(struct session *s, struct skill_library *lib, struct app_error *err)
{
	struct loading l = {.lib = lib};
	enum store_status st = store_skill_file_each(s->store, load_one, &l);
	return st == STORE_OK || app_error_store(err, st);
}

bool session_skills_load(struct session *s, struct app_skills *skills, struct app_error *err)
{
	return session_skills_add(s, (struct skill_library *)app_skills_get(s->app, skills), err);
}
