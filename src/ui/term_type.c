#include "ui/term_type.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ui/curses.h"
/* Its own file: term.h defines a struct term and many short macros. */
#include <ncursesw/term.h>

bool term_type_usable(void)
{
	const char *name = getenv("TERM");
	if (name == NULL || name[0] == '\0' || strcmp(name, "dumb") == 0) {
		return false;
	}
	int err = 0;
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		return false;
	}
	del_curterm(cur_term);
	return true;
}
