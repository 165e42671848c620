#include "core/helps.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void helps_init(struct helps *h)
{
	*h = (struct helps){0};
}

void helps_finish(struct helps *h)
{
	free(h->skills);
	*h = (struct helps){0};
}

static struct helps_skill *find_or_add(struct helps *h, const char *id)
{
	for (size_t i = 0; i < h->count; i++) {
		if (strcmp(h->skills[i].id, id) == 0) {
			return &h->skills[i];
		}
	}
	if (h->count == h->cap) {
		size_t cap = h->cap ? h->cap * 2 : 16;
		struct helps_skill *grown = realloc(h->skills, cap * sizeof(*grown));
		if (grown == NULL) {
			return NULL;
		}
		h->skills = grown;
		h->cap = cap;
	}
	struct helps_skill *s = &h->skills[h->count++];
	*s = (struct helps_skill){0};
	memcpy(s->id, id, strlen(id) + 1);
	return s;
}

bool helps_add(struct helps *h, const char *skill, int before, int after)
{
	if (skill == NULL || skill[0] == '\0' || strlen(skill) > HELPS_ID_MAX || before < 0 ||
	    before > 5 || after < 0 || after > 5) {
		return true;
	}
	struct helps_skill *s = find_or_add(h, skill);
	if (s == NULL) {
		return false;
	}
	s->drops[before - after + 5]++;
	s->count++;
	h->uses++;
	return true;
}

/* The k-th smallest drop (0-based) of s. */
static int nth_drop(const struct helps_skill *s, size_t k)
{
	for (int d = 0; d < HELPS_DROP_VALUES; d++) {
		if (k < s->drops[d]) {
			return d - 5;
		}
		k -= s->drops[d];
	}
	return 0;
}

static int median_halves(const struct helps_skill *s)
{
	if (s->count == 0) {
		return 0;
	}
	if (s->count % 2) {
		return 2 * nth_drop(s, s->count / 2);
	}
	return nth_drop(s, s->count / 2 - 1) + nth_drop(s, s->count / 2);
}

static int compare(const void *pa, const void *pb)
{
	const struct helps_skill *a = pa, *b = pb;
	bool ra = a->count >= HELPS_MIN_USES, rb = b->count >= HELPS_MIN_USES;
	if (ra != rb) {
		return ra ? -1 : 1;
	}
	if (ra && a->median_halves != b->median_halves) {
		return a->median_halves > b->median_halves ? -1 : 1;
	}
	if (a->count != b->count) {
		return a->count > b->count ? -1 : 1;
	}
	return strcmp(a->id, b->id);
}

void helps_rank(struct helps *h)
{
	h->ranked = 0;
	for (size_t i = 0; i < h->count; i++) {
		h->skills[i].median_halves = median_halves(&h->skills[i]);
		h->ranked += h->skills[i].count >= HELPS_MIN_USES;
	}
	if (h->count > 1) {
		qsort(h->skills, h->count, sizeof(h->skills[0]), compare);
	}
}

static bool among(const char *id, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (list[i] != NULL && strcmp(list[i], id) == 0) {
			return true;
		}
	}
	return false;
}

size_t helps_best(const struct helps *h, const char *const *allowed, size_t n_allowed,
                  const char *out[2])
{
	static const char *const fallback[2] = {"stop", "tip"};
	size_t n = 0;
	for (size_t i = 0; n < 2 && i < h->ranked; i++) {
		const struct helps_skill *s = &h->skills[i];
		if (s->median_halves > 0 && among(s->id, allowed, n_allowed)) {
			out[n++] = s->id;
		}
	}
	size_t from_data = n;
	for (size_t i = 0; n < 2 && i < 2; i++) {
		if (!among(fallback[i], out, n)) {
			out[n++] = fallback[i];
		}
	}
	return from_data;
}

void helps_drop_text(int halves, char out[HELPS_DROP_TEXT_SIZE])
{
	const char *sign = halves < 0 ? "-" : "";
	int m = halves < 0 ? -halves : halves;
	if (m > 99) {
		m = 99;
	}
	if (m % 2) {
		snprintf(out, HELPS_DROP_TEXT_SIZE, "%s%d.5", sign, m / 2);
	} else {
		snprintf(out, HELPS_DROP_TEXT_SIZE, "%s%d", sign, m / 2);
	}
}
