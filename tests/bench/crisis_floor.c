/* The floor for `wisemind crisis` (issue 7): a program that links the same
 * shared libraries as wisemind and prints the text it is given, and does
 * nothing else. The references below keep every library linked (the
 * linker drops a library nothing uses); they never run. */
#include <md4c.h>
#include <ncursesw/curses.h>
#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <yaml.h>
#include <zxcvbn.h>

int main(int argc, char **argv)
{
	if (argc > 1000) {
		initscr();
		sqlite3_libversion();
		if (sodium_init() < 0) {
			return 1;
		}
		yaml_get_version_string();
		md_parse(NULL, 0, NULL, NULL);
		ZxcvbnMatch("", NULL, NULL);
	}
	if (argc > 1) {
		fputs(argv[1], stdout);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
