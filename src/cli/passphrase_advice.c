#include "cli/passphrase_advice.h"

#include <stdio.h>
#include <string.h>

#include "app/secret.h"
#include "cli/cli.h"
#include "core/passphrase_strength.h"

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

void passphrase_suggest(struct str *out)
{
	size_t n = sizeof(words) / sizeof(words[0]);
	for (int i = 0; i < 5; i++) {
		str_appendf(out, "%s%s", i ? " " : "", words[app_random_below((unsigned)n)]);
	}
}

bool passphrase_acceptable(const char *passphrase, size_t len)
{
	struct str idea = {0};
	passphrase_suggest(&idea);
	bool ok = true;
	switch (passphrase_rate(passphrase, len, NULL)) {
	case PASSPHRASE_TOO_SHORT:
		fprintf(stderr, "wisemind: that passphrase is too short: use at least %d "
		                "characters, such as a few random words like \"%s\".\n",
		        PASSPHRASE_MIN_CHARS, str_cstr(&idea));
		ok = false;
		break;
	case PASSPHRASE_VERY_WEAK:
		fprintf(stderr, "wisemind: that passphrase would be easy to guess; try a few random "
		                "words instead, like \"%s\".\n", str_cstr(&idea));
		ok = false;
		break;
	case PASSPHRASE_WEAK:
		fprintf(stderr, "wisemind: that passphrase is on the weak side; it is accepted, but "
		                "a few more random words would make it much stronger.\n");
		break;
	case PASSPHRASE_GOOD:
		break;
	}
	str_finish(&idea);
	return ok;
}

int passphrase_read_new(int fd, const char *prompt, struct app_secret *out)
{
	struct str err = {0};
	struct app_secret again = {0};
	int rc = CLI_OK;
	if (!passphrase_input_read(fd, prompt, out, &err)) {
		fprintf(stderr, "wisemind: %s; nothing was changed.\n", str_cstr(&err));
		rc = CLI_ERROR;
	} else if (fd < 0 && !passphrase_input_read(fd, "Type it again: ", &again, &err)) {
		fprintf(stderr, "wisemind: %s; nothing was changed.\n", str_cstr(&err));
		rc = CLI_ERROR;
	} else if (fd < 0 && !app_secret_equal(&again, out)) {
		fputs("wisemind: the two passphrases were not the same; nothing was changed. "
		      "Try again.\n", stderr);
		rc = CLI_ERROR;
	} else if (!passphrase_acceptable(out->text, out->len)) {
		rc = CLI_ERROR;
	}
	app_secret_finish(&again);
	str_finish(&err);
	if (rc != CLI_OK) {
		app_secret_finish(out);
	}
	return rc;
}

static bool group_matches(const char *typed, const char *group)
{
	size_t n = 0;
	for (const char *p = typed; *p != '\0'; p++) {
		if (*p == ' ' || *p == '-') {
			continue;
		}
		char c = (*p >= 'a' && *p <= 'z') ? (char)(*p - 'a' + 'A') : *p;
		if (n >= 4 || c != group[n]) {
			return false;
		}
		n++;
	}
	return n == 4;
}

void recovery_key_show(const char *key_text)
{
	printf("\nYour recovery key. Write it down now and keep it somewhere safe. It is shown\n"
	       "only this once, and it is the only way in if you forget your passphrase:\n\n"
	       "    %s\n\n", key_text);
	fflush(stdout);
	size_t groups = (strlen(key_text) + 1) / 5; /* "XXXX-" per group */
	if (groups < 2) {
		return;
	}
	unsigned pick = app_random_below((unsigned)(groups - 1)); /* not the check group */
	char group[5];
	memcpy(group, key_text + pick * 5, 4);
	group[4] = '\0';
	char line[64];
	for (int attempt = 0; attempt < 3; attempt++) {
		fprintf(stderr, "To check that you have it, type group %u of the key "
		                "(the %u%s block of four): ", pick + 1, pick + 1,
		        pick == 0 ? "st" : pick == 1 ? "nd" : pick == 2 ? "rd" : "th");
		if (fgets(line, sizeof(line), stdin) == NULL) {
			break;
		}
		line[strcspn(line, "\r\n")] = '\0';
		if (group_matches(line, group)) {
			fputs("That matches. Keep the key somewhere safe, away from this computer.\n",
			      stderr);
			app_wipe(group, sizeof(group));
			return;
		}
		fputs("That does not match. Look at what you wrote down and try again.\n", stderr);
	}
	app_wipe(group, sizeof(group));
	fputs("wisemind: the recovery key was not typed back. It is set up all the same; if you "
	      "did not write it down, run 'wisemind recovery-key' to make a new one.\n", stderr);
}
