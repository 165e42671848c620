#include "cli/cli.h"

#include <string.h>

#include "config.h"

/* Keep alphabetical: --help lists commands in this order. */
const struct cli_command cli_commands[] = {
	{"country", "[CC]",
	 "the country in use and why, the countries with crisis lines; CC saves yours",
	 cmd_country},
	{"crisis", "[--sources]",
	 "show crisis lines and the emergency number; never asks for a passphrase", cmd_crisis},
	{"export", "[--format json] [-o FILE]",
	 "write the whole diary as plaintext JSON (you will be warned)", cmd_export},
	{"import", "FILE", "merge an export into your diary", cmd_import},
	{"init", "[--no-recovery-key]",
	 "create your encrypted diary (asks for a passphrase)", cmd_init},
	{"lock-status", "", "is there a vault, is it open, when was it saved; no passphrase",
	 cmd_lock_status},
	{"passwd", "", "change your passphrase", cmd_passwd},
	{"practice", "[--quiet] ID", "walk through a skill step by step, in plain text", cmd_practice},
	{"recovery-key", "", "make a new recovery key; the old one stops working",
	 cmd_recovery_key},
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
		"  --passphrase-fd N      read the passphrase from file descriptor N\n"
		"  --recovery-key-fd N    unlock with the recovery key read from descriptor N\n"
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
