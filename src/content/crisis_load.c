#include "content/crisis_load.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/file_io.h"
#include "content/crisis_builtin.h"

/* An owned row made from a compiled-in one. */
static void copy_row(const struct crisis_builtin_row *from, struct crisis_country *row)
{
	*row = (struct crisis_country){.origin = CRISIS_BUILT_IN};
	memcpy(row->code, from->code, sizeof(row->code));
	row->name = str_dup(from->name);
	row->emergency = str_dup(from->emergency);
	row->verified = str_dup(from->verified);
	row->check = str_dup(from->check);
	row->note = str_dup(from->note);
	row->sources = calloc(from->source_count, sizeof(*row->sources));
	row->lines = calloc(from->line_count, sizeof(*row->lines));
	if (row->sources == NULL || row->lines == NULL) {
		abort();
	}
	for (size_t i = 0; i < from->source_count; i++) {
		row->sources[row->source_count++] = str_dup(from->sources[i]);
	}
	for (size_t i = 0; i < from->line_count; i++) {
		const struct crisis_builtin_line *l = &from->lines[i];
		row->lines[row->line_count++] = (struct crisis_line){
			.id = str_dup(l->id),
			.name = str_dup(l->name),
			.ascii = str_dup(l->ascii),
			.phone = str_dup(l->phone),
			.hours = str_dup(l->hours),
			.text = str_dup(l->text),
			.text_hours = str_dup(l->text_hours),
			.languages = str_dup(l->languages),
			.note = str_dup(l->note),
			.check = str_dup(l->check),
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

bool crisis_load_builtin_country(struct crisis_table *table, const char *code)
{
	size_t lo = 0;
	size_t hi = crisis_builtin_row_count;
	while (code != NULL && lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(crisis_builtin_rows[mid].code, code);
		if (c == 0) {
			struct crisis_country row;
			copy_row(&crisis_builtin_rows[mid], &row);
			crisis_table_put(table, &row);
			return true;
		}
		if (c < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return false;
}

void crisis_builtin_country_list(struct country_list *list)
{
	*list = (struct country_list){
		.items = crisis_builtin_countries,
		.count = crisis_builtin_country_count,
	};
}

const struct emergency_entry *crisis_builtin_emergency_for(const char *code)
{
	return emergency_lookup(crisis_builtin_emergency, crisis_builtin_emergency_count, code);
}

size_t crisis_builtin_codes(char (*codes)[COUNTRY_CODE_SIZE], size_t max)
{
	size_t n = 0;
	for (; n < crisis_builtin_row_count && n < max; n++) {
		memcpy(codes[n], crisis_builtin_rows[n].code, COUNTRY_CODE_SIZE);
	}
	return n;
}

enum crisis_load_result crisis_load_file(const char *path, enum crisis_origin origin,
                                         struct crisis_table *table, struct str *err)
{
	struct str text = {0};
	int rc = file_read(path, CRISIS_FILE_MAX, &text);
	if (rc == -ENOENT || rc == -ENOTDIR) {
		str_finish(&text);
		return CRISIS_LOAD_MISSING;
	}
	enum crisis_load_result result = CRISIS_LOAD_OK;
	if (rc < 0) {
		str_appendf(err, "%s", rc == -EFBIG ? "the file is larger than 1 MiB" : strerror(-rc));
		result = CRISIS_LOAD_BAD;
	} else if (!crisis_load_buffer(text.buf, text.len, origin, table, err)) {
		result = CRISIS_LOAD_BAD;
	}
	str_finish(&text);
	return result;
}
