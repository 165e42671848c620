#include "cli/encrypt_to.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/cli_app.h"
#include "content/file_io.h"

extern char **environ;

/* A recipients file is a few lines; anything larger is not one. */
#define RECIPIENTS_FILE_MAX (64 * 1024)
/* What age says on failure is a line or two. */
#define AGE_SAYS_MAX 4096

static const char install_age[] =
    "--encrypt-to needs the age program, which is not installed; install the Debian package "
    "age (sudo apt install age), then run the command again.";
static const char file_shape[] =
    "each line holds one recipient (age1..., or an SSH public key), or a # comment; check "
    "the file your therapist gave you.";
static const char recipient_shape[] =
    "an age recipient starts with age1 (or is an SSH public key); check the one your "
    "therapist gave you.";

bool cli_encrypt_option(struct cli_encrypt *enc, int code, const char *arg)
{
	const char **list;
	size_t *count;
	if (code == CLI_OPT_ENCRYPT_TO) {
		list = enc->to;
		count = &enc->to_count;
	} else if (code == CLI_OPT_ENCRYPT_TO_FILE) {
		list = enc->files;
		count = &enc->file_count;
	} else {
		return false;
	}
	if (*count == CLI_ENCRYPT_MAX) {
		cli_usage_error("at most %d --encrypt-to and %d --encrypt-to-file; put the "
		                "recipients in one file, one a line.",
		                CLI_ENCRYPT_MAX, CLI_ENCRYPT_MAX);
		return false;
	}
	list[(*count)++] = arg;
	return true;
}

bool cli_encrypt_wanted(const struct cli_encrypt *enc)
{
	return enc->to_count > 0 || enc->file_count > 0;
}

/* The cheap shape of a recipient, as age's: "age1" and no blank (a
 * native or plugin recipient), or "ssh-" (an SSH public key, which has a
 * blank between its type and its key). age checks the rest. */
static bool looks_like_recipient(const char *r, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if ((unsigned char)r[i] < 0x20 || r[i] == 0x7f) {
			return false;
		}
	}
	if (len > 4 && strncasecmp(r, "age1", 4) == 0) {
		return memchr(r, ' ', len) == NULL;
	}
	return len > 4 && strncmp(r, "ssh-", 4) == 0;
}

/* Counts the recipients of a file in age's -R format: one a line, blank
 * lines and # comments skipped. Prints one sentence and returns false when
 * it cannot be read, a line is no recipient, or there is none. */
static bool count_file(const char *path, const char *what, size_t *count)
{
	struct str text = {0};
	int rc = file_read(path, RECIPIENTS_FILE_MAX, &text);
	if (rc < 0) {
		fprintf(stderr,
		        "wisemind: cannot read the recipients file %s (%s); check its name, "
		        "then run the command again.\n",
		        path, strerror(-rc));
		str_finish(&text);
		return false;
	}
	bool ok = true;
	size_t found = 0;
	size_t line = 0;
	const char *p = str_cstr(&text);
	while (ok && *p != '\0') {
		line++;
		size_t len = strcspn(p, "\n");
		size_t text_len = len > 0 && p[len - 1] == '\r' ? len - 1 : len; /* a CRLF file */
		if (text_len > 0 && p[0] != '#') {
			if (looks_like_recipient(p, text_len)) {
				found++;
			} else {
				fprintf(stderr,
				        "wisemind: line %zu of %s is not an age recipient, so no "
				        "%s was written: %s\n",
				        line, path, what, file_shape);
				ok = false;
			}
		}
		p += len + (p[len] == '\n');
	}
	if (ok && found == 0) {
		fprintf(stderr,
		        "wisemind: %s holds no age recipient; put one a line (age1..., or "
		        "an SSH public key), then run the command again.\n",
		        path);
		ok = false;
	}
	*count += found;
	str_finish(&text);
	return ok;
}

/* The command line for age: armor when asked, then each recipient and each
 * file. Returns a NULL-ended array to free (the strings are enc's). */
static char **age_argv(const struct cli_encrypt *enc, bool armor)
{
	size_t n = 0;
	char **argv = calloc(2 + 2 * (enc->to_count + enc->file_count) + 1, sizeof(*argv));
	if (argv == NULL) {
		abort();
	}
	argv[n++] = "age";
	if (armor) {
		argv[n++] = "--armor";
	}
	for (size_t i = 0; i < enc->to_count; i++) {
		argv[n++] = "-r";
		argv[n++] = (char *)enc->to[i];
	}
	for (size_t i = 0; i < enc->file_count; i++) {
		argv[n++] = "-R";
		argv[n++] = (char *)enc->files[i];
	}
	return argv;
}

/* How a run of age went. */
struct age_run {
	bool missing;    /* age is not installed (not found in PATH) */
	int spawn_errno; /* age could not be started for another reason */
	int write_errno; /* writing the plaintext to it failed */
	int status;      /* as waitpid gives it */
	struct str said; /* its standard error */
};

/* Gives age in, out and err as its standard streams, and its signals as
 * a new program's: wisemind may ignore SIGPIPE or catch SIGINT, which age
 * must not inherit. Returns 0 or an error number. */
static int set_up_spawn(posix_spawn_file_actions_t *actions, posix_spawnattr_t *attr, int in,
                        int out, int err)
{
	sigset_t defaults, none;
	sigemptyset(&none);
	sigemptyset(&defaults);
	sigaddset(&defaults, SIGPIPE);
	sigaddset(&defaults, SIGINT);
	sigaddset(&defaults, SIGQUIT);
	sigaddset(&defaults, SIGTERM);
	sigaddset(&defaults, SIGHUP);
	/* The pipes are close-on-exec; dup2 gives age its own copies. */
	int rc = posix_spawn_file_actions_adddup2(actions, in, STDIN_FILENO);
	if (rc == 0) {
		rc = posix_spawn_file_actions_adddup2(actions, out, STDOUT_FILENO);
	}
	if (rc == 0) {
		rc = posix_spawn_file_actions_adddup2(actions, err, STDERR_FILENO);
	}
	if (rc == 0) {
		rc = posix_spawnattr_setsigdefault(attr, &defaults);
	}
	if (rc == 0) {
		rc = posix_spawnattr_setsigmask(attr, &none);
	}
	if (rc == 0) {
		rc = posix_spawnattr_setflags(attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
	}
	return rc;
}

/* Finds age in PATH as execvp would (no PATH: the system's default), into
 * path. Looked up here rather than left to posix_spawnp, because some
 * systems (and valgrind) report a program not found only as a child that
 * exits 127, which age itself could do. */
static bool find_age(struct str *path)
{
	const char *dirs = getenv("PATH");
	if (dirs == NULL) {
		dirs = "/usr/local/bin:/usr/bin:/bin";
	}
	for (;;) {
		size_t len = strcspn(dirs, ":");
		str_clear(path);
		/* An empty entry is the working folder, as for the shell. */
		str_append_n(path, len > 0 ? dirs : ".", len > 0 ? len : 1);
		str_append(path, "/age");
		struct stat st;
		if (stat(str_cstr(path), &st) == 0 && S_ISREG(st.st_mode) &&
		    access(str_cstr(path), X_OK) == 0) {
			return true;
		}
		if (dirs[len] == '\0') {
			return false;
		}
		dirs += len + 1;
	}
}

/* Starts age, found in PATH, with in, out and err as its standard streams.
 * Returns 0, ENOENT when it is not installed, or another error number. */
static int spawn_age(const struct cli_encrypt *enc, bool armor, int in, int out, int err,
                     pid_t *pid)
{
	posix_spawn_file_actions_t actions;
	posix_spawnattr_t attr;
	int rc = posix_spawn_file_actions_init(&actions);
	if (rc != 0) {
		return rc;
	}
	rc = posix_spawnattr_init(&attr);
	if (rc != 0) {
		posix_spawn_file_actions_destroy(&actions);
		return rc;
	}
	struct str path = {0};
	rc = set_up_spawn(&actions, &attr, in, out, err);
	if (rc == 0 && !find_age(&path)) {
		rc = ENOENT;
	}
	if (rc == 0) {
		char **argv = age_argv(enc, armor);
		rc = posix_spawn(pid, str_cstr(&path), &actions, &attr, argv, environ);
		free(argv);
	}
	str_finish(&path);
	posix_spawnattr_destroy(&attr);
	posix_spawn_file_actions_destroy(&actions);
	return rc;
}

/* Reads what age says until it closes its standard error, keeping the
 * first AGE_SAYS_MAX bytes. */
static void read_said(int fd, struct str *said)
{
	char buf[512];
	for (;;) {
		ssize_t n = read(fd, buf, sizeof(buf));
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			return;
		}
		if (said->len < AGE_SAYS_MAX) {
			str_append_n(said, buf, (size_t)n);
		}
	}
}

/* Writes buf to age's standard input. SIGPIPE is ignored meanwhile, so that
 * an age that stopped early gives EPIPE here instead of ending wisemind. */
static int feed(int fd, const char *buf, size_t len)
{
	struct sigaction ignore = {.sa_handler = SIG_IGN}, old;
	sigemptyset(&ignore.sa_mask);
	if (sigaction(SIGPIPE, &ignore, &old) != 0) {
		return errno;
	}
	int rc = len == 0 || file_write_all(fd, buf, len) ? 0 : errno;
	if (sigaction(SIGPIPE, &old, NULL) != 0 && rc == 0) {
		rc = errno;
	}
	return rc;
}

/* A pipe that age does not inherit but through the copies spawn_age
 * gives it (pipe2 is not POSIX; wisemind is single-threaded, so nothing
 * can fork between the two calls). */
static int cloexec_pipe(int fds[2])
{
	if (pipe(fds) != 0) {
		return -1;
	}
	if (fcntl(fds[0], F_SETFD, FD_CLOEXEC) != 0 || fcntl(fds[1], F_SETFD, FD_CLOEXEC) != 0) {
		int saved = errno;
		close(fds[0]);
		close(fds[1]);
		fds[0] = fds[1] = -1;
		errno = saved;
		return -1;
	}
	return 0;
}

/* Runs age over len bytes of buf, its output to out. The plaintext goes
 * through a pipe only. run->said must be freed. */
static void run_age(const struct cli_encrypt *enc, bool armor, int out, const char *buf, size_t len,
                    struct age_run *run)
{
	int in[2] = {-1, -1}, err[2] = {-1, -1};
	pid_t pid = -1;
	*run = (struct age_run){.status = -1};
	if (cloexec_pipe(in) != 0 || cloexec_pipe(err) != 0) {
		run->spawn_errno = errno;
		goto out;
	}
	int rc = spawn_age(enc, armor, in[0], out, err[1], &pid);
	if (rc != 0) {
		run->missing = rc == ENOENT;
		run->spawn_errno = rc;
		goto out;
	}
	close(in[0]);
	close(err[1]);
	in[0] = err[1] = -1;
	run->write_errno = feed(in[1], buf, len);
	/* Closing its input is age's end of file: it finishes and exits. */
	close(in[1]);
	in[1] = -1;
	read_said(err[0], &run->said);
	while (waitpid(pid, &run->status, 0) < 0) {
		if (errno != EINTR) {
			run->spawn_errno = errno;
			break;
		}
	}
out:
	for (int i = 0; i < 2; i++) {
		if (in[i] >= 0) {
			close(in[i]);
		}
		if (err[i] >= 0) {
			close(err[i]);
		}
	}
}

static bool run_ok(const struct age_run *run)
{
	return !run->missing && run->spawn_errno == 0 && run->write_errno == 0 &&
	       WIFEXITED(run->status) && WEXITSTATUS(run->status) == 0;
}

/* The quoted text after key in age's words, such as the recipient in
 * `malformed recipient "age1x": ...`; false when key is not there. */
static bool quoted_after(const char *said, const char *key, struct str *out)
{
	const char *p = strstr(said, key);
	if (p == NULL) {
		return false;
	}
	p += strlen(key);
	const char *end = strchr(p, '"');
	if (end == NULL) {
		return false;
	}
	str_append_n(out, p, (size_t)(end - p));
	return true;
}

/* age's first error line, without its "age: error: " prefix. */
static void age_error_line(const char *said, struct str *out)
{
	static const char prefix[] = "age: error: ";
	const char *p = strstr(said, prefix);
	p = p != NULL ? p + strlen(prefix) : said;
	str_append_n(out, p, strcspn(p, "\n"));
}

/* Turns what went wrong into one sentence: what is true, what to do. */
static void say_failed(const struct age_run *run, const char *what, const char *path)
{
	const char *said = str_cstr(&run->said);
	const char *where = path != NULL ? path : "standard output";
	struct str msg = {0}, part = {0};
	size_t line;
	const char *at;
	if (run->missing) {
		str_appendf(&msg, "wisemind: %s\n", install_age);
	} else if (run->spawn_errno != 0) {
		str_appendf(&msg,
		            "wisemind: age could not be started (%s), so no %s was written; "
		            "run the command again.\n",
		            strerror(run->spawn_errno), what);
	} else if (quoted_after(said, "malformed recipient \"", &part) ||
	           quoted_after(said, "malformed SSH recipient: \"", &part)) {
		str_appendf(&msg,
		            "wisemind: age did not accept the recipient \"%s\", so no %s was "
		            "written: %s\n",
		            str_cstr(&part), what, recipient_shape);
	} else if ((at = strstr(said, "malformed recipient at line ")) != NULL &&
	           sscanf(at, "malformed recipient at line %zu", &line) == 1 &&
	           quoted_after(said, "recipient file \"", &part)) {
		str_appendf(&msg,
		            "wisemind: age did not accept line %zu of %s, so no %s was "
		            "written: %s\n",
		            line, str_cstr(&part), what, file_shape);
	} else if (run->said.len > 0) {
		age_error_line(said, &part);
		str_appendf(&msg,
		            "wisemind: age could not encrypt the %s to %s (it said: %s), so "
		            "none was written; check the recipients and the space left, then "
		            "run the command again.\n",
		            what, where, str_cstr(&part));
	} else if (WIFSIGNALED(run->status) && WTERMSIG(run->status) == SIGPIPE) {
		str_appendf(&msg,
		            "wisemind: the %s was not written completely: what reads %s "
		            "stopped reading; run the command again.\n",
		            what, where);
	} else if (WIFSIGNALED(run->status)) {
		str_appendf(&msg,
		            "wisemind: age stopped (signal %d) before the %s was written to "
		            "%s, so none was written; run the command again.\n",
		            WTERMSIG(run->status), what, where);
	} else {
		str_appendf(&msg,
		            "wisemind: the %s could not be encrypted and written to %s (%s), "
		            "so none was written; run the command again.\n",
		            what, where,
		            run->write_errno != 0 ? strerror(run->write_errno) : "age failed");
	}
	fputs(str_cstr(&msg), stderr);
	str_finish(&part);
	str_finish(&msg);
}

int cli_encrypt_check(struct cli_encrypt *enc, const char *what)
{
	enc->recipients = 0;
	for (size_t i = 0; i < enc->to_count; i++) {
		const char *r = enc->to[i];
		if (!looks_like_recipient(r, strlen(r))) {
			return cli_usage_error("\"%s\" is not an age recipient: %s", r,
			                       recipient_shape);
		}
		enc->recipients++;
	}
	for (size_t i = 0; i < enc->file_count; i++) {
		if (!count_file(enc->files[i], what, &enc->recipients)) {
			return CLI_ERROR;
		}
	}
	/* age on nothing, into nothing: proves it is there and takes these
	 * recipients, before the passphrase is asked for. */
	int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (null < 0) {
		fprintf(stderr,
		        "wisemind: cannot open /dev/null (%s); the system is not set up "
		        "as expected.\n",
		        strerror(errno));
		return CLI_ERROR;
	}
	struct age_run run;
	run_age(enc, false, null, NULL, 0, &run);
	close(null);
	bool ok = run_ok(&run);
	if (!ok) {
		say_failed(&run, what, NULL);
	}
	str_finish(&run.said);
	return ok ? CLI_OK : CLI_ERROR;
}

bool cli_encrypt_write(const struct cli_encrypt *enc, int out_fd, const char *buf, size_t len,
                       const char *what, const char *path)
{
	struct age_run run;
	run_age(enc, path == NULL && isatty(out_fd), out_fd, buf, len, &run);
	bool ok = run_ok(&run);
	if (!ok) {
		say_failed(&run, what, path);
	}
	str_finish(&run.said);
	return ok;
}

void cli_encrypt_notice(const struct cli_encrypt *enc, const char *what, const char *path)
{
	struct str msg = {0};
	str_appendf(&msg,
	            "wisemind: this %s is encrypted with age to %zu recipient%s: only "
	            "someone who holds a matching identity (the secret key) can read %s.\n",
	            what, enc->recipients, enc->recipients == 1 ? "" : "s",
	            path != NULL ? path : "it");
	cli_print_text(stderr, str_cstr(&msg));
	str_finish(&msg);
}
