/* core/str.c: growable strings, and what they leave in freed memory
 * (review item 9: diary text passes through them in exports and imports).
 *
 * This test is linked with -Wl,--wrap=free (tests/unit/meson.build): every
 * call to free() in the library comes to __wrap_free below first, so the
 * test can read a block's bytes at the moment str.c lets go of it. A block
 * that realloc frees internally never comes here, so growth through
 * realloc fails these tests too. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/str.h"

void __real_free(void *ptr);
void __wrap_free(void *ptr);

/* The one block being watched, and what was seen when it was freed. */
static struct {
	const void *block;
	size_t size;
	bool freed;
	bool wiped;
} watch;

void __wrap_free(void *ptr)
{
	if (ptr != NULL && ptr == watch.block) {
		const unsigned char *p = ptr;
		watch.wiped = true;
		for (size_t i = 0; i < watch.size; i++) {
			watch.wiped = watch.wiped && p[i] == 0;
		}
		watch.freed = true;
		watch.block = NULL; /* the address may come back for another block */
	}
	__real_free(ptr);
}

static void watch_block(const struct str *s)
{
	assert_non_null(s->buf);
	watch.block = s->buf;
	watch.size = s->cap;
	watch.freed = false;
	watch.wiped = false;
}

#define SECRET "I felt the urge at the bus stop and used TIPP. "

/* Growing moves the text to a new block and wipes the whole old one,
 * capacity and all, before freeing it. */
static void test_growth_wipes_the_old_block(void **state)
{
	(void)state;
	struct str s = {0};
	str_append(&s, SECRET);
	size_t before = s.cap;
	watch_block(&s);
	for (int i = 0; i < 4; i++) {
		str_append(&s, SECRET);
	}
	assert_true(s.cap > before);
	assert_true(watch.freed);
	assert_true(watch.wiped);
	assert_int_equal(s.len, 5 * strlen(SECRET));
	for (size_t i = 0; i < 5; i++) {
		assert_memory_equal(s.buf + i * strlen(SECRET), SECRET, strlen(SECRET));
	}
	assert_int_equal(s.buf[s.len], '\0');
	str_wipe(&s);
}

/* str_appendf formats into the room it has first, then grows: the first,
 * cut-short attempt sits in the old block and is wiped with it. */
static void test_appendf_growth_wipes_the_old_block(void **state)
{
	(void)state;
	struct str s = {0};
	str_append(&s, "diary: ");
	watch_block(&s);
	str_appendf(&s, "%s%s%s", SECRET, SECRET, SECRET);
	assert_true(watch.freed);
	assert_true(watch.wiped);
	assert_int_equal(s.len, strlen("diary: ") + 3 * strlen(SECRET));
	assert_memory_equal(s.buf, "diary: " SECRET SECRET SECRET, s.len + 1);
	str_finish(&s);
}

/* Finishing wipes the whole capacity, not only the current text: after a
 * str_clear and a shorter text, the old secret still sits past len. */
static void test_finish_wipes_the_whole_capacity(void **state)
{
	(void)state;
	struct str s = {0};
	str_append(&s, SECRET);
	str_clear(&s);
	str_append(&s, "x");
	watch_block(&s);
	str_finish(&s);
	assert_true(watch.freed);
	assert_true(watch.wiped);
	assert_null(s.buf);
	assert_int_equal(s.len, 0);
	assert_int_equal(s.cap, 0);
}

static void test_wipe_wipes_the_whole_capacity(void **state)
{
	(void)state;
	struct str s = {0};
	str_appendf(&s, "%s%d", SECRET, 42);
	watch_block(&s);
	str_wipe(&s);
	assert_true(watch.freed);
	assert_true(watch.wiped);
	assert_null(s.buf);
}

/* Clearing keeps the block for reuse but not the text in it. */
static void test_clear_overwrites_the_text(void **state)
{
	(void)state;
	struct str s = {0};
	str_append(&s, SECRET);
	size_t len = s.len;
	str_clear(&s);
	assert_int_equal(s.len, 0);
	assert_string_equal(str_cstr(&s), "");
	for (size_t i = 0; i < len; i++) {
		assert_int_equal(s.buf[i], 0);
	}
	str_append(&s, "again");
	assert_string_equal(str_cstr(&s), "again");
	str_finish(&s);
	str_finish(&s); /* finishing twice is harmless */
}

static void test_append_and_format(void **state)
{
	(void)state;
	struct str s = {0};
	assert_string_equal(str_cstr(&s), "");
	str_append_n(&s, "abcdef", 3);
	str_append_char(&s, '-');
	str_appendf(&s, "%d/%s", 7, "x");
	assert_string_equal(str_cstr(&s), "abc-7/x");
	assert_int_equal(s.len, 7);
	/* Far past the first block, in one step. */
	char big[5000];
	memset(big, 'z', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	str_append(&s, big);
	assert_int_equal(s.len, 7 + sizeof(big) - 1);
	assert_true(s.cap > s.len);
	assert_int_equal(s.buf[s.len], '\0');
	str_finish(&s);
}

static void test_helpers(void **state)
{
	(void)state;
	assert_true(str_eq_nocase("Wise Mind", "wISE mIND"));
	assert_false(str_eq_nocase("wise", "wiser"));
	assert_true(str_is_utf8("caf\xc3\xa9", 5));
	assert_false(str_is_utf8("\xc0\xaf", 2));     /* overlong '/' */
	assert_false(str_is_utf8("\xed\xa0\x80", 3)); /* a surrogate */
	assert_int_equal(str_utf8_valid_prefix("ab\xe3\x81", 4), 2);
	assert_int_equal(str_utf8_chars("caf\xc3\xa9 \xe3\x81\x84"), 6);
	assert_null(str_dup(NULL));
	char *copy = str_dup("copy");
	assert_string_equal(copy, "copy");
	free(copy);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_growth_wipes_the_old_block),
		cmocka_unit_test(test_appendf_growth_wipes_the_old_block),
		cmocka_unit_test(test_finish_wipes_the_whole_capacity),
		cmocka_unit_test(test_wipe_wipes_the_whole_capacity),
		cmocka_unit_test(test_clear_overwrites_the_text),
		cmocka_unit_test(test_append_and_format),
		cmocka_unit_test(test_helpers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
