/* front/passphrase_words.c: the passphrase idea is five different words,
 * and the recovery key's group asked back is never its check character. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "front/passphrase_words.h"

static void test_five_different_words(void **state)
{
	(void)state;
	for (int round = 0; round < 2000; round++) {
		struct str out = {0};
		front_passphrase_suggest(&out);
		char words[5][16];
		int n = 0;
		const char *p = str_cstr(&out);
		while (*p != '\0' && n < 5) {
			size_t len = strcspn(p, " ");
			assert_true(len > 0 && len < sizeof(words[0]));
			memcpy(words[n], p, len);
			words[n++][len] = '\0';
			p += len;
			p += *p == ' ';
		}
		assert_int_equal(n, 5);
		assert_true(*p == '\0');
		for (int i = 0; i < 5; i++) {
			for (int j = 0; j < i; j++) {
				assert_string_not_equal(words[i], words[j]);
			}
		}
		str_finish(&out);
	}
}

static void test_group_asked_back(void **state)
{
	(void)state;
	const char *key = "SMPC-GWM8-0Z9A-AWAT-=";
	for (int round = 0; round < 200; round++) {
		int g = front_recovery_pick_group(key);
		assert_true(g >= 0 && g < 4);
	}
	assert_true(front_recovery_group_matches("awat", key, 3));
	assert_true(front_recovery_group_matches(" GW-M8 ", key, 1));
	assert_false(front_recovery_group_matches("AWAT", key, 2));
	assert_int_equal(front_recovery_pick_group("SMPC"), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_five_different_words),
		cmocka_unit_test(test_group_asked_back),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
