/* libFuzzer target: any bytes given as a homework file (issue 15), with
 * the skill files that may travel inside it, are parsed or reported as
 * problems, never a crash or an out-of-bounds read; a file that parses
 * holds what the checks promise (a valid id, 1 to 8 skills, dates). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "content/homework_file.h"
#include "core/skill.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct problems problems = {0};
	struct homework_file f;
	if (homework_file_parse("fuzz.md", (const char *)data, size, &f, &problems)) {
		struct date d;
		if (!homework_id_valid(f.id) || f.skill_count == 0 ||
		    f.skill_count > HOMEWORK_SKILLS_MAX || !date_parse(f.from, &d) ||
		    (f.until[0] != '\0' && strcmp(f.until, f.from) < 0)) {
			abort();
		}
		for (size_t i = 0; i < f.skill_count; i++) {
			if (!skill_id_valid(f.skills[i])) {
				abort();
			}
		}
		homework_file_finish(&f);
	}
	problems_finish(&problems);
	return 0;
}
