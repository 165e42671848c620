#include "core/crisis.h"

#include <stdlib.h>
#include <string.h>

#include "core/str.h"

void crisis_table_init(struct crisis_table *table)
{
	*table = (struct crisis_table){0};
}

void crisis_line_finish(struct crisis_line *line)
{
	char *owned[] = {line->id,   line->name,       line->ascii,     line->phone,
	                 line->hours, line->text,      line->text_hours, line->languages,
	                 line->note,  line->check,     line->was_phone, line->was_text};
	for (size_t i = 0; i < sizeof(owned) / sizeof(owned[0]); i++) {
		free(owned[i]);
	}
	*line = (struct crisis_line){0};
}

void crisis_country_finish(struct crisis_country *country)
{
	if (country == NULL) {
		return;
	}
	for (size_t i = 0; i < country->line_count; i++) {
		crisis_line_finish(&country->lines[i]);
	}
	for (size_t i = 0; i < country->source_count; i++) {
		free(country->sources[i]);
	}
	free(country->lines);
	free(country->sources);
	free(country->name);
	free(country->emergency);
	free(country->verified);
	free(country->check);
	free(country->note);
	*country = (struct crisis_country){0};
}

void crisis_table_finish(struct crisis_table *table)
{
	if (table == NULL) {
		return;
	}
	for (size_t i = 0; i < table->count; i++) {
		crisis_country_finish(&table->countries[i]);
	}
	free(table->countries);
	*table = (struct crisis_table){0};
}

static struct crisis_country *find(const struct crisis_table *table, const char *code)
{
	if (code == NULL || code[0] == '\0') {
		return NULL;
	}
	for (size_t i = 0; i < table->count; i++) {
		if (strcmp(table->countries[i].code, code) == 0) {
			return &table->countries[i];
		}
	}
	return NULL;
}

const struct crisis_country *crisis_table_find(const struct crisis_table *table,
                                               const char *code)
{
	return find(table, code);
}

void crisis_table_put(struct crisis_table *table, struct crisis_country *row)
{
	struct crisis_country *same = find(table, row->code);
	if (same != NULL) {
		crisis_country_finish(same);
		*same = *row;
		*row = (struct crisis_country){0};
		return;
	}
	struct crisis_country *grown =
		realloc(table->countries, (table->count + 1) * sizeof(*grown));
	if (grown == NULL) {
		abort();
	}
	table->countries = grown;
	table->countries[table->count++] = *row;
	*row = (struct crisis_country){0};
}

static struct crisis_line *line_with_id(struct crisis_country *row, const char *id)
{
	for (size_t i = 0; id != NULL && i < row->line_count; i++) {
		if (row->lines[i].id != NULL && strcmp(row->lines[i].id, id) == 0) {
			return &row->lines[i];
		}
	}
	return NULL;
}

static void append_line(struct crisis_country *row, struct crisis_line *line)
{
	struct crisis_line *grown = realloc(row->lines, (row->line_count + 1) * sizeof(*grown));
	if (grown == NULL) {
		abort();
	}
	row->lines = grown;
	row->lines[row->line_count++] = *line;
	*line = (struct crisis_line){0};
}

/* The replacement keeps the built-in number beside it: a person who can
 * write the config folder must not be able to swap a national number
 * unseen. A replacement of a replacement keeps the first built-in one. */
static void replace_line(struct crisis_line *old, struct crisis_line *mine)
{
	if (old->origin == CRISIS_BUILT_IN) {
		mine->was_phone = old->phone;
		mine->was_text = old->text;
		old->phone = NULL;
		old->text = NULL;
	} else {
		mine->was_phone = old->was_phone;
		mine->was_text = old->was_text;
		old->was_phone = NULL;
		old->was_text = NULL;
	}
	crisis_line_finish(old);
	*old = *mine;
	*mine = (struct crisis_line){0};
}

void crisis_table_merge_user(struct crisis_table *table, struct crisis_country *row)
{
	for (size_t i = 0; i < row->line_count; i++) {
		row->lines[i].origin = CRISIS_USER;
	}
	row->origin = CRISIS_USER;
	struct crisis_country *have = find(table, row->code);
	if (have == NULL) {
		crisis_table_put(table, row);
		return;
	}
	for (size_t i = 0; i < row->line_count; i++) {
		struct crisis_line *old = line_with_id(have, row->lines[i].id);
		if (old != NULL) {
			replace_line(old, &row->lines[i]);
		} else {
			append_line(have, &row->lines[i]);
		}
	}
	if (row->note != NULL) {
		/* The person's own note joins the national one; neither is lost. */
		struct str note = {0};
		if (have->note != NULL) {
			str_appendf(&note, "%s ", have->note);
			free(have->note);
		}
		str_append(&note, row->note);
		have->note = note.buf;
	}
	crisis_country_finish(row);
}

bool crisis_hours_always(const char *hours)
{
	return hours != NULL && strcmp(hours, "24/7") == 0;
}

bool crisis_hours_unknown(const char *hours)
{
	return hours == NULL || strcmp(hours, CRISIS_HOURS_UNKNOWN) == 0;
}

bool crisis_line_always_open(const struct crisis_line *line)
{
	return crisis_hours_always(line->hours);
}

const char *crisis_line_name(const struct crisis_line *line, bool ascii_only)
{
	return ascii_only && line->ascii != NULL ? line->ascii : line->name;
}
