/* libFuzzer target: any bytes given to the skill loader are reported as
 * problems or parsed, never a crash or an out-of-bounds read. */
#include <stddef.h>
#include <stdint.h>

#include "content/content_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct problems problems = {0};
	struct content_file file;
	if (content_file_parse(NULL, "fuzz/input.md", NULL, (const char *)data, size, &file,
	                       &problems)) {
		content_file_finish(&file);
	}
	problems_finish(&problems);
	return 0;
}
