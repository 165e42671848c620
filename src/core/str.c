#include "core/str.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Grows the buffer by moving to a new block, never with realloc: realloc
 * may free the old block with the text still in it, and a string may hold
 * diary plaintext (exports, imports). The old block is wiped before it is
 * freed, as is the whole block when the string is finished. */
static void reserve(struct str *s, size_t extra)
{
	if (extra > SIZE_MAX - s->len - 1) {
		abort();
	}
	if (s->len + extra + 1 <= s->cap) {
		return;
	}
	size_t cap = s->cap ? s->cap : 64;
	while (cap < s->len + extra + 1) {
		if (cap > SIZE_MAX / 2) {
			abort();
		}
		cap *= 2;
	}
	char *buf = malloc(cap);
	if (buf == NULL) {
		abort();
	}
	if (s->buf != NULL) {
		memcpy(buf, s->buf, s->len + 1);
		explicit_bzero(s->buf, s->cap);
		free(s->buf);
	}
	s->buf = buf;
	s->cap = cap;
}

void str_finish(struct str *s)
{
	if (s->buf != NULL) {
		explicit_bzero(s->buf, s->cap);
	}
	free(s->buf);
	*s = (struct str){0};
}

void str_wipe(struct str *s)
{
	str_finish(s);
}

void str_clear(struct str *s)
{
	if (s->buf != NULL) {
		explicit_bzero(s->buf, s->len);
	}
	s->len = 0;
}

void str_append_n(struct str *s, const char *text, size_t n)
{
	reserve(s, n);
	memcpy(s->buf + s->len, text, n);
	s->len += n;
	s->buf[s->len] = '\0';
}

void str_append(struct str *s, const char *text)
{
	str_append_n(s, text, strlen(text));
}

void str_append_char(struct str *s, char c)
{
	str_append_n(s, &c, 1);
}

void str_vappendf(struct str *s, const char *fmt, va_list ap)
{
	/* The check also tells gcc's sanitizer build that fmt is not NULL,
	 * which it otherwise warns about. */
	if (fmt == NULL) {
		abort();
	}
	/* Most texts fit in the room already there: format once into it. */
	size_t room = s->cap > s->len ? s->cap - s->len : 0;
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(room > 0 ? s->buf + s->len : NULL, room, fmt, copy);
	va_end(copy);
	if (n < 0) {
		abort();
	}
	if ((size_t)n < room) {
		s->len += (size_t)n;
		return;
	}
	reserve(s, (size_t)n);
	vsnprintf(s->buf + s->len, (size_t)n + 1, fmt, ap);
	s->len += (size_t)n;
}

void str_appendf(struct str *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	str_vappendf(s, fmt, ap);
	va_end(ap);
}

const char *str_cstr(const struct str *s)
{
	return s->buf != NULL ? s->buf : "";
}

char *str_dup(const char *text)
{
	if (text == NULL) {
		return NULL;
	}
	char *copy = strdup(text);
	if (copy == NULL) {
		abort();
	}
	return copy;
}

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

bool str_eq_nocase(const char *a, const char *b)
{
	while (*a != '\0' && lower(*a) == lower(*b)) {
		a++;
		b++;
	}
	return lower(*a) == lower(*b);
}

size_t str_utf8_valid_prefix(const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i = 0;
	while (i < len) {
		unsigned char c = p[i];
		size_t need;
		unsigned int cp;
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t start = i;
		if (c >= 0xC2 && c <= 0xDF) {
			need = 1;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			cp = c & 0x07;
		} else {
			return start;
		}
		if (len - i <= need) {
			return start;
		}
		for (size_t k = 1; k <= need; k++) {
			if ((p[i + k] & 0xC0) != 0x80) {
				return start;
			}
			cp = (cp << 6) | (p[i + k] & 0x3F);
		}
		if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		    (cp >= 0xD800 && cp <= 0xDFFF)) {
			return start;
		}
		i += need + 1;
	}
	return len;
}

bool str_is_utf8(const char *text, size_t len)
{
	return str_utf8_valid_prefix(text, len) == len;
}

size_t str_utf8_chars(const char *text)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++) {
		n += (*p & 0xC0) != 0x80;
	}
	return n;
}
