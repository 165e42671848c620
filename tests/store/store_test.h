/* Helpers shared by the store tests; include after <cmocka.h>. */
#ifndef WISEMIND_TESTS_STORE_STORE_TEST_H
#define WISEMIND_TESTS_STORE_STORE_TEST_H

#include "store/status.h"

/* Compares statuses by name, so a failure reads "STORE_INVALID !=
 * STORE_OK" instead of two numbers. */
#define assert_status(expr, want) \
	assert_string_equal(store_status_name(expr), store_status_name(want))

/* A fresh empty diary in *state for each test, destroyed after it:
 * cmocka_unit_test_setup_teardown(test, store_test_setup, store_test_teardown). */
#include "store/store.h"

#include <sqlite3.h>

#include "store/store_db.h"

static inline int store_test_setup(void **state)
{
	struct store *store;
	if (store_create(&store) != STORE_OK) {
		return -1;
	}
	*state = store;
	return 0;
}

static inline int store_test_teardown(void **state)
{
	store_destroy(*state);
	return 0;
}

/* The one number sql gives, from the store's own connection. */
static inline long long store_test_count(struct store *store, const char *sql)
{
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(store_db(store), sql, -1, &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	long long n = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return n;
}

#endif
