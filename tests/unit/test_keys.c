/* ui/keys.c: every key has an action, ! opens crisis lines, the help
 * screen lists every key, aliases included, and the man page's KEYS
 * section lists exactly the keys of the key map: every key in the map is
 * in the man page with its help, and every key in the man page is in the
 * map with that help. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/file_io.h"
#include "ui/curses.h"
#include "ui/keys.h"

static void test_crisis_key(void **state)
{
	(void)state;
	assert_int_equal(ui_keys_action('!'), UI_ACTION_CRISIS);
	assert_int_equal(ui_keys_action('q'), UI_ACTION_QUIT);
	assert_int_equal(ui_keys_action('Z'), UI_ACTION_NONE);
}

/* The aliases that once lived in a switch, outside the table. */
static void test_aliases_in_the_map(void **state)
{
	(void)state;
	assert_int_equal(ui_keys_action(KEY_UP), UI_ACTION_SCROLL_UP);
	assert_int_equal(ui_keys_action(KEY_DOWN), UI_ACTION_SCROLL_DOWN);
	assert_int_equal(ui_keys_action(KEY_LEFT), UI_ACTION_BACK);
	assert_int_equal(ui_keys_action(KEY_BACKSPACE), UI_ACTION_BACK);
	assert_int_equal(ui_keys_action(27), UI_ACTION_BACK);
}

static void test_keys_unique(void **state)
{
	(void)state;
	for (size_t i = 0; i < ui_key_count; i++) {
		for (size_t j = i + 1; j < ui_key_count; j++) {
			assert_int_not_equal(ui_keys[i].key, ui_keys[j].key);
			assert_string_not_equal(ui_keys[i].label, ui_keys[j].label);
		}
	}
}

/* Every action has a key, in the order of UI_ACTIONS; an action's keys
 * sit together (the help screen and the man page name them on one line)
 * and share one help text. */
static void test_every_action_once(void **state)
{
	(void)state;
	enum ui_action last = UI_ACTION_NONE;
	for (size_t i = 0; i < ui_key_count; i++) {
		if (ui_keys[i].action == last) {
			assert_ptr_equal(ui_keys[i].help, ui_keys[i - 1].help);
		} else {
			assert_int_equal(ui_keys[i].action, last + 1);
			last = ui_keys[i].action;
		}
	}
	assert_int_equal(last, UI_ACTION_QUIT);
}

/* The help screen's text names every key of the map with its help. */
static void test_help_screen_lists_every_key(void **state)
{
	(void)state;
	struct str text = {0};
	ui_keys_describe(&text);
	for (size_t i = 0; i < ui_key_count; i++) {
		bool found = false;
		for (const char *line = str_cstr(&text); *line != '\0' && !found;
		     line = strchr(line, '\n') + 1) {
			const char *end = strchr(line, '\n');
			const char *help = strstr(line, ui_keys[i].help);
			const char *label = strstr(line, ui_keys[i].label);
			found = help != NULL && help < end && label != NULL && label < help;
		}
		if (!found) {
			fail_msg("the help screen lacks \"%s\" (%s)", ui_keys[i].label,
			         ui_keys[i].help);
		}
	}
	str_finish(&text);
}

/* One row of the man page's KEYS table: "|  Esc, Left" then ":  go back". */
struct man_row {
	char keys[128];
	char help[160];
};

static size_t read_man_keys(struct man_row *rows, size_t max)
{
	const char *path = getenv("WISEMIND_MAN1");
	assert_non_null(path);
	struct str man = {0};
	assert_int_equal(file_read(path, 1 << 20, &man), 0);
	const char *keys = strstr(str_cstr(&man), "\n# KEYS\n");
	assert_non_null(keys);
	keys += strlen("\n# KEYS\n");
	const char *end = strstr(keys, "\n# ");
	assert_non_null(end);
	size_t n = 0;
	for (const char *line = keys; line < end; line = strchr(line, '\n') + 1) {
		const char *eol = strchr(line, '\n');
		int len = (int)(eol - line);
		if (strncmp(line, "|  ", 3) == 0) {
			assert_true(n < max);
			snprintf(rows[n].keys, sizeof(rows[n].keys), "%.*s", len - 3, line + 3);
			rows[n].help[0] = '\0';
			n++;
		} else if (strncmp(line, ":  ", 3) == 0) {
			assert_true(n > 0 && rows[n - 1].help[0] == '\0');
			snprintf(rows[n - 1].help, sizeof(rows[n - 1].help), "%.*s", len - 3,
			         line + 3);
		}
	}
	str_finish(&man);
	return n;
}

/* Whether label is one of the ", "-separated keys of a man row. */
static bool row_names(const struct man_row *row, const char *label)
{
	size_t n = strlen(label);
	for (const char *k = row->keys; k != NULL;
	     k = strstr(k, ", ") ? strstr(k, ", ") + 2 : NULL) {
		if (strncmp(k, label, n) == 0 && (k[n] == '\0' || k[n] == ',')) {
			return true;
		}
	}
	return false;
}

static void test_man_page_lists_every_key(void **state)
{
	(void)state;
	struct man_row rows[64];
	size_t n = read_man_keys(rows, 64);
	assert_true(n > 0);
	for (size_t i = 0; i < ui_key_count; i++) {
		bool found = false;
		for (size_t r = 0; r < n && !found; r++) {
			found = row_names(&rows[r], ui_keys[i].label) &&
			        strcmp(rows[r].help, ui_keys[i].help) == 0;
		}
		if (!found) {
			fail_msg("man page KEYS lacks \"%s\" with \"%s\"", ui_keys[i].label,
			         ui_keys[i].help);
		}
	}
}

static void test_man_page_lists_only_keys_of_the_map(void **state)
{
	(void)state;
	struct man_row rows[64];
	size_t n = read_man_keys(rows, 64);
	for (size_t r = 0; r < n; r++) {
		for (const char *k = rows[r].keys; k != NULL;) {
			const char *comma = strstr(k, ", ");
			size_t len = comma != NULL ? (size_t)(comma - k) : strlen(k);
			bool found = false;
			for (size_t i = 0; i < ui_key_count && !found; i++) {
				found = strlen(ui_keys[i].label) == len &&
				        strncmp(ui_keys[i].label, k, len) == 0 &&
				        strcmp(rows[r].help, ui_keys[i].help) == 0;
			}
			if (!found) {
				fail_msg(
				    "man page KEYS has \"%.*s\" (%s), which the key map does not",
				    (int)len, k, rows[r].help);
			}
			k = comma != NULL ? comma + 2 : NULL;
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_crisis_key),
	    cmocka_unit_test(test_aliases_in_the_map),
	    cmocka_unit_test(test_keys_unique),
	    cmocka_unit_test(test_every_action_once),
	    cmocka_unit_test(test_help_screen_lists_every_key),
	    cmocka_unit_test(test_man_page_lists_every_key),
	    cmocka_unit_test(test_man_page_lists_only_keys_of_the_map),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
