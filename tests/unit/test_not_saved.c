/* front/not_saved.c: "Not saved" said once, and trying again said once,
 * in the way that works where the person is. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "front/not_saved.h"

static void expect(const char *what, const char *why, const char *again, const char *want)
{
	struct str out = {0};
	if (again != NULL) {
		front_not_saved_again(what, why, again, &out);
	} else {
		front_not_saved(what, why, &out);
	}
	assert_string_equal(str_cstr(&out), want);
	str_finish(&out);
}

static void test_not_saved_said_once(void **state)
{
	(void)state;
	expect(NULL, "not saved: the disk is full", NULL, "Not saved: the disk is full");
	expect("This urge", "Not saved: the disk is full", NULL,
	       "This urge was NOT saved: the disk is full");
	expect(NULL, "the data folder is gone", NULL, "Not saved: the data folder is gone");
}

/* The vault's reasons end in "try again"; the card says its own key. */
static void test_try_again_said_once(void **state)
{
	(void)state;
	expect(NULL,
	       "not saved: the disk is full, and the diary on disk is as it was before; "
	       "free some space and try again",
	       "s tries again.",
	       "Not saved: the disk is full, and the diary on disk is as it was before; free "
	       "some space. s tries again.");
	expect(NULL, "not saved: writing the vault failed; check the disk, then try again",
	       "s tries again.",
	       "Not saved: writing the vault failed; check the disk. s tries again.");
	expect(NULL, "not saved: encryption failed; try again", "s tries again.",
	       "Not saved: encryption failed. s tries again.");
	/* "try again" inside the reason, not closing it, stays. */
	expect(NULL, "close other programs and try again (it needs 256 MiB)", "s tries again.",
	       "Not saved: close other programs and try again (it needs 256 MiB). s tries again.");
	expect(NULL, "the disk is full", "s tries again.",
	       "Not saved: the disk is full. s tries again.");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_not_saved_said_once),
	    cmocka_unit_test(test_try_again_said_once),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
