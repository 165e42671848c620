#include "content/skill_library.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "content/curriculum_file.h"
#include "content/embedded.h"
#include "content/file_io.h"
#include "content/skill_file.h"

const struct skill *skill_library_find(const struct skill_library *lib, const char *id)
{
	for (size_t i = 0; i < lib->count; i++) {
		if (strcmp(lib->skills[i].id, id) == 0) {
			return &lib->skills[i];
		}
	}
	return NULL;
}

const struct curriculum *skill_library_find_curriculum(const struct skill_library *lib,
                                                       const char *id)
{
	for (size_t i = 0; i < lib->curriculum_count; i++) {
		if (strcmp(lib->curricula[i].id, id) == 0) {
			return &lib->curricula[i];
		}
	}
	return NULL;
}

/* The skill or curriculum slot for id: the one to replace, emptied, or a
 * new one at the end. */
static struct skill *skill_slot(struct skill_library *lib, const char *id)
{
	struct skill *s = (struct skill *)skill_library_find(lib, id);
	if (s != NULL) {
		skill_finish(s);
		return s;
	}
	s = realloc(lib->skills, (lib->count + 1) * sizeof(*s));
	if (s == NULL) {
		abort();
	}
	lib->skills = s;
	return &lib->skills[lib->count++];
}

static struct curriculum *curriculum_slot(struct skill_library *lib, const char *id)
{
	struct curriculum *c = (struct curriculum *)skill_library_find_curriculum(lib, id);
	if (c != NULL) {
		curriculum_finish(c);
		return c;
	}
	c = realloc(lib->curricula, (lib->curriculum_count + 1) * sizeof(*c));
	if (c == NULL) {
		abort();
	}
	lib->curricula = c;
	return &lib->curricula[lib->curriculum_count++];
}

void skill_library_put(struct skill_library *lib, struct content_file *file,
                       enum skill_origin origin)
{
	struct skill skill;
	struct curriculum curriculum;
	if (content_file_take(file, &skill_file_kind, &skill)) {
		skill.origin = origin;
		*skill_slot(lib, skill.id) = skill;
	} else if (content_file_take(file, &curriculum_file_kind, &curriculum)) {
		*curriculum_slot(lib, curriculum.id) = curriculum;
	} else {
		content_file_finish(file); /* a kind the library does not hold */
	}
}

char *skill_library_folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (slash == NULL) {
		return NULL;
	}
	const char *start = slash;
	while (start > path && start[-1] != '/') {
		start--;
	}
	struct str folder = {0};
	str_append_n(&folder, start, (size_t)(slash - start));
	enum skill_module module;
	if (!skill_module_parse(folder.buf, &module) && content_kind_of_folder(folder.buf) == NULL) {
		str_finish(&folder);
		return NULL;
	}
	return folder.buf;
}

static void load_builtin(struct skill_library *lib)
{
	for (size_t i = 0; i < embedded_skills_count; i++) {
		const struct embedded_file *e = &embedded_skills[i];
		char *folder = skill_library_folder_of(e->name);
		struct content_file file;
		if (content_file_parse(NULL, e->name, folder, e->data, e->len, &file, &lib->problems)) {
			skill_library_put(lib, &file, SKILL_BUILT_IN);
		}
		free(folder);
	}
}

bool skill_library_read_file(const char *path, const char *folder, struct content_file *out,
                             struct problems *problems)
{
	*out = (struct content_file){0};
	struct str text = {0};
	int rc = file_read(path, CONTENT_FILE_MAX, &text);
	bool ok = false;
	if (rc == -EFBIG) {
		problems_add(problems, path, 1, "the file is larger than 1 MiB; split it into "
		                                "several skills");
	} else if (rc < 0) {
		problems_add(problems, path, 1, "cannot read the file: %s", strerror(-rc));
	} else {
		ok = content_file_parse(NULL, path, folder, text.buf, text.len, out, problems);
	}
	str_finish(&text);
	return ok;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads every *.md in dir, in name order so overrides are predictable. */
static void load_dir(struct skill_library *lib, const char *dir, const char *folder,
                     enum skill_origin origin)
{
	DIR *d = opendir(dir);
	if (d == NULL) {
		return;
	}
	char **names = NULL;
	size_t count = 0;
	struct dirent *ent;
	while ((ent = readdir(d)) != NULL) {
		size_t n = strlen(ent->d_name);
		if (n > 3 && strcmp(ent->d_name + n - 3, ".md") == 0 && ent->d_name[0] != '.') {
			char **grown = realloc(names, (count + 1) * sizeof(*names));
			if (grown == NULL) {
				abort();
			}
			names = grown;
			names[count++] = str_dup(ent->d_name);
		}
	}
	closedir(d);
	if (count > 1) {
		qsort(names, count, sizeof(*names), compare_names);
	}
	for (size_t i = 0; i < count; i++) {
		struct str path = {0};
		str_appendf(&path, "%s/%s", dir, names[i]);
		struct content_file file;
		if (skill_library_read_file(str_cstr(&path), folder, &file, &lib->problems)) {
			skill_library_put(lib, &file, origin);
		}
		str_finish(&path);
		free(names[i]);
	}
	free(names);
}

static void load_tree(struct skill_library *lib, const char *root, enum skill_origin origin)
{
	load_dir(lib, root, NULL, origin);
	for (int m = 0; m < SKILL_MODULE_COUNT; m++) {
		struct str sub = {0};
		str_appendf(&sub, "%s/%s", root, skill_module_id((enum skill_module)m));
		load_dir(lib, str_cstr(&sub), skill_module_id((enum skill_module)m), origin);
		str_finish(&sub);
	}
	for (size_t k = 0; content_kinds[k] != NULL; k++) {
		const char *folder = content_kinds[k]->folder;
		if (folder != NULL) {
			struct str sub = {0};
			str_appendf(&sub, "%s/%s", root, folder);
			load_dir(lib, str_cstr(&sub), folder, origin);
			str_finish(&sub);
		}
	}
}

static bool wanted(const char *path, const char *only_path)
{
	return only_path == NULL || strcmp(path, only_path) == 0;
}

void skill_library_check_links(const struct skill_library *lib, const char *only_path,
                               struct problems *problems)
{
	for (size_t i = 0; i < lib->count; i++) {
		const struct skill *s = &lib->skills[i];
		for (size_t r = 0; r < s->related_count && wanted(s->path, only_path); r++) {
			if (skill_library_find(lib, s->related[r]) == NULL) {
				problems_add(problems, s->path, s->related_line ? s->related_line : 1,
				             "\"related\" names \"%s\", which is not a skill in the library",
				             s->related[r]);
			}
		}
		for (size_t st = 0; st < s->step_count && wanted(s->path, only_path); st++) {
			for (size_t b = 0; b < s->steps[st].block_count; b++) {
				const struct skill_block *block = &s->steps[st].blocks[b];
				for (size_t l = 0; l < block->link_count; l++) {
					const char *id = block->links[l].skill_id;
					if (id != NULL && skill_library_find(lib, id) == NULL) {
						problems_add(problems, s->path, block->line, "the option \"%s\" "
						             "leads to \"%s\", which is not a skill in the library",
						             block->links[l].label, id);
					}
				}
			}
		}
	}
	for (size_t i = 0; i < lib->curriculum_count; i++) {
		const struct curriculum *c = &lib->curricula[i];
		for (size_t w = 0; w < c->week_count && wanted(c->path, only_path); w++) {
			for (size_t k = 0; k < c->weeks[w].skill_count; k++) {
				if (skill_library_find(lib, c->weeks[w].skills[k]) == NULL) {
					problems_add(problems, c->path, c->weeks[w].line,
					             "week %u names \"%s\", which is not a skill in the library",
					             c->weeks[w].number, c->weeks[w].skills[k]);
				}
			}
		}
	}
}

void skill_library_load(struct skill_library *lib, const char *user_dir)
{
	*lib = (struct skill_library){0};
	load_builtin(lib);
	if (user_dir != NULL && user_dir[0] != '\0') {
		load_tree(lib, user_dir, SKILL_USER);
	}
	skill_library_check_links(lib, NULL, &lib->problems);
}

void skill_library_finish(struct skill_library *lib)
{
	if (lib == NULL) {
		return;
	}
	for (size_t i = 0; i < lib->count; i++) {
		skill_finish(&lib->skills[i]);
	}
	for (size_t i = 0; i < lib->curriculum_count; i++) {
		curriculum_finish(&lib->curricula[i]);
	}
	free(lib->skills);
	free(lib->curricula);
	problems_finish(&lib->problems);
	*lib = (struct skill_library){0};
}
