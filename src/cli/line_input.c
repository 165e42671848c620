#include "cli/line_input.h"

#include <errno.h>
#include <unistd.h>

#include "app/signals.h"

enum line_input_status line_input_read(int fd, size_t max, struct str *out)
{
	str_clear(out);
	bool too_long = false;
	bool any = false;
	for (;;) {
		if (app_signals_pending() != 0) {
			return LINE_INPUT_STOPPED;
		}
		char c;
		ssize_t n = read(fd, &c, 1);
		if (n < 0 && errno == EINTR) {
			continue; /* a signal caught is seen at the top */
		}
		if (n < 0) {
			return LINE_INPUT_ERROR;
		}
		if (n == 0) {
			if (!any) {
				return LINE_INPUT_END;
			}
			break;
		}
		any = true;
		if (c == '\n') {
			break;
		}
		if (out->len >= max) {
			too_long = true;
			continue;
		}
		str_append_char(out, c);
	}
	if (out->len > 0 && out->buf[out->len - 1] == '\r') {
		out->buf[--out->len] = '\0';
	}
	if (too_long) {
		str_clear(out);
		return LINE_INPUT_TOO_LONG;
	}
	return LINE_INPUT_OK;
}
