/* ui/keys.c: every action has a key, every key an action with help, a
 * key means one thing where it is read, the crisis lines are on ! and on
 * a control key that works while typing, and the man page's KEYS section
 * (generated at build time) is exactly the table's. */
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

static struct ui_event ch(int c)
{
	return (struct ui_event){.code = c, .fn = false};
}

static void test_crisis_keys(void **state)
{
	(void)state;
	struct ui_event bang = ch('!');
	struct ui_event ctrl_g = ch(UI_CTRL('g'));
	assert_int_equal(ui_keys_lookup(UI_CTX_GLOBAL, &bang), UI_ACTION_CRISIS);
	/* While typing only ALWAYS keys are read: the crisis lines must be
	 * one of them. */
	assert_int_equal(ui_keys_lookup(UI_CTX_ALWAYS, &ctrl_g), UI_ACTION_CRISIS);
	struct ui_event z = ch('Z');
	assert_int_equal(ui_keys_lookup(UI_CTX_GLOBAL, &z), UI_ACTION_NONE);
}

/* Several keys per action: the arrows and their letters. */
static void test_aliases(void **state)
{
	(void)state;
	struct ui_event up = {.code = KEY_UP, .fn = true};
	struct ui_event k = ch('k');
	assert_int_equal(ui_keys_lookup(UI_CTX_MOVE, &up), UI_ACTION_UP);
	assert_int_equal(ui_keys_lookup(UI_CTX_MOVE, &k), UI_ACTION_UP);
	/* KEY_UP as a character code would be a wide character, not the
	 * arrow. */
	struct ui_event wide = ch(KEY_UP);
	assert_int_equal(ui_keys_lookup(UI_CTX_MOVE, &wide), UI_ACTION_NONE);
}

static void test_one_meaning_per_context(void **state)
{
	(void)state;
	for (size_t i = 0; i < ui_key_count; i++) {
		for (size_t j = i + 1; j < ui_key_count; j++) {
			const struct ui_key *a = &ui_keys[i], *b = &ui_keys[j];
			if (a->context == b->context && a->code == b->code && a->fn == b->fn) {
				fail_msg("%s means two things in %s", a->label,
				         ui_context_name(a->context));
			}
		}
	}
}

/* Global keys are read before a screen's: a screen binding the same key
 * would never see it. */
static void test_screens_do_not_shadow_global_keys(void **state)
{
	(void)state;
	for (size_t i = 0; i < ui_key_count; i++) {
		const struct ui_key *k = &ui_keys[i];
		if (k->context == UI_CTX_ALWAYS || k->context == UI_CTX_GLOBAL) {
			continue;
		}
		struct ui_event ev = {.code = k->code, .fn = k->fn};
		assert_int_equal(ui_keys_lookup(UI_CTX_ALWAYS, &ev), UI_ACTION_NONE);
		if (k->context != UI_CTX_TEXT) {
			enum ui_action g = ui_keys_lookup(UI_CTX_GLOBAL, &ev);
			if (g != UI_ACTION_NONE) {
				fail_msg("%s in %s is taken by the global %s", k->label,
				         ui_context_name(k->context), ui_action_label(g));
			}
		}
	}
}

static void test_every_action_has_a_key_and_help(void **state)
{
	(void)state;
	for (int a = UI_ACTION_NONE + 1; a < UI_ACTION_COUNT; a++) {
		bool bound = false;
		for (size_t i = 0; i < ui_key_count && !bound; i++) {
			bound = ui_keys[i].action == (enum ui_action)a;
		}
		if (!bound) {
			fail_msg("action \"%s\" has no key", ui_action_label((enum ui_action)a));
		}
		assert_true(strlen(ui_action_help((enum ui_action)a)) > 0);
		assert_true(strlen(ui_action_label((enum ui_action)a)) > 0);
	}
	for (size_t i = 0; i < ui_key_count; i++) {
		assert_true(ui_keys[i].action > UI_ACTION_NONE && ui_keys[i].action < UI_ACTION_COUNT);
		assert_true(strlen(ui_keys[i].label) > 0);
	}
}

/* The help screen's text names every key of the map with its help. */
static void test_help_screen_lists_every_key(void **state)
{
	(void)state;
	struct str text = {0};
	ui_keys_describe(&text);
	for (size_t i = 0; i < ui_key_count; i++) {
		bool found = false;
		const char *help = ui_action_help(ui_keys[i].action);
		for (const char *line = str_cstr(&text); *line != '\0' && !found;
		     line = strchr(line, '\n') + 1) {
			const char *end = strchr(line, '\n');
			const char *h = strstr(line, help);
			const char *label = strstr(line, ui_keys[i].label);
			found = h != NULL && h < end && label != NULL && label < h;
		}
		if (!found) {
			fail_msg("help lacks %s: %s", ui_keys[i].label, help);
		}
	}
	str_finish(&text);
}

/* The hint bar of a screen always starts with the crisis lines' keys:
 * "!" and "Ctrl-G" outside a text field, "Ctrl-G" while typing (where !
 * is a character): the key that works everywhere is always in sight. */
static void test_hint_bar_starts_with_crisis(void **state)
{
	(void)state;
	enum ui_context today = UI_CTX_TODAY;
	struct str hints = {0};
	ui_keys_hints(&today, 1, false, 200, &hints);
	assert_true(strncmp(str_cstr(&hints), "!/Ctrl-G crisis lines", 21) == 0);
	str_clear(&hints);
	enum ui_context text = UI_CTX_TEXT;
	ui_keys_hints(&text, 1, true, 200, &hints);
	assert_true(strncmp(str_cstr(&hints), "Ctrl-G crisis lines", 19) == 0);
	/* A narrow bar keeps whole hints, the crisis key first. */
	str_clear(&hints);
	ui_keys_hints(&today, 1, false, 30, &hints);
	assert_true(hints.len <= 30);
	assert_true(strncmp(str_cstr(&hints), "!/Ctrl-G crisis lines", 21) == 0);
	assert_null(strstr(str_cstr(&hints), "  q"));
	str_finish(&hints);
}

/* The man page built from man/wisemind.1.scd carries exactly the KEYS
 * section the table makes, once. */
static void test_man_page_keys_are_the_table(void **state)
{
	(void)state;
	const char *path = getenv("WISEMIND_MAN1");
	assert_non_null(path);
	struct str man = {0};
	assert_int_equal(file_read(path, 1 << 20, &man), 0);
	struct str keys = {0};
	ui_keys_man(&keys);
	const char *at = strstr(str_cstr(&man), str_cstr(&keys));
	assert_non_null(at);
	assert_null(strstr(at + 1, "\n# KEYS\n"));
	/* and every key's label and help is in it */
	for (size_t i = 0; i < ui_key_count; i++) {
		assert_non_null(strstr(str_cstr(&keys), ui_keys[i].label));
		assert_non_null(strstr(str_cstr(&keys), ui_action_help(ui_keys[i].action)));
	}
	str_finish(&keys);
	str_finish(&man);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_crisis_keys),
	    cmocka_unit_test(test_aliases),
	    cmocka_unit_test(test_one_meaning_per_context),
	    cmocka_unit_test(test_screens_do_not_shadow_global_keys),
	    cmocka_unit_test(test_every_action_has_a_key_and_help),
	    cmocka_unit_test(test_help_screen_lists_every_key),
	    cmocka_unit_test(test_hint_bar_starts_with_crisis),
	    cmocka_unit_test(test_man_page_keys_are_the_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
