/* The shipped skills library (issue 4): complete, safe, consistent, and
 * loaded together with a user's folder. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/embedded.h"
#include "content/skill_library.h"

static struct skill_library lib;

static int load(void **state)
{
	(void)state;
	skill_library_load(&lib, NULL);
	return 0;
}

static int unload(void **state)
{
	(void)state;
	skill_library_finish(&lib);
	return 0;
}

static void test_loads_without_problems(void **state)
{
	(void)state;
	if (lib.problems.count != 0) {
		fail_msg("built-in library has problems:\n%s", str_cstr(&lib.problems.text));
	}
	assert_true(lib.count >= 58);
	assert_int_equal(lib.curriculum_count, 1);
}

/* Every skill the issue names, by id. */
static void test_every_required_skill(void **state)
{
	(void)state;
	static const char *const required[] = {
		"orientation", "when-to-use-crisis-skills", "abc-please", "sleep-hygiene",
		"nightmare-protocol",
		"wise-mind", "observe", "describe", "participate", "nonjudgmentally",
		"one-mindfully", "effectively", "loving-kindness", "skillful-means",
		"stop", "pros-and-cons", "tip", "paced-breathing", "paired-muscle-relaxation",
		"wise-mind-accepts", "self-soothe", "body-scan", "improve-the-moment",
		"radical-acceptance", "turning-the-mind", "willingness",
		"half-smiling-willing-hands", "mindfulness-of-current-thoughts",
		"dialectical-abstinence", "clear-mind", "community-reinforcement",
		"burning-bridges", "alternate-rebellion", "adaptive-denial",
		"what-emotions-do", "model-of-emotions", "naming-emotions", "check-the-facts",
		"opposite-action", "problem-solving", "accumulate-positives-short-term",
		"accumulate-positives-long-term", "build-mastery", "cope-ahead", "please",
		"mindfulness-of-current-emotions", "managing-extreme-emotions",
		"clarifying-goals", "dear-man", "give", "fast", "how-intensely", "troubleshooting",
		"challenging-myths", "finding-relationships", "mindfulness-of-others",
		"ending-relationships", "dialectics", "validation", "recovering-from-invalidation",
		"changing-behaviour", "chain-analysis", "missing-links",
	};
	for (size_t i = 0; i < sizeof(required) / sizeof(required[0]); i++) {
		if (skill_library_find(&lib, required[i]) == NULL) {
			fail_msg("the library lacks the skill \"%s\"", required[i]);
		}
	}
}

static void test_every_skill_is_complete(void **state)
{
	(void)state;
	for (size_t i = 0; i < lib.count; i++) {
		const struct skill *s = &lib.skills[i];
		assert_true(s->step_count >= 2);
		assert_true(strlen(s->summary) > 0);
		assert_true(s->for_crisis || s->for_everyday);
		assert_true(s->related_count >= 1);
		/* The handout cross-reference: the general skills have no verified
		 * handout number in our research, so none is claimed. */
		if (s->module != SKILL_GENERAL && s->reference == NULL) {
			fail_msg("%s has no handout reference", s->id);
		}
	}
}

static char *lower_copy(const char *text, size_t len)
{
	char *copy = malloc(len + 1);
	for (size_t i = 0; i < len; i++) {
		copy[i] = (char)tolower((unsigned char)text[i]);
	}
	copy[len] = '\0';
	return copy;
}

/* Nothing suggests pain or imitates self-harm (DESIGN.md §2.4,
 * dbt-skills.md §8), in any shipped file. */
static void test_nothing_painful_or_imitating_self_harm(void **state)
{
	(void)state;
	static const char *const forbidden[] = {
		"rubber band", "elastic band", "hair tie", "hairband", "snap ", "snapping",
		"red marker", "red pen", "red paint", "draw on your skin", "draw on your arm",
		"mark your skin", "marker on", "squeeze ice", "squeezing ice", "hold ice",
		"holding ice", "ice cube", "punch", "hit a pillow", "hitting", "throw things",
		"smash", "scream into", "pinch yourself", "bite", "scratch", "burn yourself",
		"progressive muscle",
	};
	for (size_t i = 0; i < embedded_skills_count; i++) {
		char *text = lower_copy(embedded_skills[i].data, embedded_skills[i].len);
		for (size_t f = 0; f < sizeof(forbidden) / sizeof(forbidden[0]); f++) {
			if (strstr(text, forbidden[f]) != NULL) {
				fail_msg("%s mentions \"%s\"", embedded_skills[i].name, forbidden[f]);
			}
		}
		free(text);
	}
}

static const struct skill_step *step_titled(const struct skill *s, const char *word)
{
	for (size_t i = 0; i < s->step_count; i++) {
		if (strstr(s->steps[i].title, word) != NULL) {
			return &s->steps[i];
		}
	}
	return NULL;
}

static void expect_caution_first(const struct skill_step *step, const char *const *words)
{
	assert_non_null(step);
	assert_true(step->block_count >= 2);
	assert_int_equal(step->blocks[0].kind, SKILL_BLOCK_CAUTION);
	char *caution = lower_copy(step->blocks[0].text, strlen(step->blocks[0].text));
	for (; *words != NULL; words++) {
		if (strstr(caution, *words) == NULL) {
			fail_msg("the caution of \"%s\" does not mention \"%s\"", step->title, *words);
		}
	}
	free(caution);
}

/* TIP: the two P's are paced breathing and paired muscle relaxation; the
 * temperature and intense-exercise steps open with their medical cautions. */
static void test_tip(void **state)
{
	(void)state;
	const struct skill *tip = skill_library_find(&lib, "tip");
	assert_non_null(tip);
	assert_non_null(strstr(tip->acronym, "Paced breathing"));
	assert_non_null(strstr(tip->acronym, "Paired muscle relaxation"));
	static const char *const temperature[] = {"heart", "heart rate", "medic",
	                                          "eating disorder", "allerg", NULL};
	static const char *const exercise[] = {"heart", "heart rate", "medic", "eating disorder", NULL};
	expect_caution_first(step_titled(tip, "Temperature"), temperature);
	expect_caution_first(step_titled(tip, "Intense exercise"), exercise);
	assert_non_null(step_titled(tip, "Paced breathing"));
	assert_non_null(step_titled(tip, "Paired muscle relaxation"));
	assert_true(tip->caution_count > 0);
	assert_non_null(skill_library_find(&lib, "paced-breathing"));
	assert_non_null(skill_library_find(&lib, "paired-muscle-relaxation"));
}

/* Issue 12: one cold-water caution, complete, the same in TIP and in
 * managing extreme emotions: every condition that makes the dive reflex
 * unsafe, why an eating disorder is one, the 10 °C floor, and what to do
 * instead of holding the breath. */
static void test_one_cold_water_caution(void **state)
{
	(void)state;
	static const char *const conditions[] = {
		"heart problem", "slow heart rate", "beta-blockers", "eating disorder",
		"body's salts", "pregnant", "raynaud", "allergic to cold", "lung problem",
		"10 \xc2\xb0" "c", "breathe slowly", NULL,
	};
	const struct skill_step *tip = step_titled(skill_library_find(&lib, "tip"), "Temperature");
	const struct skill *mee = skill_library_find(&lib, "managing-extreme-emotions");
	assert_non_null(mee);
	const struct skill_step *face = step_titled(mee, "Cool your face");
	expect_caution_first(tip, conditions);
	expect_caution_first(face, conditions);
	assert_string_equal(tip->blocks[0].text, face->blocks[0].text);
}

/* Issue 12: every skill says when to use it and when not to, and has one
 * short worked example. */
static void test_when_and_example(void **state)
{
	(void)state;
	for (size_t i = 0; i < lib.count; i++) {
		const struct skill *s = &lib.skills[i];
		if (s->when_count == 0 || s->not_when_count == 0 || s->example == NULL) {
			fail_msg("%s lacks when, not-when or an example", s->id);
		}
	}
}

/* Every breathing pacer breathes out for longer than in, and the paced
 * breathing skill has one. */
static void test_breathing_out_longer(void **state)
{
	(void)state;
	size_t pacers = 0;
	bool paced_has_pacer = false;
	for (size_t i = 0; i < lib.count; i++) {
		for (size_t s = 0; s < lib.skills[i].step_count; s++) {
			const struct skill_step *step = &lib.skills[i].steps[s];
			for (size_t b = 0; b < step->block_count; b++) {
				if (step->blocks[b].kind == SKILL_BLOCK_BREATHE) {
					assert_true(step->blocks[b].breath.out > step->blocks[b].breath.in);
					pacers++;
					paced_has_pacer |= strcmp(lib.skills[i].id, "paced-breathing") == 0;
				}
			}
		}
	}
	assert_true(pacers > 0);
	assert_true(paced_has_pacer);
}

static void test_links_exist(void **state)
{
	(void)state;
	struct problems p = {0};
	skill_library_check_links(&lib, NULL, &p);
	if (p.count != 0) {
		fail_msg("%s", str_cstr(&p.text));
	}
	problems_finish(&p);
}

/* 24 weeks; each module block starts with two weeks of mindfulness. */
static void test_curriculum_shape(void **state)
{
	(void)state;
	const struct curriculum *c = skill_library_find_curriculum(&lib, "standard-24-week");
	assert_non_null(c);
	assert_int_equal(c->week_count, 24);
	size_t blocks = 0;
	for (size_t w = 0; w < c->week_count; w++) {
		bool starts_block = w == 0 || (c->weeks[w].module == SKILL_MINDFULNESS &&
		                               c->weeks[w - 1].module != SKILL_MINDFULNESS);
		if (starts_block) {
			blocks++;
			assert_int_equal(c->weeks[w].module, SKILL_MINDFULNESS);
			assert_true(w + 2 < c->week_count);
			assert_int_equal(c->weeks[w + 1].module, SKILL_MINDFULNESS);
			assert_int_not_equal(c->weeks[w + 2].module, SKILL_MINDFULNESS);
		}
	}
	assert_int_equal(blocks, 3);
	/* Issue 12: orientation in the first week; the three mindfulness
	 * blocks are not the same; the last week is not overloaded. */
	bool orientation = false;
	for (size_t k = 0; k < c->weeks[0].skill_count; k++) {
		orientation = orientation || strcmp(c->weeks[0].skills[k], "orientation") == 0;
	}
	assert_true(orientation);
	assert_true(c->weeks[c->week_count - 1].skill_count <= 3);
	char blocks_seen[3][512] = {{0}};
	size_t b = 0;
	for (size_t w = 0; w < c->week_count && b < 3; w++) {
		if (c->weeks[w].module != SKILL_MINDFULNESS) {
			continue;
		}
		size_t len = strlen(blocks_seen[b]);
		for (size_t k = 0; k < c->weeks[w].skill_count; k++) {
			len += (size_t)snprintf(blocks_seen[b] + len, sizeof(blocks_seen[b]) - len, "%s ",
			                        c->weeks[w].skills[k]);
		}
		if (w + 1 < c->week_count && c->weeks[w + 1].module != SKILL_MINDFULNESS) {
			b++;
		}
	}
	assert_string_not_equal(blocks_seen[0], blocks_seen[1]);
	assert_string_not_equal(blocks_seen[1], blocks_seen[2]);
	assert_string_not_equal(blocks_seen[0], blocks_seen[2]);
}

/* Every file under skills/ is compiled in (skills/meson.build lists them). */
static void test_every_file_is_embedded(void **state)
{
	(void)state;
	const char *root = getenv("WISEMIND_SKILLS_SRC");
	assert_non_null(root);
	size_t found = 0;
	DIR *top = opendir(root);
	assert_non_null(top);
	struct dirent *d;
	while ((d = readdir(top)) != NULL) {
		if (d->d_name[0] == '.' || strcmp(d->d_name, "crisis") == 0) {
			continue;
		}
		char sub[512];
		snprintf(sub, sizeof(sub), "%s/%s", root, d->d_name);
		DIR *dir = opendir(sub);
		if (dir == NULL) {
			continue;
		}
		struct dirent *e;
		while ((e = readdir(dir)) != NULL) {
			size_t n = strlen(e->d_name);
			if (n < 4 || strcmp(e->d_name + n - 3, ".md") != 0) {
				continue;
			}
			char name[512];
			snprintf(name, sizeof(name), "%s/%s", d->d_name, e->d_name);
			bool embedded = false;
			for (size_t i = 0; i < embedded_skills_count; i++) {
				embedded |= strcmp(embedded_skills[i].name, name) == 0;
			}
			if (!embedded) {
				fail_msg("skills/%s is not listed in skills/meson.build", name);
			}
			found++;
		}
		closedir(dir);
	}
	closedir(top);
	assert_int_equal(found, embedded_skills_count);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* A user's file replaces a built-in skill by id; a broken one is reported
 * and skipped, and never hides the library. */
static void test_user_folder(void **state)
{
	(void)state;
	char dir[] = "/tmp/wisemind-skills-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256];
	snprintf(path, sizeof(path), "%s/distress-tolerance", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/distress-tolerance/stop.md", dir);
	write_file(path, "---\nid: stop\nname: My STOP\nmodule: distress-tolerance\n"
	                 "summary: Mine.\nuse: crisis\nrelated: [tip]\n---\n\nIntro.\n\n"
	                 "## One\n\nDo this.\n\n## Two\n\nDo that.\n");
	snprintf(path, sizeof(path), "%s/broken.md", dir);
	write_file(path, "---\nid: broken\nname: [\n---\n");
	snprintf(path, sizeof(path), "%s/my-skill.md", dir);
	write_file(path, "---\nid: my-skill\nname: Mine\nmodule: mindfulness\nsummary: New.\n"
	                 "use: everyday\nrelated: [no-such-skill]\n---\n\nIntro.\n\n"
	                 "## One\n\nA.\n\n## Two\n\nB.\n");
	struct skill_library mine;
	skill_library_load(&mine, dir);
	const struct skill *stop = skill_library_find(&mine, "stop");
	assert_string_equal(stop->name, "My STOP");
	assert_int_equal(stop->origin, SKILL_USER);
	assert_non_null(skill_library_find(&mine, "tip"));
	assert_null(skill_library_find(&mine, "broken"));
	assert_int_equal(mine.count, lib.count + 1);
	assert_non_null(strstr(str_cstr(&mine.problems.text), "broken.md:"));
	assert_non_null(strstr(str_cstr(&mine.problems.text), "\"no-such-skill\""));
	skill_library_finish(&mine);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

/* The user's files replace built-in skills by id; nothing else is read,
 * so an installed copy of a skill file can never bring back old text. */
static void test_user_replaces_builtin(void **state)
{
	(void)state;
	char user[] = "/tmp/wisemind-user-XXXXXX";
	assert_non_null(mkdtemp(user));
	static const char body[] = "use: crisis\nrelated: [tip]\n---\n\nIntro.\n\n"
	                           "## One\n\nDo this.\n\n## Two\n\nDo that.\n";
	char path[256];
	char text[512];
	snprintf(path, sizeof(path), "%s/stop.md", user);
	snprintf(text, sizeof(text), "---\nid: stop\nname: User STOP\nmodule: "
	                             "distress-tolerance\nsummary: U.\n%s", body);
	write_file(path, text);
	struct skill_library mine;
	skill_library_load(&mine, user);
	assert_int_equal(skill_library_find(&mine, "tip")->origin, SKILL_BUILT_IN);
	assert_string_equal(skill_library_find(&mine, "stop")->name, "User STOP");
	assert_int_equal(skill_library_find(&mine, "stop")->origin, SKILL_USER);
	assert_int_equal(mine.count, lib.count);
	skill_library_finish(&mine);
	snprintf(path, sizeof(path), "rm -rf '%s'", user);
	assert_int_equal(system(path), 0);
}

/* Curricula in the user's curriculum/ folder and at its top are read as
 * curricula (the folder says so, or their "weeks"), and replace a
 * built-in one by id; a file in curriculum/ is never read as a skill. */
static void test_user_curricula(void **state)
{
	(void)state;
	char dir[] = "/tmp/wisemind-plans-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256];
	snprintf(path, sizeof(path), "%s/curriculum", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/curriculum/standard-24-week.md", dir);
	write_file(path, "---\nid: standard-24-week\nname: Ours\nsummary: S.\nweeks:\n"
	                 "  - week: 1\n    module: mindfulness\n    skills: [wise-mind]\n---\n");
	snprintf(path, sizeof(path), "%s/curriculum/no-weeks.md", dir);
	write_file(path, "---\nid: no-weeks\nname: N\nsummary: S.\n---\n");
	snprintf(path, sizeof(path), "%s/short.md", dir);
	write_file(path, "---\nid: short\nname: Short\nsummary: S.\nweeks:\n"
	                 "  - week: 1\n    module: mindfulness\n    skills: [observe]\n---\n");
	struct skill_library mine;
	skill_library_load(&mine, dir);
	assert_int_equal(mine.curriculum_count, 2);
	assert_int_equal(mine.count, lib.count);
	assert_string_equal(skill_library_find_curriculum(&mine, "standard-24-week")->name, "Ours");
	assert_int_equal(skill_library_find_curriculum(&mine, "short")->week_count, 1);
	assert_int_equal(mine.problems.count, 1);
	assert_non_null(strstr(str_cstr(&mine.problems.text),
	                       "curriculum/no-weeks.md:2: \"weeks\" must be a list of weeks\n"));
	skill_library_finish(&mine);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
	char *folder = skill_library_folder_of("lib/curriculum/a.md");
	assert_string_equal(folder, "curriculum");
	free(folder);
	folder = skill_library_folder_of("lib/mindfulness/a.md");
	assert_string_equal(folder, "mindfulness");
	free(folder);
	assert_null(skill_library_folder_of("lib/notes/a.md"));
	assert_null(skill_library_folder_of("a.md"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_loads_without_problems),
		cmocka_unit_test(test_every_required_skill),
		cmocka_unit_test(test_every_skill_is_complete),
		cmocka_unit_test(test_nothing_painful_or_imitating_self_harm),
		cmocka_unit_test(test_tip),
		cmocka_unit_test(test_one_cold_water_caution),
		cmocka_unit_test(test_when_and_example),
		cmocka_unit_test(test_breathing_out_longer),
		cmocka_unit_test(test_links_exist),
		cmocka_unit_test(test_curriculum_shape),
		cmocka_unit_test(test_every_file_is_embedded),
		cmocka_unit_test(test_user_folder),
		cmocka_unit_test(test_user_replaces_builtin),
		cmocka_unit_test(test_user_curricula),
	};
	return cmocka_run_group_tests(tests, load, unload);
}
