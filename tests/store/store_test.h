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

#endif
