#ifndef WISEMIND_CLI_ENCRYPT_TO_H
#define WISEMIND_CLI_ENCRYPT_TO_H

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"

/* --encrypt-to and --encrypt-to-file (issue 15): a report or an export
 * written in the age format by the age program, so that a therapist opens
 * it with the tool they already trust. The plaintext goes to age through a
 * pipe and never touches disk. */

/* Option codes, apart from the global options' (0x100...) and the
 * commands' own (small numbers and letters). */
enum {
	CLI_OPT_ENCRYPT_TO = 0x200,
	CLI_OPT_ENCRYPT_TO_FILE,
};

/* The two entries for a command's getopt_long table. */
/* clang-format off */
#define CLI_ENCRYPT_TO_LONGOPTS                                                                    \
	{"encrypt-to", required_argument, NULL, CLI_OPT_ENCRYPT_TO},                               \
	{"encrypt-to-file", required_argument, NULL, CLI_OPT_ENCRYPT_TO_FILE}
/* clang-format on */

/* Enough for a care team; more go in a file. A fixed table, so that the
 * commands have nothing to free. */
#define CLI_ENCRYPT_MAX 16

/* The recipients asked for, as given on the command line (argv's strings). */
struct cli_encrypt {
	const char *to[CLI_ENCRYPT_MAX]; /* --encrypt-to, repeatable */
	size_t to_count;
	const char *files[CLI_ENCRYPT_MAX]; /* --encrypt-to-file, repeatable */
	size_t file_count;
	size_t recipients; /* counted by cli_encrypt_check: the options' and the files' */
};

/* For a command's option callback: records code's value when code is one
 * of the two options and returns true; false, after a usage error when
 * there were too many, or silently when code is not one of them. */
bool cli_encrypt_option(struct cli_encrypt *enc, int code, const char *arg);

/* Whether any recipient was asked for. */
bool cli_encrypt_wanted(const struct cli_encrypt *enc);

/* Before the passphrase is asked for and before any file is made, so that
 * a mistake costs nothing: checks each recipient's shape, reads each
 * recipients file and counts its recipients, then runs age on empty input
 * (which also finds a missing age and a recipient age refuses). what is
 * "report" or "export". Prints one sentence and returns CLI_USAGE (a value
 * on the command line that is no recipient) or CLI_ERROR (no age, a file
 * that cannot be read or holds no recipient, age refusing one); CLI_OK. */
int cli_encrypt_check(struct cli_encrypt *enc, const char *what);

/* Writes len bytes of buf through age, whose output goes to out_fd (a new
 * file, or standard output: then ASCII armor when it is a terminal, which
 * age refuses to send binary to). Waits for age. On failure prints one
 * sentence (path names the file, NULL for standard output) and returns
 * false; the caller removes the file. */
bool cli_encrypt_write(const struct cli_encrypt *enc, int out_fd, const char *buf, size_t len,
                       const char *what, const char *path) __attribute__((warn_unused_result));

/* The notice that replaces "NOT encrypted": to how many recipients, and
 * who can read it. On stderr. */
void cli_encrypt_notice(const struct cli_encrypt *enc, const char *what, const char *path);

#endif
