/* Helpers shared by the store tests; include after <cmocka.h>. */
#ifndef WISEMIND_TESTS_STORE_STORE_TEST_H
#define WISEMIND_TESTS_STORE_STORE_TEST_H

#include "store/status.h"

/* Compares statuses by name, so a failure reads "STORE_INVALID !=
 * STORE_OK" instead of two numbers. */
#define assert_status(expr, want) \
	assert_string_equal(store_status_name(expr), store_status_name(want))

#endif
