/* content/front_matter.c: how a file is split into its YAML front matter
 * and its Markdown body, and that each problem names the file's line. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "content/front_matter.h"

static bool split(const char *text, struct front_matter_split *out)
{
	return front_matter_split(text, strlen(text), out);
}

/* Loads text as "a/x.md" and expects it to fail with want, in full. */
static void expect_refused(const char *text, const char *want)
{
	struct problems p = {0};
	struct front_matter fm;
	if (front_matter_init(&fm, "a/x.md", text, strlen(text), &p)) {
		front_matter_finish(&fm);
		fail_msg("accepted: %s", text);
	}
	assert_int_equal(p.count, 1);
	assert_string_equal(str_cstr(&p.text), want);
	problems_finish(&p);
}

static const char no_dashes[] =
	"a/x.md:1: start the file with a line of three dashes (---), then the front matter, "
	"then another line of three dashes\n";

static void test_no_front_matter(void **state)
{
	(void)state;
	struct front_matter_split s;
	assert_false(split("", &s));
	assert_false(split("# A title\n\nText.\n", &s));
	assert_false(split("--\nid: x\n--\n", &s));
	assert_false(split("----\nid: x\n----\n", &s));
	assert_false(split(" ---\nid: x\n---\n", &s));
	expect_refused("# A title\n\nText.\n", no_dashes);
	expect_refused("", no_dashes);
}

static void test_empty_front_matter(void **state)
{
	(void)state;
	struct front_matter_split s;
	assert_true(split("---\n---\nBody.\n", &s));
	assert_int_equal(s.yaml_start, 4);
	assert_int_equal(s.yaml_len, 0);
	assert_int_equal(s.body_start, 8);
	assert_int_equal(s.body_line, 3);
	/* Split, but there are no keys to read. */
	expect_refused("---\n---\nBody.\n",
	               "a/x.md:2: the front matter must be \"key: value\" lines\n");
	/* Nothing at all after the closing line is an empty body. */
	assert_true(split("---\nid: x\n---", &s));
	assert_int_equal(s.body_start, 13);
	assert_int_equal(s.body_line, 4);
}

static void test_unterminated(void **state)
{
	(void)state;
	struct front_matter_split s;
	assert_false(split("---", &s));
	assert_false(split("---\r", &s));
	assert_false(split("---\n", &s));
	assert_false(split("---\nid: x\nname: y\n", &s));
	assert_false(split("---\nid: x\n----\n\nBody.\n", &s));
	expect_refused("---\nid: x\nname: y\n\nBody.\n", no_dashes);
}

/* "..." ends YAML documents too; it closes the front matter as "---" does. */
static void test_dots_close(void **state)
{
	(void)state;
	struct front_matter_split s;
	assert_true(split("---\nid: x\n...\nBody.\n", &s));
	assert_int_equal(s.yaml_len, 6);
	assert_int_equal(s.body_line, 4);
	assert_false(split("...\nid: x\n---\n", &s));
}

static void test_crlf(void **state)
{
	(void)state;
	static const char text[] = "---\r\nid: x\r\nname: Why\r\n---\r\nBody,\r\nsecond line.\r\n";
	struct front_matter_split s;
	assert_true(split(text, &s));
	assert_int_equal(s.yaml_start, 5);
	assert_int_equal(s.yaml_line, 2);
	assert_int_equal(s.body_line, 5);
	assert_string_equal(text + s.body_start, "Body,\r\nsecond line.\r\n");
	struct problems p = {0};
	struct front_matter fm;
	assert_true(front_matter_init(&fm, "a/x.md", text, strlen(text), &p));
	assert_string_equal(front_matter_text(&fm, fm.root, "name", true), "Why");
	assert_int_equal(front_matter_line(&fm, front_matter_get(&fm, fm.root, "name")), 3);
	assert_int_equal(fm.body_line, 5);
	assert_int_equal(fm.body_len, strlen("Body,\r\nsecond line.\r\n"));
	assert_true(fm.ok);
	front_matter_finish(&fm);
	assert_int_equal(p.count, 0);
}

/* A byte order mark before the dashes is refused, as it always was, with
 * the same problem as any other first line. */
static void test_bom(void **state)
{
	(void)state;
	static const char text[] = "\xEF\xBB\xBF---\nid: x\n---\n\nBody.\n";
	struct front_matter_split s;
	assert_false(split(text, &s));
	expect_refused(text, no_dashes);
}

/* Only the first closing line counts: "---" further down is Markdown (a
 * rule, or a heading's underline). */
static void test_dashes_in_body(void **state)
{
	(void)state;
	static const char text[] = "---\nid: x\n---\nIntro.\n\n---\n\nTitle\n---\n";
	struct problems p = {0};
	struct front_matter fm;
	assert_true(front_matter_init(&fm, "a/x.md", text, strlen(text), &p));
	assert_int_equal(fm.body_line, 4);
	assert_int_equal(fm.body_len, strlen("Intro.\n\n---\n\nTitle\n---\n"));
	assert_memory_equal(fm.body, "Intro.\n\n---\n\nTitle\n---\n", fm.body_len);
	front_matter_finish(&fm);
	assert_int_equal(p.count, 0);
}

/* YAML errors, and problems found in the keys, are at the file's lines. */
static void test_error_lines(void **state)
{
	(void)state;
	expect_refused("---\nid: x\nname: y\n  bad: indent\n---\n",
	               "a/x.md:4: mapping values are not allowed in this context in the front "
	               "matter\n");
	expect_refused("---\nid: x\nname: \"open\n---\n\nBody.\n",
	               "a/x.md:4: found unexpected end of stream (while scanning a quoted scalar) "
	               "in the front matter\n");
	expect_refused("---\n\n- a\n- b\n---\n",
	               "a/x.md:3: the front matter must be \"key: value\" lines\n");
	expect_refused("---\nJust a sentence.\n---\n",
	               "a/x.md:2: the front matter must be \"key: value\" lines\n");

	static const char text[] =
		"---\n"
		"id: Not-An-Id\n"
		"name:\n"
		"  - a list\n"
		"colour: red\n"
		"items: [one, [two], three]\n"
		"---\n";
	struct problems p = {0};
	struct front_matter fm;
	assert_true(front_matter_init(&fm, "a/x.md", text, strlen(text), &p));
	static const char *const known[] = {"id", "name", "items", NULL};
	assert_false(front_matter_check_keys(&fm, fm.root, known));
	char *id = NULL;
	front_matter_id(&fm, &id);
	assert_null(id);
	assert_null(front_matter_text(&fm, fm.root, "name", true));
	assert_null(front_matter_text(&fm, fm.root, "summary", true));
	assert_null(front_matter_text(&fm, fm.root, "acronym", false));
	char **items = NULL;
	size_t count = 0;
	front_matter_list(&fm, fm.root, "items", &items, &count);
	assert_int_equal(count, 2);
	assert_string_equal(items[1], "three");
	assert_null(items[2]);
	for (size_t i = 0; i < count; i++) {
		free(items[i]);
	}
	free(items);
	front_matter_list(&fm, fm.root, "colour", &items, &count);
	assert_false(fm.ok);
	front_matter_finish(&fm);
	assert_string_equal(str_cstr(&p.text),
	                    "a/x.md:5: unknown key \"colour\" (see wisemind-skills(5) for the keys)\n"
	                    "a/x.md:2: the id \"Not-An-Id\" may only have lower-case letters, digits "
	                    "and dashes, and must start with a letter\n"
	                    "a/x.md:4: \"name\" must be one line of text\n"
	                    "a/x.md:2: missing \"summary\" in the front matter\n"
	                    "a/x.md:6: each item of \"items\" must be a line of text\n"
	                    "a/x.md:5: \"colour\" must be a list, like [a, b] or lines starting with "
	                    "\"- \"\n");
	problems_finish(&p);
}

/* The id must be the file's name, wherever the file is. */
static void test_id_matches_file(void **state)
{
	(void)state;
	static const char text[] = "---\nid: stop\n---\n";
	struct problems p = {0};
	struct front_matter fm;
	char *id = NULL;
	assert_true(front_matter_init(&fm, "deep/er/stop.md", text, strlen(text), &p));
	front_matter_id(&fm, &id);
	assert_true(fm.ok);
	assert_string_equal(id, "stop");
	free(id);
	id = NULL;
	front_matter_finish(&fm);
	assert_true(front_matter_init(&fm, "stop-copy.md", text, strlen(text), &p));
	front_matter_id(&fm, &id);
	assert_false(fm.ok);
	assert_string_equal(id, "stop"); /* still read, so later checks can name it */
	free(id);
	front_matter_finish(&fm);
	assert_string_equal(str_cstr(&p.text), "stop-copy.md:2: the id \"stop\" must match the file "
	                                       "name (name the file <id>.md)\n");
	problems_finish(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_front_matter),
		cmocka_unit_test(test_empty_front_matter),
		cmocka_unit_test(test_unterminated),
		cmocka_unit_test(test_dots_close),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_dashes_in_body),
		cmocka_unit_test(test_error_lines),
		cmocka_unit_test(test_id_matches_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
