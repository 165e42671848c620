/* ui/widget_text.c's sparkline, which the week view draws urges and
 * emotions with: each value its level, the ends of the scale the lowest
 * and highest glyphs, a day not filled in a gap (never a calm day), and
 * ASCII when the terminal has no UTF-8. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "ui/theme.h"
#include "ui/widgets.h"

static void test_levels_utf8(void **state)
{
	(void)state;
	struct theme t;
	theme_init(&t, true);
	const int values[] = {0, 1, 2, 3, 4, 5, -1, 9};
	struct str out = {0};
	ui_sparkline(&t, values, 8, 5, &out);
	/* 0..5 over eight levels: 0 1 3 4 6 7, a gap, then above the scale
	 * drawn as its top. */
	assert_string_equal(str_cstr(&out), "\u2581\u2582\u2584\u2585\u2587\u2588 \u2588");
	str_finish(&out);
}

static void test_levels_ascii(void **state)
{
	(void)state;
	struct theme t;
	theme_init(&t, false);
	const int values[] = {0, 5, -1, 7};
	struct str out = {0};
	ui_sparkline(&t, values, 4, 7, &out);
	assert_string_equal(str_cstr(&out), "_+ #");
	/* On the card's 0-5 scale every rating has its own glyph, and none
	 * is the dot that means "not filled in". */
	const int ratings[] = {0, 1, 2, 3, 4, 5};
	str_clear(&out);
	ui_sparkline(&t, ratings, 6, 5, &out);
	assert_string_equal(str_cstr(&out), "_-~=*#");
	/* On a 0-7 scale too, each value its own glyph. */
	const int wide[] = {0, 1, 2, 3, 4, 5, 6, 7};
	str_clear(&out);
	ui_sparkline(&t, wide, 8, 7, &out);
	assert_string_equal(str_cstr(&out), "_-:~=+*#");
	str_finish(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_levels_utf8),
	    cmocka_unit_test(test_levels_ascii),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
