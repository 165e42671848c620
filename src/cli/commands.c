#include "cli/cli.h"

#include <string.h>

#include "config.h"

/* Keep alphabetical: --help lists commands in this order. */
const struct cli_command cli_commands[] = {
	{"crisis", "[--sources]",
	 "show crisis lines and the emergency number; never asks for a passphrase", cmd_crisis},
	{"practice", "ID", "walk through a skill step by step, in plain text", cmd_practice},
	{"skills", "list [--module M] | show ID | check FILE...",
	 "browse the skills, or check a skill file you wrote", cmd_skills},
	{NULL, NULL, NULL, NULL},
};

const struct cli_command *cli_find(const char *name)
{
	for (const struct cli_command *c = cli_commands; c->name != NULL; c++) {
		if (strcmp(c->name, name) == 0) {
			return c;
		}
	}
	return NULL;
}

void cli_print_help(FILE *out)
{
	fprintf(out,
		"Usage: wisemind [OPTIONS] [COMMAND [ARGS]]\n"
		"\n"
		"A private, offline DBT skills coach. With no command, wisemind opens\n"
		"its screen; press ! there at any time for crisis lines.\n"
		"\n"
		"Commands:\n");
	for (const struct cli_command *c = cli_commands; c->name != NULL; c++) {
		char head[96];
		snprintf(head, sizeof(head), "%s %s", c->name, c->args);
		if (strlen(head) > 22) {
			fprintf(out, "  %s\n  %-22s %s\n", head, "", c->summary);
		} else {
			fprintf(out, "  %-22s %s\n", head, c->summary);
		}
	}
	fprintf(out,
		"\n"
		"Options:\n"
		"  --country CC           use the crisis lines of country CC (e.g. GB, US)\n"
		"  --data-dir DIR         keep wisemind's files in DIR\n"
		"  --no-color             draw without colour (also: NO_COLOR=1)\n"
		"  --plain                line-by-line screen, for screen readers\n"
		"  --help                 show this help\n"
		"  --version              show the version\n"
		"\n"
		"wisemind does not replace therapy or emergency services. \"DBT\" is used\n"
		"only to describe the skills; DBT's creators do not endorse wisemind.\n"
		"If you are in danger now, run: wisemind crisis\n");
}

void cli_print_version(FILE *out)
{
	fprintf(out, "wisemind %s\n", WISEMIND_VERSION);
}
