/* content/content_file.c: which parser reads a file (its folder, then a
 * key of its own, else a skill, unless the caller names the kind), and
 * that a kind is one table of operations the rest does not need to know. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "content/content_file.h"
#include "content/front_matter.h"
#include "content/curriculum_file.h"
#include "content/skill_file.h"
#include "content/skill_library.h"

static const char skill_text[] =
	"---\n"
	"id: short\n"
	"name: Short\n"
	"module: mindfulness\n"
	"summary: A skill.\n"
	"use: everyday\n"
	"---\n"
	"\n"
	"What it is for.\n"
	"\n"
	"## One\n"
	"\n"
	"Do this.\n"
	"\n"
	"## Two\n"
	"\n"
	"Then this.\n";

static const char plan_text[] =
	"---\nid: short\nname: Short\nsummary: Two weeks.\nweeks:\n"
	"  - week: 1\n    module: mindfulness\n    skills: [wise-mind]\n"
	"  - week: 2\n    module: distress-tolerance\n    skills: [stop, tip]\n---\n\nUse it.\n";

/* The kind content_kind_pick gives text in folder. */
static const struct content_kind *pick(const char *folder, const char *text)
{
	struct problems p = {0};
	struct front_matter fm;
	assert_true(front_matter_init(&fm, "x/short.md", text, strlen(text), &p));
	const struct content_kind *kind = content_kind_pick(folder, &fm);
	front_matter_finish(&fm);
	problems_finish(&p);
	return kind;
}

static void test_pick(void **state)
{
	(void)state;
	/* The folder decides first... */
	assert_ptr_equal(pick("curriculum", plan_text), &curriculum_file_kind);
	assert_ptr_equal(pick("curriculum", skill_text), &curriculum_file_kind);
	/* ...then a key only one kind has (a file at the top of the folder, or
	 * checked on its own; a module folder holds skills but does not say
	 * so, as wisemind-skills(5) has always read)... */
	assert_ptr_equal(pick(NULL, plan_text), &curriculum_file_kind);
	assert_ptr_equal(pick("mindfulness", plan_text), &curriculum_file_kind);
	/* ...else a skill. */
	assert_ptr_equal(pick(NULL, skill_text), &skill_file_kind);
	assert_ptr_equal(pick("mindfulness", skill_text), &skill_file_kind);
	assert_ptr_equal(pick("elsewhere", skill_text), &skill_file_kind);
}

static void test_kind_table(void **state)
{
	(void)state;
	assert_ptr_equal(content_kind_of_folder("curriculum"), &curriculum_file_kind);
	assert_null(content_kind_of_folder("mindfulness"));
	assert_null(content_kind_of_folder(NULL));
	size_t n = 0;
	for (; content_kinds[n] != NULL; n++) {
		const struct content_kind *k = content_kinds[n];
		assert_non_null(k->name);
		assert_true(k->size > 0);
		assert_non_null(k->parse);
		assert_non_null(k->finish);
		for (size_t j = 0; j < n; j++) {
			assert_string_not_equal(content_kinds[j]->name, k->name);
			if (k->folder != NULL && content_kinds[j]->folder != NULL) {
				assert_string_not_equal(content_kinds[j]->folder, k->folder);
			}
		}
	}
	assert_int_equal(n, 2);
}

/* Each parser, reached by the folder's rule and by the caller's choice. */
static void test_each_parser(void **state)
{
	(void)state;
	struct problems p = {0};
	struct content_file f;
	assert_true(content_file_parse(NULL, "mindfulness/short.md", "mindfulness", skill_text,
	                               strlen(skill_text), &f, &p));
	assert_ptr_equal(f.kind, &skill_file_kind);
	assert_null(content_file_as(&f, &curriculum_file_kind));
	const struct skill *s = content_file_as(&f, &skill_file_kind);
	assert_string_equal(s->name, "Short");
	assert_string_equal(s->path, "mindfulness/short.md");
	assert_int_equal(s->step_count, 2);
	content_file_finish(&f);
	assert_null(f.kind);

	assert_true(content_file_parse(&curriculum_file_kind, "short.md", NULL, plan_text,
	                               strlen(plan_text), &f, &p));
	const struct curriculum *c = content_file_as(&f, &curriculum_file_kind);
	assert_non_null(c);
	assert_string_equal(c->path, "short.md");
	assert_int_equal(c->week_count, 2);
	assert_int_equal(c->weeks[1].line, 9);
	content_file_finish(&f);
	assert_int_equal(p.count, 0);

	/* The caller's choice wins over the folder and the keys. */
	assert_false(content_file_parse(&skill_file_kind, "curriculum/short.md", "curriculum",
	                                plan_text, strlen(plan_text), &f, &p));
	assert_null(f.kind);
	assert_null(f.parsed);
	assert_non_null(strstr(str_cstr(&p.text), "curriculum/short.md:5: unknown key \"weeks\""));
	problems_finish(&p);
	assert_false(content_file_parse(&curriculum_file_kind, "short.md", NULL, skill_text,
	                                strlen(skill_text), &f, &p));
	assert_non_null(strstr(str_cstr(&p.text), "short.md:2: \"weeks\" must be a list of weeks"));
	problems_finish(&p);
}

/* Problems before any kind is chosen are the same for every kind. */
static void test_before_the_kind(void **state)
{
	(void)state;
	struct problems p = {0};
	struct content_file f;
	assert_false(content_file_parse(&curriculum_file_kind, "a.md", NULL, "x\xff\n", 3, &f, &p));
	assert_false(content_file_parse(NULL, "b.md", NULL, "# No front matter\n", 18, &f, &p));
	assert_string_equal(str_cstr(&p.text),
	                    "a.md:1: this line is not valid UTF-8; save the file as UTF-8 text\n"
	                    "b.md:1: start the file with a line of three dashes (---), then the "
	                    "front matter, then another line of three dashes\n");
	problems_finish(&p);
}

static void test_take(void **state)
{
	(void)state;
	struct problems p = {0};
	struct content_file f;
	assert_true(content_file_parse(NULL, "short.md", NULL, skill_text, strlen(skill_text), &f,
	                               &p));
	struct curriculum c;
	assert_false(content_file_take(&f, &curriculum_file_kind, &c));
	struct skill s;
	assert_true(content_file_take(&f, &skill_file_kind, &s));
	assert_null(f.kind);
	assert_null(f.parsed);
	assert_string_equal(s.id, "short");
	skill_finish(&s);
	content_file_finish(&f);
	problems_finish(&p);
}

/* A kind the library does not know yet: one table and its parser, read
 * through the same front matter, with nothing else changed. */
struct note {
	char *title;
	size_t body_line;
};

static void note_parse(struct front_matter *fm, const char *folder, void *out)
{
	(void)folder;
	static const char *const known[] = {"title", NULL};
	struct note *n = out;
	front_matter_check_keys(fm, fm->root, known);
	n->title = str_dup(front_matter_text(fm, fm->root, "title", true));
	n->body_line = fm->body_line;
}

static void note_finish(void *parsed)
{
	free(((struct note *)parsed)->title);
}

static const struct content_kind note_kind = {
	.name = "note",
	.size = sizeof(struct note),
	.parse = note_parse,
	.finish = note_finish,
};

static void test_new_kind(void **state)
{
	(void)state;
	static const char text[] = "---\r\ntitle: Hello\r\n---\r\nBody.\r\n";
	struct problems p = {0};
	struct content_file f;
	assert_true(content_file_parse(&note_kind, "note.md", NULL, text, strlen(text), &f, &p));
	const struct note *n = content_file_as(&f, &note_kind);
	assert_string_equal(n->title, "Hello");
	assert_int_equal(n->body_line, 4);
	/* The library keeps the kinds it holds and frees any other. */
	struct skill_library lib = {0};
	skill_library_put(&lib, &f, SKILL_USER);
	assert_null(f.parsed);
	assert_int_equal(lib.count + lib.curriculum_count, 0);
	skill_library_finish(&lib);
	assert_false(content_file_parse(&note_kind, "note.md", NULL, "---\nname: x\n---\n", 16,
	                                &f, &p));
	assert_string_equal(str_cstr(&p.text),
	                    "note.md:2: unknown key \"name\" (see wisemind-skills(5) for the keys)\n"
	                    "note.md:2: missing \"title\" in the front matter\n");
	problems_finish(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pick),
		cmocka_unit_test(test_kind_table),
		cmocka_unit_test(test_each_parser),
		cmocka_unit_test(test_before_the_kind),
		cmocka_unit_test(test_take),
		cmocka_unit_test(test_new_kind),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
