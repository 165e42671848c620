/* No plaintext on disk (DESIGN.md §2.5, STORAGE.md §4.9 and §5 #7): a
 * store session opens no file at all, not even SQLite's temporary files,
 * which Debian's build would otherwise put in $TMPDIR (TEMP_STORE=1). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/alloc.h"
#include "store/diary.h"
#include "store/store.h"
#include "store/store_db.h"
#include "store/urge_event.h"
#include "store_test.h"

/* A VFS in front of the default one that counts every file SQLite opens.
 * Registered as the default, it sees what a connection opened through
 * the default VFS would write: temporary databases, sorter spills,
 * statement journals. */
struct counting {
	sqlite3_vfs vfs;
	sqlite3_vfs *real;
	int opens;
};
static struct counting counting;

static int counting_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags,
                         int *out_flags)
{
	(void)vfs;
	counting.opens++;
	return counting.real->xOpen(counting.real, name, file, flags, out_flags);
}

static void install_counting_vfs(void)
{
	assert_true(store_global_init());
	counting.real = sqlite3_vfs_find(NULL);
	assert_non_null(counting.real);
	counting.vfs = *counting.real;
	counting.vfs.zName = "wisemind-test-counting";
	counting.vfs.xOpen = counting_open;
	assert_int_equal(sqlite3_vfs_register(&counting.vfs, 1), SQLITE_OK);
}

static bool dir_is_empty(const char *path)
{
	DIR *dir = opendir(path);
	assert_non_null(dir);
	bool empty = true;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
			empty = false;
		}
	}
	closedir(dir);
	return empty;
}

/* Work that needs scratch space: a sort too big for the page cache into
 * a temporary table, the kind of query a report will run. */
static void heavy_query(struct store *store)
{
	char *err = NULL;
	int rc = sqlite3_exec(store_db(store),
	                      "CREATE TEMP TABLE scratch AS SELECT note, date FROM diary_day"
	                      " ORDER BY note DESC;"
	                      "SELECT count(*) FROM (SELECT * FROM scratch ORDER BY date);"
	                      "DROP TABLE scratch;",
	                      NULL, NULL, &err);
	if (rc != SQLITE_OK) {
		fail_msg("%s", err);
	}
}

static void test_session_opens_no_file(void **state)
{
	(void)state;
	install_counting_vfs();
	char tmp[] = "/tmp/wisemind-store-tmpdir-XXXXXX";
	char cwd[] = "/tmp/wisemind-store-cwd-XXXXXX";
	assert_non_null(mkdtemp(tmp));
	assert_non_null(mkdtemp(cwd));
	char old_cwd[4096];
	assert_non_null(getcwd(old_cwd, sizeof(old_cwd)));
	assert_int_equal(setenv("TMPDIR", tmp, 1), 0);
	assert_int_equal(setenv("SQLITE_TMPDIR", tmp, 1), 0);
	assert_int_equal(chdir(cwd), 0);

	struct store *store;
	assert_status(store_create(&store), STORE_OK);
	char date[11];
	char note[1024];
	for (int i = 0; i < 3000; i++) {
		snprintf(date, sizeof(date), "20%02d-%02d-%02d", 20 + i / 336, 1 + i / 28 % 12,
		         1 + i % 28);
		snprintf(note, sizeof(note), "%0900d", i * 7919 % 3001);
		assert_status(store_diary_set_note(store, date, note), STORE_OK);
	}
	heavy_query(store);
	struct store_image img;
	assert_status(store_image_get(store, &img), STORE_OK);
	struct store *reopened;
	assert_status(store_open_image_copy(img.data, img.len, &reopened), STORE_OK);
	store_image_release(&img);
	heavy_query(reopened);
	store_destroy(reopened);

	assert_int_equal(counting.opens, 0);
	assert_true(dir_is_empty(tmp));
	assert_true(dir_is_empty(cwd));

	/* Control: the same work with SQLite's default temp_store does open
	 * files, so the counter above would have seen them. */
	assert_int_equal(sqlite3_exec(store_db(store), "PRAGMA temp_store = FILE", NULL, NULL,
	                              NULL),
	                 SQLITE_OK);
	heavy_query(store);
	assert_true(counting.opens > 0);
	store_destroy(store);

	assert_int_equal(chdir(old_cwd), 0);
	assert_int_equal(rmdir(cwd), 0);
	assert_int_equal(rmdir(tmp), 0); /* SQLite unlinks its temp files at once */
	sqlite3_vfs_unregister(&counting.vfs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_session_opens_no_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
