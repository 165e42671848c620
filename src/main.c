#include <locale.h>
#include <stdio.h>

#include "cli/cli.h"
#include "ui/tui.h"

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
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
	return cmd->run(&opt, argc - first, argv + first);
}
