/* content/skill_file.c, curriculum_file.c, skill_body.c and core/skill.c:
 * how a skill file is read, and that every mistake is reported at its
 * line. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "content/curriculum_file.h"
#include "content/skill_file.h"

static const char good[] =
	"---\n"
	"id: belly-breathing\n"
	"name: Belly breathing\n"
	"module: distress-tolerance\n"
	"summary: Slow your breathing down so your body can settle.\n"
	"use: [crisis, everyday]\n"
	"minutes: 3\n"
	"cautions:\n"
	"  - If you feel dizzy, stop.\n"
	"related: [paced-breathing]\n"
	"reference: DT 6\n"
	"---\n"
	"\n"
	"When your body is racing,\n"
	"slow breathing helps.\n"
	"\n"
	"## Get ready\n"
	"\n"
	"Sit so your belly can move.\n"
	"\n"
	"- one hand on your belly\n"
	"- one on your chest\n"
	"\n"
	"Rate distress: How tense do you feel?\n"
	"\n"
	"## Breathe\n"
	"\n"
	"Caution: Stop if you feel faint.\n"
	"\n"
	"Breathe in, then out slowly.\n"
	"\n"
	"Breathe: in 4, hold 1, out 6\n"
	"\n"
	"Timer: 1 minute 30 seconds\n"
	"\n"
	"Ask: What changed?\n";

static bool parse(const char *path, const char *folder, const char *text, size_t len,
                  struct content_file *out, struct problems *p)
{
	return content_file_parse(NULL, path, folder, text, len, out, p);
}

static void test_good_file(void **state)
{
	(void)state;
	struct problems p = {0};
	struct content_file f;
	assert_true(parse("x/belly-breathing.md", "distress-tolerance", good, strlen(good), &f, &p));
	assert_int_equal(p.count, 0);
	const struct skill *s = content_file_as(&f, &skill_file_kind);
	assert_non_null(s);
	assert_string_equal(s->id, "belly-breathing");
	assert_int_equal(s->module, SKILL_DISTRESS_TOLERANCE);
	assert_true(s->for_crisis && s->for_everyday);
	assert_int_equal(s->minutes, 3);
	assert_int_equal(s->caution_count, 1);
	assert_string_equal(s->related[0], "paced-breathing");
	assert_string_equal(s->intro, "When your body is racing, slow breathing helps.");
	assert_int_equal(s->step_count, 2);
	assert_string_equal(s->steps[0].title, "Get ready");
	assert_int_equal(s->steps[0].line, 17);
	assert_int_equal(s->steps[0].block_count, 3);
	assert_string_equal(s->steps[0].blocks[1].text, "- one hand on your belly\n- one on your chest");
	const struct skill_block *rate = &s->steps[0].blocks[2];
	assert_int_equal(rate->kind, SKILL_BLOCK_RATE);
	assert_string_equal(rate->text, "How tense do you feel?");
	assert_int_equal(rate->scale, SKILL_SCALE_DISTRESS);
	assert_int_equal(skill_scale_max(rate->scale), 10);
	assert_int_equal(rate->line, 24);
	const struct skill_step *b = &s->steps[1];
	assert_int_equal(b->blocks[0].kind, SKILL_BLOCK_CAUTION);
	assert_int_equal(b->blocks[2].kind, SKILL_BLOCK_BREATHE);
	assert_int_equal(b->blocks[2].breath.in, 4);
	assert_int_equal(b->blocks[2].breath.hold_in, 1);
	assert_int_equal(b->blocks[2].breath.out, 6);
	assert_int_equal(b->blocks[3].kind, SKILL_BLOCK_TIMER);
	assert_int_equal(b->blocks[3].seconds, 90);
	assert_int_equal(b->blocks[4].kind, SKILL_BLOCK_ASK);
	assert_string_equal(b->blocks[4].text, "What changed?");
	content_file_finish(&f);
	problems_finish(&p);
}

/* Replaces the first occurrence of from in good with to, parses it, and
 * expects a problem containing want. */
static void expect_problem(const char *from, const char *to, const char *want)
{
	const char *at = strstr(good, from);
	assert_non_null(at);
	struct str text = {0};
	str_append_n(&text, good, (size_t)(at - good));
	str_append(&text, to);
	str_append(&text, at + strlen(from));
	struct problems p = {0};
	struct content_file f;
	bool ok = parse("lib/distress-tolerance/belly-breathing.md", "distress-tolerance",
	                text.buf, text.len, &f, &p);
	if (ok || strstr(str_cstr(&p.text), want) == NULL) {
		fail_msg("replacing \"%s\" with \"%s\": expected \"%s\", got \"%s\"", from, to, want,
		         str_cstr(&p.text));
	}
	if (strncmp(str_cstr(&p.text), "lib/distress-tolerance/belly-breathing.md:", 42) != 0) {
		fail_msg("problem without file:line: %s", str_cstr(&p.text));
	}
	problems_finish(&p);
	str_finish(&text);
}

/* Markdown's bold (**strong**) is kept as phrases beside the plain text,
 * for the screen to draw bold: the introduction's, and a text block's;
 * a heading's are dropped. The text itself stays plain. */
static void test_bold_phrases(void **state)
{
	(void)state;
	static const char text[] =
		"---\nid: bold\nname: Bold\nmodule: mindfulness\nsummary: S.\nuse: [everyday]\n"
		"---\n\n"
		"Two ways:\n\n- **Gentle**: kind words.\n- **Easy manner**: light.\n\n"
		"## One **loud** step\n\nSay it **slowly** and **warmly**.\n\n"
		"## Two\n\nDone.\n";
	struct problems p = {0};
	struct content_file f;
	assert_true(parse("x/bold.md", "mindfulness", text, strlen(text), &f, &p));
	const struct skill *s = content_file_as(&f, &skill_file_kind);
	assert_non_null(s);
	assert_int_equal(s->intro_bold_count, 2);
	assert_string_equal(s->intro_bold[0], "Gentle");
	assert_string_equal(s->intro_bold[1], "Easy manner");
	assert_non_null(strstr(s->intro, "- Gentle: kind words."));
	assert_string_equal(s->steps[0].title, "One loud step");
	const struct skill_block *b = &s->steps[0].blocks[0];
	assert_int_equal(b->kind, SKILL_BLOCK_TEXT);
	assert_string_equal(b->text, "Say it slowly and warmly.");
	assert_int_equal(b->bold_count, 2);
	assert_string_equal(b->bold[0], "slowly");
	assert_string_equal(b->bold[1], "warmly");
	assert_int_equal(s->steps[1].blocks[0].bold_count, 0);
	content_file_finish(&f);
	problems_finish(&p);
}

static void test_front_matter_problems(void **state)
{
	(void)state;
	expect_problem("---\nid:", "id:", ":1: start the file with a line of three dashes");
	expect_problem("---\n\nWhen", "\nWhen", ":1: start the file with a line of three dashes");
	expect_problem("minutes: 3\n", "minutes: [3\n", "in the front matter");
	expect_problem("minutes: 3\n", "minutes: 3\ncolour: blue\n", ":8: unknown key \"colour\"");
	expect_problem("name: Belly breathing\n", "", "missing \"name\"");
	expect_problem("id: belly-breathing", "id: Belly_Breathing", "lower-case letters");
	expect_problem("id: belly-breathing", "id: belly", "must match the file name");
	expect_problem("module: distress-tolerance", "module: feelings", "unknown module");
	expect_problem("module: distress-tolerance", "module: mindfulness", "must match the folder");
	expect_problem("use: [crisis, everyday]", "use: [crisis, sometimes]", "\"sometimes\"");
	expect_problem("minutes: 3", "minutes: 0", "from 1 to 120");
	expect_problem("minutes: 3", "minutes: lots", "from 1 to 120");
	expect_problem("related: [paced-breathing]", "related: paced-breathing", "must be a list");
	expect_problem("related: [paced-breathing]", "related: [Paced Breathing]", "not a skill id");
	expect_problem("summary: Slow your breathing down so your body can settle.",
	               "summary: This summary goes on and on and on and on and on and on and on "
	               "and on and on and on and on and on and on and on and on and on and on.",
	               "at most 120 characters");
}

static void test_body_problems(void **state)
{
	(void)state;
	expect_problem("When your body is racing,\nslow breathing helps.\n", "", "add an introduction");
	expect_problem("## Breathe\n", "Breathe\n", "at least two steps");
	expect_problem("Sit so your belly can move.\n\n- one hand on your belly\n- one on your chest\n\n"
	               "Rate distress: How tense do you feel?\n", "", "has nothing in it");
	expect_problem("Timer: 1 minute 30 seconds", "Timer: 2 fortnights", ":34: write the time");
	expect_problem("Timer: 1 minute 30 seconds", "Timer: 2 seconds", "from 5 seconds to 60 minutes");
	expect_problem("Timer: 1 minute 30 seconds", "Timer: 30 seconds 1 minute", "minutes before seconds");
	expect_problem("Breathe: in 4, hold 1, out 6", "Breathe: in 6, out 4", ":32: the out-breath must be longer");
	expect_problem("Breathe: in 4, hold 1, out 6", "Breathe: in 4, out 4", "the out-breath must be longer");
	expect_problem("Breathe: in 4, hold 1, out 6", "Breathe: slowly", "like \"in 4, out 6\"");
	/* The old scales in brackets: one scale per kind now. */
	expect_problem("Rate distress: How tense do you feel?", "Rate: How tense do you feel? (0-100)",
	               ":24: say which scale: \"Rate urge:\"");
	expect_problem("Rate distress: How tense do you feel?", "Rate urge sadness: How tense?",
	               "an urge's kind is suicide, self-harm, use or other");
	expect_problem("Rate distress: How tense do you feel?", "Rate distress use: How tense?",
	               "only an urge names a kind");
	expect_problem("Rate distress: How tense do you feel?", "Rate emotion:", "nothing after its colon");
	expect_problem("Ask: What changed?", "Ask {Bad_Field}: What changed?", "a field name is");
	/* Regression (found by the fuzzer): a link to a file whose name is not
	 * a skill id leaked the name. */
	expect_problem("Ask: What changed?", "Choose: Which?\n\n- [Odd](Bad_Id.md)",
	               "is neither a step");
	expect_problem("Ask: What changed?", "Choose: Which?\n\n- [Gone](#nowhere)",
	               "no step's title links as #nowhere");
	expect_problem("Ask: What changed?", "Choose: Which?", "list the options right after it");
	expect_problem("Ask: What changed?", "Ask:", "nothing after its colon");
	expect_problem("Caution: Stop if you feel faint.\n\nBreathe in, then out slowly.",
	               "Breathe in, then out slowly.\n\nCaution: Stop if you feel faint.",
	               ":30: put Caution: first in its step");
}

static void test_invalid_utf8_and_nul(void **state)
{
	(void)state;
	expect_problem("Sit so your belly", "Sit so your \xff\xfe belly", ":19: this line is not valid UTF-8");
	expect_problem("Sit so your belly", "Sit so your \xc3\x28 belly", ":19: this line is not valid UTF-8");
	struct str text = {0};
	str_append(&text, good);
	str_append_n(&text, "\0tail", 5);
	struct problems p = {0};
	struct content_file f;
	assert_false(parse("a/belly-breathing.md", NULL, text.buf, text.len, &f, &p));
	assert_non_null(strstr(str_cstr(&p.text), ":37: the file contains a NUL byte"));
	problems_finish(&p);
	str_finish(&text);
}

/* A 10 MB file is refused at once, without parsing it. */
static void test_huge_file(void **state)
{
	(void)state;
	size_t len = 10 * 1024 * 1024;
	char *big = malloc(len + 1);
	assert_non_null(big);
	memcpy(big, good, strlen(good));
	memset(big + strlen(good), 'a', len - strlen(good));
	big[len] = '\0';
	struct problems p = {0};
	struct content_file f;
	clock_t start = clock();
	assert_false(parse("a/belly-breathing.md", NULL, big, len, &f, &p));
	assert_true((double)(clock() - start) / CLOCKS_PER_SEC < 0.5);
	assert_non_null(strstr(str_cstr(&p.text), ":1: the file is larger than 1 MiB"));
	problems_finish(&p);
	free(big);
}

static void test_directive_values(void **state)
{
	(void)state;
	unsigned s;
	const char *why;
	assert_true(skill_parse_timer("2 minutes", &s, &why));
	assert_int_equal(s, 120);
	assert_true(skill_parse_timer("90 seconds", &s, &why));
	assert_int_equal(s, 90);
	assert_true(skill_parse_timer("1 min 30 s", &s, &why));
	assert_int_equal(s, 90);
	assert_true(skill_parse_timer("1 minute and 5 seconds", &s, &why));
	assert_int_equal(s, 65);
	assert_false(skill_parse_timer("", &s, &why));
	assert_false(skill_parse_timer("61 minutes", &s, &why));
	assert_false(skill_parse_timer("4294967295 minutes", &s, &why));
	assert_false(skill_parse_timer("2", &s, &why));
	struct skill_breath b;
	assert_true(skill_parse_breath("in 5, out 7", &b, &why));
	assert_int_equal(b.in, 5);
	assert_int_equal(b.out, 7);
	assert_true(skill_parse_breath("In 4, hold 2, out 6, hold 2", &b, &why));
	assert_int_equal(b.hold_out, 2);
	assert_false(skill_parse_breath("out 6, in 4", &b, &why));
	assert_false(skill_parse_breath("in 4, out 6, out 7", &b, &why));
	assert_false(skill_parse_breath("in 0, out 6", &b, &why));
	assert_false(skill_parse_breath("in 4", &b, &why));
	enum skill_scale scale;
	enum urge_kind kind;
	assert_true(skill_parse_scale("urge", &scale, &kind, &why));
	assert_int_equal(scale, SKILL_SCALE_URGE);
	assert_int_equal(kind, URGE_KIND_UNKNOWN);
	assert_true(skill_parse_scale("urge self-harm", &scale, &kind, &why));
	assert_int_equal(kind, URGE_KIND_SELF_HARM);
	assert_true(skill_parse_scale("distress", &scale, &kind, &why));
	assert_int_equal(skill_scale_max(scale), 10);
	assert_false(skill_parse_scale("", &scale, &kind, &why));
	assert_false(skill_parse_scale("urges", &scale, &kind, &why));
	assert_false(skill_parse_scale("emotion anger", &scale, &kind, &why));
	int lo, hi;
	assert_true(skill_parse_range("0-2", &lo, &hi));
	assert_int_equal(hi, 2);
	assert_true(skill_parse_range("3", &lo, &hi));
	assert_int_equal(lo, 3);
	assert_int_equal(hi, 3);
	assert_false(skill_parse_range("4-2", &lo, &hi));
	assert_false(skill_parse_range("-", &lo, &hi));
	assert_false(skill_parse_range("", &lo, &hi));
	char *anchor = skill_anchor("T: Temperature");
	assert_string_equal(anchor, "t-temperature");
	free(anchor);
	anchor = skill_anchor("When it fits: solve the problem");
	assert_string_equal(anchor, "when-it-fits-solve-the-problem");
	free(anchor);
	assert_true(skill_field_valid("dear-man.describe"));
	assert_false(skill_field_valid("dear-man."));
	assert_false(skill_field_valid(".x"));
	assert_false(skill_field_valid("Pros"));
}

static void test_curriculum(void **state)
{
	(void)state;
	static const char plan[] =
		"---\nid: short\nname: Short\nsummary: Two weeks.\nweeks:\n"
		"  - week: 1\n    module: mindfulness\n    skills: [wise-mind]\n"
		"  - week: 2\n    module: distress-tolerance\n    skills: [stop, tip]\n---\n\nUse it.\n";
	struct problems p = {0};
	struct content_file f;
	assert_true(parse("curriculum/short.md", "curriculum", plan, strlen(plan), &f, &p));
	const struct curriculum *c = content_file_as(&f, &curriculum_file_kind);
	assert_non_null(c);
	assert_int_equal(c->week_count, 2);
	assert_int_equal(c->weeks[1].module, SKILL_DISTRESS_TOLERANCE);
	assert_string_equal(c->weeks[1].skills[1], "tip");
	content_file_finish(&f);
	static const char gap[] =
		"---\nid: short\nname: Short\nsummary: Gap.\nweeks:\n"
		"  - week: 1\n    module: mindfulness\n    skills: [wise-mind]\n"
		"  - week: 3\n    module: mindfulness\n    skills: [observe]\n---\n\nUse it.\n";
	assert_false(parse("curriculum/short.md", "curriculum", gap, strlen(gap), &f, &p));
	assert_non_null(strstr(str_cstr(&p.text), "curriculum/short.md:9: weeks must be numbered"));
	problems_finish(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_file),
		cmocka_unit_test(test_bold_phrases),
		cmocka_unit_test(test_front_matter_problems),
		cmocka_unit_test(test_body_problems),
		cmocka_unit_test(test_invalid_utf8_and_nul),
		cmocka_unit_test(test_huge_file),
		cmocka_unit_test(test_directive_values),
		cmocka_unit_test(test_curriculum),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
