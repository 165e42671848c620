/* wisemind report --helps: which skills were followed by the largest
 * drops in this person's urges, in plain words (core/helps.h). */
#include <stdio.h>
#include <string.h>

#include "cli/report_format.h"
#include "cli/report_text.h"
#include "front/helps_words.h"

void report_helps_append(const struct helps *h, struct str *out)
{
	struct str text = {0};
	if (h->ranked == 0) {
		front_helps_too_little(h, &text);
		report_text_wrapped(out, str_cstr(&text), 80, 0);
		str_wipe(&text);
		return;
	}
	str_appendf(&text, "The skills after which your urges dropped most, from the %zu urge%s "
	                   "you logged with a skill and rated again afterwards:",
	            h->uses, h->uses == 1 ? "" : "s");
	report_text_wrapped(out, str_cstr(&text), 80, 0);
	str_appendf(out, "\n  %-40s %11s  %5s\n", "Skill", "Median drop", "Times");
	for (size_t i = 0; i < h->ranked; i++) {
		char drop[HELPS_DROP_TEXT_SIZE];
		helps_drop_text(h->skills[i].median_halves, drop);
		str_appendf(out, "  %-40s %11s  %5zu\n", h->skills[i].id, drop, h->skills[i].count);
	}
	str_clear(&text);
	str_append(&text, "A drop is how much lower the urge was afterwards than before, on the "
	                  "0-5 scale; the median is the middle one of a skill's drops (half way "
	                  "between the middle two for an even number).");
	if (h->ranked < h->count) {
		str_appendf(&text, " Too little data yet (fewer than %d times): ", HELPS_MIN_USES);
		front_helps_too_few(h, &text);
		str_append(&text, ".");
	}
	str_append_char(out, '\n');
	report_text_wrapped(out, str_cstr(&text), 80, 0);
	str_wipe(&text);
}
