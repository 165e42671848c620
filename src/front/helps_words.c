/* Which skills help most, in words (front/helps_words.h). */
#include "front/helps_words.h"

void front_helps_too_few(const struct helps *h, struct str *out)
{
	for (size_t i = h->ranked; i < h->count; i++) {
		size_t n = h->skills[i].count;
		str_appendf(out, "%s%s %zu time%s", i > h->ranked ? ", " : "", h->skills[i].id, n,
		            n == 1 ? "" : "s");
	}
}

void front_helps_too_little(const struct helps *h, struct str *out)
{
	str_appendf(out,
	            "There is too little data yet to tell which skills help you most. "
	            "A skill is ranked once %d urges logged with it were rated again "
	            "afterwards, and none has that yet",
	            HELPS_MIN_USES);
	if (h->count > 0) {
		str_append(out, ": ");
		front_helps_too_few(h, out);
	} else {
		str_append(out, ": no urge in your diary was rated again after a skill");
	}
	str_append(out, ". Until then, STOP and TIP are the skills suggested for a strong urge.");
}
