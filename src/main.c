#include <stdio.h>

#include "cli/cli.h"
#include "cli/plain.h"
#include "app/signals.h"
#include "ui/tui.h"

/* No command: the full screen, or plain mode (the same flows line by
 * line) when asked for, when input or output is not a terminal, or when
 * the terminal cannot show the screen; a screen that cannot start says so
 * in one line and goes on line by line. */
static int run_front(struct app_options *opt)
{
	enum tui_plain plain = tui_wants_plain(opt);
	if (plain == TUI_PLAIN_NO) {
		int rc = tui_run(opt);
		if (rc != TUI_RUN_PLAIN) {
			return rc;
		}
		plain = TUI_PLAIN_NO_SCREEN;
	}
	if (plain == TUI_PLAIN_NO_SCREEN) {
		tui_say_no_screen();
	}
	return cli_plain_run(opt);
}

int main(int argc, char **argv)
{
	struct app_options opt = {.passphrase_fd = -1, .recovery_key_fd = -1};
	cli_class_screen = tui_class_run;
	int first = argc;
	enum cli_request request = cli_parse_global(argc, argv, &opt, &first);
	const struct cli_command *cmd = NULL;
	if (request == CLI_REQUEST_RUN && first < argc) {
		cmd = cli_find(argv[first]);
		if (cmd == NULL) {
			return cli_usage_error("unknown command \"%s\".", argv[first]);
		}
		request = cli_command_request(argc - first, argv + first);
	}
	int rc = CLI_OK;
	switch (request) {
	case CLI_REQUEST_USAGE:
		return CLI_USAGE;
	case CLI_REQUEST_HELP:
		if (cmd != NULL) {
			cli_print_command_help(stdout, cmd);
		} else {
			cli_print_help(stdout);
		}
		break;
	case CLI_REQUEST_VERSION:
		cli_print_version(stdout);
		break;
	case CLI_REQUEST_RUN:
		rc = cmd != NULL ? cmd->run(&opt, argc - first, argv + first) : run_front(&opt);
		break;
	}
	/* The command has closed its session (wiping it); report the signal
	 * that stopped it the way a shell expects. A write cut short by it is
	 * the person leaving, not a failure to report. */
	int sig = app_signals_pending();
	if (sig != 0) {
		return CLI_SIGNAL_BASE + sig;
	}
	/* Every write to standard output is checked here, once. A command that
	 * failed has said why, and one that checks its output itself (crisis,
	 * export, country CC, skills check) has said so when it was lost; the
	 * screen and plain mode fail only when their output was lost, and
	 * leave the words to the shell's front end. */
	if ((rc == CLI_OK || cmd == NULL) && !cli_output_written(cmd != NULL ? cmd->done : NULL)) {
		rc = CLI_ERROR;
	}
	return rc;
}
