#include "core/urge_record.h"

#include <string.h>

#define HEADER "wisemind-urge 1\n"

static bool field_ok(const char *s, size_t max)
{
	size_t n = strlen(s);
	return n > 0 && n <= max && strchr(s, '\n') == NULL && str_is_utf8(s, n);
}

bool urge_record_encode(const struct urge_record *r, struct str *out)
{
	size_t note_len = strlen(r->note);
	if (!field_ok(r->at, URGE_TIME_MAX) || !field_ok(r->target, URGE_TARGET_MAX) ||
	    r->rating < 0 || r->rating > 5 || note_len > URGE_NOTE_MAX ||
	    !str_is_utf8(r->note, note_len)) {
		return false;
	}
	str_appendf(out, HEADER "%s\n%s\n%d\n%s", r->at, r->target, r->rating, r->note);
	return true;
}

/* Copies the line at *p (up to '\n') into dst; advances *p past it. */
static bool take_line(const char **p, const char *end, char *dst, size_t max)
{
	const char *nl = memchr(*p, '\n', (size_t)(end - *p));
	if (nl == NULL || nl == *p || (size_t)(nl - *p) > max) {
		return false;
	}
	memcpy(dst, *p, (size_t)(nl - *p));
	dst[nl - *p] = '\0';
	*p = nl + 1;
	return true;
}

bool urge_record_decode(const char *buf, size_t len, struct urge_record *out)
{
	*out = (struct urge_record){0};
	const char *p = buf;
	const char *end = buf + len;
	size_t header = strlen(HEADER);
	char rating[4];
	if (len < header || memcmp(buf, HEADER, header) != 0 || !str_is_utf8(buf, len)) {
		return false;
	}
	p += header;
	if (!take_line(&p, end, out->at, URGE_TIME_MAX) ||
	    !take_line(&p, end, out->target, URGE_TARGET_MAX) ||
	    !take_line(&p, end, rating, sizeof(rating) - 1) || rating[1] != '\0' ||
	    rating[0] < '0' || rating[0] > '5' || (size_t)(end - p) > URGE_NOTE_MAX ||
	    memchr(p, '\0', (size_t)(end - p)) != NULL) {
		return false;
	}
	out->rating = rating[0] - '0';
	memcpy(out->note, p, (size_t)(end - p));
	out->note[end - p] = '\0';
	return true;
}
