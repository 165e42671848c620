/* ui/keys.c: every key has an action, ! opens crisis lines, and the man
 * page's KEYS table lists exactly the bindings the help screen shows. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/file_io.h"
#include "ui/keys.h"

static void test_crisis_key(void **state)
{
	(void)state;
	assert_int_equal(ui_keys_action('!'), UI_ACTION_CRISIS);
	assert_int_equal(ui_keys_action('q'), UI_ACTION_QUIT);
	assert_int_equal(ui_keys_action('Z'), UI_ACTION_NONE);
}

static void test_keys_unique(void **state)
{
	(void)state;
	for (size_t i = 0; i < ui_key_count; i++) {
		for (size_t j = i + 1; j < ui_key_count; j++) {
			assert_int_not_equal(ui_keys[i].key, ui_keys[j].key);
		}
	}
}

static void test_man_page_lists_every_key(void **state)
{
	(void)state;
	const char *path = getenv("WISEMIND_MAN1");
	assert_non_null(path);
	struct str man = {0};
	assert_int_equal(file_read(path, 1 << 20, &man), 0);
	const char *keys = strstr(str_cstr(&man), "# KEYS");
	assert_non_null(keys);
	for (size_t i = 0; i < ui_key_count; i++) {
		char label[64];
		char help[160];
		snprintf(label, sizeof(label), "|  %s\n", ui_keys[i].label);
		snprintf(help, sizeof(help), ":  %s\n", ui_keys[i].help);
		if (strstr(keys, label) == NULL || strstr(keys, help) == NULL) {
			fail_msg("man page KEYS lacks \"%s\" / \"%s\"", ui_keys[i].label, ui_keys[i].help);
		}
	}
	str_finish(&man);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_crisis_key),
		cmocka_unit_test(test_keys_unique),
		cmocka_unit_test(test_man_page_lists_every_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
