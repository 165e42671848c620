#include "content/crisis_load.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/file_io.h"
#include "content/crisis_builtin.h"

/* A text of the compiled-in pool, copied, or NULL for none. */
static char *text(uint32_t offset)
{
	return offset != 0 ? str_dup(crisis_builtin_pool + offset) : NULL;
}

/* An owned row made from a compiled-in one. */
static void copy_row(const struct crisis_builtin_row *from, struct crisis_country *row)
{
	*row = (struct crisis_country){.origin = CRISIS_BUILT_IN};
	memcpy(row->code, from->code, sizeof(row->code));
	row->name = text(from->name);
	row->emergency = text(from->emergency);
	row->verified = text(from->verified);
	row->check = text(from->check);
	row->note = text(from->note);
	row->sources = calloc(from->source_count, sizeof(*row->sources));
	row->lines = calloc(from->line_count, sizeof(*row->lines));
	if (row->sources == NULL || row->lines == NULL) {
		abort();
	}
	for (size_t i = 0; i < from->source_count; i++) {
		row->sources[row->source_count++] = text(crisis_builtin_sources[from->first_source + i]);
	}
	for (size_t i = 0; i < from->line_count; i++) {
		const struct crisis_builtin_line *l = &crisis_builtin_lines[from->first_line + i];
		row->lines[row->line_count++] = (struct crisis_line){
			.id = text(l->id),
			.name = text(l->name),
			.ascii = text(l->ascii),
			.phone = text(l->phone),
			.hours = text(l->hours),
			.text = text(l->text),
			.text_hours = text(l->text_hours),
			.languages = text(l->languages),
			.note = text(l->note),
			.check = text(l->check),
			.origin = CRISIS_BUILT_IN,
		};
	}
}

void crisis_load_builtin(struct crisis_table *table)
{
	for (size_t i = 0; i < crisis_builtin_row_count; i++) {
		struct crisis_country row;
		copy_row(&crisis_builtin_rows[i], &row);
		crisis_table_put(table, &row);
	}
}

/* Every compiled-in table is sorted by code, and each row starts with it. */
static int compare_code(const void *code, const void *row)
{
	return strcmp(code, row);
}

bool crisis_load_builtin_country(struct crisis_table *table, const char *code)
{
	const struct crisis_builtin_row *from =
		code == NULL ? NULL
		             : bsearch(code, crisis_builtin_rows, crisis_builtin_row_count,
		                       sizeof(crisis_builtin_rows[0]), compare_code);
	if (from == NULL) {
		return false;
	}
	struct crisis_country row;
	copy_row(from, &row);
	crisis_table_put(table, &row);
	return true;
}

void crisis_builtin_country_list(struct country_list *list)
{
	*list = (struct country_list){
		.rows = crisis_builtin_countries,
		.count = crisis_builtin_country_count,
		.text = crisis_builtin_pool,
	};
}

static const char *text_at(uint32_t offset)
{
	return offset != 0 ? crisis_builtin_pool + offset : NULL;
}

bool crisis_builtin_emergency_for(const char *code, struct emergency_entry *out)
{
	*out = (struct emergency_entry){0};
	/* One emergency row per ISO code. */
	const struct crisis_builtin_emergency *e =
		code == NULL ? NULL
		             : bsearch(code, crisis_builtin_emergency, crisis_builtin_country_count,
		                       sizeof(crisis_builtin_emergency[0]), compare_code);
	if (e == NULL) {
		return false;
	}
	memcpy(out->code, e->code, sizeof(out->code));
	out->status = (enum emergency_status)e->status;
	out->all = text_at(e->all);
	out->ambulance = text_at(e->ambulance);
	out->police = text_at(e->police);
	out->verified = text_at(e->verified);
	out->sources = text_at(e->sources);
	out->remark = text_at(e->remark);
	return true;
}

size_t crisis_builtin_codes(char (*codes)[COUNTRY_CODE_SIZE], size_t max)
{
	size_t n = 0;
	for (; n < crisis_builtin_row_count && n < max; n++) {
		memcpy(codes[n], crisis_builtin_rows[n].code, COUNTRY_CODE_SIZE);
	}
	return n;
}

enum content_status crisis_load_file(const char *path, enum crisis_origin origin,
                                     struct crisis_table *table, struct str *err)
{
	struct str text = {0};
	int rc = file_read(path, CRISIS_FILE_MAX, &text);
	if (rc == -ENOENT || rc == -ENOTDIR) {
		str_finish(&text);
		return CONTENT_MISSING;
	}
	enum content_status result = CONTENT_OK;
	if (rc < 0) {
		str_appendf(err, "%s", rc == -EFBIG ? "the file is larger than 1 MiB" : strerror(-rc));
		result = CONTENT_E_READ;
	} else if (!crisis_load_buffer(text.buf, text.len, origin, table, err)) {
		result = CONTENT_E_INVALID;
	}
	str_finish(&text);
	return result;
}
