#include "content/content_file.h"
#include "content/front_matter.h"

#include <stdlib.h>
#include <string.h>

#include "content/curriculum_file.h"
#include "content/skill_file.h"

/* A kind with a folder or a key of its own goes before the skill, which
 * is what a file is when nothing else says. */
const struct content_kind *const content_kinds[] = {
	&curriculum_file_kind,
	&skill_file_kind,
	NULL,
};

const struct content_kind *content_kind_of_folder(const char *folder)
{
	for (size_t i = 0; folder != NULL && content_kinds[i] != NULL; i++) {
		if (content_kinds[i]->folder != NULL && strcmp(content_kinds[i]->folder, folder) == 0) {
			return content_kinds[i];
		}
	}
	return NULL;
}

const struct content_kind *content_kind_pick(const char *folder, struct front_matter *fm)
{
	const struct content_kind *kind = content_kind_of_folder(folder);
	for (size_t i = 0; kind == NULL && content_kinds[i] != NULL; i++) {
		const char *key = content_kinds[i]->key;
		if (key != NULL && front_matter_get(fm, fm->root, key) != NULL) {
			kind = content_kinds[i];
		}
	}
	return kind != NULL ? kind : &skill_file_kind;
}

static bool check_encoding(const char *path, const char *buf, size_t len,
                           struct problems *problems)
{
	if (len > CONTENT_FILE_MAX) {
		problems_add(problems, path, 1, "the file is larger than 1 MiB; split it into "
		                                "several skills");
		return false;
	}
	size_t valid = str_utf8_valid_prefix(buf, len);
	size_t nul = strnlen(buf, len);
	if (valid < len || nul < len) {
		size_t at = valid < nul ? valid : nul;
		size_t line = 1;
		for (size_t i = 0; i < at; i++) {
			line += buf[i] == '\n';
		}
		problems_add(problems, path, line, "%s; save the file as UTF-8 text",
		             at == nul ? "the file contains a NUL byte" : "this line is not valid UTF-8");
		return false;
	}
	return true;
}

bool content_file_parse(const struct content_kind *kind, const char *path, const char *folder,
                        const char *buf, size_t len, struct content_file *out,
                        struct problems *problems)
{
	*out = (struct content_file){0};
	struct front_matter fm;
	if (!check_encoding(path, buf, len, problems) ||
	    !front_matter_init(&fm, path, buf, len, problems)) {
		return false;
	}
	out->kind = kind != NULL ? kind : content_kind_pick(folder, &fm);
	out->parsed = calloc(1, out->kind->size);
	if (out->parsed == NULL) {
		abort();
	}
	out->kind->parse(&fm, folder, out->parsed);
	bool ok = fm.ok;
	front_matter_finish(&fm);
	if (!ok) {
		content_file_finish(out);
	}
	return ok;
}

void content_file_finish(struct content_file *file)
{
	if (file == NULL) {
		return;
	}
	if (file->parsed != NULL) {
		file->kind->finish(file->parsed);
		free(file->parsed);
	}
	*file = (struct content_file){0};
}

void *content_file_as(const struct content_file *file, const struct content_kind *kind)
{
	return file->kind == kind ? file->parsed : NULL;
}

bool content_file_take(struct content_file *file, const struct content_kind *kind, void *out)
{
	if (file->kind != kind || file->parsed == NULL) {
		return false;
	}
	memcpy(out, file->parsed, kind->size);
	free(file->parsed);
	*file = (struct content_file){0};
	return true;
}
