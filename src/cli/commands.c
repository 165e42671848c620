#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <string.h>

#include "cli/cli_app.h"
#include "config.h"

/* report's and export's: encrypted with age (issue 15). */
#define ENCRYPT_TO_HELP                                                                            \
	"  --encrypt-to R         encrypt with age to the recipient R (age1...); repeatable\n"     \
	"  --encrypt-to-file F    encrypt to each recipient in F, one a line (# comments)\n"

/* Keep alphabetical: --help lists commands in this order. */
const struct cli_command cli_commands[] = {
	{"card", "set KEY=VALUE... | show | template show|import FILE",
	 "fill in the diary card for a day, or show a day or a week",
	 "  --date D               the day (YYYY-MM-DD): today when left out; set takes any\n"
	 "                         past day, never a future one\n"
	 "  --week W               with show: the ISO week W, such as 2026-W48\n"
	 "  keys: urge.TARGET=0-5  action.TARGET=yes|no|N  emotion.NAME=0-5\n"
	 "        session.NAME=0-5  skills-used=0-7  skill.ID=yes|no  med.NAME=TEXT\n"
	 "        note=TEXT; an empty value (\"note=\") clears a field\n",
	 "the card was saved all the same", cmd_card},
	{"class", "[MODULE | --week N] [--start D] [--curriculum FILE]",
	 "show a skills group's week on the full screen, one idea at a time (no diary)",
	 "  MODULE                 that module's skills, as the plan teaches them\n"
	 "  --week N               that week of the plan (week 1 when neither is given)\n"
	 "  --start D              the day the group's week 1 began (YYYY-MM-DD): the week is\n"
	 "                         worked out from today; --week wins\n"
	 "  --curriculum FILE      a plan of your own (wisemind-skills(5)), or a plan's id;\n"
	 "                         the 24-week plan when left out\n",
	 NULL, cmd_class},
	{"country", "[CC]",
	 "the country in use and why, the countries with crisis lines; CC saves yours", NULL, NULL,
	 cmd_country},
	{"crisis", "[--sources]",
	 "show crisis lines and the emergency number; never asks for a passphrase",
	 "  --sources              add when the lines were last checked, and the sources\n", NULL,
	 cmd_crisis},
	{"export", "[--format json] [-o FILE] [--encrypt-to R]",
	 "write the whole diary as JSON, plaintext unless --encrypt-to",
	 "  --format json          the format: JSON, the only one for now\n"
	 "  -o, --output FILE      write to FILE, a new file only you can read, instead of\n"
	 "                         standard output\n"
	 ENCRYPT_TO_HELP,
	 NULL, cmd_export},
	{"handout", "ID... [--week N] --format txt|md|pdf [-o FILE]",
	 "printable skill handouts for a skills group, with boxes to fill in by hand",
	 "  --week N               the skills of week N of the group's plan (after any IDs)\n"
	 "  --curriculum C         the plan: a curriculum file (FILE.md) or id (default:\n"
	 "                         standard-24-week)\n"
	 "  --format F             txt, md (Markdown) or pdf (needs -o FILE or a pipe)\n"
	 "  --paper P              the PDF's paper: a4 or letter (default: your locale's)\n"
	 "  -o, --output FILE      write to FILE, a new file, instead of standard output\n",
	 NULL, cmd_handout},
	{"help", "[COMMAND]", "show this help, or what one command does", NULL, NULL, cmd_help},
	{"homework", "new --skill ID... [options] | import FILE | list | done ID",
	 "homework from a therapist: write a file, keep it in your diary, see how it goes",
	 "  --skill ID             with new: a skill to practise (up to 8), or a skill\n"
	 "                         file (FILE.md) to send inside the homework file\n"
	 "  --every E              with new: day (the default), weekday, or N-per-week\n"
	 "                         (1 to 7), such as 3-per-week\n"
	 "  --from D --until D     with new: the first and last day (YYYY-MM-DD); from\n"
	 "                         today when left out, with no last day\n"
	 "  --note TEXT            with new: your words to the person, in Markdown\n"
	 "  --title TEXT           with new: a title; \"Practise\" and the skills' names\n"
	 "  -o, --output FILE      with new: write to FILE instead of standard output\n"
	 "  -y, --yes              with import: keep it without asking\n",
	 NULL, cmd_homework},
	{"import", "FILE", "merge an export into your diary", NULL,
	 "the export was imported all the same (importing it again adds nothing)", cmd_import},
	{"init", "[--no-recovery-key]", "create your encrypted diary (asks for a passphrase)",
	 "  --no-recovery-key      make no recovery key: a forgotten passphrase then means\n"
	 "                         the diary is gone\n",
	 "your diary was created all the same; if its recovery key was not shown, make a new "
	 "one: wisemind recovery-key",
	 cmd_init},
	{"lock-status", "", "is there a vault, is it open, when was it saved; no passphrase", NULL,
	 NULL, cmd_lock_status},
	{"passwd", "", "change your passphrase", NULL, "the passphrase was changed all the same",
	 cmd_passwd},
	{"practice", "[--quiet] [--urge TARGET] ID | --show-last ID",
	 "walk through a skill step by step, in plain text",
	 "  --quiet                no bell when a timer ends\n"
	 "  --urge TARGET          the urge the practice's ratings are about (self-harm, ...)\n"
	 "  --show-last ID         your last kept practice of the skill (needs the passphrase)\n",
	 NULL, cmd_practice},
	{"recovery-key", "", "make a new recovery key; the old one stops working", NULL,
	 "the new recovery key is in place all the same; if it was not shown, make another: "
	 "wisemind recovery-key",
	 cmd_recovery_key},
	{"report", "[--week W | --from D --to D] [--format F] [-o FILE] [--encrypt-to R] | --helps",
	 "the diary card of a week or more, as text, CSV, JSON or PDF",
	 "  --week W               the ISO week W, such as 2026-W47 (default: this week)\n"
	 "  --from D --to D        the days from D to D (YYYY-MM-DD), both included\n"
	 "  --format F             text (the card as a grid; the default), csv, json, or pdf\n"
	 "                         (one week's card on one page; needs -o FILE or a pipe)\n"
	 "  --paper P              the PDF's paper: a4 or letter (default: your locale's)\n"
	 "  --events               the urges logged, as CSV, instead of the days\n"
	 "  -o, --output FILE      write to FILE, a new file only you can read, instead of\n"
	 "                         standard output\n"
	 ENCRYPT_TO_HELP
	 "  --helps                which skills were followed by the largest drops in your\n"
	 "                         urges\n",
	 NULL, cmd_report},
	{"safety-plan", "[show | edit]",
	 "your safety plan: see it, or change it part by part", NULL, NULL,
	 cmd_safety_plan},
	{"settings", "thresholds [KIND N]",
	 "see the urge thresholds, or lower one (never raise it); works locked",
	 NULL, NULL, cmd_settings},
	{"skills", "list [--module M | --curriculum] | show ID | check FILE...",
	 "browse the skills, or check a skill file you wrote",
	 "  --module M             list only module M: mindfulness, distress-tolerance,\n"
	 "                         emotion-regulation, interpersonal-effectiveness or general\n"
	 "  --curriculum           the group curriculum, week by week\n",
	 NULL, cmd_skills},
	{"urge", "[TARGET [RATING]] [--note TEXT|-] | --after N | list | remove ID",
	 "log an urge (0-5); works locked; always shows crisis lines",
	 "  --note TEXT            a few words with it; --note - reads them from standard\n"
	 "                         input, so they stay out of the shell's history\n"
	 "  --after N              how the latest urge was after a skill, 0-5; with\n"
	 "                         --id ID another urge, --skill ID the skill used\n"
	 "  --date D               with list: only the urges of day D (YYYY-MM-DD)\n",
	 "the urge was saved all the same", cmd_urge},
	{NULL, NULL, NULL, NULL, NULL, NULL},
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
		"  -h, --help             show this help (after a command: that command's)\n"
		"  --version              show the version\n"
		"\n"
		"wisemind does not replace therapy or emergency services. \"DBT\" is used\n"
		"only to describe the skills; DBT's creators do not endorse wisemind.\n"
		"If you are in danger now, run: wisemind crisis\n");
}

void cli_print_command_help(FILE *out, const struct cli_command *c)
{
	fprintf(out, "Usage: wisemind [OPTIONS] %s%s%s\n\n", c->name, c->args[0] != '\0' ? " " : "",
	        c->args);
	char first = c->summary[0];
	fprintf(out, "%c%s.\n", first >= 'a' && first <= 'z' ? first - 'a' + 'A' : first,
	        c->summary + 1);
	if (c->options != NULL) {
		fprintf(out, "\nOptions:\n%s", c->options);
	}
	fputs("\nOPTIONS: the options every command takes, listed by: wisemind --help\n"
	      "The manual has more: man wisemind\n",
	      out);
}

void cli_print_version(FILE *out)
{
	fprintf(out, "wisemind %s\n", WISEMIND_VERSION);
}

/* wisemind help [COMMAND]: --help, or one command's help. */
int cmd_help(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
		return CLI_USAGE;
	}
	if (argc - optind > 1) {
		return cli_usage_error("help takes one command name, such as \"help crisis\".");
	}
	if (optind == argc) {
		cli_print_help(stdout);
		return CLI_OK;
	}
	const struct cli_command *cmd = cli_find(argv[optind]);
	if (cmd == NULL) {
		return cli_usage_error("there is no command \"%s\" to explain.", argv[optind]);
	}
	cli_print_command_help(stdout, cmd);
	return CLI_OK;
}

bool cli_output_written(const char *done)
{
	errno = 0;
	if (fflush(stdout) == 0 && !ferror(stdout)) {
		return true;
	}
	/* An error on an earlier write, with nothing left to flush, leaves no
	 * errno to name: the sentence then goes without the reason. */
	int why = errno;
	struct str msg = {0};
	str_append(&msg, "wisemind: could not write the output");
	if (why != 0) {
		str_appendf(&msg, " (%s)", strerror(why));
	}
	if (done != NULL) {
		str_appendf(&msg, ", but %s.\n", done);
	} else {
		str_append(&msg, "; free some space or send the output elsewhere, then run it "
		                 "again.\n");
	}
	cli_print_text(stderr, str_cstr(&msg));
	str_finish(&msg);
	return false;
}
