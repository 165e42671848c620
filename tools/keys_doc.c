/* Build tool: copies the man page's scdoc source (argv[1]) to standard
 * output with the line "@KEYS@" replaced by the KEYS section generated
 * from the screen's key map (ui/keys.c), so the man page cannot drift
 * from the keys. */
#include <stdio.h>
#include <string.h>

#include "ui/keys.h"

int main(int argc, char **argv)
{
	if (argc != 2) {
		fputs("usage: keys-doc PAGE.scd\n", stderr);
		return 2;
	}
	FILE *in = fopen(argv[1], "r");
	if (in == NULL) {
		perror(argv[1]);
		return 1;
	}
	char line[4096];
	int found = 0;
	while (fgets(line, sizeof(line), in) != NULL) {
		if (strcmp(line, "@KEYS@\n") == 0) {
			struct str keys = {0};
			ui_keys_man(&keys);
			fputs(str_cstr(&keys), stdout);
			str_finish(&keys);
			found++;
		} else {
			fputs(line, stdout);
		}
	}
	fclose(in);
	if (found != 1) {
		fprintf(stderr, "keys-doc: %s needs one line \"@KEYS@\"\n", argv[1]);
		return 1;
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
