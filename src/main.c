#include <stdio.h>

#include "cli/cli.h"
#include "app/signals.h"
#include "ui/tui.h"

int main(int argc, char **argv)
{
	struct app_options opt = {.passphrase_fd = -1, .recovery_key_fd = -1};
	int first = cli_parse_global(argc, argv, &opt);
	if (first == -2) {
		return CLI_OK;
	}
	if (first < 0) {
		return CLI_USAGE;
	}
	if (first >= argc) {
		return tui_run(&opt);
	}
	const struct cli_command *cmd = cli_find(argv[first]);
	if (cmd == NULL) {
		return cli_usage_error("unknown command \"%s\".", argv[first]);
	}
	int rc = cmd->run(&opt, argc - first, argv + first);
	/* The command has closed its session (wiping it); report the signal
	 * that stopped it the way a shell expects. */
	int sig = app_signals_pending();
	return sig != 0 ? 128 + sig : rc;
}
