#include "content/safety_shown_file.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "content/file_io.h"

/* Far above what SAFETY_SECTION_COUNT parts of SAFETY_LINES_MAX lines
 * hold, and small enough to read at once for the crisis card. */
#define SHOWN_FILE_MAX (256 * 1024)

static const char header[] =
	"# wisemind: the lines of your safety plan you chose to show even when\n"
	"# wisemind is locked. This file is NOT encrypted. wisemind rewrites it\n"
	"# from your encrypted diary whenever the plan changes or the diary is\n"
	"# unlocked; change the plan with wisemind, not here.\n";

void safety_shown_format(const struct safety_plan *plan, struct str *out)
{
	str_append(out, header);
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		const struct safety_lines *l = &plan->sections[s];
		for (size_t i = 0; i < l->count; i++) {
			if (l->items[i].shown) {
				str_appendf(out, "%s\t%s\n",
				            safety_section_info((enum safety_section)s)->id,
				            str_cstr(&l->items[i].text));
			}
		}
	}
}

/* Reads one "id<TAB>text" line of len bytes into out; false when it
 * cannot be read. */
static bool parse_line(const char *line, size_t len, struct safety_plan *out)
{
	const char *tab = memchr(line, '\t', len);
	if (tab == NULL || tab == line || (size_t)(tab - line) > 32) {
		return false;
	}
	char id[33];
	memcpy(id, line, (size_t)(tab - line));
	id[tab - line] = '\0';
	enum safety_section section;
	const char *text = tab + 1;
	size_t text_len = len - (size_t)(text - line);
	if (!safety_section_find(id, &section) ||
	    safety_line_check(text, text_len) != SAFETY_LINE_OK ||
	    out->sections[section].count >= SAFETY_LINES_MAX) {
		return false;
	}
	safety_plan_add(out, section, text, text_len, true);
	return true;
}

size_t safety_shown_parse(const char *text, size_t len, struct safety_plan *out,
                          size_t *first_bad)
{
	safety_plan_finish(out);
	*first_bad = 0;
	size_t bad = 0;
	size_t number = 0;
	const char *end = text + len;
	for (const char *p = text; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *stop = nl != NULL ? nl : end;
		size_t n = (size_t)(stop - p);
		number++;
		if (n > 0 && p[0] != '#' && !parse_line(p, n, out)) {
			bad++;
			if (*first_bad == 0) {
				*first_bad = number;
			}
		}
		p = nl != NULL ? nl + 1 : end;
	}
	return bad;
}

enum content_status safety_shown_load(const char *data_dir, struct safety_plan *out,
                                      struct str *err)
{
	safety_plan_finish(out);
	struct str path = {0};
	struct str text = {0};
	str_appendf(&path, "%s/%s", data_dir, SAFETY_SHOWN_FILE);
	int rc = file_read_regular(str_cstr(&path), SHOWN_FILE_MAX, &text);
	enum content_status st = CONTENT_OK;
	struct stat there;
	/* A data folder that is missing, not a folder, or closed to us holds
	 * no file that can be named: nothing to warn about. */
	if (rc == -ENOENT || rc == -ENOTDIR || (rc < 0 && lstat(str_cstr(&path), &there) != 0)) {
		st = CONTENT_MISSING;
	} else if (rc == -EINVAL || rc == -ELOOP) {
		str_append(err, "it is not a regular file");
		st = CONTENT_E_READ;
	} else if (rc == -EFBIG) {
		str_append(err, "it is far larger than wisemind ever writes it");
		st = CONTENT_E_READ;
	} else if (rc < 0) {
		str_append(err, strerror(-rc));
		st = CONTENT_E_READ;
	} else {
		size_t first_bad;
		size_t bad = safety_shown_parse(text.buf, text.len, out, &first_bad);
		if (bad > 0) {
			str_appendf(err,
			            "line %zu: not a line wisemind wrote (%zu such line%s left out)",
			            first_bad, bad, bad == 1 ? "" : "s");
			st = CONTENT_E_INVALID;
		}
	}
	str_finish(&path);
	str_wipe(&text);
	return st;
}

void safety_shown_remove_leftovers(const char *data_dir)
{
	if (file_remove_leftovers(data_dir, SAFETY_SHOWN_FILE) != 0) {
		/* Tried again at the next save or unlock. */
	}
}

enum content_status safety_shown_save(const char *data_dir, const struct safety_plan *plan,
                                      struct str *err)
{
	safety_shown_remove_leftovers(data_dir);
	int rc;
	if (safety_plan_shown_count(plan) == 0) {
		rc = file_remove(data_dir, SAFETY_SHOWN_FILE);
		if (rc < 0) {
			str_appendf(err, "cannot remove %s/%s: %s", data_dir, SAFETY_SHOWN_FILE,
			            strerror(-rc));
		}
	} else {
		struct str text = {0};
		safety_shown_format(plan, &text);
		rc = file_replace(data_dir, SAFETY_SHOWN_FILE, text.buf, text.len);
		str_wipe(&text);
		if (rc < 0) {
			str_appendf(err, "cannot write %s/%s: %s", data_dir, SAFETY_SHOWN_FILE,
			            strerror(-rc));
		}
	}
	return rc == 0 ? CONTENT_OK : CONTENT_E_WRITE;
}
