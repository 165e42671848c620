#ifndef WISEMIND_CLI_OUTPUT_H
#define WISEMIND_CLI_OUTPUT_H

#include <stdbool.h>

#include "cli/encrypt_to.h"
#include "core/str.h"

/* Where a report or an export goes: a new file, or standard output;
 * through age when recipients were asked for. One way for both commands,
 * so that neither can write plaintext where the other would not. */
struct cli_sink {
	const char *path;              /* the new file, or NULL: standard output */
	int fd;                        /* the new file's descriptor, or -1 */
	const struct cli_encrypt *enc; /* the recipients; none: plaintext */
	const char *what;              /* "report" or "export", for the sentences */
};

/* Opens the sink: creates path (0600, never over a file that is there) or,
 * when path is NULL or "-", takes standard output. enc must outlive the sink.
 * Prints one sentence and returns false when the file cannot be made. */
bool cli_sink_open(struct cli_sink *sink, const char *path, const struct cli_encrypt *enc,
                   const char *what) __attribute__((warn_unused_result));

/* Writes text completely (encrypted when asked) and makes it durable.
 * Prints one sentence and returns false when it could not. */
bool cli_sink_write(struct cli_sink *sink, const struct str *text)
    __attribute__((warn_unused_result));

/* After a write: says on stderr to how many the output is encrypted, or
 * that it is NOT encrypted and anyone who can read it can read contents
 * ("your diary", "this part of your diary"). */
void cli_sink_notice(const struct cli_sink *sink, const char *contents);

/* Closes the sink; unless keep, removes the file, so that nothing half
 * written is left. */
void cli_sink_close(struct cli_sink *sink, bool keep);

#endif
