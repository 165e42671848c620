/* Shared by the app tests: a temporary home with its own data, state and
 * config folders, so a test never touches the person's files. Include
 * after <cmocka.h>. */
#ifndef WISEMIND_TESTS_APP_APP_DIRS_H
#define WISEMIND_TESTS_APP_APP_DIRS_H

#include <stdio.h>
#include <stdlib.h>

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

#endif
