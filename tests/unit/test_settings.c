/* content/settings_file.c: the country and the urge thresholds survive a
 * save and a load, a failed save leaves the old file as it was, and no
 * hand-edited file can raise a threshold or switch the check off. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/settings_file.h"

static void test_round_trip_and_permissions(void **state)
{
	(void)state;
	char dir[] = "/tmp/wisemind-settings-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char sub[128];
	snprintf(sub, sizeof(sub), "%s/a/b/wisemind", dir);
	struct settings s = {.country = "NZ"};
	struct str err = {0};
	assert_int_equal(settings_save(sub, &s, &err), CONTENT_OK);
	struct settings back;
	assert_int_equal(settings_load(sub, &back, &err), CONTENT_OK);
	assert_string_equal(back.country, "NZ");
	struct stat st;
	char file[160];
	snprintf(file, sizeof(file), "%s/settings.yaml", sub);
	assert_int_equal(stat(file, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(stat(sub, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	/* A save into a folder that cannot be written keeps the old file. */
	char blocked[160];
	snprintf(blocked, sizeof(blocked), "%s/file", dir);
	FILE *f = fopen(blocked, "w");
	fclose(f);
	struct settings other = {.country = "AU"};
	assert_int_equal(settings_save(blocked, &other, &err), CONTENT_E_WRITE);
	assert_non_null(strstr(str_cstr(&err), "cannot"));
	assert_int_equal(settings_load(sub, &back, &err), CONTENT_OK);
	assert_string_equal(back.country, "NZ");
	str_finish(&err);
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* A save of the same file that fails half way (the file-size limit cuts
 * the write short, which also works as root, unlike a read-only folder)
 * leaves the old settings.yaml byte for byte and no temporary file. */
static void test_failed_save_keeps_old_file(void **state)
{
	(void)state;
	char dir[] = "/tmp/wisemind-settings-XXXXXX";
	assert_non_null(mkdtemp(dir));
	struct settings s = {.country = "NZ"};
	struct str err = {0};
	assert_int_equal(settings_save(dir, &s, &err), CONTENT_OK);
	char file[160];
	snprintf(file, sizeof(file), "%s/settings.yaml", dir);
	FILE *f = fopen(file, "r");
	char before[256] = "";
	size_t before_len = fread(before, 1, sizeof(before), f);
	fclose(f);

	struct rlimit old;
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	struct rlimit tiny = {.rlim_cur = 16, .rlim_max = old.rlim_max};
	void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &tiny), 0);
	struct settings other = {.country = "AU"};
	enum content_status saved = settings_save(dir, &other, &err);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, old_handler);
	assert_int_equal(saved, CONTENT_E_WRITE);
	assert_non_null(strstr(str_cstr(&err), "cannot save"));

	f = fopen(file, "r");
	char after[256] = "";
	size_t after_len = fread(after, 1, sizeof(after), f);
	fclose(f);
	assert_int_equal(after_len, before_len);
	assert_memory_equal(after, before, before_len);
	struct settings back;
	assert_int_equal(settings_load(dir, &back, &err), CONTENT_OK);
	assert_string_equal(back.country, "NZ");
	DIR *d = opendir(dir);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strstr(e->d_name, ".tmp.") != NULL) {
			fail_msg("a temporary file was left: %s", e->d_name);
		}
	}
	closedir(d);
	str_finish(&err);
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

static void write_file(const char *dir, const char *text)
{
	char file[160];
	snprintf(file, sizeof(file), "%s/settings.yaml", dir);
	FILE *f = fopen(file, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static void read_file(const char *dir, char *buf, size_t size)
{
	char file[160];
	snprintf(file, sizeof(file), "%s/settings.yaml", dir);
	FILE *f = fopen(file, "r");
	assert_non_null(f);
	size_t n = fread(buf, 1, size - 1, f);
	buf[n] = '\0';
	fclose(f);
}

static void assert_defaults(const struct urge_thresholds *t)
{
	struct urge_thresholds d;
	urge_thresholds_default(&d);
	assert_memory_equal(t, &d, sizeof(d));
}

/* Issue 10: lowered thresholds are kept per kind, beside the country,
 * and only the lowered ones are written. */
static void test_thresholds_round_trip(void **state)
{
	(void)state;
	char dir[] = "/tmp/wisemind-settings-XXXXXX";
	assert_non_null(mkdtemp(dir));
	struct settings s;
	settings_default(&s);
	snprintf(s.country, sizeof(s.country), "NZ");
	assert_true(urge_thresholds_set(&s.thresholds, URGE_KIND_SELF_HARM, 3));
	assert_true(urge_thresholds_set(&s.thresholds, URGE_KIND_OTHER, 1));
	struct str err = {0};
	assert_int_equal(settings_save(dir, &s, &err), CONTENT_OK);
	char text[1024];
	read_file(dir, text, sizeof(text));
	assert_string_equal(text, "# wisemind settings that work without a passphrase.\n"
	                          "country: NZ\n"
	                          "# An urge rated at or above its kind's threshold (0-5) brings "
	                          "the full crisis card.\n"
	                          "# A threshold can be lowered, never raised above its default "
	                          "(suicide 1, others 4).\n"
	                          "urge-thresholds:\n"
	                          "  self-harm: 3\n"
	                          "  other: 1\n");
	struct settings back;
	assert_int_equal(settings_load(dir, &back, &err), CONTENT_OK);
	assert_string_equal(back.country, "NZ");
	assert_memory_equal(&back.thresholds, &s.thresholds, sizeof(s.thresholds));
	assert_int_equal(back.thresholds.at[URGE_KIND_UNKNOWN], 1);

	/* Defaults (or an all-zero struct) write no block at all. */
	struct settings plain = {.country = "AU"};
	assert_int_equal(settings_save(dir, &plain, &err), CONTENT_OK);
	read_file(dir, text, sizeof(text));
	assert_null(strstr(text, "urge-thresholds"));
	assert_int_equal(settings_load(dir, &back, &err), CONTENT_OK);
	assert_defaults(&back.thresholds);

	/* Written by hand, in flow style, with the default given too. */
	write_file(dir, "urge-thresholds: {suicide: 1, use: \"2\", self-harm: 4}\n");
	assert_int_equal(settings_load(dir, &back, &err), CONTENT_OK);
	assert_int_equal(back.thresholds.at[URGE_KIND_USE], 2);
	assert_int_equal(back.thresholds.at[URGE_KIND_SELF_HARM], 4);
	assert_string_equal(back.country, "");
	assert_int_equal(err.len, 0);
	str_finish(&err);
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* A hand-edited raise (or 0, or a word, or a kind that is not one) is
 * never honoured: that kind keeps its default, the rest of the file is
 * used, and the load says which line. */
static void test_thresholds_never_raised_by_file(void **state)
{
	(void)state;
	char dir[] = "/tmp/wisemind-settings-XXXXXX";
	assert_non_null(mkdtemp(dir));
	static const struct {
		const char *text;
		const char *why;
	} cases[] = {
		{"country: NZ\nurge-thresholds:\n  self-harm: 5\n  use: 2\n",
		 "line 3: \"self-harm: 5\" is not used: the self-harm threshold can be 1 to 4"},
		{"country: NZ\nurge-thresholds:\n  use: 2\n  suicide: 3\n",
		 "line 4: \"suicide: 3\" is not used: the suicide threshold is always 1"},
		{"country: NZ\nurge-thresholds:\n  use: 2\n  other: 0\n",
		 "line 4: \"other: 0\" is not used"},
		{"country: NZ\nurge-thresholds:\n  use: 2\n  other: off\n",
		 "line 4: \"other: off\" is not used"},
		{"country: NZ\nurge-thresholds:\n  use: 2\n  other: 2.5\n", "\"other: 2.5\""},
		{"country: NZ\nurge-thresholds:\n  use: 2\n  other: -1\n", "\"other: -1\""},
		{"country: NZ\nurge-thresholds:\n  use: 2\n  other: [1]\n",
		 "the value of \"other\" is not used"},
		{"country: NZ\nurge-thresholds:\n  use: 2\n  unknown: 1\n",
		 "the kinds are suicide, self-harm, use and other"},
		{"country: NZ\nurge-thresholds:\n  use: 2\n  self_harm: 1\n", "\"self_harm: 1\""},
		{"country: NZ\nurge-thresholds:\n  use: 3\n  use: 2\n  use: 4\n",
		 "\"use\" is set twice, so the lower, 2, is used"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		write_file(dir, cases[i].text);
		struct settings s;
		struct str err = {0};
		assert_int_equal(settings_load(dir, &s, &err), CONTENT_E_VALUE);
		if (strstr(str_cstr(&err), cases[i].why) == NULL) {
			fail_msg("case %zu: %s", i, str_cstr(&err));
		}
		assert_string_equal(s.country, "NZ");
		assert_int_equal(s.thresholds.at[URGE_KIND_USE], 2);
		assert_int_equal(s.thresholds.at[URGE_KIND_SELF_HARM], 4);
		assert_int_equal(s.thresholds.at[URGE_KIND_SUICIDE], 1);
		assert_int_equal(s.thresholds.at[URGE_KIND_UNKNOWN], 1);
		assert_int_equal(s.thresholds.at[URGE_KIND_OTHER], 4);
		str_finish(&err);
	}
	/* Not a block of kinds at all: every default. */
	write_file(dir, "urge-thresholds: 5\n");
	struct settings s;
	struct str err = {0};
	assert_int_equal(settings_load(dir, &s, &err), CONTENT_E_VALUE);
	assert_non_null(strstr(str_cstr(&err), "line 1: \"urge-thresholds\" is not used"));
	assert_defaults(&s.thresholds);
	str_clear(&err);
	/* A file that is broken as a whole: every default too. */
	write_file(dir, "urge-thresholds:\n  use: 1\nurge-thresholds:\n  use: 5\n");
	assert_int_equal(settings_load(dir, &s, &err), CONTENT_E_INVALID);
	assert_defaults(&s.thresholds);
	str_finish(&err);
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

static void test_missing_and_malformed(void **state)
{
	(void)state;
	struct settings s;
	struct str err = {0};
	assert_int_equal(settings_load("/nonexistent/wisemind", &s, &err), CONTENT_MISSING);
	assert_string_equal(s.country, "");
	assert_defaults(&s.thresholds);
	char dir[] = "/tmp/wisemind-settings-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char file[128];
	snprintf(file, sizeof(file), "%s/settings.yaml", dir);
	FILE *f = fopen(file, "w");
	fputs("country: [GB\n", f);
	fclose(f);
	assert_int_equal(settings_load(dir, &s, &err), CONTENT_E_INVALID);
	assert_string_equal(s.country, "");
	assert_defaults(&s.thresholds);
	assert_non_null(strstr(str_cstr(&err), "line "));
	str_finish(&err);
	remove(file);
	rmdir(dir);
}

/* The screen's lock time: kept when lowered or raised within 1 to 120
 * minutes, written only when not the default; a value it cannot have
 * keeps the default and says which line, and the rest of the file (the
 * country) is used. */
static void test_lock_minutes(void **state)
{
	(void)state;
	char dir[] = "/tmp/wisemind-settings-XXXXXX";
	assert_non_null(mkdtemp(dir));
	struct settings s;
	settings_default(&s);
	assert_int_equal(s.lock_minutes, SETTINGS_LOCK_MINUTES_DEFAULT);
	s.lock_minutes = 3;
	struct str err = {0};
	assert_int_equal(settings_save(dir, &s, &err), CONTENT_OK);
	char text[1024];
	read_file(dir, text, sizeof(text));
	assert_non_null(strstr(text, "\nlock-after-minutes: 3\n"));
	struct settings back;
	assert_int_equal(settings_load(dir, &back, &err), CONTENT_OK);
	assert_int_equal(back.lock_minutes, 3);
	assert_string_equal(back.lock_why, "");

	s.lock_minutes = SETTINGS_LOCK_MINUTES_DEFAULT;
	assert_int_equal(settings_save(dir, &s, &err), CONTENT_OK);
	read_file(dir, text, sizeof(text));
	assert_null(strstr(text, "lock-after-minutes"));

	static const char *const bad[] = {"0", "121", "five", "-3", "2.5"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char file[128];
		snprintf(file, sizeof(file), "country: NZ\nlock-after-minutes: %s\n", bad[i]);
		write_file(dir, file);
		assert_int_equal(settings_load(dir, &back, &err), CONTENT_OK);
		assert_int_equal(back.lock_minutes, SETTINGS_LOCK_MINUTES_DEFAULT);
		assert_string_equal(back.country, "NZ");
		assert_non_null(strstr(back.lock_why, "line 2:"));
	}
	str_finish(&err);
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* The breathing pace, the theme and the bell survive a save and a load;
 * a value that cannot be used keeps its default, says its line, and the
 * rest of the file is used. */
static void test_pace_theme_bell(void **state)
{
	(void)state;
	char dir[] = "/tmp/wisemind-settings-XXXXXX";
	assert_non_null(mkdtemp(dir));
	struct settings s;
	settings_default(&s);
	assert_int_equal(s.pace.in, 0);
	assert_false(s.monochrome);
	assert_false(s.quiet);
	s.pace = (struct skill_breath){.in = 3, .hold_in = 1, .out = 7};
	s.monochrome = true;
	s.quiet = true;
	struct str err = {0};
	assert_int_equal(settings_save(dir, &s, &err), CONTENT_OK);
	char text[1024];
	read_file(dir, text, sizeof(text));
	assert_non_null(strstr(text, "\nbreathing-pace: in 3, hold 1, out 7\n"));
	assert_non_null(strstr(text, "\ntheme: monochrome\n"));
	assert_non_null(strstr(text, "\nbell: off\n"));
	struct settings back;
	assert_int_equal(settings_load(dir, &back, &err), CONTENT_OK);
	assert_int_equal(back.pace.in, 3);
	assert_int_equal(back.pace.hold_in, 1);
	assert_int_equal(back.pace.out, 7);
	assert_true(back.monochrome);
	assert_true(back.quiet);
	assert_string_equal(back.value_why, "");

	/* Defaults are not written, so a file stays what the person set. */
	settings_default(&s);
	assert_int_equal(settings_save(dir, &s, &err), CONTENT_OK);
	read_file(dir, text, sizeof(text));
	assert_null(strstr(text, "breathing-pace"));
	assert_null(strstr(text, "theme"));
	assert_null(strstr(text, "bell"));

	static const char *const bad[] = {
		"breathing-pace: in 6, out 4\n", /* the out-breath must be longer */
		"breathing-pace: slow\n",
		"theme: pink\n",
		"bell: loud\n",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char file[128];
		snprintf(file, sizeof(file), "country: NZ\n%s", bad[i]);
		write_file(dir, file);
		assert_int_equal(settings_load(dir, &back, &err), CONTENT_OK);
		assert_string_equal(back.country, "NZ");
		assert_int_equal(back.pace.in, 0);
		assert_false(back.monochrome);
		assert_false(back.quiet);
		assert_non_null(strstr(back.value_why, "line 2:"));
	}
	write_file(dir, "theme: colour\nbell: on\nbreathing-pace: in 4, out 6\n");
	assert_int_equal(settings_load(dir, &back, &err), CONTENT_OK);
	assert_false(back.monochrome);
	assert_false(back.quiet);
	assert_int_equal(back.pace.out, 6);
	assert_string_equal(back.value_why, "");
	str_finish(&err);
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip_and_permissions),
		cmocka_unit_test(test_failed_save_keeps_old_file),
		cmocka_unit_test(test_thresholds_round_trip),
		cmocka_unit_test(test_thresholds_never_raised_by_file),
		cmocka_unit_test(test_missing_and_malformed),
		cmocka_unit_test(test_lock_minutes),
		cmocka_unit_test(test_pace_theme_bell),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
