/* Benchmark: the exercise engine's step transitions (issue 11 budget:
 * 0.1 ms each). Walks every shipped skill from its start to its end,
 * answering every question and rating, picking each menu's first option,
 * going back and repeating along the way, and times each call. Prints
 * the median and the worst; fails when the worst of the typical (the
 * 99th percentile) is over budget. Run with
 * meson test -C build --benchmark --suite bench -v */
#include <stdio.h>
#include <stdlib.h>

#include "bench_clock.h"
#include "content/skill_library.h"
#include "core/exercise.h"

#define MAX_SAMPLES 200000
#define BUDGET_MS 0.1

static double samples[MAX_SAMPLES];
static size_t count;

static void timed_step(struct exercise *ex, unsigned n)
{
	double start = bench_now_ms();
	const struct skill_block *b = exercise_block(ex);
	if (b == NULL) {
		n % 7 == 3 ? exercise_repeat(ex, 0) : exercise_go_on(ex, 0);
	} else if (b->kind == SKILL_BLOCK_ASK) {
		exercise_answer(ex, "an answer in a few words", 0);
	} else if (b->kind == SKILL_BLOCK_RATE) {
		(void)exercise_rate(ex, (int)(n % 3), 0, NULL);
	} else if ((b->kind == SKILL_BLOCK_CHOOSE || b->kind == SKILL_BLOCK_DECIDE) &&
	           !ex->menu_again) {
		(void)exercise_choose(ex, 0, 0);
	} else if (b->kind == SKILL_BLOCK_TIMER || b->kind == SKILL_BLOCK_BREATHE) {
		exercise_timer_start(ex, 0);
		(void)exercise_tick(ex, 60 * 60 * 1000);
	} else {
		exercise_go_on(ex, 0);
	}
	double took = bench_now_ms() - start;
	if (count < MAX_SAMPLES) {
		samples[count++] = took;
	}
}

int main(void)
{
	struct skill_library lib;
	skill_library_load(&lib, NULL);
	struct exercise_options opt = {.urge_kind = URGE_KIND_UNKNOWN};
	urge_thresholds_default(&opt.thresholds);
	for (int round = 0; round < 20; round++) {
		for (size_t i = 0; i < lib.count; i++) {
			struct exercise ex;
			exercise_init(&ex, &lib.skills[i], &opt, 0);
			for (unsigned n = 0; ex.at != EXERCISE_AT_END && n < 2000; n++) {
				timed_step(&ex, n);
			}
			exercise_finish(&ex);
		}
	}
	size_t skills = lib.count;
	skill_library_finish(&lib);
	bench_sort(samples, count);
	double median = samples[count / 2], p99 = samples[count * 99 / 100];
	printf("exercise step transitions (%zu over %zu skills): median %.4f ms, 99th percentile "
	       "%.4f ms, worst %.4f ms (budget %.1f ms)\n", count, skills, median, p99,
	       samples[count - 1], BUDGET_MS);
	return p99 <= BUDGET_MS ? 0 : 1;
}
