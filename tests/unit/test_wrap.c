/* core/wrap.c and core/ascii.c: how every text reaches the terminal. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "core/ascii.h"
#include "core/str.h"
#include "core/text_width.h"
#include "core/wrap.h"

#define NBSP "\xc2\xa0"
#define ACUTE "\xcc\x81" /* U+0301 COMBINING ACUTE ACCENT */

/* Every line is valid UTF-8 and holds no no-break space. */
static void expect_clean_lines(const struct wrapped *w)
{
	for (size_t i = 0; i < w->count; i++) {
		const char *line = w->lines[i];
		if (!str_is_utf8(line, strlen(line))) {
			fail_msg("line %zu is not valid UTF-8", i);
		}
		if (strstr(line, NBSP) != NULL) {
			fail_msg("line %zu kept a no-break space: \"%s\"", i, line);
		}
	}
}

/* Columns of the widest line. */
static size_t widest(const struct wrapped *w)
{
	size_t max = 0;
	for (size_t i = 0; i < w->count; i++) {
		size_t cols = text_width_utf8(w->lines[i], strlen(w->lines[i]));
		max = cols > max ? cols : max;
	}
	return max;
}

/* The text without its spaces (a no-break space counts as one): what
 * wrapping must keep, character for character, in order. */
static void squeeze(const char *text, struct str *out)
{
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\n') {
			continue;
		}
		if (p[0] == NBSP[0] && p[1] == NBSP[1]) {
			p++;
			continue;
		}
		str_append_char(out, *p);
	}
}

static void expect_same_text(const char *text, const struct wrapped *w)
{
	struct str want = {0};
	struct str got = {0};
	squeeze(text, &want);
	for (size_t i = 0; i < w->count; i++) {
		squeeze(w->lines[i], &got);
	}
	assert_string_equal(str_cstr(&got), str_cstr(&want));
	str_finish(&want);
	str_finish(&got);
}

static void test_breaks_at_spaces_with_hanging_indent(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_text("  - one two three four five six seven", 20, &w);
	assert_int_equal(w.count, 3);
	assert_string_equal(w.lines[0], "  - one two three");
	assert_string_equal(w.lines[1], "    four five six");
	assert_string_equal(w.lines[2], "    seven");
	wrapped_finish(&w);
}

/* A glued phone number never breaks and prints with plain spaces. */
static void test_glued_number_stays_whole(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_text("Samaritans: call 116\xc2\xa0" "123 now", 20, &w);
	assert_int_equal(w.count, 2);
	assert_string_equal(w.lines[0], "Samaritans: call");
	assert_string_equal(w.lines[1], "116 123 now");
	wrapped_finish(&w);
}

/* An address longer than the width overflows whole; plain prose that has
 * no space is cut, but only between characters. */
static void test_long_words(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_text("  https://example.org/a/very/long/path (2020)", 20, &w);
	assert_string_equal(w.lines[0], "  https://example.org/a/very/long/path");
	assert_string_equal(w.lines[1], "  (2020)");
	wrapped_finish(&w);
	/* Twelve three-byte, two-column characters at width 10: five a line,
	 * each line valid UTF-8. */
	const char *cjk = "\xe3\x81\x84\xe3\x81\xae\xe3\x81\xa1\xe3\x81\xae\xe9\x9b\xbb"
	                  "\xe8\xa9\xb1\xe3\x81\x84\xe3\x81\xae\xe3\x81\xa1\xe3\x81\xae"
	                  "\xe9\x9b\xbb\xe8\xa9\xb1";
	wrap_text(cjk, 10, &w);
	assert_int_equal(w.count, 3);
	for (size_t i = 0; i < w.count; i++) {
		assert_true(str_is_utf8(w.lines[i], strlen(w.lines[i])));
		assert_int_equal(strlen(w.lines[i]), i < 2 ? 15 : 6);
	}
	wrapped_finish(&w);
}

/* CJK text has no spaces: it breaks between characters, each line at
 * most width columns (two a character) and valid UTF-8, nothing lost. */
static void test_cjk_without_spaces(void **state)
{
	(void)state;
	/* "In a moment of crisis, please call someone you trust." */
	const char *ja = "\xe5\x8d\xb1\xe6\xa9\x9f\xe3\x81\xae\xe3\x81\xa8\xe3\x81\x8d\xe3\x81"
	                 "\xaf\xe3\x80\x81\xe4\xbf\xa1\xe9\xa0\xbc\xe3\x81\xa7\xe3\x81\x8d\xe3"
	                 "\x82\x8b\xe4\xba\xba\xe3\x81\xab\xe9\x9b\xbb\xe8\xa9\xb1\xe3\x81\x97"
	                 "\xe3\x81\xa6\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84\xe3\x80\x82";
	for (int width = 2; width <= 30; width++) {
		struct wrapped w;
		wrap_text(ja, width, &w);
		expect_clean_lines(&w);
		expect_same_text(ja, &w);
		assert_true(widest(&w) <= (size_t)width);
		/* Full lines: a line leaves at most the room of one character
		 * and the punctuation that may not start the next line. */
		for (size_t i = 0; i + 1 < w.count; i++) {
			assert_true(text_width_utf8(w.lines[i], strlen(w.lines[i])) + 4 >=
			            (size_t)width);
		}
		/* "、" and "。" never start a line (UAX #14) when the line has
		 * room for them and the character before. */
		for (size_t i = 0; width >= 4 && i < w.count; i++) {
			assert_false(strncmp(w.lines[i], "\xe3\x80\x81", 3) == 0);
			assert_false(strncmp(w.lines[i], "\xe3\x80\x82", 3) == 0);
		}
		wrapped_finish(&w);
	}
}

/* Wide characters count two columns; a break falls between two of them
 * where Unicode allows it, after Latin text and a space as ever. */
static void test_wide_characters_count_two(void **state)
{
	(void)state;
	assert_int_equal(text_width_of('a'), 1);
	assert_int_equal(text_width_of(0x65E5), 2);  /* 日 */
	assert_int_equal(text_width_of(0xAC00), 2);  /* 가 */
	assert_int_equal(text_width_of(0xFF21), 2);  /* fullwidth A */
	assert_int_equal(text_width_of(0x0301), 0);  /* combining acute */
	assert_int_equal(text_width_of(0x200B), 0);  /* zero width space */
	assert_int_equal(text_width_of(0x00E9), 1);  /* é */
	assert_int_equal(text_width_of(0x00A0), 1);
	assert_int_equal(text_width_utf8("ab \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 12), 9);
	assert_int_equal(text_width_utf8("e" ACUTE, 3), 1);

	struct wrapped w;
	wrap_text("ab \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 7, &w); /* ab 日本語 */
	assert_int_equal(w.count, 2);
	assert_string_equal(w.lines[0], "ab \xe6\x97\xa5\xe6\x9c\xac");
	assert_string_equal(w.lines[1], "\xe8\xaa\x9e");
	wrapped_finish(&w);
	wrap_text("ab \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 6, &w);
	assert_int_equal(w.count, 2);
	assert_string_equal(w.lines[0], "ab \xe6\x97\xa5");
	assert_string_equal(w.lines[1], "\xe6\x9c\xac\xe8\xaa\x9e");
	wrapped_finish(&w);
}

/* A combining mark stays with its base, even in a word cut because it is
 * too long for the line. */
static void test_combining_marks_stay_with_base(void **state)
{
	(void)state;
	/* Twelve "e" + U+0301, one column each. */
	const char *word = "e" ACUTE "e" ACUTE "e" ACUTE "e" ACUTE "e" ACUTE "e" ACUTE
	                   "e" ACUTE "e" ACUTE "e" ACUTE "e" ACUTE "e" ACUTE "e" ACUTE;
	for (int width = 1; width <= 13; width++) {
		struct wrapped w;
		wrap_text(word, width, &w);
		expect_clean_lines(&w);
		expect_same_text(word, &w);
		assert_int_equal(w.count, (12 + width - 1) / width);
		for (size_t i = 0; i < w.count; i++) {
			assert_int_equal(w.lines[i][0], 'e');
			size_t len = strlen(w.lines[i]);
			assert_int_equal(len % 3, 0);
			assert_memory_equal(w.lines[i] + len - 2, ACUTE, 2);
			assert_true(text_width_utf8(w.lines[i], len) <= (size_t)width);
		}
		wrapped_finish(&w);
	}
}

/* Emoji are two columns; a sequence joined with U+200D is one character
 * and is never split. */
static void test_emoji(void **state)
{
	(void)state;
	assert_int_equal(text_width_of(0x1F642), 2); /* 🙂 */
	assert_int_equal(text_width_of(0x1F4DE), 2); /* 📞 */
	struct wrapped w;
	wrap_text("\xf0\x9f\x99\x82\xf0\x9f\x99\x82\xf0\x9f\x99\x82\xf0\x9f\x99\x82"
	          "\xf0\x9f\x99\x82", 5, &w);
	assert_int_equal(w.count, 3);
	assert_string_equal(w.lines[0], "\xf0\x9f\x99\x82\xf0\x9f\x99\x82");
	assert_string_equal(w.lines[2], "\xf0\x9f\x99\x82");
	wrapped_finish(&w);

	/* 👩‍💻 three times: woman, zero width joiner, laptop. */
#define CODER "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb"
	wrap_text(CODER CODER CODER, 4, &w);
	assert_int_equal(w.count, 3);
	for (size_t i = 0; i < w.count; i++) {
		assert_string_equal(w.lines[i], CODER);
	}
	wrapped_finish(&w);
#undef CODER

	wrap_text("Call \xf0\x9f\x93\x9e 116" NBSP "123 now", 11, &w);
	expect_clean_lines(&w);
	assert_int_equal(w.count, 2);
	assert_string_equal(w.lines[0], "Call \xf0\x9f\x93\x9e");
	assert_string_equal(w.lines[1], "116 123 now");
	wrapped_finish(&w);
}

/* A number glued with no-break spaces is never split, at any width: it
 * overflows a line too narrow for it. Words glued the same way never part
 * at the glue either. */
static void test_glued_number_never_split(void **state)
{
	(void)state;
	const char *text = "If you are in danger call 0800" NBSP "123" NBSP "4567 or 999 now.";
	for (int width = 1; width <= 50; width++) {
		struct wrapped w;
		wrap_text(text, width, &w);
		expect_clean_lines(&w);
		expect_same_text(text, &w);
		int holding = 0;
		for (size_t i = 0; i < w.count; i++) {
			holding += strstr(w.lines[i], "0800 123 4567") != NULL;
			if (strstr(w.lines[i], "0800") != NULL &&
			    strstr(w.lines[i], "0800 123 4567") == NULL) {
				fail_msg("width %d split the number: \"%s\"", width, w.lines[i]);
			}
		}
		assert_int_equal(holding, 1);
		wrapped_finish(&w);
	}
	/* No digit: the word is cut when too long, but not at the glue. */
	for (int width = 1; width <= 12; width++) {
		struct wrapped w;
		wrap_text("abc" NBSP "def" NBSP "ghi", width, &w);
		expect_clean_lines(&w);
		for (size_t i = 0; i < w.count; i++) {
			size_t len = strlen(w.lines[i]);
			assert_true(len > 0);
			assert_int_not_equal(w.lines[i][0], ' ');
			assert_int_not_equal(w.lines[i][len - 1], ' ');
		}
		wrapped_finish(&w);
	}
}

/* Breaks inside Latin words are not taken: "--help" and "two-letter" stay
 * whole (Unicode would allow a break after each hyphen); a path after a
 * space moves to the next line (Unicode would forbid a break before "/"). */
static void test_latin_breaks_only_at_spaces(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_text("Run 'wisemind --help' for usage.", 25, &w);
	assert_int_equal(w.count, 2);
	assert_string_equal(w.lines[0], "Run 'wisemind --help'");
	assert_string_equal(w.lines[1], "for usage.");
	wrapped_finish(&w);
	wrap_text("x two-letter code", 11, &w);
	assert_string_equal(w.lines[0], "x");
	assert_string_equal(w.lines[1], "two-letter");
	wrapped_finish(&w);
	wrap_text("see the file /tmp/home/crisis.yaml now", 20, &w);
	assert_int_equal(w.count, 3);
	assert_string_equal(w.lines[0], "see the file");
	assert_string_equal(w.lines[1], "/tmp/home/crisis.yaml");
	assert_string_equal(w.lines[2], "now");
	wrapped_finish(&w);
	/* A number inside CJK text is glued; the text around it still wraps. */
	const char *ja = "\xe9\x9b\xbb\xe8\xa9\xb1\xe3\x81\xaf" "0120123456\xe3\x81\xa7\xe3\x81\x99";
	wrap_text(ja, 6, &w);
	expect_clean_lines(&w);
	expect_same_text(ja, &w);
	int holding = 0;
	for (size_t i = 0; i < w.count; i++) {
		holding += strstr(w.lines[i], "0120123456") != NULL;
	}
	assert_int_equal(holding, 1);
	wrapped_finish(&w);
}

/* Invalid UTF-8 never comes out invalid and never crashes: each bad byte
 * becomes U+FFFD, in UTF-8 and in ASCII mode, at any width. */
static void test_invalid_utf8(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_text("\xe3\x81\x84\xe3\x81", 10, &w); /* い, then a cut-short one */
	assert_int_equal(w.count, 1);
	assert_string_equal(w.lines[0], "\xe3\x81\x84\xef\xbf\xbd\xef\xbf\xbd");
	wrapped_finish(&w);
	wrap_text("ok \xff\xc0\xaf \xed\xa0\x80!", 80, &w); /* stray, overlong, surrogate */
	assert_int_equal(w.count, 1);
	expect_clean_lines(&w);
	wrapped_finish(&w);

	/* Random bytes, biased towards UTF-8 lead and continuation bytes. */
	unsigned seed = 12345;
	char text[200];
	for (int round = 0; round < 400; round++) {
		size_t len = 0;
		while (len + 1 < sizeof(text)) {
			seed = seed * 1103515245u + 12345u;
			unsigned r = (seed >> 16) & 0xff;
			char c = r < 40 ? ' ' : r < 60 ? 'a' : r < 70 ? '1' : r < 75 ? '\n'
			         : (char)(r < 140 ? 0x80 + (r & 0x3f) : r);
			text[len++] = c != '\0' ? c : 'z';
		}
		text[len] = '\0';
		int width = 1 + round % 30;
		wrap_for_terminal(text, width, round % 3 == 0, &w);
		expect_clean_lines(&w);
		for (size_t i = 0; round % 3 == 0 && i < w.count; i++) {
			for (const char *p = w.lines[i]; *p != '\0'; p++) {
				assert_true((unsigned char)*p < 0x80);
			}
		}
		wrapped_finish(&w);
	}
}

/* Width 1, and widths narrower than a wide character, end: one character
 * a line, overflowing when it must. Widths below 1 count as 1. */
static void test_narrow_widths_end(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_text("\xe6\x97\xa5\xe6\x9c\xac abc", 1, &w); /* 日本 abc */
	assert_int_equal(w.count, 5);
	assert_string_equal(w.lines[0], "\xe6\x97\xa5");
	assert_string_equal(w.lines[1], "\xe6\x9c\xac");
	assert_string_equal(w.lines[2], "a");
	assert_string_equal(w.lines[4], "c");
	wrapped_finish(&w);
	for (int width = -3; width <= 3; width++) {
		wrap_text("  - one \xe6\x97\xa5\xe6\x9c\xac two" NBSP "3\n\n" "e" ACUTE "x", width, &w);
		expect_clean_lines(&w);
		assert_true(w.count >= 5 && w.count <= 20);
		wrapped_finish(&w);
	}
	wrap_text("abc", 0, &w);
	assert_int_equal(w.count, 3);
	wrapped_finish(&w);
}

/* ASCII mode folds first, then wraps: the glue survives the fold. */
static void test_ascii_only_folds_first(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_for_terminal("Tel\xc3\xa9" "fono: 116" NBSP "123 \xe2\x80\x93 24h", 13, true, &w);
	assert_int_equal(w.count, 2);
	assert_string_equal(w.lines[0], "Telefono:");
	assert_string_equal(w.lines[1], "116 123 - 24h");
	wrapped_finish(&w);
	wrap_for_terminal("Tel\xc3\xa9" "fono: 116" NBSP "123", 12, false, &w);
	assert_string_equal(w.lines[0], "Tel\xc3\xa9" "fono:");
	wrapped_finish(&w);
}

/* Lines keep their breaks; an empty line stays; spaces at the end of a
 * line are dropped, so they do not push a word to the next line. */
static void test_lines_and_spaces(void **state)
{
	(void)state;
	struct wrapped w;
	wrap_text("one\n\ntwo three   \n", 9, &w);
	assert_int_equal(w.count, 3);
	assert_string_equal(w.lines[0], "one");
	assert_string_equal(w.lines[1], "");
	assert_string_equal(w.lines[2], "two three");
	wrapped_finish(&w);
	wrap_text("", 9, &w);
	assert_int_equal(w.count, 0);
	wrapped_finish(&w);
	/* Numbered list items hang too. */
	wrap_text("12. alpha beta gamma", 12, &w);
	assert_string_equal(w.lines[0], "12. alpha");
	assert_string_equal(w.lines[1], "    beta");
	assert_string_equal(w.lines[2], "    gamma");
	wrapped_finish(&w);
}

static void test_ascii_fold(void **state)
{
	(void)state;
	struct str out = {0};
	ascii_fold("L\xc3\xadnea \xe2\x80\x93 Tel\xc3\xa9" "fono \xe3\x81\x84 \x1b[2J\xff!", &out);
	assert_string_equal(str_cstr(&out), "Linea - Telefono ? ?[2J?!");
	str_clear(&out);
	ascii_fold("116\xc2\xa0" "123", &out);
	assert_string_equal(str_cstr(&out), "116\xc2\xa0" "123");
	/* TIP's water temperature, on an ASCII terminal: one space each side. */
	str_clear(&out);
	ascii_fold("above 10 \xc2\xb0" "C (50\xc2\xb0" "F).", &out);
	assert_string_equal(str_cstr(&out), "above 10 degrees C (50 degrees F).");
	str_finish(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_breaks_at_spaces_with_hanging_indent),
		cmocka_unit_test(test_glued_number_stays_whole),
		cmocka_unit_test(test_long_words),
		cmocka_unit_test(test_ascii_fold),
		cmocka_unit_test(test_cjk_without_spaces),
		cmocka_unit_test(test_wide_characters_count_two),
		cmocka_unit_test(test_combining_marks_stay_with_base),
		cmocka_unit_test(test_emoji),
		cmocka_unit_test(test_glued_number_never_split),
		cmocka_unit_test(test_latin_breaks_only_at_spaces),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_narrow_widths_end),
		cmocka_unit_test(test_ascii_only_folds_first),
		cmocka_unit_test(test_lines_and_spaces),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
