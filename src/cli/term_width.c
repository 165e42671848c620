#include "cli/term_width.h"

#include <stdbool.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/text_width.h"
#include "core/wrap.h"

int term_width(FILE *out)
{
	int width = 80;
	struct winsize ws;
	const char *columns = getenv("COLUMNS");
	if (isatty(fileno(out)) && ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
		width = ws.ws_col;
	} else if (columns != NULL && atoi(columns) > 0) {
		width = atoi(columns);
	}
	if (width < 40) {
		width = 40;
	}
	return width > 100 ? 100 : width;
}

bool term_is_utf8(void)
{
	return text_locale_is_utf8(getenv("LC_ALL"), getenv("LC_CTYPE"), getenv("LANG"));
}

/* The length of the control character at s (1, or 2 for a C1 control
 * in UTF-8), or 0 when s is printable or a newline. */
static size_t control_at(const unsigned char *s)
{
	if ((*s < 0x20 && *s != '\n') || *s == 0x7f) {
		return 1;
	}
	return s[0] == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f ? 2 : 0;
}

void term_printable(const char *text, struct str *out)
{
	for (const unsigned char *s = (const unsigned char *)text; *s != '\0';) {
		size_t n = control_at(s);
		if (n == 0) {
			str_append_char(out, (char)*s++);
			continue;
		}
		str_append_char(out, *s == '\t' ? ' ' : '?');
		s += n;
	}
}

static bool has_control(const char *text)
{
	for (const unsigned char *s = (const unsigned char *)text; *s != '\0'; s++) {
		if (control_at(s) > 0) {
			return true;
		}
	}
	return false;
}

void term_print_wrapped(FILE *out, const char *text)
{
	/* Copied only when needed: the crisis card, printed through here, is
	 * timed, and its text never has a control character. */
	struct str clean = {0};
	if (has_control(text)) {
		term_printable(text, &clean);
		text = str_cstr(&clean);
	}
	struct wrapped w;
	wrap_for_terminal(text, term_width(out), !term_is_utf8(), &w);
	for (size_t i = 0; i < w.count; i++) {
		fputs(w.lines[i], out);
		fputc('\n', out);
	}
	wrapped_finish(&w);
	str_finish(&clean);
}
