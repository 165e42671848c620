/* The test build's wisemind: the same program, with practice timers run
 * WISEMIND_TEST_TIME_SCALE times faster, so CLI tests of timers take
 * moments. The program people run has no such variable (no_time_bending.sh
 * checks its strings). src/main.c is compiled here with its main renamed. */
#include <stdlib.h>

#include "cli/practice_run.h"

int wisemind_main(int argc, char **argv);

int main(int argc, char **argv)
{
	const char *scale = getenv("WISEMIND_TEST_TIME_SCALE");
	if (scale != NULL && atoi(scale) > 0) {
		practice_time_scale = (unsigned)atoi(scale);
	}
	return wisemind_main(argc, argv);
}
