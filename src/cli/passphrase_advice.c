#include "cli/passphrase_advice.h"

#include <stdio.h>
#include <string.h>

#include "app/secret.h"
#include "cli/cli.h"
#include "core/passphrase_strength.h"
#include "front/passphrase_words.h"

bool passphrase_acceptable(const char *passphrase, size_t len)
{
	struct str idea = {0};
	front_passphrase_suggest(&idea);
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

void recovery_key_show(const char *key_text)
{
	printf("\nYour recovery key. Write it down now and keep it somewhere safe. It is shown\n"
	       "only this once, and it is the only way in if you forget your passphrase:\n\n"
	       "    %s\n\n", key_text);
	fflush(stdout);
	int pick = front_recovery_pick_group(key_text);
	if (pick < 0) {
		return;
	}
	char line[64];
	for (int attempt = 0; attempt < 3; attempt++) {
		fprintf(stderr, "To check that you have it, type group %d of the key "
		                "(the %d%s block of four): ", pick + 1, pick + 1,
		        pick == 0 ? "st" : pick == 1 ? "nd" : pick == 2 ? "rd" : "th");
		if (fgets(line, sizeof(line), stdin) == NULL) {
			break;
		}
		line[strcspn(line, "\r\n")] = '\0';
		bool matches = front_recovery_group_matches(line, key_text, pick);
		app_wipe(line, sizeof(line));
		if (matches) {
			fputs("That matches. Keep the key somewhere safe, away from this computer.\n",
			      stderr);
			return;
		}
		fputs("That does not match. Look at what you wrote down and try again.\n", stderr);
	}
	fputs("wisemind: the recovery key was not typed back. It is set up all the same; if you "
	      "did not write it down, run 'wisemind recovery-key' to make a new one.\n", stderr);
}
