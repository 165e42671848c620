/* core/paths.c: where the data and settings live (DESIGN.md §4). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/paths.h"

static void test_data_dir_order(void **state)
{
	(void)state;
	struct str out = {0};
	struct path_env env = {.data_dir_flag = "/flag", .wisemind_data_dir = "/env",
	                       .xdg_data_home = "/xdg", .home = "/home/a"};
	assert_true(paths_data_dir(&env, &out));
	assert_string_equal(str_cstr(&out), "/flag");
	env.data_dir_flag = "";
	assert_true(paths_data_dir(&env, &out));
	assert_string_equal(str_cstr(&out), "/env");
	env.wisemind_data_dir = NULL;
	assert_true(paths_data_dir(&env, &out));
	assert_string_equal(str_cstr(&out), "/xdg/wisemind");
	env.xdg_data_home = "relative/ignored";
	assert_true(paths_data_dir(&env, &out));
	assert_string_equal(str_cstr(&out), "/home/a/.local/share/wisemind");
	env.home = NULL;
	assert_false(paths_data_dir(&env, &out));
	assert_string_equal(str_cstr(&out), "");
	str_finish(&out);
}

static void test_config_dir(void **state)
{
	(void)state;
	struct str out = {0};
	struct path_env env = {.xdg_config_home = "/cfg", .home = "/home/a"};
	assert_true(paths_config_dir(&env, &out));
	assert_string_equal(str_cstr(&out), "/cfg/wisemind");
	env.xdg_config_home = "";
	assert_true(paths_config_dir(&env, &out));
	assert_string_equal(str_cstr(&out), "/home/a/.config/wisemind");
	str_finish(&out);
}

static void test_utf8_validation(void **state)
{
	(void)state;
	assert_true(str_is_utf8("plain", 5));
	assert_true(str_is_utf8("caf\xc3\xa9", 5));
	assert_true(str_is_utf8("\xe5\xae\x89\xe5\xbf\x83", 6));
	assert_true(str_is_utf8("\xf0\x9f\x92\x99", 4));
	assert_false(str_is_utf8("\xc3", 1));          /* truncated */
	assert_false(str_is_utf8("\xc0\xaf", 2));      /* overlong */
	assert_false(str_is_utf8("\xed\xa0\x80", 3));  /* surrogate */
	assert_false(str_is_utf8("\xff", 1));
	assert_false(str_is_utf8("\xf4\x90\x80\x80", 4)); /* past U+10FFFF */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_data_dir_order),
		cmocka_unit_test(test_config_dir),
		cmocka_unit_test(test_utf8_validation),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
