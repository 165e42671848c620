#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/skills_env.h"
#include "cli/term_width.h"
#include "core/skill_format.h"

enum { OPT_MODULE = 1 };

static bool on_module(int code, const char *arg, void *data)
{
	if (code != OPT_MODULE) {
		return false;
	}
	enum skill_module *module = data;
	if (!skill_module_parse(arg, module)) {
		cli_usage_error("unknown module \"%s\": use mindfulness, distress-tolerance, "
		                "emotion-regulation, interpersonal-effectiveness or general.", arg);
		return false;
	}
	return true;
}

static int skills_list(struct app_options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"module", required_argument, NULL, OPT_MODULE},
		{NULL, 0, NULL, 0},
	};
	enum skill_module only = SKILL_MODULE_COUNT;
	if (!cli_parse_command(opt, argc, argv, longopts, on_module, &only)) {
		return CLI_USAGE;
	}
	if (optind < argc) {
		return cli_usage_error("skills list takes no arguments, but got \"%s\".", argv[optind]);
	}
	struct skills_env env;
	skills_env_load(&env, opt);
	struct str text = {0};
	for (int m = 0; m < SKILL_MODULE_COUNT; m++) {
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
		fputs(str_cstr(&problems.text), stdout);
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
