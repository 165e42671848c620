/* Shared by the app tests: a temporary home with its own data, state and
 * config folders, so a test never touches the person's files. Include
 * after <cmocka.h>. */
#ifndef WISEMIND_TESTS_APP_APP_DIRS_H
#define WISEMIND_TESTS_APP_APP_DIRS_H

#include <stdio.h>
#include <stdlib.h>

#include "app/app.h"

/* Makes /tmp/wisemind-NAME-XXXXXX in root (64 bytes) and points HOME and
 * the XDG folders inside it. */
static void app_dirs_make(char root[64], const char *name)
{
	snprintf(root, 64, "/tmp/wisemind-%s-XXXXXX", name);
	assert_non_null(mkdtemp(root));
	char path[128];
	snprintf(path, sizeof(path), "%s/data", root);
	setenv("XDG_DATA_HOME", path, 1);
	snprintf(path, sizeof(path), "%s/state", root);
	setenv("XDG_STATE_HOME", path, 1);
	snprintf(path, sizeof(path), "%s/config", root);
	setenv("XDG_CONFIG_HOME", path, 1);
	setenv("HOME", root, 1);
}

/* Removes root and all in it. */
static void app_dirs_remove(const char *root)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	assert_int_equal(system(cmd), 0);
}

/* The usual fixture: a temporary home and the app in it. */
struct app_fixture {
	char root[64];
	struct app app;
};

__attribute__((unused)) static int app_fixture_setup(void **state, const char *name)
{
	struct app_fixture *f = calloc(1, sizeof(*f));
	if (f == NULL) {
		return -1;
	}
	app_dirs_make(f->root, name);
	struct app_options opt = {.passphrase_fd = -1, .recovery_key_fd = -1};
	app_init(&f->app, &opt);
	*state = f;
	return 0;
}

__attribute__((unused)) static int app_fixture_teardown(void **state)
{
	struct app_fixture *f = *state;
	app_finish(&f->app);
	app_dirs_remove(f->root);
	free(f);
	return 0;
}

#endif
