#ifndef WISEMIND_CLI_LINE_INPUT_H
#define WISEMIND_CLI_LINE_INPUT_H

#include <stddef.h>

#include "core/str.h"

/* One answer typed at a prompt, read from a descriptor a byte at a time:
 * nothing past the line is taken (a script's next answer stays for the
 * next prompt), and no stdio buffer keeps a copy of what was typed. */
enum line_input_status {
	LINE_INPUT_OK,
	LINE_INPUT_END,      /* end of input before anything was typed */
	LINE_INPUT_TOO_LONG, /* longer than max bytes: the rest of it was read and dropped */
	LINE_INPUT_STOPPED,  /* a signal (Ctrl-C, SIGTERM) */
	LINE_INPUT_ERROR,    /* the descriptor cannot be read */
};

/* Reads one line from fd into out (wiped and cleared first), without its
 * "\n" or "\r\n". A last line with no newline counts as a line. */
enum line_input_status line_input_read(int fd, size_t max, struct str *out);

#endif
