#include "core/nearest.h"

#include <string.h>

#define NEAREST_LEN_MAX 64

/* Levenshtein distance, one row at a time; longer words are cut. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strnlen(a, NEAREST_LEN_MAX);
	size_t lb = strnlen(b, NEAREST_LEN_MAX);
	size_t row[NEAREST_LEN_MAX + 1];
	for (size_t j = 0; j <= lb; j++) {
		row[j] = j;
	}
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best) {
				best = up + 1;
			}
			if (row[j - 1] + 1 < best) {
				best = row[j - 1] + 1;
			}
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

const char *nearest_word(const char *typed, const char *const *words, size_t count)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	for (size_t i = 0; i < count; i++) {
		size_t la = strlen(typed), lb = strlen(words[i]);
		size_t limit = (la > lb ? la : lb) / 3;
		if (limit < 2) {
			limit = 2;
		}
		size_t d = distance(typed, words[i]);
		if (d <= limit && d < best_d) {
			best = words[i];
			best_d = d;
		}
	}
	return best;
}
