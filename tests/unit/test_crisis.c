/* content/crisis_load.c and core/crisis_card.c: the compiled-in table, user
 * files that add or update rows, and the card a person reads in crisis. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/crisis_load.h"
#include "core/crisis_card.h"

static const char *card_for(const struct crisis_table *table, const char *code,
                            struct str *out)
{
	struct crisis_who who = {.source = COUNTRY_FROM_FLAG};
	if (code != NULL) {
		strcpy(who.code, code);
	} else {
		who.source = COUNTRY_UNKNOWN;
	}
	str_clear(out);
	crisis_card_format(table, &who, out);
	return str_cstr(out);
}

static int setup_builtin(void **state)
{
	static struct crisis_table table;
	crisis_table_init(&table);
	if (!crisis_load_builtin(&table)) {
		return -1;
	}
	*state = &table;
	return 0;
}

static int teardown_table(void **state)
{
	crisis_table_finish(*state);
	return 0;
}

static void test_builtin_has_every_row_complete(void **state)
{
	struct crisis_table *table = *state;
	assert_true(table->count >= 30);
	for (size_t i = 0; i < table->count; i++) {
		const struct crisis_country *row = &table->countries[i];
		assert_int_equal(strlen(row->code), 2);
		assert_non_null(row->emergency);
		assert_non_null(row->verified);
		assert_true(row->source_count >= 1);
		assert_true(row->line_count >= 1);
		assert_int_equal(row->origin, CRISIS_BUILT_IN);
	}
}

static void test_examples_from_the_issue(void **state)
{
	struct crisis_table *table = *state;
	struct str card = {0};
	const char *gb = card_for(table, "GB", &card);
	assert_non_null(strstr(gb, "116 123"));
	assert_non_null(strstr(gb, "999"));
	const char *us = card_for(table, "US", &card);
	assert_non_null(strstr(us, "988"));
	assert_non_null(strstr(us, "911"));
	const char *au = card_for(table, "AU", &card);
	assert_non_null(strstr(au, "13 11 14"));
	assert_non_null(strstr(au, "000"));
	str_finish(&card);
}

/* Every row: the emergency number comes first, then each line's number
 * and hours, then findahelpline for that country and the checked date. */
static void test_every_country_card(void **state)
{
	struct crisis_table *table = *state;
	struct str card = {0};
	for (size_t i = 0; i < table->count; i++) {
		const struct crisis_country *row = &table->countries[i];
		const char *text = card_for(table, row->code, &card);
		const char *emergency = strstr(text, row->emergency);
		assert_non_null(emergency);
		for (size_t l = 0; l < row->line_count; l++) {
			const struct crisis_line *line = &row->lines[l];
			const char *at = line->phone != NULL ? strstr(text, line->phone)
			                                     : strstr(text, line->text);
			assert_non_null(at);
			assert_true(at > emergency);
			assert_non_null(strstr(at, line->hours));
		}
		char url[64];
		snprintf(url, sizeof(url), "https://findahelpline.com/%s", row->code);
		assert_non_null(strstr(text, url));
		assert_non_null(strstr(text, row->verified));
	}
	str_finish(&card);
}

static bool card_mentions_any_line(const struct crisis_table *table, const char *text)
{
	for (size_t i = 0; i < table->count; i++) {
		for (size_t l = 0; l < table->countries[i].line_count; l++) {
			const char *phone = table->countries[i].lines[l].phone;
			if (phone != NULL && strlen(phone) > 3 && strstr(text, phone) != NULL) {
				return true;
			}
		}
	}
	return false;
}

static void test_unknown_country_shows_no_line(void **state)
{
	struct crisis_table *table = *state;
	struct str card = {0};
	const char *text = card_for(table, NULL, &card);
	assert_non_null(strstr(text, "local emergency number"));
	assert_non_null(strstr(text, "112"));
	assert_non_null(strstr(text, "https://findahelpline.com"));
	assert_false(card_mentions_any_line(table, text));
	assert_null(strstr(text, "988"));
	assert_null(strstr(text, "116 123"));
	str_finish(&card);
}

static void test_uncovered_country_shows_no_other_line(void **state)
{
	struct crisis_table *table = *state;
	struct str card = {0};
	const char *text = card_for(table, "RO", &card);
	assert_non_null(strstr(text, "local emergency number"));
	assert_non_null(strstr(text, "https://findahelpline.com/RO"));
	assert_false(card_mentions_any_line(table, text));
	str_finish(&card);
}

static void test_limited_hours_get_advice(void **state)
{
	struct crisis_table *table = *state;
	struct str card = {0};
	const struct crisis_country *it = crisis_table_find(table, "IT");
	assert_non_null(it);
	for (size_t l = 0; l < it->line_count; l++) {
		assert_false(crisis_line_always_open(&it->lines[l]));
	}
	const char *text = card_for(table, "IT", &card);
	assert_non_null(strstr(text, "None of these lines is open around the clock"));
	/* Where a 24/7 line exists it is listed before the limited one. */
	text = card_for(table, "JP", &card);
	const char *yorisoi = strstr(text, "0120-279-338");
	const char *inochi = strstr(text, "0120-783-556");
	assert_non_null(yorisoi);
	assert_non_null(inochi);
	assert_true(yorisoi < inochi);
	assert_null(strstr(text, "None of these lines is open around the clock"));
	str_finish(&card);
}

static const char user_row[] =
	"version: 1\n"
	"countries:\n"
	"  - code: gb\n"
	"    name: United Kingdom\n"
	"    emergency: \"999\"\n"
	"    verified: \"2026-10\"\n"
	"    sources: [my therapist]\n"
	"    lines:\n"
	"      - name: Local team\n"
	"        phone: \"0100 000 000\"\n"
	"        hours: \"24/7\"\n"
	"  - code: RO\n"
	"    name: Romania\n"
	"    emergency: \"112\"\n"
	"    verified: \"2026-10\"\n"
	"    sources: [my therapist]\n"
	"    lines:\n"
	"      - name: Local line\n"
	"        text: text HELLO to 1234\n"
	"        hours: weekdays 09:00-17:00\n";

static void test_user_file_updates_and_adds(void **state)
{
	struct crisis_table *table = *state;
	size_t before = table->count;
	struct str err = {0};
	assert_true(crisis_load_buffer(user_row, strlen(user_row), CRISIS_USER, table, &err));
	assert_int_equal(table->count, before + 1);
	const struct crisis_country *gb = crisis_table_find(table, "GB");
	assert_int_equal(gb->origin, CRISIS_USER);
	assert_string_equal(gb->lines[0].phone, "0100 000 000");
	struct str card = {0};
	const char *text = card_for(table, "RO", &card);
	assert_non_null(strstr(text, "Local line: text HELLO to 1234. Hours: weekdays 09:00-17:00."));
	assert_non_null(strstr(text, "your own crisis file"));
	/* Rows the file does not mention stay as built in. */
	assert_non_null(strstr(card_for(table, "US", &card), "988"));
	str_finish(&card);
	str_finish(&err);
}

/* A broken file changes nothing and says which line is wrong. */
static void expect_rejected(const char *yaml, const char *problem)
{
	struct crisis_table table;
	crisis_table_init(&table);
	assert_true(crisis_load_builtin(&table));
	const struct crisis_country *gb = crisis_table_find(&table, "GB");
	char *phone_before = strdup(gb->lines[0].phone);
	size_t count_before = table.count;
	struct str err = {0};
	if (crisis_load_buffer(yaml, strlen(yaml), CRISIS_USER, &table, &err)) {
		fail_msg("accepted a bad file; expected \"%s\"", problem);
	}
	if (strstr(str_cstr(&err), problem) == NULL || strncmp(str_cstr(&err), "line ", 5) != 0) {
		fail_msg("error \"%s\" does not say \"%s\" with a line", str_cstr(&err), problem);
	}
	assert_int_equal(table.count, count_before);
	gb = crisis_table_find(&table, "GB");
	assert_string_equal(gb->lines[0].phone, phone_before);
	assert_int_equal(gb->origin, CRISIS_BUILT_IN);
	free(phone_before);
	str_finish(&err);
	crisis_table_finish(&table);
}

static void test_malformed_files_are_rejected_whole(void **state)
{
	(void)state;
	expect_rejected("version: 1\ncountries:\n  - code: GB\n    name: [unclosed\n", "did not find expected");
	expect_rejected("version: 2\ncountries: []\n", "\"version\" must be 1");
	expect_rejected("- just\n- a list\n", "mapping");
	expect_rejected("version: 1\ncountries:\n  - code: GBR\n", "two-letter");
	expect_rejected("version: 1\ncountries:\n  - code: GB\n    name: UK\n    emergency: \"999\"\n"
	                "    verified: \"2026-13\"\n    sources: [x]\n    lines: []\n",
	                "YYYY-MM");
	expect_rejected("version: 1\ncountries:\n  - code: GB\n    name: UK\n    emergency: \"999\"\n"
	                "    verified: \"2026-10\"\n    sources: [x]\n    lines: []\n",
	                "at least one line");
	expect_rejected("version: 1\ncountries:\n  - code: GB\n    name: UK\n    emergency: \"999\"\n"
	                "    verified: \"2026-10\"\n    sources: [x]\n    lines:\n"
	                "      - name: A\n        hours: \"24/7\"\n",
	                "needs a phone or a text");
	expect_rejected("version: 1\ncountries:\n  - code: GB\n    name: UK\n    emergency: \"999\"\n"
	                "    verified: \"2026-10\"\n    sources: [x]\n    lines:\n"
	                "      - name: A\n        phnoe: \"1\"\n        hours: \"24/7\"\n",
	                "unknown key \"phnoe\"");
	expect_rejected("version: 1\ncountries:\n  - code: GB\n    name: UK\n    emergency: \"999\"\n"
	                "    verified: \"2026-10\"\n    sources: [x]\n    lines:\n"
	                "      - name: A\n        phone: \"1\"\n        hours: \"24/7\"\n"
	                "  - code: GB\n    name: UK\n    emergency: \"999\"\n"
	                "    verified: \"2026-10\"\n    sources: [x]\n    lines:\n"
	                "      - name: A\n        phone: \"1\"\n        hours: \"24/7\"\n",
	                "listed twice");
	expect_rejected("version: 1\ncountries:\n  - code: GB\n    name: \"\xff\xfe\"\n", "line");
	expect_rejected("", "\"version\"");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_builtin_has_every_row_complete, setup_builtin, teardown_table),
		cmocka_unit_test_setup_teardown(test_examples_from_the_issue, setup_builtin, teardown_table),
		cmocka_unit_test_setup_teardown(test_every_country_card, setup_builtin, teardown_table),
		cmocka_unit_test_setup_teardown(test_unknown_country_shows_no_line, setup_builtin, teardown_table),
		cmocka_unit_test_setup_teardown(test_uncovered_country_shows_no_other_line, setup_builtin, teardown_table),
		cmocka_unit_test_setup_teardown(test_limited_hours_get_advice, setup_builtin, teardown_table),
		cmocka_unit_test_setup_teardown(test_user_file_updates_and_adds, setup_builtin, teardown_table),
		cmocka_unit_test(test_malformed_files_are_rejected_whole),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
