/* ui/widget_text.c's sparkline, which the week view draws urges and
 * emotions with: each value its level, the ends of the scale the lowest
 * and highest glyphs, a day not filled in a gap (never a calm day), and
 * ASCII when the terminal has no UTF-8; and ui/widget_rating.c. */
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

/* The one rating widget every rating on the screen uses: a digit, 1 then
 * 0 for 10, the arrows from "none yet" starting at 0, and a digit beyond
 * the scale changing nothing (the screen says the scale). */
static enum ui_rating_result press(struct ui_rating *r, int code, enum ui_action action)
{
	struct ui_event ev = {.code = code, .fn = code == 0};
	return ui_rating_key(r, action, &ev);
}

static void test_rating(void **state)
{
	(void)state;
	struct ui_rating r = {.value = -1, .max = 5};
	assert_int_equal(press(&r, 0, UI_ACTION_DOWN), UI_RATING_CHANGED);
	assert_int_equal(r.value, 0);
	assert_int_equal(press(&r, '4', UI_ACTION_NUMBER), UI_RATING_CHANGED);
	assert_int_equal(r.value, 4);
	assert_int_equal(press(&r, '7', UI_ACTION_NUMBER), UI_RATING_BEYOND);
	assert_int_equal(r.value, 4);
	assert_int_equal(press(&r, 0, UI_ACTION_MORE), UI_RATING_CHANGED);
	assert_int_equal(press(&r, 0, UI_ACTION_MORE), UI_RATING_CHANGED);
	assert_int_equal(r.value, 5);
	assert_int_equal(press(&r, 0, UI_ACTION_UP), UI_RATING_CHANGED);
	assert_int_equal(r.value, 4);
	assert_int_equal(press(&r, 0, UI_ACTION_OPEN), UI_RATING_NONE);
	/* 1 then 0 is 10 where the scale goes to 10, and 0 where it does not. */
	struct ui_rating ten = {.value = -1, .max = 10};
	press(&ten, '1', UI_ACTION_NUMBER);
	press(&ten, '0', UI_ACTION_NUMBER);
	assert_int_equal(ten.value, 10);
	press(&r, '1', UI_ACTION_NUMBER);
	press(&r, '0', UI_ACTION_NUMBER);
	assert_int_equal(r.value, 0);
	/* From none, Up starts at 0 too, never below. */
	struct ui_rating none = {.value = -1, .max = 7};
	press(&none, 0, UI_ACTION_UP);
	assert_int_equal(none.value, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_rating),
	    cmocka_unit_test(test_levels_utf8),
	    cmocka_unit_test(test_levels_ascii),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
