/* front/urge_line.c: an urge logged today names its target by the card's
 * label and its skill by the library's name, and shows an id only when
 * neither knows it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "front/urge_line.h"

static struct skill_library lib;
static struct card_template card;

static int setup(void **state)
{
	(void)state;
	skill_library_load(&lib, NULL);
	card_template_default(&card);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	skill_library_finish(&lib);
	return 0;
}

static void expect_line(const struct app_urge_entry *e, const struct card_template *c,
                        const struct skill_library *l, const char *want)
{
	struct str out = {0};
	front_urge_line(e, c, l, "  ", &out);
	assert_string_equal(str_cstr(&out), want);
	str_finish(&out);
}

static void test_names_not_ids(void **state)
{
	(void)state;
	struct app_urge_entry use = {.at = "2026-11-29T14:03:00+13:00", .target = "use",
	                             .before = 3, .after = 2, .skill = "pros-and-cons"};
	expect_line(&use, &card, &lib,
	            "  14:03  Drugs or alcohol: 3, then 2 after Pros and cons\n");
	struct app_urge_entry harm = {.at = "2026-11-29T09:30:00+00:00", .target = "self-harm",
	                              .before = 4, .after = 1, .skill = "tip", .via_inbox = true};
	expect_line(&harm, &card, &lib,
	            "  09:30  Self-harm: 4, then 1 after TIP (logged while locked)\n");
}

/* A renamed target keeps its id: the label the template gives now. */
static void test_renamed_target(void **state)
{
	(void)state;
	struct card_template renamed = card;
	snprintf(renamed.targets[2].label, sizeof(renamed.targets[2].label), "Drinking");
	struct app_urge_entry e = {.at = "2026-11-29T14:03:00+13:00", .target = "use",
	                           .before = 2, .after = -1};
	expect_line(&e, &renamed, &lib, "  14:03  Drinking: 2\n");
}

/* An id nothing names (a skill file since removed, data under an id the
 * template dropped) is shown as it is kept; no card or library at all,
 * the same. */
static void test_unknown_falls_back_to_id(void **state)
{
	(void)state;
	struct app_urge_entry e = {.at = "2026-11-29T14:03:00+13:00", .target = "gambling",
	                           .before = 5, .after = 0, .skill = "my-own-skill"};
	expect_line(&e, &card, &lib, "  14:03  gambling: 5, then 0 after my-own-skill\n");
	struct app_urge_entry s = {.at = "2026-11-29T14:03:00+13:00", .target = "suicide",
	                           .before = 1, .after = 0, .skill = "stop"};
	expect_line(&s, NULL, NULL, "  14:03  suicide: 1, then 0 after stop\n");
	struct app_urge_entry none = {.at = "2026-11-29T14:03:00+13:00", .target = "suicide",
	                              .before = 1, .after = 0};
	expect_line(&none, &card, &lib, "  14:03  Suicide: 1, then 0 after a skill\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_not_ids),
		cmocka_unit_test(test_renamed_target),
		cmocka_unit_test(test_unknown_falls_back_to_id),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
