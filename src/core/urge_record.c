#include "core/urge_record.h"

#include <string.h>

#include "core/skill.h"
#include "core/urge_level.h"

#define HEADER_1 "wisemind-urge 1\n"
#define HEADER_2 "wisemind-urge 2\n"
#define KIND_BEFORE "before"
#define KIND_AFTER "after"

/* The longest version 2 record: header, each field at its longest with
 * its newline, then the note. */
#define FRAMING_2_MAX \
	(sizeof(HEADER_2) - 1 + URGE_TIME_MAX + 1 + sizeof(KIND_BEFORE) + URGE_TARGET_MAX + 1 + \
	 2 + URGE_SKILL_MAX + 1 + 2 * URGE_ID_SIZE + 1)
_Static_assert(FRAMING_2_MAX + URGE_NOTE_MAX <= URGE_RECORD_MAX,
               "a version 2 record with the longest fields must fit one inbox record");

static const char hex_digits[] = "0123456789abcdef";

static bool field_ok(const char *s, size_t max)
{
	size_t n = strlen(s);
	return n > 0 && n <= max && strchr(s, '\n') == NULL && str_is_utf8(s, n);
}

/* The checks both directions share, on a record already within its
 * buffers. */
static bool fields_valid(const struct urge_record *r)
{
	if (!field_ok(r->at, URGE_TIME_MAX) || r->rating < 0 || r->rating > URGE_RATING_MAX) {
		return false;
	}
	if (r->kind != URGE_RECORD_BEFORE && r->kind != URGE_RECORD_AFTER) {
		return false;
	}
	/* A new urge names its target; a rating after a skill may leave it to
	 * the urge it follows. */
	if (r->target[0] == '\0' ? r->kind == URGE_RECORD_BEFORE : !urge_target_valid(r->target)) {
		return false;
	}
	if (r->skill[0] != '\0' && !skill_id_valid(r->skill)) {
		return false;
	}
	if (r->has_follows && r->kind != URGE_RECORD_AFTER) {
		return false;
	}
	size_t note_len = strnlen(r->note, sizeof(r->note));
	return note_len <= URGE_NOTE_MAX && str_is_utf8(r->note, note_len);
}

bool urge_record_encode(const struct urge_record *r, struct str *out)
{
	if (strnlen(r->at, sizeof(r->at)) == sizeof(r->at) ||
	    strnlen(r->target, sizeof(r->target)) == sizeof(r->target) ||
	    strnlen(r->skill, sizeof(r->skill)) == sizeof(r->skill) || !fields_valid(r)) {
		return false;
	}
	char follows[2 * URGE_ID_SIZE + 1] = "";
	if (r->has_follows) {
		for (size_t i = 0; i < URGE_ID_SIZE; i++) {
			follows[2 * i] = hex_digits[r->follows[i] >> 4];
			follows[2 * i + 1] = hex_digits[r->follows[i] & 0xF];
		}
		follows[2 * URGE_ID_SIZE] = '\0';
	}
	str_appendf(out, HEADER_2 "%s\n%s\n%s\n%d\n%s\n%s\n%s", r->at,
	            r->kind == URGE_RECORD_AFTER ? KIND_AFTER : KIND_BEFORE, r->target, r->rating,
	            r->skill, follows, r->note);
	return true;
}

/* Copies the line at *p (up to '\n') into dst (max bytes at most);
 * advances *p past it. An empty line only when empty_ok. */
static bool take_line(const char **p, const char *end, char *dst, size_t max, bool empty_ok)
{
	const char *nl = memchr(*p, '\n', (size_t)(end - *p));
	if (nl == NULL || (nl == *p && !empty_ok) || (size_t)(nl - *p) > max) {
		return false;
	}
	memcpy(dst, *p, (size_t)(nl - *p));
	dst[nl - *p] = '\0';
	*p = nl + 1;
	return true;
}

static bool take_rating(const char **p, const char *end, int *out)
{
	char rating[2];
	if (!take_line(p, end, rating, 1, false) || rating[0] < '0' || rating[0] > '5') {
		return false;
	}
	*out = rating[0] - '0';
	return true;
}

static int hex_value(char c)
{
	const char *at = c != '\0' ? strchr(hex_digits, c) : NULL;
	return at != NULL ? (int)(at - hex_digits) : -1;
}

/* An empty line, or exactly 32 lower-case hex digits. */
static bool take_follows(const char **p, const char *end, struct urge_record *out)
{
	char text[2 * URGE_ID_SIZE + 1];
	if (!take_line(p, end, text, 2 * URGE_ID_SIZE, true)) {
		return false;
	}
	if (text[0] == '\0') {
		return true;
	}
	if (strlen(text) != 2 * URGE_ID_SIZE) {
		return false;
	}
	for (size_t i = 0; i < URGE_ID_SIZE; i++) {
		int hi = hex_value(text[2 * i]);
		int lo = hex_value(text[2 * i + 1]);
		if (hi < 0 || lo < 0) {
			return false;
		}
		out->follows[i] = (unsigned char)(hi << 4 | lo);
	}
	out->has_follows = true;
	return true;
}

/* The fields of version 2, after its header. */
static bool decode_2(const char **p, const char *end, struct urge_record *out)
{
	char kind[sizeof(KIND_BEFORE)];
	if (!take_line(p, end, out->at, URGE_TIME_MAX, false) ||
	    !take_line(p, end, kind, sizeof(kind) - 1, false)) {
		return false;
	}
	if (strcmp(kind, KIND_BEFORE) == 0) {
		out->kind = URGE_RECORD_BEFORE;
	} else if (strcmp(kind, KIND_AFTER) == 0) {
		out->kind = URGE_RECORD_AFTER;
	} else {
		return false;
	}
	return take_line(p, end, out->target, URGE_TARGET_MAX, true) &&
	       take_rating(p, end, &out->rating) &&
	       take_line(p, end, out->skill, URGE_SKILL_MAX, true) && take_follows(p, end, out);
}

bool urge_record_decode(const char *buf, size_t len, struct urge_record *out)
{
	*out = (struct urge_record){0};
	const char *p = buf;
	const char *end = buf + len;
	size_t header = strlen(HEADER_2);
	if (len < header || !str_is_utf8(buf, len)) {
		return false;
	}
	bool ok;
	bool v2 = memcmp(buf, HEADER_2, header) == 0;
	if (v2) {
		p += header;
		ok = decode_2(&p, end, out);
	} else if (memcmp(buf, HEADER_1, header) == 0) {
		/* Version 1: a new urge, no skill; its target as version 1 read
		 * it (any line), so an inbox written before still merges. */
		p += header;
		ok = take_line(&p, end, out->at, URGE_TIME_MAX, false) &&
		     take_line(&p, end, out->target, URGE_TARGET_MAX, false) &&
		     take_rating(&p, end, &out->rating);
	} else {
		ok = false;
	}
	if (!ok || (size_t)(end - p) > URGE_NOTE_MAX ||
	    memchr(p, '\0', (size_t)(end - p)) != NULL) {
		*out = (struct urge_record){0};
		return false;
	}
	memcpy(out->note, p, (size_t)(end - p));
	out->note[end - p] = '\0';
	if (v2 && !fields_valid(out)) {
		*out = (struct urge_record){0};
		return false;
	}
	return true;
}
