#ifndef WISEMIND_TESTS_BENCH_CLOCK_H
#define WISEMIND_TESTS_BENCH_CLOCK_H

/* What every benchmark times with: a monotonic clock in milliseconds, and
 * sorting the times (for medians and fastest tenths). */

#include <stddef.h>
#include <stdlib.h>
#include <time.h>

static inline double bench_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static inline int bench_compare(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static inline void bench_sort(double *times, size_t n)
{
	qsort(times, n, sizeof(times[0]), bench_compare);
}

#endif
