/* content/settings_file.c: the country setting survives a save and a load,
 * and a failed save leaves the old file as it was. */
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

static void test_missing_and_malformed(void **state)
{
	(void)state;
	struct settings s;
	struct str err = {0};
	assert_int_equal(settings_load("/nonexistent/wisemind", &s, &err), CONTENT_MISSING);
	assert_string_equal(s.country, "");
	char dir[] = "/tmp/wisemind-settings-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char file[128];
	snprintf(file, sizeof(file), "%s/settings.yaml", dir);
	FILE *f = fopen(file, "w");
	fputs("country: [GB\n", f);
	fclose(f);
	assert_int_equal(settings_load(dir, &s, &err), CONTENT_E_INVALID);
	assert_string_equal(s.country, "");
	assert_non_null(strstr(str_cstr(&err), "line "));
	str_finish(&err);
	remove(file);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip_and_permissions),
		cmocka_unit_test(test_failed_save_keeps_old_file),
		cmocka_unit_test(test_missing_and_malformed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
