/* crisis_gen: checks skills/crisis (lines.yaml, countries.tsv,
 * emergency.tsv) and writes them as C constants (content/crisis_builtin.h),
 * so a mistake in a table fails the build with the file's line, and the
 * crisis card parses nothing at run time.
 * Usage: crisis_gen LINES.yaml COUNTRIES.tsv EMERGENCY.tsv OUTPUT.c
 * Runs at build time on the build machine. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/crisis_parse.h"
#include "core/country_list.h"
#include "core/emergency.h"

/* A C string literal for s, or NULL; every byte outside printable ASCII,
 * and the quote and backslash, as an octal escape. */
static void literal(FILE *out, const char *s)
{
	if (s == NULL) {
		fputs("NULL", out);
		return;
	}
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p < 0x20 || *p >= 0x7f || *p == '"' || *p == '\\' || *p == '?') {
			fprintf(out, "\\%03o", *p);
		} else {
			fputc(*p, out);
		}
	}
	fputc('"', out);
}

static int compare_rows(const void *a, const void *b)
{
	return strcmp(((const struct crisis_country *)a)->code,
	              ((const struct crisis_country *)b)->code);
}

static void emit_row_parts(FILE *out, const struct crisis_country *row, size_t r)
{
	fprintf(out, "static const char *const sources_%zu[] = {\n", r);
	for (size_t i = 0; i < row->source_count; i++) {
		fputc('\t', out);
		literal(out, row->sources[i]);
		fputs(",\n", out);
	}
	fprintf(out, "};\nstatic const struct crisis_builtin_line lines_%zu[] = {\n", r);
	for (size_t i = 0; i < row->line_count; i++) {
		const struct crisis_line *l = &row->lines[i];
		const char *fields[] = {l->id,   l->name,       l->ascii,     l->phone, l->hours,
		                        l->text, l->text_hours, l->languages, l->note,  l->check};
		fputs("\t{", out);
		for (size_t f = 0; f < sizeof(fields) / sizeof(fields[0]); f++) {
			fputs(f > 0 ? ", " : "", out);
			literal(out, fields[f]);
		}
		fputs("},\n", out);
	}
	fputs("};\n", out);
}

static bool read_all(const char *path, struct str *text)
{
	FILE *in = fopen(path, "rb");
	if (in == NULL) {
		perror(path);
		return false;
	}
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0) {
		str_append_n(text, buf, n);
	}
	bool ok = !ferror(in);
	fclose(in);
	return ok;
}

static void emit_countries(FILE *out, const struct country_list *list)
{
	fputs("\nconst struct country_info crisis_builtin_countries[] = {\n", out);
	for (size_t i = 0; i < list->count; i++) {
		const struct country_info *c = &list->items[i];
		fprintf(out, "\t{\"%s\", \"%s\", ", c->code, c->alpha3);
		literal(out, c->name);
		fputs(", ", out);
		literal(out, c->ascii);
		fputs(", ", out);
		literal(out, c->other);
		fputs("},\n", out);
	}
	fprintf(out, "};\nconst size_t crisis_builtin_country_count = %zu;\n", list->count);
}

/* Every ISO code has exactly one row, in the same order as the list. */
static bool emit_emergency(FILE *out, const char *path, struct str *text,
                           const struct country_list *list)
{
	static const char *const status[] = {"EMERGENCY_CONFIRMED", "EMERGENCY_PARTIAL",
	                                     "EMERGENCY_UNCONFIRMED", "EMERGENCY_NONE"};
	fputs("\nconst struct emergency_entry crisis_builtin_emergency[] = {\n", out);
	size_t row = 0;
	size_t line_no = 0;
	for (char *line = text->buf; line != NULL && *line != '\0';) {
		char *nl = strchr(line, '\n');
		if (nl != NULL) {
			*nl = '\0';
		}
		line_no++;
		if (line[0] != '#' && line[0] != '\0') {
			struct emergency_entry e;
			if (!emergency_parse_row(line, &e) || row >= list->count ||
			    strcmp(e.code, list->items[row].code) != 0) {
				fprintf(stderr, "%s:%zu: a malformed row, or not the next ISO code (%s)\n",
				        path, line_no, row < list->count ? list->items[row].code : "none");
				return false;
			}
			const char *fields[] = {e.all, e.ambulance, e.police};
			fprintf(out, "\t{\"%s\", ", e.code);
			for (size_t f = 0; f < 3; f++) {
				literal(out, fields[f]);
				fputs(", ", out);
			}
			fprintf(out, "%s, ", status[e.status]);
			literal(out, e.verified);
			fputs(", ", out);
			literal(out, e.sources);
			fputs(", ", out);
			literal(out, e.remark);
			fputs("},\n", out);
			row++;
		}
		line = nl != NULL ? nl + 1 : NULL;
	}
	if (row != list->count) {
		fprintf(stderr, "%s: %zu rows, but there are %zu ISO codes\n", path, row, list->count);
		return false;
	}
	fprintf(out, "};\nconst size_t crisis_builtin_emergency_count = %zu;\n", row);
	return true;
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: crisis_gen LINES.yaml COUNTRIES.tsv EMERGENCY.tsv OUTPUT.c\n");
		return 2;
	}
	struct str lines = {0};
	struct str countries = {0};
	struct str numbers = {0};
	if (!read_all(argv[1], &lines) || !read_all(argv[2], &countries) ||
	    !read_all(argv[3], &numbers)) {
		return 1;
	}
	struct crisis_table table;
	crisis_table_init(&table);
	struct str err = {0};
	if (!crisis_load_buffer(lines.buf, lines.len, CRISIS_BUILT_IN, &table, &err)) {
		fprintf(stderr, "%s:%s\n", argv[1], str_cstr(&err) + strlen("line "));
		return 1;
	}
	struct country_list list;
	if (!country_list_parse(&list, countries.buf, countries.len)) {
		fprintf(stderr, "%s: a row is malformed\n", argv[2]);
		return 1;
	}
	for (size_t i = 1; i < list.count; i++) {
		if (strcmp(list.items[i - 1].code, list.items[i].code) >= 0) {
			fprintf(stderr, "%s: %s is out of order\n", argv[2], list.items[i].code);
			return 1;
		}
	}
	qsort(table.countries, table.count, sizeof(table.countries[0]), compare_rows);
	for (size_t r = 0; r < table.count; r++) {
		if (country_list_find(&list, table.countries[r].code) == NULL) {
			fprintf(stderr, "%s: %s is not an ISO 3166-1 code\n", argv[1],
			        table.countries[r].code);
			return 1;
		}
	}
	FILE *out = fopen(argv[4], "w");
	if (out == NULL) {
		perror(argv[4]);
		return 1;
	}
	fputs("/* Generated by src/content/crisis_gen.c from skills/crisis. Do not edit. */\n"
	      "#include \"content/crisis_builtin.h\"\n\n", out);
	for (size_t r = 0; r < table.count; r++) {
		emit_row_parts(out, &table.countries[r], r);
	}
	fputs("\nconst struct crisis_builtin_row crisis_builtin_rows[] = {\n", out);
	for (size_t r = 0; r < table.count; r++) {
		const struct crisis_country *row = &table.countries[r];
		fprintf(out, "\t{\"%s\", ", row->code);
		const char *fields[] = {row->name, row->emergency, row->verified, row->check,
		                        row->note};
		for (size_t f = 0; f < sizeof(fields) / sizeof(fields[0]); f++) {
			literal(out, fields[f]);
			fputs(", ", out);
		}
		fprintf(out, "sources_%zu, %zu, lines_%zu, %zu},\n", r, row->source_count, r,
		        row->line_count);
	}
	fprintf(out, "};\nconst size_t crisis_builtin_row_count = %zu;\n", table.count);
	emit_countries(out, &list);
	bool ok = emit_emergency(out, argv[3], &numbers, &list);
	ok = fclose(out) == 0 && ok;
	if (!ok) {
		remove(argv[4]);
	}
	crisis_table_finish(&table);
	country_list_finish(&list);
	str_finish(&lines);
	str_finish(&countries);
	str_finish(&numbers);
	str_finish(&err);
	return ok ? 0 : 1;
}
