#include "front/passphrase_words.h"

#include <stdbool.h>
#include <string.h>

#include "app/secret.h"

/* Plain, common, non-sensitive words, written for wisemind. */
/* Arrays, not pointers: a pointer table is relocated at every start. */
static const char words[][8] = {
	"acorn", "amber", "anchor", "apple", "arrow", "aspen", "badge", "bagel", "baker", "bamboo",
	"banjo", "barley", "basil", "beacon", "bean", "bell", "berry", "birch", "biscuit", "blanket",
	"bloom", "boat", "bonnet", "bottle", "brick", "bridge", "brook", "brush", "bucket", "button",
	"cabin", "cactus", "camel", "candle", "canoe", "canvas", "carrot", "castle", "cedar", "cello",
	"chalk", "cherry", "chess", "cider", "cinema", "citrus", "clay", "cliff", "clover", "cobalt",
	"cocoa", "comet", "copper", "coral", "cotton", "cradle", "crane", "crayon", "cricket", "crumb",
	"daisy", "denim", "desk", "dolphin", "domino", "dune", "eagle", "easel", "echo", "elbow",
	"elm", "ember", "fable", "falcon", "fern", "fiddle", "field", "fig", "flannel", "flute",
	"forest", "fossil", "fox", "garden", "garlic", "gecko", "ginger", "glacier", "globe", "goose",
	"granite", "grape", "gravel", "harbor", "harp", "hazel", "heron", "hill", "honey", "hoop",
	"igloo", "ink", "island", "ivory", "jacket", "jam", "jasmine", "jelly", "jigsaw", "juniper",
	"kayak", "kettle", "kite", "koala", "ladder", "lagoon", "lamp", "lantern", "lark", "lemon",
	"lentil", "lilac", "linen", "lobster", "locket", "lotus", "maple", "marble", "meadow", "melon",
	"mint", "mitten", "moss", "mango", "muffin", "nectar", "needle", "nutmeg", "oak", "oasis",
	"oat", "olive", "onion", "orbit", "otter", "paddle", "pebble", "pepper", "piano", "pillow",
	"pine", "planet", "plum", "pond", "poppy", "puzzle", "quartz", "quill", "quilt", "rabbit",
	"radish", "raven", "reef", "ribbon", "river", "robin", "rocket", "saddle", "sage", "sail",
	"salmon", "sandal", "scarf", "seal", "shell", "silver", "sketch", "sled", "sparrow", "spruce",
	"stone", "straw", "sugar", "summit", "swan", "teapot", "thistle", "thyme", "tiger", "timber",
	"tulip", "tunnel", "turnip", "velvet", "violet", "walnut", "whistle", "willow", "wren", "yarn",
};

void front_passphrase_suggest(struct str *out)
{
	size_t n = sizeof(words) / sizeof(words[0]);
	unsigned picked[5];
	for (int i = 0; i < 5; i++) {
		/* Five different words: "amber ... amber" reads like a mistake. */
		bool again;
		do {
			picked[i] = app_random_below((unsigned)n);
			again = false;
			for (int j = 0; j < i; j++) {
				again = again || picked[j] == picked[i];
			}
		} while (again);
		str_appendf(out, "%s%s", i ? " " : "", words[picked[i]]);
	}
}

int front_recovery_pick_group(const char *key)
{
	size_t groups = (strlen(key) + 1) / 5; /* "XXXX-" per group */
	if (groups < 2) {
		return -1;
	}
	return (int)app_random_below((unsigned)(groups - 1)); /* not the check group */
}

bool front_recovery_group_matches(const char *typed, const char *key, int group)
{
	if (group < 0 || strlen(key) < (size_t)group * 5 + 4) {
		return false;
	}
	const char *want = key + (size_t)group * 5;
	size_t n = 0;
	for (const char *p = typed; *p != '\0'; p++) {
		if (*p == ' ' || *p == '-') {
			continue;
		}
		char c = (*p >= 'a' && *p <= 'z') ? (char)(*p - 'a' + 'A') : *p;
		if (n >= 4 || c != want[n]) {
			return false;
		}
		n++;
	}
	return n == 4;
}
