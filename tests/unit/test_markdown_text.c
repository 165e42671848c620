/* content/markdown_text.c: a therapist's Markdown as text to show, with
 * its strong phrases. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "content/markdown_text.h"

static void expect(const char *md, const char *want, const char *want_bold, size_t want_count)
{
	struct str text = {0}, bold = {0};
	size_t count = 99;
	markdown_text(md, strlen(md), &text, &bold, &count);
	assert_string_equal(str_cstr(&text), want);
	assert_int_equal(count, want_count);
	/* The phrases, each ending in its NUL: compare them joined by '|'. */
	struct str joined = {0};
	const char *p = bold.buf;
	for (size_t i = 0; i < count; i++) {
		str_appendf(&joined, "%s%s", i ? "|" : "", p);
		p += strlen(p) + 1;
	}
	assert_string_equal(str_cstr(&joined), want_bold);
	str_finish(&joined);
	str_finish(&text);
	str_finish(&bold);
}

static void paragraphs_and_lists(void **state)
{
	(void)state;
	expect("Try it **after dinner**,\nwhen it is quiet.",
	       "Try it after dinner, when it is quiet.", "after dinner", 1);
	expect("# This week\n\nFirst paragraph.\n\nSecond one.",
	       "This week\n\nFirst paragraph.\n\nSecond one.", "", 0);
	expect("Do these:\n\n- breathe *slowly*\n- **notice** your feet\n\nThen rest.",
	       "Do these:\n\n- breathe slowly\n- notice your feet\n\nThen rest.", "notice", 1);
	expect("1. one\n2. two", "- one\n- two", "", 0);
	expect("- outer\n  - inner", "- outer\n  - inner", "", 0);
	expect("line one  \nline two", "line one\nline two", "", 0);
	expect("<b>as written</b>", "<b>as written</b>", "", 0);
	expect("", "", "", 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(paragraphs_and_lists),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
