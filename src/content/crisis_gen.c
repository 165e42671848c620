/* crisis_gen: checks skills/crisis (lines.yaml, countries.tsv,
 * emergency.tsv) and writes them as C constants (content/crisis_builtin.h),
 * so a mistake in a table fails the build with the file's line, and the
 * crisis card parses nothing at run time.
 * Usage: crisis_gen LINES.yaml COUNTRIES.tsv EMERGENCY.tsv OUTPUT.c
 * Runs at build time on the build machine. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/crisis_builtin.h"
#include "content/crisis_parse.h"
#include "core/country_list.h"
#include "core/emergency.h"

/* The pool of every text, and the offset of each: 0 is "none", so the
 * pool starts with one NUL. Equal texts share one place. */
struct pool {
	struct str bytes;
};

static uint32_t pool_add(struct pool *pool, const char *s)
{
	if (s == NULL) {
		return 0;
	}
	if (pool->bytes.len == 0) {
		str_append_char(&pool->bytes, '\0');
	}
	size_t n = strlen(s);
	for (size_t at = 1; at + n < pool->bytes.len; at++) {
		if (pool->bytes.buf[at - 1] == '\0' && memcmp(pool->bytes.buf + at, s, n + 1) == 0) {
			return (uint32_t)at;
		}
	}
	uint32_t at = (uint32_t)pool->bytes.len;
	str_append_n(&pool->bytes, s, n + 1);
	return at;
}

/* The pool as a C array: every byte outside printable ASCII, and the
 * quote, backslash and question mark, as an octal escape. */
static void emit_pool(FILE *out, const struct pool *pool)
{
	fputs("\nconst char crisis_builtin_pool[] =\n\t\"", out);
	for (size_t i = 0; i < pool->bytes.len; i++) {
		unsigned char c = (unsigned char)pool->bytes.buf[i];
		if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '?') {
			fprintf(out, "\\%03o", c);
		} else {
			fputc(c, out);
		}
		if (c == '\0' && i + 1 < pool->bytes.len) {
			fputs("\"\n\t\"", out);
		}
	}
	fputs("\";\n", out);
}

static int compare_rows(const void *a, const void *b)
{
	return strcmp(((const struct crisis_country *)a)->code,
	              ((const struct crisis_country *)b)->code);
}

static void emit_lines(FILE *out, struct pool *pool, const struct crisis_table *table)
{
	fputs("\nconst struct crisis_builtin_line crisis_builtin_lines[] = {\n", out);
	for (size_t r = 0; r < table->count; r++) {
		for (size_t i = 0; i < table->countries[r].line_count; i++) {
			const struct crisis_line *l = &table->countries[r].lines[i];
			const char *fields[] = {l->id,   l->name,       l->ascii,     l->phone, l->hours,
			                        l->text, l->text_hours, l->languages, l->note,  l->check};
			fputs("\t{", out);
			for (size_t f = 0; f < sizeof(fields) / sizeof(fields[0]); f++) {
				fprintf(out, "%s%u", f > 0 ? ", " : "", pool_add(pool, fields[f]));
			}
			fputs("},\n", out);
		}
	}
	fputs("};\n\nconst uint32_t crisis_builtin_sources[] = {\n", out);
	for (size_t r = 0; r < table->count; r++) {
		for (size_t i = 0; i < table->countries[r].source_count; i++) {
			fprintf(out, "\t%u,\n", pool_add(pool, table->countries[r].sources[i]));
		}
	}
	fputs("};\n", out);
}

static void emit_rows(FILE *out, struct pool *pool, const struct crisis_table *table)
{
	fputs("\nconst struct crisis_builtin_row crisis_builtin_rows[] = {\n", out);
	size_t line = 0;
	size_t source = 0;
	for (size_t r = 0; r < table->count; r++) {
		const struct crisis_country *row = &table->countries[r];
		fprintf(out, "\t{\"%s\", %u, %u, %u, %u, %u, %zu, %zu, %zu, %zu},\n", row->code,
		        pool_add(pool, row->name), pool_add(pool, row->emergency),
		        pool_add(pool, row->verified), pool_add(pool, row->check),
		        pool_add(pool, row->note), source, row->source_count, line, row->line_count);
		line += row->line_count;
		source += row->source_count;
	}
	fprintf(out, "};\nconst size_t crisis_builtin_row_count = %zu;\n", table->count);
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

static void emit_countries(FILE *out, struct pool *pool, const struct country_list *list)
{
	fputs("\nconst struct country_row crisis_builtin_countries[] = {\n", out);
	for (size_t i = 0; i < list->count; i++) {
		struct country_info c;
		country_list_at(list, i, &c);
		fprintf(out, "\t{\"%s\", \"%s\", %u, %u, %u},\n", c.code, c.alpha3,
		        pool_add(pool, c.name), pool_add(pool, c.ascii), pool_add(pool, c.other));
	}
	fprintf(out, "};\nconst size_t crisis_builtin_country_count = %zu;\n", list->count);
}

/* Every ISO code has exactly one row, in the same order as the list. */
static bool emit_emergency(FILE *out, struct pool *pool, const char *path, struct str *text,
                           const struct country_list *list)
{
	fputs("\nconst struct crisis_builtin_emergency crisis_builtin_emergency[] = {\n", out);
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
			    strcmp(e.code, list->rows[row].code) != 0) {
				fprintf(stderr, "%s:%zu: a malformed row, or not the next ISO code (%s)\n",
				        path, line_no, row < list->count ? list->rows[row].code : "none");
				return false;
			}
			fprintf(out, "\t{\"%s\", %d, %u, %u, %u, %u, %u, %u},\n", e.code, (int)e.status,
			        pool_add(pool, e.all), pool_add(pool, e.ambulance),
			        pool_add(pool, e.police), pool_add(pool, e.verified),
			        pool_add(pool, e.sources), pool_add(pool, e.remark));
			row++;
		}
		line = nl != NULL ? nl + 1 : NULL;
	}
	if (row != list->count) {
		fprintf(stderr, "%s: %zu rows, but there are %zu ISO codes\n", path, row, list->count);
		return false;
	}
	fputs("};\n", out);
	return true;
}

static bool check_tables(const char *const *paths, const struct crisis_table *table,
                         const struct country_list *list)
{
	for (size_t i = 1; i < list->count; i++) {
		if (strcmp(list->rows[i - 1].code, list->rows[i].code) >= 0) {
			fprintf(stderr, "%s: %s is out of order\n", paths[1], list->rows[i].code);
			return false;
		}
	}
	for (size_t r = 0; r < table->count; r++) {
		struct country_info info;
		if (!country_list_find(list, table->countries[r].code, &info)) {
			fprintf(stderr, "%s: %s is not an ISO 3166-1 code\n", paths[0],
			        table->countries[r].code);
			return false;
		}
	}
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
	qsort(table.countries, table.count, sizeof(table.countries[0]), compare_rows);
	if (!check_tables((const char *const *)argv + 1, &table, &list)) {
		return 1;
	}
	FILE *out = fopen(argv[4], "w");
	if (out == NULL) {
		perror(argv[4]);
		return 1;
	}
	fputs("/* Generated by src/content/crisis_gen.c from skills/crisis. Do not edit. */\n"
	      "#include \"content/crisis_builtin.h\"\n", out);
	struct pool pool = {0};
	emit_lines(out, &pool, &table);
	emit_rows(out, &pool, &table);
	emit_countries(out, &pool, &list);
	bool ok = emit_emergency(out, &pool, argv[3], &numbers, &list);
	emit_pool(out, &pool);
	ok = fclose(out) == 0 && ok;
	if (!ok) {
		remove(argv[4]);
	}
	crisis_table_finish(&table);
	country_list_finish(&list);
	str_finish(&pool.bytes);
	str_finish(&lines);
	str_finish(&countries);
	str_finish(&numbers);
	str_finish(&err);
	return ok ? 0 : 1;
}
