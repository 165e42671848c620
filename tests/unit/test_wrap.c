/* core/wrap.c and core/ascii.c: how every text reaches the terminal. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/ascii.h"
#include "core/str.h"
#include "core/wrap.h"

static void test_breaks_at_spaces_with_hanging_indent(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_text("  - one two three four five six seven", 20, &w);
	assert_int_equal(w.count, 3);
	assert_string_equal(w.lines[0], "  - one two three");
	assert_string_equal(w.lines[1], "    four five six");
	assert_string_equal(w.lines[2], "    seven");
	wrapped_finish(&w);
}

/* A glued phone number never breaks and prints with plain spaces. */
static void test_glued_number_stays_whole(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_text("Samaritans: call 116\xc2\xa0" "123 now", 20, &w);
	assert_int_equal(w.count, 2);
	assert_string_equal(w.lines[0], "Samaritans: call");
	assert_string_equal(w.lines[1], "116 123 now");
	wrapped_finish(&w);
}

/* An address longer than the width overflows whole; plain prose that has
 * no space is cut, but only between characters. */
static void test_long_words(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_text("  https://example.org/a/very/long/path (2020)", 20, &w);
	assert_string_equal(w.lines[0], "  https://example.org/a/very/long/path");
	assert_string_equal(w.lines[1], "  (2020)");
	wrapped_finish(&w);
	/* Twelve three-byte, two-column characters at width 10: five a line,
	 * each line valid UTF-8. */
	const char *cjk = "\xe3\x81\x84\xe3\x81\xae\xe3\x81\xa1\xe3\x81\xae\xe9\x9b\xbb"
	                  "\xe8\xa9\xb1\xe3\x81\x84\xe3\x81\xae\xe3\x81\xa1\xe3\x81\xae"
	                  "\xe9\x9b\xbb\xe8\xa9\xb1";
	wrap_text(cjk, 10, &w);
	assert_int_equal(w.count, 3);
	for (size_t i = 0; i < w.count; i++) {
		assert_true(str_is_utf8(w.lines[i], strlen(w.lines[i])));
		assert_int_equal(strlen(w.lines[i]), i < 2 ? 15 : 6);
	}
	wrapped_finish(&w);
}

static void test_ascii_fold(void **state)
{
	(void)state;
	struct str out = {0};
	ascii_fold("L\xc3\xadnea \xe2\x80\x93 Tel\xc3\xa9" "fono \xe3\x81\x84 \x1b[2J\xff!", &out);
	assert_string_equal(str_cstr(&out), "Linea - Telefono ? ?[2J?!");
	str_clear(&out);
	ascii_fold("116\xc2\xa0" "123", &out);
	assert_string_equal(str_cstr(&out), "116\xc2\xa0" "123");
	str_finish(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_breaks_at_spaces_with_hanging_indent),
		cmocka_unit_test(test_glued_number_stays_whole),
		cmocka_unit_test(test_long_words),
		cmocka_unit_test(test_ascii_fold),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
