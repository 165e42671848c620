/* core/handout.c and handout_text.c: the model of a handout from a small
 * skill (cautions before the steps and before a step's other words, a box
 * per question with its label, a scale with its end words, a worksheet
 * grid with blank cells, a list shown back left out when it only repeats
 * the questions), and the text and Markdown writers. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "content/content_file.h"
#include "content/skill_file.h"
#include "core/handout.h"
#include "core/text_width.h"

static const char small[] =
	"---\n"
	"id: small\n"
	"name: Small\n"
	"module: distress-tolerance\n"
	"acronym: Some Means A Lot\n"
	"summary: A skill with one of each.\n"
	"use: crisis\n"
	"minutes: 5\n"
	"cautions:\n"
	"  - Ask a doctor first.\n"
	"when:\n"
	"  - a hard moment\n"
	"---\n"
	"\n"
	"An introduction.\n"
	"\n"
	"## Check in\n"
	"\n"
	"Rate distress: How upset are you?\n"
	"\n"
	"## Cold\n"
	"\n"
	"Caution: Not if your heart is slow.\n"
	"\n"
	"Cool water.\n"
	"\n"
	"Timer: 90 seconds\n"
	"\n"
	"Breathe: in 4, out 6\n"
	"\n"
	"## Weigh\n"
	"\n"
	"Ask {pros}: What is good about it?\n"
	"\n"
	"Ask {cons}: What is hard about it?\n"
	"\n"
	"Show: Both.\n"
	"\n"
	"- Good: {pros}\n"
	"- Hard: {cons}\n"
	"\n"
	"Show: Side by side.\n"
	"\n"
	"| | Now | Later |\n"
	"|---|---|---|\n"
	"| Good | {pros} | about {cons} |\n"
	"\n"
	"## Check again\n"
	"\n"
	"Rate urge: How strong is the urge now?\n";

static struct content_file file;
static struct handout h;

static int load(void **state)
{
	(void)state;
	struct problems p = {0};
	bool ok = content_file_parse(&skill_file_kind, "skills/distress-tolerance/small.md",
	                             "distress-tolerance", small, sizeof(small) - 1, &file, &p);
	if (!ok) {
		fprintf(stderr, "%s", str_cstr(&p.text));
	}
	problems_finish(&p);
	if (!ok) {
		return -1;
	}
	const struct skill *list[] = {file.parsed};
	struct handout_source src = {.title = "Small", .skills = list, .count = 1};
	handout_build(&src, &h);
	return 0;
}

static int unload(void **state)
{
	(void)state;
	handout_finish(&h);
	content_file_finish(&file);
	return 0;
}

/* The index of the first item of kind whose text starts with text. */
static size_t find(enum handout_kind kind, const char *text)
{
	for (size_t i = 0; i < h.count; i++) {
		if (h.items[i].kind == kind && strncmp(h.items[i].text, text, strlen(text)) == 0) {
			return i;
		}
	}
	fail_msg("no item of kind %d with \"%s\"", kind, text);
	return 0;
}

static void test_order(void **state)
{
	(void)state;
	/* One skill, no plan: no title block. */
	assert_int_equal(h.items[0].kind, HANDOUT_SKILL);
	assert_string_equal(h.items[0].text, "Small");
	assert_string_equal(h.items[0].note, "Some Means A Lot");
	size_t summary = find(HANDOUT_PARAGRAPH, "A skill with one of each.");
	size_t skill_caution = find(HANDOUT_CAUTION, "Ask a doctor first.");
	size_t intro = find(HANDOUT_PARAGRAPH, "An introduction.");
	size_t first_step = find(HANDOUT_HEADING, "Step 1: Check in");
	assert_true(summary < skill_caution);
	assert_true(skill_caution < intro);
	assert_true(intro < first_step);
	/* The step's caution comes first in it, before its words. */
	size_t cold = find(HANDOUT_HEADING, "Step 2: Cold");
	size_t caution = find(HANDOUT_CAUTION, "Not if your heart is slow.");
	size_t water = find(HANDOUT_PARAGRAPH, "Cool water.");
	assert_int_equal(caution, cold + 1);
	assert_true(caution < water);
	assert_string_equal(h.items[water + 1].text, "Take 1 minute and 30 seconds.");
	assert_string_equal(h.items[water + 2].text, "Breathe in 4, out 6 seconds.");
	find(HANDOUT_HEADING, "Step 4: Check again");
}

static void test_boxes(void **state)
{
	(void)state;
	size_t pros = find(HANDOUT_BOX, "What is good about it?");
	size_t cons = find(HANDOUT_BOX, "What is hard about it?");
	assert_int_equal(cons, pros + 1);
	assert_true(h.items[pros].lines >= 3);
	/* "Show: Both." only repeats the two boxes: left out. */
	for (size_t i = 0; i < h.count; i++) {
		assert_string_not_equal(h.items[i].text, "Both.");
		if (h.items[i].kind == HANDOUT_BOX) {
			assert_true(i == pros || i == cons);
		}
	}
}

static void test_scales(void **state)
{
	(void)state;
	const struct handout_item *d = &h.items[find(HANDOUT_SCALE, "How upset are you?")];
	assert_int_equal(d->low, 0);
	assert_int_equal(d->high, 10);
	assert_string_equal(d->low_words, "calm");
	assert_string_equal(d->high_words, "the most you can bear");
	const struct handout_item *u = &h.items[find(HANDOUT_SCALE, "How strong is the urge")];
	assert_int_equal(u->high, 5);
	assert_string_equal(u->low_words, "none");
	assert_string_equal(u->high_words, "the strongest");
}

static void test_grid(void **state)
{
	(void)state;
	const struct handout_item *g = &h.items[find(HANDOUT_GRID, "Side by side.")];
	assert_int_equal(g->rows, 2);
	assert_int_equal(g->cols, 3);
	assert_int_equal(g->count, 6);
	assert_string_equal(g->items[1], "Now");
	assert_string_equal(g->items[2], "Later");
	assert_string_equal(g->items[3], "Good");
	assert_null(g->items[4]);                         /* only a field: blank */
	assert_string_equal(g->items[5], "about ________"); /* text around it stays */
}

static void test_text(void **state)
{
	(void)state;
	struct str out = {0};
	handout_text(&h, &out);
	const char *t = str_cstr(&out);
	/* Every line within 72 columns. */
	for (const char *line = t; *line != '\0';) {
		const char *end = strchr(line, '\n');
		assert_non_null(end);
		assert_true(text_width_utf8(line, (size_t)(end - line)) <= HANDOUT_TEXT_WIDTH);
		line = end + 1;
	}
	assert_non_null(strstr(t, "| What is good about it?"));
	assert_non_null(strstr(t, "  Circle one:    0   1   2   3   4   5\n"
	                          "  (0 = none, 5 = the strongest)\n"));
	assert_non_null(strstr(t, "CAUTION: Not if your heart is slow."));
	assert_true(strstr(t, "CAUTION: Not if") < strstr(t, "Cool water."));
	assert_non_null(strstr(t, "| Good"));
	assert_non_null(strstr(t, "\nMade by wisemind."));
	str_finish(&out);
}

static void test_markdown(void **state)
{
	(void)state;
	struct str out = {0};
	handout_markdown(&h, &out);
	const char *t = str_cstr(&out);
	assert_non_null(strstr(t, "# Small\n"));
	assert_non_null(strstr(t, "## Step 2: Cold\n"));
	assert_non_null(strstr(t, "> **Caution:** Not if your heart is slow.\n"));
	assert_non_null(strstr(t, "```text\n+---"));
	assert_non_null(strstr(t, "Circle one: 0 · 1 · 2 · 3 · 4 · 5 (0 = none, 5 = the strongest)"));
	str_finish(&out);
}

/* A week: the title block first, with the plan's name. */
static void test_title_block(void **state)
{
	(void)state;
	struct handout week = {0};
	const struct skill *list[] = {file.parsed, file.parsed};
	struct handout_source src = {.title = "Week 4 of 24: Distress tolerance",
	                             .plan = "Standard 24-week skills group",
	                             .skills = list,
	                             .count = 2};
	handout_build(&src, &week);
	assert_int_equal(week.items[0].kind, HANDOUT_TITLE);
	assert_string_equal(week.items[0].note, "Standard 24-week skills group");
	size_t skills = 0;
	for (size_t i = 0; i < week.count; i++) {
		skills += week.items[i].kind == HANDOUT_SKILL;
	}
	assert_int_equal(skills, 2);
	handout_finish(&week);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order),    cmocka_unit_test(test_boxes),
		cmocka_unit_test(test_scales),   cmocka_unit_test(test_grid),
		cmocka_unit_test(test_text),     cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_title_block),
	};
	return cmocka_run_group_tests(tests, load, unload);
}
