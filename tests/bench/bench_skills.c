/* Benchmark: loading the whole skills library (issue 4 budget: 20 ms).
 * Prints the median and worst of many loads. Run with
 * meson test -C build --benchmark --suite bench -v */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "content/skill_library.h"

#define RUNS 50

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int compare(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(void)
{
	double times[RUNS];
	size_t skills = 0;
	for (int i = 0; i < RUNS; i++) {
		struct skill_library lib;
		double start = now_ms();
		skill_library_load(&lib, NULL);
		times[i] = now_ms() - start;
		skills = lib.count;
		skill_library_finish(&lib);
	}
	qsort(times, RUNS, sizeof(times[0]), compare);
	double median = times[RUNS / 2];
	printf("skills library load (%zu skills, %d runs): median %.2f ms, worst %.2f ms "
	       "(budget 20 ms)\n", skills, RUNS, median, times[RUNS - 1]);
	return median <= 20.0 ? 0 : 1;
}
