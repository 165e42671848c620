/* A screen case's setup (tests/tui/screens/week-ten-years.keys): writes
 * the benchmarks' ten-year diary (tests/bench/bench_diary.h: 2016-01-01
 * to 2025-12-28, every field every day, deterministic) as a vault into
 * DATA-DIR, with its freshness record in STATE-DIR, so a case can open it
 * with the passphrase "benchmark passphrase". Both folders must exist.
 *   wisemind-test-diary DATA-DIR STATE-DIR */
#include <stdio.h>

#include "bench_diary.h"

int main(int argc, char **argv)
{
	if (argc != 3) {
		fputs("usage: wisemind-test-diary DATA-DIR STATE-DIR\n", stderr);
		return 2;
	}
	struct bench_diary stats = {0};
	return bench_diary_make(argv[1], argv[2], &stats) ? 0 : 1;
}
