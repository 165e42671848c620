#ifndef WISEMIND_CLI_CLI_H
#define WISEMIND_CLI_CLI_H

#include <stdio.h>

#include "app/app.h"

/* Exit codes, DESIGN.md §4. */
enum cli_exit {
	CLI_OK = 0,
	CLI_ERROR = 1,
	CLI_USAGE = 2,
	CLI_LOCKED_OUT = 3, /* wrong passphrase or damaged vault */
	CLI_IN_USE = 4,     /* another wisemind holds the vault */
};

/* One subcommand. argv[0] is the command's name; its own options follow.
 * It parses them (cli_parse_command), then builds the app with app_init. */
struct cli_command {
	const char *name;
	const char *args;    /* usage after the name, "" when none */
	const char *summary; /* one line for --help */
	int (*run)(struct app_options *opt, int argc, char **argv);
};

/* The table that both dispatches commands and prints --help, so the two
 * cannot drift apart. Ends with a zeroed entry. */
extern const struct cli_command cli_commands[];

const struct cli_command *cli_find(const char *name);
void cli_print_help(FILE *out);
void cli_print_version(FILE *out);

/* Parses the global options at the front of argv into opt. Returns the
 * index of the command name (argc when there is none), or -1 after
 * printing a usage error, or -2 when --help or --version was handled. */
int cli_parse_global(int argc, char **argv, struct app_options *opt);

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
int cmd_country(struct app_options *opt, int argc, char **argv);
int cmd_crisis(struct app_options *opt, int argc, char **argv);
int cmd_export(struct app_options *opt, int argc, char **argv);
int cmd_import(struct app_options *opt, int argc, char **argv);
int cmd_init(struct app_options *opt, int argc, char **argv);
int cmd_lock_status(struct app_options *opt, int argc, char **argv);
int cmd_passwd(struct app_options *opt, int argc, char **argv);
int cmd_recovery_key(struct app_options *opt, int argc, char **argv);
int cmd_practice(struct app_options *opt, int argc, char **argv);
int cmd_skills(struct app_options *opt, int argc, char **argv);

/* Prints a usage error: one sentence and a hint. Returns CLI_USAGE. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
