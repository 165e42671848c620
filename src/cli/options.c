#include "cli/cli.h"
#include "cli/cli_app.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

enum {
	OPT_COUNTRY = 0x100,
	OPT_DATA_DIR,
	OPT_NO_COLOR,
	OPT_PLAIN,
	OPT_PASSPHRASE_FD,
	OPT_RECOVERY_KEY_FD,
	OPT_HELP,
	OPT_VERSION,
};

static const struct option global_options[] = {
	{"country", required_argument, NULL, OPT_COUNTRY},
	{"data-dir", required_argument, NULL, OPT_DATA_DIR},
	{"no-color", no_argument, NULL, OPT_NO_COLOR},
	{"no-colour", no_argument, NULL, OPT_NO_COLOR},
	{"plain", no_argument, NULL, OPT_PLAIN},
	{"passphrase-fd", required_argument, NULL, OPT_PASSPHRASE_FD},
	{"recovery-key-fd", required_argument, NULL, OPT_RECOVERY_KEY_FD},
	{"help", no_argument, NULL, OPT_HELP},
	{"version", no_argument, NULL, OPT_VERSION},
};
#define GLOBAL_COUNT (sizeof(global_options) / sizeof(global_options[0]))

int cli_usage_error(const char *fmt, ...)
{
	struct str msg = {0};
	va_list ap;
	va_start(ap, fmt);
	str_append(&msg, "wisemind: ");
	str_vappendf(&msg, fmt, ap);
	va_end(ap);
	str_append(&msg, " Run 'wisemind --help' for usage.\n");
	cli_print_text(stderr, str_cstr(&msg));
	str_finish(&msg);
	return CLI_USAGE;
}

bool cli_module_arg(const char *arg, enum skill_module *out)
{
	if (skill_module_parse(arg, out)) {
		return true;
	}
	cli_usage_error("unknown module \"%s\": use mindfulness, distress-tolerance, "
	                "emotion-regulation, interpersonal-effectiveness or general.", arg);
	return false;
}

bool cli_plan_week_arg(const char *arg, unsigned *week)
{
	char *end;
	unsigned long n = strtoul(arg, &end, 10);
	if (arg[0] < '0' || arg[0] > '9' || *end != '\0' || n == 0 || n > 999) {
		cli_usage_error("--week is a week of the plan, such as --week 4, not \"%s\".", arg);
		return false;
	}
	*week = (unsigned)n;
	return true;
}

static bool parse_fd(const char *arg, int *fd)
{
	char *end;
	long n = strtol(arg, &end, 10);
	if (arg[0] == '\0' || *end != '\0' || n < 0 || n > 1000000) {
		return false;
	}
	*fd = (int)n;
	return true;
}

/* What one option did to the global options. */
enum global_result {
	GLOBAL_SET,      /* applied */
	GLOBAL_NOT_MINE, /* not a global option */
	GLOBAL_BAD,      /* a bad value: a usage error was printed */
	GLOBAL_HELP,     /* -h, --help */
	GLOBAL_VERSION,  /* --version */
};

static enum global_result apply_global(struct app_options *opt, int code, const char *arg)
{
	switch (code) {
	case OPT_COUNTRY:
		opt->country = arg;
		return GLOBAL_SET;
	case OPT_DATA_DIR:
		opt->data_dir = arg;
		return GLOBAL_SET;
	case OPT_NO_COLOR:
		opt->no_color = true;
		return GLOBAL_SET;
	case OPT_PLAIN:
		opt->plain = true;
		return GLOBAL_SET;
	case OPT_PASSPHRASE_FD:
		if (!parse_fd(arg, &opt->passphrase_fd)) {
			cli_usage_error("--passphrase-fd takes a file descriptor number, not \"%s\".", arg);
			return GLOBAL_BAD;
		}
		return GLOBAL_SET;
	case OPT_RECOVERY_KEY_FD:
		if (!parse_fd(arg, &opt->recovery_key_fd)) {
			cli_usage_error("--recovery-key-fd takes a file descriptor number, not \"%s\".", arg);
			return GLOBAL_BAD;
		}
		return GLOBAL_SET;
	case OPT_HELP:
		return GLOBAL_HELP;
	case OPT_VERSION:
		return GLOBAL_VERSION;
	default:
		return GLOBAL_NOT_MINE;
	}
}

/* getopt's own messages are replaced by ours, which name the fix. */
static void report_bad_option(char **argv, int code)
{
	const char *word = argv[optind - 1];
	if (code == ':') {
		cli_usage_error("%s needs a value.", word);
	} else {
		cli_usage_error("unknown option \"%s\".", word);
	}
}

static void global_longopts(struct option longopts[GLOBAL_COUNT + 1])
{
	memcpy(longopts, global_options, sizeof(global_options));
	longopts[GLOBAL_COUNT] = (struct option){0};
}

enum cli_request cli_parse_global(int argc, char **argv, struct app_options *opt, int *first)
{
	optind = 0; /* 0, not 1: glibc then resets its scanning state for the new argv */
	opterr = 0;
	int code;
	struct option longopts[GLOBAL_COUNT + 1];
	global_longopts(longopts);
	while ((code = getopt_long(argc, argv, "+:h", longopts, NULL)) != -1) {
		switch (apply_global(opt, code == 'h' ? OPT_HELP : code, optarg)) {
		case GLOBAL_SET:
			break;
		case GLOBAL_HELP:
			return CLI_REQUEST_HELP;
		case GLOBAL_VERSION:
			return CLI_REQUEST_VERSION;
		case GLOBAL_BAD:
			return CLI_REQUEST_USAGE;
		case GLOBAL_NOT_MINE:
			report_bad_option(argv, code);
			return CLI_REQUEST_USAGE;
		}
	}
	*first = optind;
	return CLI_REQUEST_RUN;
}

/* Scans a copy of argv, since getopt permutes what it scans, with the
 * global options only: a command's own options come back as unknown and
 * are skipped. A -h counts only as a word of its own, never inside a
 * cluster such as "-ohome.json", where it may be the value of -o. */
enum cli_request cli_command_request(int argc, char **argv)
{
	char **copy = calloc((size_t)argc + 1, sizeof(*copy));
	if (copy == NULL) {
		abort();
	}
	memcpy(copy, argv, (size_t)argc * sizeof(*copy));
	struct option longopts[GLOBAL_COUNT + 1];
	global_longopts(longopts);
	optind = 0;
	opterr = 0;
	enum cli_request request = CLI_REQUEST_RUN;
	int code;
	while (request == CLI_REQUEST_RUN &&
	       (code = getopt_long(argc, copy, ":h", longopts, NULL)) != -1) {
		if (code == OPT_HELP || (code == 'h' && strcmp(copy[optind - 1], "-h") == 0)) {
			request = CLI_REQUEST_HELP;
		} else if (code == OPT_VERSION) {
			request = CLI_REQUEST_VERSION;
		}
	}
	free(copy);
	return request;
}

bool cli_parse_command(struct app_options *opt, int argc, char **argv,
                       const struct option *longopts,
                       bool (*on_option)(int code, const char *arg, void *data),
                       void *data)
{
	size_t own = 0;
	while (longopts != NULL && longopts[own].name != NULL) {
		own++;
	}
	struct option *all = calloc(own + GLOBAL_COUNT + 1, sizeof(*all));
	if (all == NULL) {
		abort();
	}
	if (own > 0) {
		memcpy(all, longopts, own * sizeof(*all));
	}
	memcpy(all + own, global_options, sizeof(global_options));

	bool ok = true;
	optind = 0; /* 0, not 1: glibc then resets its scanning state for the new argv */
	opterr = 0;
	int code;
	/* A command's long option whose code is a letter also has that short
	 * form ({"output", ..., 'o'} gives -o). */
	char shorts[64] = ":";
	size_t n = 1;
	for (size_t i = 0; i < own && n + 2 < sizeof(shorts); i++) {
		int c = longopts[i].val;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			shorts[n++] = (char)c;
			if (longopts[i].has_arg == required_argument) {
				shorts[n++] = ':';
			}
		}
	}
	shorts[n] = '\0';
	/* Permuting: options may follow the arguments ("practice stop --country GB"). */
	while (ok && (code = getopt_long(argc, argv, shorts, all, NULL)) != -1) {
		switch (apply_global(opt, code, optarg)) {
		case GLOBAL_SET:
		case GLOBAL_HELP: /* answered before the command ran: cli_command_request */
		case GLOBAL_VERSION:
			break;
		case GLOBAL_BAD:
			ok = false;
			break;
		case GLOBAL_NOT_MINE:
			if (code == '?' || code == ':' || on_option == NULL) {
				report_bad_option(argv, code);
				ok = false;
			} else {
				ok = on_option(code, optarg, data);
			}
			break;
		}
	}
	free(all);
	return ok;
}
