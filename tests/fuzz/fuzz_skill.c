/* libFuzzer target: any bytes given to the skill loader are reported as
 * problems or parsed, never a crash or an out-of-bounds read. A skill that
 * parses is then walked by the exercise engine (core/exercise.c) with
 * actions taken from the same bytes: no crash, and a step entered shows
 * its caution first, whatever the path. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "content/content_file.h"
#include "content/skill_file.h"
#include "core/exercise.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void act(struct exercise *ex, uint8_t byte, uint64_t *now)
{
	*now += (uint64_t)(byte >> 4) * 20000;
	switch (byte % 14) {
	case 0: exercise_go_on(ex, *now); break;
	case 1: exercise_skip(ex, *now); break;
	case 2: exercise_repeat(ex, *now); break;
	case 3: exercise_back(ex, *now); break;
	case 4: (void)exercise_choose(ex, byte >> 5, *now); break;
	case 5: (void)exercise_rate(ex, byte >> 4, *now, NULL); break;
	case 6: exercise_answer(ex, "an answer", *now); break;
	case 7: exercise_timer_start(ex, *now); break;
	case 8: (void)exercise_tick(ex, *now); break;
	case 9: exercise_check_in(ex, (enum exercise_check_in)(byte >> 6) % 3, *now); break;
	case 10: exercise_timer_pause(ex, *now); break;
	case 11: exercise_timer_resume(ex, *now); break;
	case 12: (void)exercise_set_pace(ex, (struct skill_breath){.in = 1u + (byte >> 6), .out = 5}); break;
	default: {
		const struct skill_block *b = exercise_block(ex);
		if (b != NULL && b->kind == SKILL_BLOCK_SHOW) {
			struct str cell = {0};
			for (size_t i = 0; i < b->show.rows * b->show.cols; i++) {
				exercise_show_cell(ex, b->show.cells[i], &cell);
			}
			str_finish(&cell);
		}
		break;
	}
	}
}

static void walk(const struct skill *skill, const uint8_t *data, size_t size)
{
	struct exercise_options opt = {.urge_kind = URGE_KIND_UNKNOWN};
	urge_thresholds_default(&opt.thresholds);
	struct exercise ex;
	uint64_t now = 0;
	exercise_init(&ex, skill, &opt, now);
	for (size_t i = 0; i < 4 * size && i < 4000 && ex.at != EXERCISE_AT_END; i++) {
		unsigned visits = ex.visits;
		act(&ex, data[i % size] ^ (uint8_t)(i / size), &now);
		if (ex.visits != visits && ex.at != EXERCISE_AT_END &&
		    skill->steps[ex.step].blocks[0].kind == SKILL_BLOCK_CAUTION &&
		    (ex.at != EXERCISE_AT_BLOCK || ex.block != 0)) {
			abort(); /* a step entered past its caution */
		}
	}
	exercise_finish(&ex);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct problems problems = {0};
	struct content_file file;
	if (content_file_parse(NULL, "fuzz/input.md", NULL, (const char *)data, size, &file,
	                       &problems)) {
		if (file.kind == &skill_file_kind && size > 0) {
			walk(file.parsed, data, size);
		}
		content_file_finish(&file);
	}
	problems_finish(&problems);
	return 0;
}
