#include <getopt.h>
#include <stdio.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "app/clock.h"
#include "app/vault_info.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/report.h"

static void print_time(const char *label, uint64_t t)
{
	char buf[APP_TIME_TEXT_SIZE];
	app_time_text(t, buf, sizeof(buf));
	printf("%s%s\n", label, buf);
}

/* Whether the open diary can be kept out of swap: the memory this process
 * may lock against what an unlock holds (the image about twice over).
 * Said here, without any key, so a person can fix it before unlocking. */
static void print_memory_lock(uint64_t file_size)
{
	struct rlimit lim;
	uint64_t need = 2 * file_size;
	if (geteuid() == 0 || getrlimit(RLIMIT_MEMLOCK, &lim) != 0 || lim.rlim_cur == RLIM_INFINITY ||
	    lim.rlim_cur >= need) {
		puts("Memory: the open diary can be locked in RAM, out of swap and core dumps.");
		return;
	}
	printf("Memory: this system lets wisemind lock %llu MiB in RAM, less than the open "
	       "diary needs (about %llu MiB), so parts of it may be written to swap; encrypted "
	       "swap keeps them private (or raise the limit: ulimit -l).\n",
	       (unsigned long long)(lim.rlim_cur >> 20), (unsigned long long)((need >> 20) + 1));
}

/* Names each odd file in one sentence, with what to do. */
static void print_odd(const struct app_vault_info *p, const char *dir)
{
	size_t named = p->odd_count < APP_ODD_FILES_MAX ? p->odd_count : APP_ODD_FILES_MAX;
	for (size_t i = 0; i < named; i++) {
		printf("Odd file: %s/%s is not a regular file (a pipe, a device, a folder or a link); "
		       "move it out of the data directory.\n",
		       dir, p->odd_names[i]);
	}
	if (p->odd_count > named) {
		printf("Odd files: %zu more like it; move them out of the data directory too.\n",
		       p->odd_count - named);
	}
}

/* wisemind lock-status: what is in the data directory, without any key and
 * without anything personal: is there a vault, is it in use, when was it
 * last saved, is there a backup copy, how many urges wait in the inbox. */
int cmd_lock_status(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
		return CLI_USAGE;
	}
	if (optind < argc) {
		return cli_usage_error("lock-status takes no arguments, but got \"%s\".", argv[optind]);
	}
	struct app app;
	if (!cli_app_start(&app, opt)) {
		app_finish(&app);
		return CLI_USAGE;
	}
	struct app_vault_info p;
	struct app_error err = {0};
	const char *dir = str_cstr(&app.data_dir);
	bool read = app_vault_info(&app, &p, &err);
	int rc = CLI_OK;
	if (!read) {
		rc = cli_error(&err);
	} else if (!p.exists && p.prev_exists) {
		/* Issue 8 #6: not "no vault": the backup opens. */
		printf("diary.vault is missing in %s, but its backup copy is there:\n", dir);
		print_time("Backup copy (older): diary.vault.prev, saved ", p.prev_saved_at);
		puts("The next unlock opens the backup copy (saying it is older), and the next save "
		     "makes it the current one.");
	} else if (!p.exists) {
		printf("No vault in %s yet. 'wisemind init' creates one.\n", dir);
	} else {
		printf("Vault: %s/diary.vault\n", dir);
		printf("In use: %s\n", p.in_use ? "yes, wisemind is open in another terminal" : "no");
		if (!p.odd) {
			/* An odd file has no save time or header: it is named below. */
			print_time("Last saved: ", p.saved_at);
			if (p.header_damaged) {
				struct str why = {0};
				app_error_describe(&p.header_error, &why);
				printf("Header: damaged (%s)\n", str_cstr(&why));
				str_finish(&why);
			}
			printf("Recovery key: %s\n", p.has_recovery ? "set up" : "none");
		}
		if (p.prev_exists) {
			print_time("Backup copy (older): diary.vault.prev, saved ", p.prev_saved_at);
		} else {
			puts("Backup copy: none yet (made at the second save)");
		}
		printf("Urges waiting in the locked inbox: %zu%s\n", p.inbox_pending,
		       p.inbox_pending ? " (added at the next unlock)" : "");
		if (!p.inbox_pub) {
			puts("inbox.pub is missing: urges cannot be logged while locked until the next "
			     "unlock repairs it.");
		}
		print_memory_lock(p.size);
	}
	if (read) {
		print_odd(&p, dir);
		app_error_finish(&p.header_error);
	}
	app_finish(&app);
	return rc;
}
