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

void term_print_wrapped(FILE *out, const char *text)
{
	struct wrapped w;
	wrap_for_terminal(text, term_width(out), !term_is_utf8(), &w);
	for (size_t i = 0; i < w.count; i++) {
		fputs(w.lines[i], out);
		fputc('\n', out);
	}
	wrapped_finish(&w);
}
