/* app/settings_change.c: each setting of the settings screen and plain
 * mode is saved in settings.yaml and used at once; a value that cannot be
 * used, or a settings file with a mistake, changes nothing; the practice
 * starts at the person's pace. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app/app.h"
#include "app/settings_change.h"
#include "core/exercise.h"

static char home[] = "/tmp/wisemind-settings-change-XXXXXX";
static char file[128];

static int set_up(void **state)
{
	(void)state;
	if (mkdtemp(home) == NULL) {
		return -1;
	}
	char config[96];
	snprintf(config, sizeof(config), "%s/config", home);
	snprintf(file, sizeof(file), "%s/wisemind/settings.yaml", config);
	setenv("HOME", home, 1);
	setenv("XDG_CONFIG_HOME", config, 1);
	setenv("XDG_DATA_HOME", home, 1);
	setenv("XDG_STATE_HOME", home, 1);
	unsetenv("WISEMIND_DATA_DIR");
	return 0;
}

static int tear_down(void **state)
{
	(void)state;
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", home);
	return system(cmd) == 0 ? 0 : -1;
}

static void read_settings(char *out, size_t size)
{
	out[0] = '\0';
	FILE *f = fopen(file, "r");
	if (f != NULL) {
		size_t n = fread(out, 1, size - 1, f);
		out[n] = '\0';
		fclose(f);
	}
}

static void test_each_setting_saved_and_used(void **state)
{
	(void)state;
	struct app app;
	struct app_options opt = {.passphrase_fd = -1, .recovery_key_fd = -1};
	app_init(&app, &opt);
	struct app_error err = {0};
	char text[1024];

	assert_false(app_set_lock_minutes(&app, 0, &err));
	assert_int_equal(err.status, APP_E_LOCK_MINUTES);
	assert_false(app_set_lock_minutes(&app, 121, &err));
	struct stat st;
	assert_int_not_equal(stat(file, &st), 0); /* a refusal writes nothing */
	assert_true(app_set_lock_minutes(&app, 5, &err));
	assert_int_equal(app.settings.lock_minutes, 5);

	assert_false(app_set_breathing_pace(&app, "in 6, out 4", &err));
	assert_int_equal(err.status, APP_E_BREATH);
	assert_non_null(strstr(str_cstr(&err.detail), "out-breath"));
	assert_true(app_set_breathing_pace(&app, "in 4, hold 2, out 7", &err));
	assert_int_equal(app.settings.pace.out, 7);
	assert_true(app_set_monochrome(&app, true, &err));
	assert_true(app_set_bell(&app, false, &err));
	assert_true(app.settings.monochrome);
	assert_true(app.settings.quiet);
	read_settings(text, sizeof(text));
	assert_non_null(strstr(text, "lock-after-minutes: 5\n"));
	assert_non_null(strstr(text, "breathing-pace: in 4, hold 2, out 7\n"));
	assert_non_null(strstr(text, "theme: monochrome\n"));
	assert_non_null(strstr(text, "bell: off\n"));

	struct exercise_options eo;
	app_exercise_options(&app, &eo);
	assert_int_equal(eo.pace.in, 4);
	assert_int_equal(eo.pace.hold_in, 2);
	assert_int_equal(eo.thresholds.at[URGE_KIND_SUICIDE], 1);

	/* Back to each skill's own pace, colour and the bell. */
	assert_true(app_set_breathing_pace(&app, "", &err));
	assert_true(app_set_monochrome(&app, false, &err));
	assert_true(app_set_bell(&app, true, &err));
	read_settings(text, sizeof(text));
	assert_null(strstr(text, "breathing-pace"));
	assert_null(strstr(text, "theme"));
	assert_null(strstr(text, "bell"));
	assert_non_null(strstr(text, "lock-after-minutes: 5\n"));

	/* A file with a mistake is never rewritten: what the person wrote
	 * there would be lost. */
	FILE *f = fopen(file, "w");
	fputs("contry: NZ\n", f);
	fclose(f);
	assert_false(app_set_bell(&app, false, &err));
	assert_int_equal(err.status, APP_E_SETTINGS_FILE);
	read_settings(text, sizeof(text));
	assert_string_equal(text, "contry: NZ\n");
	app_error_finish(&err);
	app_finish(&app);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_setting_saved_and_used),
	};
	return cmocka_run_group_tests(tests, set_up, tear_down);
}
