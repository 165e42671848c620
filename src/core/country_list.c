#include "core/country_list.h"

#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "core/str.h"

/* Splits the next tab-separated field off [*cursor, end). */
static char *next_field(char **cursor, char *end)
{
	char *start = *cursor;
	if (start == NULL) {
		return NULL;
	}
	char *tab = memchr(start, '\t', (size_t)(end - start));
	if (tab != NULL) {
		*tab = '\0';
		*cursor = tab + 1;
	} else {
		*cursor = NULL;
	}
	return start;
}

static bool parse_row(char *line, char *end, const char *base, struct country_row *row)
{
	char *cursor = line;
	const char *code = next_field(&cursor, end);
	const char *alpha3 = next_field(&cursor, end);
	const char *name = next_field(&cursor, end);
	const char *ascii = next_field(&cursor, end);
	const char *other = next_field(&cursor, end);
	if (code == NULL || strlen(code) != 2 || alpha3 == NULL || strlen(alpha3) != 3 ||
	    name == NULL || ascii == NULL || other == NULL || cursor != NULL) {
		return false;
	}
	memcpy(row->code, code, 3);
	memcpy(row->alpha3, alpha3, 4);
	row->name = (uint32_t)(name - base);
	row->ascii = (uint32_t)(ascii - base);
	row->other = (uint32_t)(other - base);
	return true;
}

/* The text and the rows share one allocation, freed by country_list_finish. */
bool country_list_parse(struct country_list *list, const char *text, size_t len)
{
	*list = (struct country_list){0};
	size_t rows = 1;
	for (const char *p = text; (p = memchr(p, '\n', (size_t)(text + len - p))) != NULL; p++) {
		rows++;
	}
	struct country_row *items = calloc(rows, sizeof(*items));
	char *storage = malloc(len + 1);
	if (storage == NULL || items == NULL) {
		abort();
	}
	list->owned = items;
	list->rows = items;
	list->text = storage;
	memcpy(storage, text, len);
	storage[len] = '\0';
	char *end = storage + len;
	for (char *line = storage; line < end;) {
		char *nl = memchr(line, '\n', (size_t)(end - line));
		char *line_end = nl != NULL ? nl : end;
		*line_end = '\0';
		if (line[0] != '#' && line[0] != '\0') {
			if (!parse_row(line, line_end, storage, &items[list->count])) {
				return false;
			}
			list->count++;
		}
		line = line_end + 1;
	}
	return list->count > 0;
}

void country_list_finish(struct country_list *list)
{
	if (list == NULL) {
		return;
	}
	if (list->owned != NULL) {
		free(list->owned);
		free((void *)list->text);
	}
	*list = (struct country_list){0};
}

bool country_list_at(const struct country_list *list, size_t i, struct country_info *out)
{
	*out = (struct country_info){0};
	if (i >= list->count) {
		return false;
	}
	const struct country_row *row = &list->rows[i];
	memcpy(out->code, row->code, sizeof(out->code));
	memcpy(out->alpha3, row->alpha3, sizeof(out->alpha3));
	out->name = list->text + row->name;
	out->ascii = list->text + row->ascii;
	out->other = list->text + row->other;
	return true;
}

static int compare_code(const void *code, const void *row)
{
	return strcmp(code, ((const struct country_row *)row)->code);
}

bool country_list_find(const struct country_list *list, const char *code,
                       struct country_info *out)
{
	*out = (struct country_info){0};
	if (code == NULL || strlen(code) != 2) {
		return false;
	}
	const struct country_row *row =
		bsearch(code, list->rows, list->count, sizeof(list->rows[0]), compare_code);
	return row != NULL && country_list_at(list, (size_t)(row - list->rows), out);
}

const char *country_info_name(const struct country_info *info, bool ascii_only)
{
	return ascii_only ? info->ascii : info->name;
}

/* typed without surrounding white space, accents or typographic quotes
 * ("Côte d’Ivoire" reads as "Cote d'Ivoire"), in a small buffer; false
 * when it does not fit (no country name is that long). */
static bool trimmed(const char *raw, char *buf, size_t size)
{
	if (raw == NULL) {
		return false;
	}
	struct str folded = {0};
	ascii_fold(raw, &folded);
	const char *typed = str_cstr(&folded);
	while (*typed == ' ' || *typed == '\t') {
		typed++;
	}
	size_t n = strlen(typed);
	while (n > 0 && (typed[n - 1] == ' ' || typed[n - 1] == '\t' || typed[n - 1] == '\n' ||
	                 typed[n - 1] == '\r')) {
		n--;
	}
	bool fits = n > 0 && n < size;
	if (fits) {
		memcpy(buf, typed, n);
		buf[n] = '\0';
	}
	str_finish(&folded);
	return fits;
}

/* Whether one of info's other English names (";"-separated) matches
 * typed, as match says. */
static bool other_name(const struct country_info *info, const char *typed, size_t most,
                       bool (*match)(const char *name, const char *typed, size_t most))
{
	const char *p = info->other;
	while (p != NULL && *p != '\0') {
		const char *semi = strchr(p, ';');
		size_t n = semi != NULL ? (size_t)(semi - p) : strlen(p);
		char one[128];
		if (n < sizeof(one)) {
			memcpy(one, p, n);
			one[n] = '\0';
			if (match(one, typed, most)) {
				return true;
			}
		}
		p = semi != NULL ? semi + 1 : NULL;
	}
	return false;
}

static bool same_name(const char *name, const char *typed, size_t most)
{
	(void)most;
	return str_eq_nocase(name, typed);
}

static bool names_match(const struct country_info *info, const char *typed)
{
	return str_eq_nocase(info->name, typed) || str_eq_nocase(info->ascii, typed) ||
	       other_name(info, typed, 0, same_name);
}

static bool by_name(const struct country_list *list, const char *typed,
                    struct country_info *out)
{
	for (size_t i = 0; i < list->count; i++) {
		if (country_list_at(list, i, out) && names_match(out, typed)) {
			return true;
		}
	}
	return false;
}

bool country_list_read(const struct country_list *list, const char *typed,
                       char out[COUNTRY_CODE_SIZE])
{
	char buf[128];
	out[0] = '\0';
	if (!trimmed(typed, buf, sizeof(buf))) {
		return false;
	}
	char code[COUNTRY_CODE_SIZE];
	struct country_info info;
	if (country_normalize(buf, code)) {
		if (!country_list_find(list, code, &info)) {
			return false;
		}
		memcpy(out, code, COUNTRY_CODE_SIZE);
		return true;
	}
	if (!by_name(list, buf, &info)) {
		return false;
	}
	memcpy(out, info.code, COUNTRY_CODE_SIZE);
	return true;
}

/* One edit (change, insert or delete one letter) turns a into b. */
static bool one_edit(const char *a, const char *b)
{
	size_t la = strlen(a);
	size_t lb = strlen(b);
	if (la == lb) {
		size_t diff = 0;
		for (size_t i = 0; i < la; i++) {
			diff += a[i] != b[i];
		}
		return diff == 1;
	}
	if (la + 1 != lb && lb + 1 != la) {
		return false;
	}
	const char *shorter = la < lb ? a : b;
	const char *longer = la < lb ? b : a;
	size_t i = 0;
	while (shorter[i] != '\0' && shorter[i] == longer[i]) {
		i++;
	}
	return strcmp(shorter + i, longer + i + 1) == 0;
}

/* Edits (a letter changed, added, dropped, or two side by side swapped)
 * between a and b, case ignored, up to most + 1: enough to tell a slip
 * of the fingers from another word. */
static size_t edits(const char *a, const char *b, size_t most)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 63 || lb > 63 || (la > lb ? la - lb : lb - la) > most) {
		return most + 1;
	}
	size_t d[64][64];
	for (size_t i = 0; i <= la; i++) {
		d[i][0] = i;
	}
	for (size_t j = 0; j <= lb; j++) {
		d[0][j] = j;
	}
	for (size_t i = 1; i <= la; i++) {
		for (size_t j = 1; j <= lb; j++) {
			char x = (char)(a[i - 1] | 0x20), y = (char)(b[j - 1] | 0x20);
			size_t best = d[i - 1][j - 1] + (x != y);
			best = d[i - 1][j] + 1 < best ? d[i - 1][j] + 1 : best;
			best = d[i][j - 1] + 1 < best ? d[i][j - 1] + 1 : best;
			if (i > 1 && j > 1 && x == (char)(b[j - 2] | 0x20) && (char)(a[i - 2] | 0x20) == y &&
			    d[i - 2][j - 2] + 1 < best) {
				best = d[i - 2][j - 2] + 1;
			}
			d[i][j] = best;
		}
	}
	return d[la][lb];
}

static bool near_name(const char *name, const char *typed, size_t most)
{
	return edits(name, typed, most) <= most;
}

/* A name (its ASCII form or another English name) a slip away from typed:
 * one edit for a short name, two from eight letters. */
static bool name_near(const struct country_info *info, const char *typed)
{
	size_t most = strlen(typed) >= 8 ? 2 : 1;
	return near_name(info->ascii, typed, most) || other_name(info, typed, most, near_name);
}

static void add(struct country_suggestion *out, const char *code)
{
	if (out->count < sizeof(out->codes) / sizeof(out->codes[0])) {
		memcpy(out->codes[out->count++], code, COUNTRY_CODE_SIZE);
	}
}

void country_list_suggest(const struct country_list *list, const char *typed,
                          const char (*with_rows)[COUNTRY_CODE_SIZE], size_t row_count,
                          struct country_suggestion *out)
{
	*out = (struct country_suggestion){0};
	char buf[128];
	if (!trimmed(typed, buf, sizeof(buf))) {
		return;
	}
	char upper[128];
	size_t n = strlen(buf);
	for (size_t i = 0; i <= n; i++) {
		char c = buf[i];
		upper[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
	}
	for (size_t i = 0; n == 3 && i < list->count; i++) {
		if (strcmp(list->rows[i].alpha3, upper) == 0) {
			add(out, list->rows[i].code);
			out->exact = true;
			return;
		}
	}
	struct country_info named;
	if (by_name(list, buf, &named)) {
		add(out, named.code);
		out->exact = true;
		return;
	}
	if (n > 3) {
		/* A name mistyped: the names a slip away. */
		for (size_t i = 0; i < list->count; i++) {
			if (country_list_at(list, i, &named) && name_near(&named, buf)) {
				add(out, named.code);
			}
		}
		return;
	}
	for (size_t i = 0; i < row_count; i++) {
		if (one_edit(upper, with_rows[i])) {
			add(out, with_rows[i]);
		}
	}
}
