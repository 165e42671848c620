#include "core/crisis.h"

#include <stdlib.h>
#include <string.h>

void crisis_table_init(struct crisis_table *table)
{
	*table = (struct crisis_table){0};
}

static void line_finish(struct crisis_line *line)
{
	free(line->name);
	free(line->phone);
	free(line->text);
	free(line->hours);
	free(line->languages);
	free(line->note);
	free(line->caveat);
	*line = (struct crisis_line){0};
}

void crisis_country_finish(struct crisis_country *country)
{
	if (country == NULL) {
		return;
	}
	for (size_t i = 0; i < country->line_count; i++) {
		line_finish(&country->lines[i]);
	}
	for (size_t i = 0; i < country->source_count; i++) {
		free(country->sources[i]);
	}
	free(country->lines);
	free(country->sources);
	free(country->name);
	free(country->emergency);
	free(country->verified);
	free(country->caveat);
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

const struct crisis_country *crisis_table_find(const struct crisis_table *table,
                                               const char *code)
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

void crisis_table_put(struct crisis_table *table, struct crisis_country *row)
{
	for (size_t i = 0; i < table->count; i++) {
		if (strcmp(table->countries[i].code, row->code) == 0) {
			crisis_country_finish(&table->countries[i]);
			table->countries[i] = *row;
			*row = (struct crisis_country){0};
			return;
		}
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

bool crisis_line_always_open(const struct crisis_line *line)
{
	return line->hours != NULL && strcmp(line->hours, "24/7") == 0;
}
