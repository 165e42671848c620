/* Benchmark: loading the whole skills library (issue 4 budget: 20 ms).
 * Prints the median and worst of many loads. Run with
 * meson test -C build --benchmark --suite bench -v */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench_clock.h"
#include "content/skill_library.h"

#define RUNS 50

int main(void)
{
	double times[RUNS];
	size_t skills = 0;
	for (int i = 0; i < RUNS; i++) {
		struct skill_library lib;
		double start = bench_now_ms();
		skill_library_load(&lib, NULL);
		times[i] = bench_now_ms() - start;
		skills = lib.count;
		skill_library_finish(&lib);
	}
	bench_sort(times, RUNS);
	double median = times[RUNS / 2];
	printf("skills library load (%zu skills, %d runs): median %.2f ms, worst %.2f ms "
	       "(budget 20 ms)\n", skills, RUNS, median, times[RUNS - 1]);
	return median <= 20.0 ? 0 : 1;
}
