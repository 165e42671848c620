/* app/card_template.c's session_card_template_import_file: the file is
 * read by the application (the screen has only the name typed). A file
 * that is missing says so with its name; one that cannot be used lists
 * its problems with their line numbers; neither changes the template;
 * a good one is imported and saved. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "app_dirs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/card_template.h"
#include "app/session.h"

#define PASS "lamp river soft cedar nine"

static int setup(void **state)
{
	return app_fixture_setup(state, "template-file");
}

static int teardown(void **state)
{
	return app_fixture_teardown(state);
}

static void write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	assert_int_equal(fputs(text, fp) >= 0, 1);
	assert_int_equal(fclose(fp), 0);
}

static void template_text(struct session *s, struct str *out)
{
	struct app_error err = {0};
	str_clear(out);
	assert_true(session_card_template_text(s, out, &err));
}

static void test_import_file(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = app_fixture_unlock(f, PASS, true);
	struct app_error err = {0};
	struct str before = {0}, after = {0}, why = {0};
	template_text(s, &before);
	char path[128];

	snprintf(path, sizeof(path), "%s/nowhere.md", f->root);
	assert_false(session_card_template_import_file(s, path, NULL, &err));
	assert_int_equal(err.status, APP_E_TEMPLATE);
	app_error_describe(&err, &why);
	assert_non_null(strstr(str_cstr(&why), path));
	assert_non_null(strstr(str_cstr(&why), "cannot be read"));
	app_error_finish(&err);

	snprintf(path, sizeof(path), "%s/bad.md", f->root);
	write_file(path, "---\ncard-template: 1\ntargets:\n  - id: Bad Id\n    label: x\n"
	                 "    kind: suicide\n---\n");
	assert_false(session_card_template_import_file(s, path, NULL, &err));
	assert_int_equal(err.status, APP_E_TEMPLATE);
	str_clear(&why);
	app_error_describe(&err, &why);
	char where[160];
	snprintf(where, sizeof(where), "%s:4:", path); /* the line of the bad id */
	assert_non_null(strstr(str_cstr(&why), where));
	app_error_finish(&err);
	template_text(s, &after);
	assert_string_equal(str_cstr(&after), str_cstr(&before));

	/* The template in force, with one emotion more. */
	snprintf(path, sizeof(path), "%s/good.md", f->root);
	struct str good = {0};
	const char *joy = strstr(str_cstr(&before), "    label: \"Joy\"\n");
	assert_non_null(joy);
	size_t at = (size_t)(joy - str_cstr(&before)) + strlen("    label: \"Joy\"\n");
	str_append_n(&good, str_cstr(&before), at);
	str_append(&good, "  - id: loneliness\n    label: \"Loneliness\"\n");
	str_append(&good, str_cstr(&before) + at);
	write_file(path, str_cstr(&good));
	struct card_template t;
	if (!session_card_template_import_file(s, path, &t, &err)) {
		app_fixture_fail("import", &err);
	}
	assert_non_null(card_template_emotion(&t, "loneliness"));
	template_text(s, &after);
	assert_string_equal(str_cstr(&after), str_cstr(&good));
	session_close(s);

	s = app_fixture_unlock(f, PASS, false); /* saved */
	template_text(s, &after);
	assert_string_equal(str_cstr(&after), str_cstr(&good));
	session_close(s);
	str_finish(&before);
	str_finish(&after);
	str_finish(&why);
	str_finish(&good);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_import_file, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
