#ifndef WISEMIND_CLI_CLI_H
#define WISEMIND_CLI_CLI_H

#include <stdio.h>

#include "app/app.h"
#include "core/skill.h"

/* Exit codes, DESIGN.md §4. */
enum cli_exit {
	CLI_OK = 0,
	CLI_ERROR = 1,
	CLI_USAGE = 2,
	CLI_LOCKED_OUT = 3, /* wrong passphrase or damaged vault */
	CLI_IN_USE = 4,     /* another wisemind holds the vault */
	/* Stopped by signal N: CLI_SIGNAL_BASE + N, as a shell reports it
	 * (130 for Ctrl-C, 143 for SIGTERM). */
	CLI_SIGNAL_BASE = 128,
};

/* One subcommand. argv[0] is the command's name; its own options follow.
 * It parses them (cli_parse_command), then builds the app with app_init. */
struct cli_command {
	const char *name;
	const char *args;    /* usage after the name, "" when none */
	const char *summary; /* one line for --help */
	const char *options; /* the command's own options for "help NAME", or NULL */
	/* What is true when the command did its work but its output could not
	 * be written, completing "..., but " ("the passphrase was changed all
	 * the same"); NULL when the command changes nothing. */
	const char *done;
	int (*run)(struct app_options *opt, int argc, char **argv);
};

/* The table that dispatches commands, prints --help and "help NAME", so
 * they cannot drift apart. Ends with a zeroed entry. */
extern const struct cli_command cli_commands[];

const struct cli_command *cli_find(const char *name);
void cli_print_help(FILE *out);
void cli_print_command_help(FILE *out, const struct cli_command *cmd);
void cli_print_version(FILE *out);

/* What a command line asks for besides running a command. */
enum cli_request {
	CLI_REQUEST_RUN,     /* run the command (or the screen) */
	CLI_REQUEST_HELP,    /* -h or --help: print help, exit 0 */
	CLI_REQUEST_VERSION, /* --version */
	CLI_REQUEST_USAGE,   /* a usage error, already printed */
};

/* Parses the global options at the front of argv into opt and sets *first
 * to the index of the command name (argc when there is none). Prints
 * nothing but usage errors. */
enum cli_request cli_parse_global(int argc, char **argv, struct app_options *opt, int *first);

/* Whether a command's arguments (argv[0] is its name) ask for help (-h,
 * --help) or the version anywhere before "--", so that "wisemind crisis
 * --help" answers before the command runs. argv is left as it was. */
enum cli_request cli_command_request(int argc, char **argv);

/* Flushes standard output and checks that everything printed on it was
 * written: the one check that covers every command, with the few that
 * print after a point of no return saying what they did. When it was not
 * written, prints one sentence on stderr: what failed and why, then done
 * (what is true all the same, as in struct cli_command) or, when done is
 * NULL, what to do; returns false. */
bool cli_output_written(const char *done);

/* Parses a command's own options with getopt_long, also accepting the
 * global options there ("wisemind crisis --country GB"). longopts lists
 * only the command's own; each one found calls on_option. Returns false
 * after printing a usage error. */
struct option;
bool cli_parse_command(struct app_options *opt, int argc, char **argv,
                       const struct option *longopts,
                       bool (*on_option)(int code, const char *arg, void *data),
                       void *data);

/* The commands, one file each (cmd_<name>.c). */
int cmd_card(struct app_options *opt, int argc, char **argv);
int cmd_class(struct app_options *opt, int argc, char **argv);
int cmd_country(struct app_options *opt, int argc, char **argv);
int cmd_crisis(struct app_options *opt, int argc, char **argv);
int cmd_export(struct app_options *opt, int argc, char **argv);
int cmd_handout(struct app_options *opt, int argc, char **argv);
int cmd_help(struct app_options *opt, int argc, char **argv);
int cmd_homework(struct app_options *opt, int argc, char **argv);
int cmd_import(struct app_options *opt, int argc, char **argv);
int cmd_init(struct app_options *opt, int argc, char **argv);
int cmd_lock_status(struct app_options *opt, int argc, char **argv);
int cmd_passwd(struct app_options *opt, int argc, char **argv);
int cmd_recovery_key(struct app_options *opt, int argc, char **argv);
int cmd_report(struct app_options *opt, int argc, char **argv);
int cmd_safety_plan(struct app_options *opt, int argc, char **argv);
int cmd_practice(struct app_options *opt, int argc, char **argv);
int cmd_settings(struct app_options *opt, int argc, char **argv);
int cmd_skills(struct app_options *opt, int argc, char **argv);
int cmd_urge(struct app_options *opt, int argc, char **argv);

/* The full screen's presenter for a group, which main (the only caller of
 * both front ends) sets before any command runs: the commands may not
 * call the screen's code themselves. It returns the exit code, or a
 * negative number when the terminal cannot show the screen. */
struct app_group;
typedef int cli_screen_fn(const struct app_options *opt, const struct app_group *group);
extern cli_screen_fn *cli_class_screen;

/* Reads a module's id as typed; false after a usage error naming the
 * modules there are. */
bool cli_module_arg(const char *arg, enum skill_module *out);

/* Reads a week of a group's plan as typed (1 to 999; the plan says how
 * far it goes); false after a usage error. */
bool cli_plan_week_arg(const char *arg, unsigned *week);

/* Prints a usage error: one sentence and a hint. Returns CLI_USAGE. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
