#ifndef WISEMIND_CORE_STR_H
#define WISEMIND_CORE_STR_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* A growable, always NUL-terminated byte string. Zero-initialise it
 * (struct str s = {0};), append, then str_finish(). Allocation failure
 * aborts: a half-built message is worse than none. */
struct str {
	char *buf;
	size_t len;
	size_t cap;
};

/* Overwrites the whole buffer with zeros, frees it and leaves s empty
 * (zero-initialised). Any string may carry diary plaintext (exports,
 * imports, decrypted text), so every one is wiped: when it grows, the
 * block it leaves is wiped before it is freed, and none is ever handed
 * to realloc. */
void str_finish(struct str *s);
/* The same as str_finish; says at the call that the text was secret. */
void str_wipe(struct str *s);
/* Empties s, overwriting the old contents with zeros, and keeps the
 * buffer for reuse. */
void str_clear(struct str *s);
void str_append(struct str *s, const char *text);
void str_append_n(struct str *s, const char *text, size_t n);
void str_append_char(struct str *s, char c);
void str_appendf(struct str *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void str_vappendf(struct str *s, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* The contents, "" when nothing was appended yet. */
const char *str_cstr(const struct str *s);

/* strdup that aborts on failure; NULL in gives NULL out. */
char *str_dup(const char *text);
/* Case-insensitive ASCII comparison of two NUL-terminated strings. */
bool str_eq_nocase(const char *a, const char *b);
/* True when text is valid UTF-8 (no overlongs, no surrogates). */
bool str_is_utf8(const char *text, size_t len);
/* The length of the longest valid UTF-8 prefix of text: len when all of it
 * is valid, else the offset of the first bad sequence. */
size_t str_utf8_valid_prefix(const char *text, size_t len);
/* The number of characters (code points) in valid UTF-8 text. */
size_t str_utf8_chars(const char *text);

#endif
