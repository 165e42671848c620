/* Shared by the app tests: a temporary home with its own data, state and
 * config folders, so a test never touches the person's files. Include
 * after <cmocka.h>. */
#ifndef WISEMIND_TESTS_APP_APP_DIRS_H
#define WISEMIND_TESTS_APP_APP_DIRS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/session.h"

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

/* Fails the test with what failed and the error's sentence. */
__attribute__((unused)) static void app_fixture_fail(const char *what,
                                                     const struct app_error *err)
{
	struct str why = {0};
	app_error_describe(err, &why);
	fail_msg("%s: %s", what, str_cstr(&why));
}

/* A new vault with passphrase pass (create), or the fixture's vault
 * opened with it. */
__attribute__((unused)) static struct session *app_fixture_unlock(struct app_fixture *f,
                                                                  const char *pass, bool create)
{
	struct app_secret secret = {(char *)pass, strlen(pass)};
	struct session *s = NULL;
	struct app_error err = {0};
	bool ok = create ? session_create(&f->app, &secret, NULL, &s, &err)
	                 : session_open(&f->app, &secret, false, &s, &err);
	if (!ok) {
		app_fixture_fail(create ? "create" : "open", &err);
	}
	return s;
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
