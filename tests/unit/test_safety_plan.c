/* core/safety_plan.c and content/safety_shown_file.c: the plan as a
 * value, what a line may hold, how it is shown, and the text of the file
 * of lines shown while locked.
 *   enum safety_line_problem safety_line_check(const char *text, size_t len);
 *   void safety_plan_format_shown(const struct safety_plan *plan, struct str *out);
 *   size_t safety_shown_parse(const char *text, size_t len, struct safety_plan *out,
 *                             size_t *first_bad);
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "content/safety_shown_file.h"
#include "core/safety_plan.h"

static void add(struct safety_plan *plan, enum safety_section section, const char *text,
                bool shown)
{
	safety_plan_add(plan, section, text, strlen(text), shown);
}

/* Seven parts, each with an id the file and diary use, a title and a
 * question; ids are found again, unknown ones are not. */
static void test_sections(void **state)
{
	(void)state;
	for (int s = 0; s < SAFETY_SECTION_COUNT; s++) {
		const struct safety_section_info *info = safety_section_info((enum safety_section)s);
		assert_non_null(info);
		assert_true(strlen(info->title) > 0);
		assert_non_null(strchr(info->prompt, '?')); /* it asks the person something */
		enum safety_section found;
		assert_true(safety_section_find(info->id, &found));
		assert_int_equal(found, s);
	}
	enum safety_section found;
	assert_false(safety_section_find("Warning-signs", &found));
	assert_false(safety_section_find("", &found));
	assert_null(safety_section_info(SAFETY_SECTION_COUNT));
	assert_string_equal(safety_section_info(SAFETY_PEOPLE)->title, "People I can ask for help");
}

/* A line is one line of text a terminal shows as it is: no newline, tab,
 * escape (C0), DEL or C1 control (U+009B is a terminal's CSI); valid
 * UTF-8; not blank; at most SAFETY_LINE_CHARS_MAX characters, counted as
 * characters, not bytes. */
static void test_line_check(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		size_t len;
		enum safety_line_problem want;
	} cases[] = {
#define LINE(text) text, sizeof(text) - 1
		{LINE("Sam: 07700 900123"), SAFETY_LINE_OK},
		{LINE("Z\xc3\xb6\xc3\xa9 \xe5\xae\x89\xe5\xbf\x83 \xf0\x9f\x92\x99"), SAFETY_LINE_OK},
		{LINE("no\xc2\xa0" "break"), SAFETY_LINE_OK},
		{LINE(""), SAFETY_LINE_EMPTY},
		{LINE("   "), SAFETY_LINE_EMPTY},
		{LINE("two\nlines"), SAFETY_LINE_NOT_TEXT},
		{LINE("a\ttab"), SAFETY_LINE_NOT_TEXT},
		{LINE("esc \x1b[2J"), SAFETY_LINE_NOT_TEXT},
		{LINE("del \x7f"), SAFETY_LINE_NOT_TEXT},
		{LINE("csi \xc2\x9b" "2J"), SAFETY_LINE_NOT_TEXT},
		{LINE("bad \xff"), SAFETY_LINE_NOT_TEXT},
		{LINE("nul\0after"), SAFETY_LINE_NOT_TEXT},
#undef LINE
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (safety_line_check(cases[i].text, cases[i].len) != cases[i].want) {
			fail_msg("case %zu: %d, expected %d", i,
			         (int)safety_line_check(cases[i].text, cases[i].len), (int)cases[i].want);
		}
	}
	struct str line = {0};
	for (int i = 0; i < SAFETY_LINE_CHARS_MAX; i++) {
		str_append(&line, "\xe5\xae\x89"); /* 3 bytes, one character */
	}
	assert_int_equal(safety_line_check(line.buf, line.len), SAFETY_LINE_OK);
	str_append(&line, "x");
	assert_int_equal(safety_line_check(line.buf, line.len), SAFETY_LINE_TOO_LONG);
	str_finish(&line);
}

/* Adding, removing and copying keep order and marks; equal and
 * same_shown tell plans apart as the person would. */
static void test_plan_value(void **state)
{
	(void)state;
	struct safety_plan a = {0};
	add(&a, SAFETY_COPING, "music", false);
	add(&a, SAFETY_COPING, "a walk", true);
	add(&a, SAFETY_COPING, "a shower", false);
	safety_plan_remove(&a, SAFETY_COPING, 0);
	safety_plan_remove(&a, SAFETY_COPING, 9); /* none: nothing happens */
	assert_int_equal(a.sections[SAFETY_COPING].count, 2);
	assert_string_equal(str_cstr(&a.sections[SAFETY_COPING].items[0].text), "a walk");
	assert_int_equal(safety_plan_count(&a), 2);
	assert_int_equal(safety_plan_shown_count(&a), 1);

	struct safety_plan b = {0};
	safety_plan_copy(&b, &a);
	assert_true(safety_plan_equal(&a, &b));
	b.sections[SAFETY_COPING].items[1].shown = true;
	assert_false(safety_plan_equal(&a, &b));
	assert_false(safety_plan_same_shown(&a, &b));
	b.sections[SAFETY_COPING].items[1].shown = false;
	add(&b, SAFETY_REASONS, "my sister", false); /* not shown: same shown lines */
	assert_false(safety_plan_equal(&a, &b));
	assert_true(safety_plan_same_shown(&a, &b));
	safety_plan_clear_section(&b, SAFETY_COPING);
	assert_false(safety_plan_same_shown(&a, &b));
	safety_plan_finish(&a);
	safety_plan_finish(&b);
	assert_int_equal(safety_plan_count(&a), 0);
}

/* Shown: only the lines marked, under their part, a phone number glued
 * so it never breaks; nothing at all when no line is marked. As listed:
 * numbered, marked, or "(nothing here yet)". */
static void test_format(void **state)
{
	(void)state;
	struct safety_plan p = {0};
	struct str out = {0};
	safety_plan_format_shown(&p, &out);
	assert_string_equal(str_cstr(&out), "");
	add(&p, SAFETY_WARNING_SIGNS, "not sleeping", false);
	add(&p, SAFETY_PEOPLE, "Sam: 07700 900123", true);
	add(&p, SAFETY_PEOPLE, "Mum", false);
	add(&p, SAFETY_REASONS, "my cat", true);
	safety_plan_format_shown(&p, &out);
	assert_string_equal(str_cstr(&out), "  People I can ask for help:\n"
	                                    "    Sam: 07700\xc2\xa0" "900123\n"
	                                    "  Reasons for living:\n"
	                                    "    my cat\n");
	str_clear(&out);
	safety_plan_format_lines(&p, SAFETY_PEOPLE, &out);
	safety_plan_format_lines(&p, SAFETY_COPING, &out);
	assert_string_equal(str_cstr(&out), "  1. Sam: 07700\xc2\xa0" "900123  [shown when locked]\n"
	                                    "  2. Mum\n"
	                                    "  (nothing here yet)\n");
	str_finish(&out);
	safety_plan_finish(&p);
}

/* The file holds the shown lines only, and reads back as them; lines it
 * cannot take (an unknown part, a control character, a part past its
 * limit, no tab) are left out and counted, the first one's number kept. */
static void test_shown_file_text(void **state)
{
	(void)state;
	struct safety_plan p = {0};
	add(&p, SAFETY_WARNING_SIGNS, "hidden words", false);
	add(&p, SAFETY_PEOPLE, "Sam: 07700 900123", true);
	add(&p, SAFETY_PROFESSIONALS, "Dr Lee \xe2\x80\x94 0161 496 0000", true);
	struct str text = {0};
	safety_shown_format(&p, &text);
	assert_null(strstr(str_cstr(&text), "hidden words"));
	assert_non_null(strstr(str_cstr(&text), "NOT encrypted"));
	struct safety_plan back = {0};
	size_t first_bad;
	assert_int_equal(safety_shown_parse(text.buf, text.len, &back, &first_bad), 0);
	assert_int_equal(first_bad, 0);
	assert_true(safety_plan_same_shown(&p, &back));
	assert_int_equal(safety_plan_count(&back), 2);

	str_clear(&text);
	str_append(&text, "# a comment\n\npeople\tSam\nhopes\tx\ncoping\tesc \x1b[2J\nno tab\n");
	for (int i = 0; i <= SAFETY_LINES_MAX; i++) {
		str_append(&text, "reasons\tmy cat\n");
	}
	str_append(&text, "coping\tlast, with no newline");
	assert_int_equal(safety_shown_parse(text.buf, text.len, &back, &first_bad), 4);
	assert_int_equal(first_bad, 4);
	assert_int_equal(back.sections[SAFETY_PEOPLE].count, 1);
	assert_int_equal(back.sections[SAFETY_REASONS].count, SAFETY_LINES_MAX);
	assert_string_equal(str_cstr(&back.sections[SAFETY_COPING].items[0].text),
	                    "last, with no newline");
	str_finish(&text);
	safety_plan_finish(&back);
	safety_plan_finish(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sections),
		cmocka_unit_test(test_line_check),
		cmocka_unit_test(test_plan_value),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_shown_file_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
