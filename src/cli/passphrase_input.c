#include "cli/passphrase_input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "app/signals.h"

/* Reads bytes up to a newline into buf, one at a time so nothing past the
 * line is consumed from a shared descriptor. */
static int read_line_fd(int fd, char *buf, size_t size, size_t *len)
{
	*len = 0;
	for (;;) {
		if (app_signals_pending() != 0) {
			return -EINTR; /* a signal that came before the read started */
		}
		char c;
		ssize_t n = read(fd, &c, 1);
		if (n < 0 && errno == EINTR && app_signals_pending() == 0) {
			continue;
		}
		if (n < 0) {
			return -errno;
		}
		if (n == 0) {
			return *len > 0 ? 0 : -ENODATA;
		}
		if (c == '\n') {
			return 0;
		}
		if (*len + 1 >= size) {
			return -E2BIG;
		}
		buf[(*len)++] = c;
	}
}

bool passphrase_input_read(int fd, const char *prompt, struct app_secret *out, struct str *err)
{
	*out = (struct app_secret){0};
	char *buf = app_secret_buffer();
	if (buf == NULL) {
		str_append(err, "not enough memory to read the passphrase safely");
		return false;
	}
	int tty = -1;
	struct termios saved;
	bool echo_off = false;
	if (fd < 0) {
		tty = open("/dev/tty", O_RDWR | O_CLOEXEC);
		if (tty < 0) {
			str_append(err, "there is no terminal to ask for the passphrase; "
			                "use --passphrase-fd N in scripts");
			app_secret_free(buf);
			return false;
		}
		if (tcgetattr(tty, &saved) == 0) {
			struct termios quiet = saved;
			quiet.c_lflag &= (tcflag_t)~(ECHO | ECHONL);
			quiet.c_lflag |= ICANON;
			echo_off = tcsetattr(tty, TCSAFLUSH, &quiet) == 0;
		}
		if (write(tty, prompt, strlen(prompt)) < 0) {
			/* The prompt is a courtesy; reading still works. */
		}
		fd = tty;
	}
	size_t len = 0;
	int rc = read_line_fd(fd, buf, APP_SECRET_MAX + 1, &len);
	if (tty >= 0) {
		if (echo_off) {
			tcsetattr(tty, TCSAFLUSH, &saved);
		}
		if (write(tty, "\n", 1) < 0) {
			/* as above */
		}
		close(tty);
	}
	if (len > 0 && buf[len - 1] == '\r') {
		len--;
	}
	buf[len] = '\0';
	if (rc == -E2BIG) {
		str_appendf(err, "the passphrase is longer than %d bytes", APP_SECRET_MAX);
	} else if (rc == -EINTR) {
		str_append(err, "stopped by a signal");
	} else if (rc == -ENODATA) {
		str_append(err, tty >= 0 ? "no passphrase was typed; run the command again and type it"
		                         : "the passphrase input was empty; write the passphrase and "
		                           "a newline to that file descriptor");
	} else if (rc < 0) {
		str_appendf(err, "the passphrase could not be read (%s); check the number given to "
		                 "--passphrase-fd or --recovery-key-fd", strerror(-rc));
	}
	if (rc < 0) {
		app_secret_free(buf);
		return false;
	}
	out->text = buf;
	out->len = len;
	return true;
}
