#ifndef WISEMIND_TESTS_BENCH_CLOCK_H
#define WISEMIND_TESTS_BENCH_CLOCK_H

/* What every benchmark times with: a monotonic clock in milliseconds,
 * sorting the times (for medians and fastest tenths), and whether this is
 * a sanitizer build. */

#include <stddef.h>
#include <stdlib.h>
#include <time.h>

/* Sanitizers slow everything several times over: their builds print the
 * figures but hold them to no budget. */
#if defined(__SANITIZE_ADDRESS__)
#define BENCH_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BENCH_SANITIZED 1
#endif
#endif
#ifndef BENCH_SANITIZED
#define BENCH_SANITIZED 0
#endif

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
