#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/skills_env.h"
#include "cli/term_width.h"
#include "core/skill_format.h"

enum { OPT_MODULE = 1, OPT_CURRICULUM };

struct list_args {
	enum skill_module only; /* SKILL_MODULE_COUNT: every module */
	bool curriculum;
};

static bool on_list_option(int code, const char *arg, void *data)
{
	struct list_args *a = data;
	if (code == OPT_CURRICULUM) {
		a->curriculum = true;
		return true;
	}
	if (code != OPT_MODULE) {
		return false;
	}
	return cli_module_arg(arg, &a->only);
}

/* Each curriculum, week by week, with the skills' names. */
static void list_curricula(const struct skill_library *lib, struct str *text)
{
	for (size_t c = 0; c < lib->curriculum_count; c++) {
		const struct curriculum *cur = &lib->curricula[c];
		str_appendf(text, "%s%s (%s)\n%s\n", c ? "\n" : "", cur->name, cur->id, cur->summary);
		for (size_t w = 0; w < cur->week_count; w++) {
			const struct curriculum_week *week = &cur->weeks[w];
			str_appendf(text, "\nWeek %u, %s:\n", week->number,
			            skill_module_name(week->module));
			for (size_t k = 0; k < week->skill_count; k++) {
				const struct skill *s = skill_library_find(lib, week->skills[k]);
				str_appendf(text, "  %-32s %s\n", week->skills[k], s != NULL ? s->name : "");
			}
		}
	}
}

static int skills_list(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"module", required_argument, NULL, OPT_MODULE},
		{"curriculum", no_argument, NULL, OPT_CURRICULUM},
		{NULL, 0, NULL, 0},
	};
	struct list_args a = {.only = SKILL_MODULE_COUNT};
	if (!cli_parse_command(opt, argc, argv, longopts, on_list_option, &a)) {
		return CLI_USAGE;
	}
	if (optind < argc) {
		return cli_usage_error("skills list takes no arguments, but got \"%s\".", argv[optind]);
	}
	if (a.curriculum && a.only != SKILL_MODULE_COUNT) {
		return cli_usage_error("skills list takes --module or --curriculum, not both.");
	}
	enum skill_module only = a.only;
	struct skills_env env;
	skills_env_load(&env, opt);
	struct str text = {0};
	if (a.curriculum) {
		list_curricula(&env.lib, &text);
	}
	for (int m = 0; m < SKILL_MODULE_COUNT && !a.curriculum; m++) {
		if (only != SKILL_MODULE_COUNT && m != (int)only) {
			continue;
		}
		bool header = false;
		for (size_t i = 0; i < env.lib.count; i++) {
			const struct skill *s = &env.lib.skills[i];
			if ((int)s->module != m) {
				continue;
			}
			if (!header) {
				str_appendf(&text, "%s%s\n", text.len ? "\n" : "",
				            skill_module_name((enum skill_module)m));
				header = true;
			}
			str_appendf(&text, "  %-32s %s%s\n", s->id, s->name,
			            s->for_crisis ? " (for a crisis)" : "");
		}
	}
	fputs(str_cstr(&text), stdout);
	str_finish(&text);
	skills_env_finish(&env);
	return CLI_OK;
}

static int skills_show(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
		return CLI_USAGE;
	}
	if (argc - optind != 1) {
		return cli_usage_error("skills show takes one skill id, such as \"skills show stop\".");
	}
	struct skills_env env;
	skills_env_load(&env, opt);
	const struct skill *skill = skills_env_find(&env, argv[optind]);
	int rc = CLI_OK;
	if (skill == NULL) {
		rc = CLI_ERROR;
	} else {
		struct str text = {0};
		skill_format(skill, &text);
		term_print_wrapped(stdout, str_cstr(&text));
		str_finish(&text);
	}
	skills_env_finish(&env);
	return rc;
}

/* Checks each file on its own, then that the ids it names exist in the
 * library together with the files checked. */
static int skills_check(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
		return CLI_USAGE;
	}
	if (optind >= argc) {
		return cli_usage_error("skills check needs at least one file to check.");
	}
	struct skills_env env;
	skills_env_load(&env, opt);
	struct problems problems = {0};
	size_t files = 0;
	for (int i = optind; i < argc; i++) {
		char *folder = skill_library_folder_of(argv[i]);
		struct content_file file;
		if (skill_library_read_file(argv[i], folder, &file, &problems)) {
			skill_library_put(&env.lib, &file, SKILL_USER);
		}
		content_file_finish(&file);
		free(folder);
		files++;
	}
	for (int i = optind; i < argc; i++) {
		skill_library_check_links(&env.lib, argv[i], &problems);
	}
	int rc = CLI_OK;
	if (problems.count > 0) {
		struct str sorted = {0};
		problems_sorted(&problems, &sorted);
		fputs(str_cstr(&sorted), stdout);
		str_finish(&sorted);
		printf("%zu problem%s in %zu file%s.\n", problems.count, problems.count == 1 ? "" : "s",
		       files, files == 1 ? "" : "s");
		rc = CLI_ERROR;
	} else {
		printf("%zu file%s checked: no problems.\n", files, files == 1 ? "" : "s");
	}
	/* The problems are the output: lost, they must still be reported. */
	if (!cli_output_written(NULL)) {
		rc = CLI_ERROR;
	}
	problems_finish(&problems);
	skills_env_finish(&env);
	return rc;
}

int cmd_skills(struct app_options *opt, int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*run)(struct app_options *opt, int argc, char **argv);
	} subs[] = {
		{"list", skills_list},
		{"show", skills_show},
		{"check", skills_check},
	};
	if (argc < 2) {
		return cli_usage_error("skills needs list, show ID or check FILE...");
	}
	for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++) {
		if (strcmp(argv[1], subs[i].name) == 0) {
			return subs[i].run(opt, argc - 1, argv + 1);
		}
	}
	return cli_usage_error("skills has no \"%s\": use list, show ID or check FILE...", argv[1]);
}
