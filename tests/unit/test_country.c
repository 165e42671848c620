/* core/country.c: locale parsing, normalisation and the resolution order
 * of DESIGN.md §2.3. A wrong answer here shows someone another country's
 * crisis line. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "content/crisis_load.h"
#include "core/country.h"
#include "core/country_list.h"

static void expect_locale(const char *locale, const char *code)
{
	char out[COUNTRY_CODE_SIZE] = "XX";
	bool ok = country_from_locale(locale, out);
	if (code == NULL) {
		if (ok || out[0] != '\0') {
			fail_msg("locale \"%s\" gave \"%s\", expected no country", locale ? locale : "(null)", out);
		}
	} else if (!ok || strcmp(out, code) != 0) {
		fail_msg("locale \"%s\" gave \"%s\", expected %s", locale ? locale : "(null)", out, code);
	}
}

static void test_locale_with_territory(void **state)
{
	(void)state;
	expect_locale("en_GB.UTF-8", "GB");
	expect_locale("en_GB", "GB");
	expect_locale("de_AT.UTF-8@euro", "AT");
	expect_locale("de_AT.iso885915@euro", "AT");
	expect_locale("sr_RS.UTF-8@latin", "RS");
	expect_locale("zh_HK.UTF-8", "HK");
	expect_locale("zh_TW", "TW");
	expect_locale("en_us.utf8", "US");
	expect_locale("ast_ES.UTF-8", "ES");
	expect_locale("en_UK.UTF-8", "GB");
	expect_locale("fr_CA@euro", "CA");
}

static void test_locale_bcp47(void **state)
{
	(void)state;
	expect_locale("en-GB", "GB");
	expect_locale("pt-BR", "BR");
	expect_locale("zh-Hant-TW", "TW");
	expect_locale("sr-Latn-RS", "RS");
	expect_locale("en-US-u-ca-gregory", "US");
}

static void test_locale_without_territory(void **state)
{
	(void)state;
	expect_locale(NULL, NULL);
	expect_locale("", NULL);
	expect_locale("C", NULL);
	expect_locale("POSIX", NULL);
	expect_locale("C.UTF-8", NULL);
	expect_locale("C.utf8", NULL);
	expect_locale("de", NULL);
	expect_locale("fr.UTF-8", NULL);
	expect_locale("en@euro", NULL);
}

static void test_locale_malformed(void **state)
{
	(void)state;
	expect_locale("_GB", NULL);
	expect_locale("e_GB", NULL);
	expect_locale("engl_GB", NULL);
	expect_locale("en_", NULL);
	expect_locale("en_G", NULL);
	expect_locale("en_GBR", NULL);
	expect_locale("en_G1", NULL);
	expect_locale("en_12.UTF-8", NULL);
	expect_locale("es-419", NULL);
	expect_locale("en__GB", NULL);
	expect_locale("en GB", NULL);
	expect_locale("/usr/share/locale/en_GB", NULL);
	expect_locale("\xff\xfe_GB", NULL);
	expect_locale("en_\xc3\x9f\xc3\x9f", NULL);
	expect_locale("zh-Hant", NULL);
}

static void test_normalize(void **state)
{
	(void)state;
	char out[COUNTRY_CODE_SIZE];
	assert_true(country_normalize("gb", out));
	assert_string_equal(out, "GB");
	assert_true(country_normalize("UK", out));
	assert_string_equal(out, "GB");
	assert_true(country_normalize("uk", out));
	assert_string_equal(out, "GB");
	assert_true(country_normalize(" au\n", out));
	assert_string_equal(out, "AU");
	assert_false(country_normalize("GBR", out));
	assert_string_equal(out, "");
	assert_false(country_normalize("G", out));
	assert_false(country_normalize("", out));
	assert_false(country_normalize(NULL, out));
	assert_false(country_normalize("1A", out));
	assert_false(country_normalize("G B", out));
}

static void test_locale_in_force_order(void **state)
{
	(void)state;
	struct locale_env env = {.lc_all = "de_AT.UTF-8", .lc_messages = "en_GB.UTF-8",
	                         .lang = "en_US.UTF-8"};
	assert_string_equal(country_locale_in_force(&env), "de_AT.UTF-8");
	env.lc_all = "";
	assert_string_equal(country_locale_in_force(&env), "en_GB.UTF-8");
	env.lc_messages = NULL;
	assert_string_equal(country_locale_in_force(&env), "en_US.UTF-8");
	env.lang = "";
	assert_null(country_locale_in_force(&env));
}

static void test_resolve_order(void **state)
{
	(void)state;
	char out[COUNTRY_CODE_SIZE];
	struct locale_env env = {.lang = "en_US.UTF-8"};
	assert_int_equal(country_resolve("au", "NZ", &env, out), COUNTRY_FROM_FLAG);
	assert_string_equal(out, "AU");
	assert_int_equal(country_resolve(NULL, "NZ", &env, out), COUNTRY_FROM_SETTING);
	assert_string_equal(out, "NZ");
	assert_int_equal(country_resolve(NULL, NULL, &env, out), COUNTRY_FROM_LOCALE);
	assert_string_equal(out, "US");
	/* An invalid flag falls through to the next source, never to a guess. */
	assert_int_equal(country_resolve("xyz", NULL, &env, out), COUNTRY_FROM_LOCALE);
	assert_string_equal(out, "US");
}

static void test_resolve_unknown(void **state)
{
	(void)state;
	char out[COUNTRY_CODE_SIZE] = "ZZ";
	struct locale_env env = {.lang = "C.UTF-8"};
	assert_int_equal(country_resolve(NULL, NULL, &env, out), COUNTRY_UNKNOWN);
	assert_string_equal(out, "");
	struct locale_env lang_only = {.lc_all = "de"};
	assert_int_equal(country_resolve(NULL, "", &lang_only, out), COUNTRY_UNKNOWN);
	assert_string_equal(out, "");
	/* LC_ALL without a territory wins over a LANG with one: POSIX order. */
	struct locale_env mixed = {.lc_all = "C", .lang = "en_GB.UTF-8"};
	assert_int_equal(country_resolve(NULL, NULL, &mixed, out), COUNTRY_UNKNOWN);
	assert_int_equal(country_resolve(NULL, NULL, NULL, out), COUNTRY_UNKNOWN);
}

static const char *read_as(const char *typed)
{
	static char code[COUNTRY_CODE_SIZE];
	struct country_list list;
	crisis_builtin_country_list(&list);
	return country_list_read(&list, typed, code) ? code : "";
}

/* A real alpha-2 code in any case, UK for GB, or an English name; nothing
 * else. */
static void test_read_codes_and_names(void **state)
{
	(void)state;
	assert_string_equal(read_as("gb"), "GB");
	assert_string_equal(read_as(" UK "), "GB");
	assert_string_equal(read_as("nz"), "NZ");
	assert_string_equal(read_as("Germany"), "DE");
	assert_string_equal(read_as("united states of america"), "US");
	assert_string_equal(read_as("Turkiye"), "TR");
	assert_string_equal(read_as("T\xc3\xbcrkiye"), "TR");
	assert_string_equal(read_as("C\xc3\xb4te d\xe2\x80\x99Ivoire"), "CI");
	assert_string_equal(read_as("ZZ"), "");
	assert_string_equal(read_as("XX"), "");
	assert_string_equal(read_as("G"), "");
	assert_string_equal(read_as("DEU"), "");
	assert_string_equal(read_as("\x1b[31m"), "");
	assert_string_equal(read_as(""), "");
}

static struct country_suggestion suggest(const char *typed)
{
	static const char rows[][COUNTRY_CODE_SIZE] = {"DE", "GB", "GR", "MX", "NZ", "US"};
	struct country_list list;
	crisis_builtin_country_list(&list);
	struct country_suggestion s;
	country_list_suggest(&list, typed, rows, sizeof(rows) / sizeof(rows[0]), &s);
	return s;
}

static void test_suggestions(void **state)
{
	(void)state;
	struct country_suggestion s = suggest("USA");
	assert_true(s.exact);
	assert_int_equal(s.count, 1);
	assert_string_equal(s.codes[0], "US");
	s = suggest("deu");
	assert_true(s.exact);
	assert_string_equal(s.codes[0], "DE");
	s = suggest("Holland");
	assert_true(s.exact);
	assert_string_equal(s.codes[0], "NL");
	/* One letter away, among the codes with crisis lines. */
	s = suggest("G");
	assert_false(s.exact);
	assert_int_equal(s.count, 2);
	assert_string_equal(s.codes[0], "GB");
	assert_string_equal(s.codes[1], "GR");
	s = suggest("XX");
	assert_int_equal(s.count, 1);
	assert_string_equal(s.codes[0], "MX");
	s = suggest("\x1b\x1b");
	assert_int_equal(s.count, 0);
	s = suggest("Atlantis");
	assert_int_equal(s.count, 0);
	/* A name mistyped in a hurry: two letters swapped, one left out. */
	s = suggest("Untied Kingdom");
	assert_false(s.exact);
	assert_int_equal(s.count, 1);
	assert_string_equal(s.codes[0], "GB");
	s = suggest("germny");
	assert_int_equal(s.count, 1);
	assert_string_equal(s.codes[0], "DE");
	s = suggest("New Zeland");
	assert_int_equal(s.count, 1);
	assert_string_equal(s.codes[0], "NZ");
	/* Far from every name: nothing guessed. */
	s = suggest("Narnia");
	assert_int_equal(s.count, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_locale_with_territory),
		cmocka_unit_test(test_locale_bcp47),
		cmocka_unit_test(test_locale_without_territory),
		cmocka_unit_test(test_locale_malformed),
		cmocka_unit_test(test_normalize),
		cmocka_unit_test(test_locale_in_force_order),
		cmocka_unit_test(test_resolve_order),
		cmocka_unit_test(test_resolve_unknown),
		cmocka_unit_test(test_read_codes_and_names),
		cmocka_unit_test(test_suggestions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
