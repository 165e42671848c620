/* app/urge_threshold.c (issue 10): the urge thresholds per kind live in
 * settings.yaml, outside the vault, so the locked path (no session, no
 * passphrase) and the unlocked one (a session open) see the same ones:
 * the defaults, a lowered one, and never a raise, whether asked for or
 * written into the file by hand.
 *   bool app_urge_thresholds(const struct app *app, struct urge_thresholds *out);
 *   bool app_set_urge_threshold(const struct app *app, enum urge_kind kind, int value,
 *                               struct app_error *err);
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "app_dirs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "app/session.h"
#include "app/urge_threshold.h"

#define PASS "lamp river soft cedar nine"

struct fixture {
	char root[64];
	char file[128]; /* settings.yaml */
	struct app app;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	if (f == NULL) {
		return -1;
	}
	app_dirs_make(f->root, "thresholds");
	snprintf(f->file, sizeof(f->file), "%s/config/wisemind/settings.yaml", f->root);
	struct app_options opt = {.passphrase_fd = -1, .recovery_key_fd = -1};
	app_init(&f->app, &opt);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	app_finish(&f->app);
	app_dirs_remove(f->root);
	free(f);
	return 0;
}

static void read_text(const char *file, char *buf, size_t size)
{
	buf[0] = '\0';
	FILE *fp = fopen(file, "r");
	if (fp != NULL) {
		buf[fread(buf, 1, size - 1, fp)] = '\0';
		fclose(fp);
	}
}

static void write_text(const char *file, const char *text)
{
	FILE *fp = fopen(file, "w");
	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

static void assert_defaults(const struct urge_thresholds *t)
{
	struct urge_thresholds d;
	urge_thresholds_default(&d);
	assert_memory_equal(t, &d, sizeof(d));
}

/* Each refusal: exit 2, the step to see the thresholds, a sentence naming
 * no command, and the file as it was. */
static void expect_refused(struct fixture *f, enum urge_kind kind, int value,
                           enum app_status want, const char *says)
{
	char before[1024], after[1024];
	read_text(f->file, before, sizeof(before));
	struct app_error err = {0};
	assert_false(app_set_urge_threshold(&f->app, kind, value, &err));
	assert_int_equal(err.source, APP_ERROR_APP);
	assert_int_equal(err.status, want);
	assert_int_equal(app_error_exit_code(&err), 2);
	assert_int_equal(app_error_next(&err), NEXT_THRESHOLDS);
	struct str why = {0};
	app_error_describe(&err, &why);
	if (strstr(str_cstr(&why), says) == NULL) {
		fail_msg("\"%s\" does not say \"%s\"", str_cstr(&why), says);
	}
	assert_null(strstr(str_cstr(&why), "wisemind"));
	str_finish(&why);
	app_error_finish(&err);
	read_text(f->file, after, sizeof(after));
	assert_string_equal(after, before);
}

/* The refusals, the same with or without a session. */
static void check_refusals(struct fixture *f)
{
	expect_refused(f, URGE_KIND_SELF_HARM, 5, APP_E_THRESHOLD,
	               "the self-harm threshold can be 1 to 4");
	expect_refused(f, URGE_KIND_USE, 0, APP_E_THRESHOLD, "never raised or switched off");
	expect_refused(f, URGE_KIND_OTHER, -3, APP_E_THRESHOLD, "other threshold can be 1 to 4");
	expect_refused(f, URGE_KIND_SUICIDE, 2, APP_E_THRESHOLD, "suicide threshold is always 1");
	expect_refused(f, URGE_KIND_UNKNOWN, 1, APP_E_THRESHOLD_KIND, "always has suicide's");
	expect_refused(f, (enum urge_kind)42, 1, APP_E_THRESHOLD_KIND, "kinds suicide, self-harm");
}

/* Locked: no vault at all, no passphrase. */
static void test_locked_defaults_lowered_refused(void **state)
{
	struct fixture *f = *state;
	struct urge_thresholds t;
	assert_true(app_urge_thresholds(&f->app, &t)); /* no file: the defaults */
	assert_defaults(&t);
	assert_true(urge_is_high(&t, URGE_KIND_SUICIDE, 1));
	assert_false(urge_is_high(&t, URGE_KIND_SELF_HARM, 3));

	struct app_error err = {0};
	assert_true(app_set_urge_threshold(&f->app, URGE_KIND_SELF_HARM, 2, &err));
	assert_true(app_urge_thresholds(&f->app, &t));
	assert_int_equal(t.at[URGE_KIND_SELF_HARM], 2);
	assert_true(urge_is_high(&t, URGE_KIND_SELF_HARM, 2));
	assert_false(urge_is_high(&t, URGE_KIND_USE, 3));
	assert_true(urge_is_high(&t, URGE_KIND_UNKNOWN, 1));
	/* Setting the suicide threshold to what it is does no harm. */
	assert_true(app_set_urge_threshold(&f->app, URGE_KIND_SUICIDE, 1, &err));
	char text[1024];
	read_text(f->file, text, sizeof(text));
	assert_non_null(strstr(text, "urge-thresholds:\n  self-harm: 2\n"));

	check_refusals(f);
	assert_true(app_urge_thresholds(&f->app, &t));
	assert_int_equal(t.at[URGE_KIND_SELF_HARM], 2);

	/* Back to the default is allowed: it is no raise past it. */
	assert_true(app_set_urge_threshold(&f->app, URGE_KIND_SELF_HARM, 4, &err));
	assert_true(app_urge_thresholds(&f->app, &t));
	assert_defaults(&t);
}

/* Unlocked: a session open changes nothing about where the thresholds
 * come from; saving the country keeps a threshold another wisemind
 * lowered after this one started. */
static void test_unlocked_same_thresholds(void **state)
{
	struct fixture *f = *state;
	struct app_secret pass = {(char *)PASS, strlen(PASS)};
	struct session *s = NULL;
	struct app_error err = {0};
	assert_true(session_create(&f->app, &pass, NULL, &s, &err));
	struct urge_thresholds t;
	assert_true(app_urge_thresholds(&f->app, &t));
	assert_defaults(&t);
	assert_true(app_set_urge_threshold(&f->app, URGE_KIND_USE, 3, &err));
	assert_true(app_urge_thresholds(&f->app, &t));
	assert_int_equal(t.at[URGE_KIND_USE], 3);
	check_refusals(f);
	session_close(s);

	/* The same after an unlock. */
	assert_true(session_open(&f->app, &pass, false, &s, &err));
	assert_true(app_urge_thresholds(&f->app, &t));
	assert_int_equal(t.at[URGE_KIND_USE], 3);
	session_close(s);

	struct str why = {0};
	assert_true(app_confirm_country(&f->app, "NZ", &why));
	str_finish(&why);
	assert_true(app_urge_thresholds(&f->app, &t));
	assert_int_equal(t.at[URGE_KIND_USE], 3);
	char text[1024];
	read_text(f->file, text, sizeof(text));
	assert_non_null(strstr(text, "country: NZ\n"));
}

/* A file edited by hand to raise a threshold: not honoured, on either
 * path; the rest of it is used, and the start-up warning says which
 * line. A broken file is not overwritten by a change. */
static void test_hand_edited_raise(void **state)
{
	struct fixture *f = *state;
	struct app_error err = {0};
	assert_true(app_set_urge_threshold(&f->app, URGE_KIND_OTHER, 2, &err));
	write_text(f->file, "country: NZ\nurge-thresholds:\n  use: 5\n  other: 2\n");
	struct urge_thresholds t;
	assert_false(app_urge_thresholds(&f->app, &t));
	assert_int_equal(t.at[URGE_KIND_USE], 4);
	assert_int_equal(t.at[URGE_KIND_OTHER], 2);

	struct app fresh;
	struct app_options opt = {.passphrase_fd = -1, .recovery_key_fd = -1};
	app_init(&fresh, &opt);
	assert_string_equal(fresh.who.code, "NZ");
	assert_int_equal(fresh.warnings.count, 1);
	const struct app_warning *w = &fresh.warnings.items[0];
	assert_int_equal(w->kind, WARNING_SETTINGS_THRESHOLD);
	assert_int_equal(w->line, 3);
	struct str text = {0};
	app_warning_describe(w, &text);
	assert_non_null(strstr(str_cstr(&text), "\"use: 5\" is not used"));
	assert_non_null(strstr(str_cstr(&text), "the default, or a lower one, stays in force"));
	str_clear(&text);
	app_warning_summary(w, &text);
	assert_string_equal(str_cstr(&text), "Your settings file asks for an urge threshold that "
	                                     "is not allowed on line 3: the default stays in "
	                                     "force.");
	str_finish(&text);
	assert_int_equal(fresh.settings.thresholds.at[URGE_KIND_USE], 4);
	app_finish(&fresh);

	/* Lowering one replaces the line that was never honoured. */
	assert_true(app_set_urge_threshold(&f->app, URGE_KIND_USE, 3, &err));
	assert_true(app_urge_thresholds(&f->app, &t));
	assert_int_equal(t.at[URGE_KIND_USE], 3);
	assert_int_equal(t.at[URGE_KIND_OTHER], 2);

	/* Broken as a whole: the defaults, and no change overwrites it. */
	const char *broken = "country: NZ\nurge-thresholds:\n  use: [1\n";
	write_text(f->file, broken);
	assert_false(app_urge_thresholds(&f->app, &t));
	assert_defaults(&t);
	assert_false(app_set_urge_threshold(&f->app, URGE_KIND_USE, 1, &err));
	assert_int_equal(err.status, APP_E_SETTINGS_FILE);
	assert_int_equal(app_error_exit_code(&err), 1);
	struct str why = {0};
	app_error_describe(&err, &why);
	assert_non_null(strstr(str_cstr(&why), "settings.yaml (line "));
	assert_non_null(strstr(str_cstr(&why), "so it was not changed"));
	str_finish(&why);
	app_error_finish(&err);
	char now[1024];
	read_text(f->file, now, sizeof(now));
	assert_string_equal(now, broken);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_locked_defaults_lowered_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unlocked_same_thresholds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hand_edited_raise, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
