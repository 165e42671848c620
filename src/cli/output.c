#include "cli/output.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli_app.h"
#include "content/file_io.h"

bool cli_sink_open(struct cli_sink *sink, const char *path, const struct cli_encrypt *enc,
                   const char *what)
{
	/* "-o -" is standard output, as for most commands, never a file
	 * named "-" left with the diary in it. */
	if (path != NULL && strcmp(path, "-") == 0) {
		path = NULL;
	}
	*sink = (struct cli_sink){.path = path, .fd = -1, .enc = enc, .what = what};
	if (path == NULL) {
		return true;
	}
	sink->fd = cli_create_output(path);
	return sink->fd >= 0;
}

static bool write_plain(struct cli_sink *sink, const struct str *text)
{
	if (sink->fd >= 0) {
		return file_write_all(sink->fd, text->buf, text->len);
	}
	return fwrite(text->buf, 1, text->len, stdout) == text->len && fflush(stdout) == 0;
}

bool cli_sink_write(struct cli_sink *sink, const struct str *text)
{
	int out = sink->fd >= 0 ? sink->fd : STDOUT_FILENO;
	if (sink->enc != NULL && cli_encrypt_wanted(sink->enc)) {
		/* Whatever stdio holds goes first, not after age's output. */
		if (sink->fd < 0 && fflush(stdout) != 0) {
			goto failed;
		}
		if (!cli_encrypt_write(sink->enc, out, text->buf, text->len, sink->what,
		                       sink->path)) {
			return false;
		}
	} else if (!write_plain(sink, text)) {
		goto failed;
	}
	/* Durable before it is reported written; a pipe or a terminal cannot
	 * be synced, which is no failure. */
	if (sink->fd >= 0 && fsync(sink->fd) != 0) {
		goto failed;
	}
	return true;
failed:
	fprintf(stderr,
	        "wisemind: the %s could not be written completely (%s); free some space "
	        "or choose another place, then run it again.\n",
	        sink->what, strerror(errno));
	return false;
}

void cli_sink_notice(const struct cli_sink *sink, const char *contents)
{
	if (sink->enc != NULL && cli_encrypt_wanted(sink->enc)) {
		cli_encrypt_notice(sink->enc, sink->what, sink->path);
		return;
	}
	struct str msg = {0};
	str_appendf(&msg, "wisemind: this %s is NOT encrypted: anyone who can read %s can read "
	                  "%s. Keep it safe and delete it when you are done.\n",
	            sink->what, sink->path != NULL ? sink->path : "it", contents);
	cli_print_text(stderr, str_cstr(&msg));
	str_finish(&msg);
}

void cli_sink_close(struct cli_sink *sink, bool keep)
{
	if (sink->fd >= 0) {
		/* Written and synced by now, or about to be removed: close
		 * has nothing left to report. */
		close(sink->fd);
		sink->fd = -1;
		if (!keep) {
			unlink(sink->path);
		}
	}
}
