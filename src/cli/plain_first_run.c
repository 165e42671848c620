/* Plain mode's first run: what wisemind is and is not, the country, a
 * passphrase typed twice with its strength said, and a recovery key made
 * (unless the person says no), shown once and one group asked back. */
#include <stdio.h>
#include <string.h>

#include "app/session.h"
#include "cli/plain_internal.h"
#include "core/passphrase_strength.h"
#include "front/passphrase_words.h"

#define GROUP_TRIES 3

static const char welcome[] =
    "\nWelcome. wisemind keeps your DBT diary card and walks you through skills. Nothing "
    "leaves this computer: your diary is kept encrypted, and only your passphrase opens "
    "it.\n"
    "It is no substitute for therapy or for emergency services. \"DBT\" (dialectical "
    "behaviour therapy) only describes the skills; DBT's creators have not endorsed "
    "wisemind.\n"
    "Setting up takes a minute or two: your country (for the crisis lines), a passphrase "
    "and a recovery key. Type q at any question to leave for now.";

static void ask_country_text(const struct plain *p, struct str *out)
{
	const struct app *app = &p->app;
	if (app->who.code[0] != '\0' && app->who.source == COUNTRY_FROM_LOCALE) {
		str_appendf(out,
		            "\nCrisis lines: your language setting (%s) suggests %s (%s). Press "
		            "Enter to use it, or type your two-letter country code or your "
		            "country's English name, or - to skip.",
		            app->who.locale != NULL ? app->who.locale : "locale",
		            app_country_name(app, app->who.code), app->who.code);
	} else {
		str_append(out,
		           "\nCrisis lines: type your two-letter country code (such as GB, US or "
		           "AU) or your country's English name, or - to skip.");
	}
}

static void chosen_text(const struct plain *p, const char *code, struct str *out)
{
	str_appendf(out, "%s (%s). Press Enter to save it, or type another country.",
	            app_country_name(&p->app, code), code);
	if (!app_country_has_lines(&p->app, code)) {
		str_appendf(out,
		            "\nwisemind has no crisis lines for %s yet; the crisis card will "
		            "show its emergency number instead.",
		            app_country_name(&p->app, code));
	}
}

bool plain_country(struct plain *p)
{
	static const char help[] =
	    "Type a two-letter country code such as GB, or an English name such as Germany. "
	    "Press Enter to take the country shown; - skips this for now (the crisis card then "
	    "shows the common emergency numbers).";
	char code[COUNTRY_CODE_SIZE] = "";
	struct str question = {0};
	ask_country_text(p, &question);
	bool done = false;
	for (;;) {
		enum plain_reply r = plain_ask(p, str_cstr(&question), help);
		if (r != PLAIN_ANSWER) {
			break;
		}
		const char *a = str_cstr(&p->answer);
		if (strcmp(a, "-") == 0) {
			done = true;
			break;
		}
		if (a[0] == '\0' && code[0] == '\0' && p->app.who.code[0] != '\0' &&
		    p->app.who.source == COUNTRY_FROM_LOCALE) {
			/* The suggestion already showed its name: Enter takes it. */
			memcpy(code, p->app.who.code, sizeof(code));
		}
		if (a[0] == '\0' && code[0] != '\0') {
			struct str err = {0};
			if (app_confirm_country(&p->app, code, &err)) {
				plain_sayf("Saved: %s (%s).", app_country_name(&p->app, code),
				           code);
			} else {
				plain_say(str_cstr(&err));
			}
			str_finish(&err);
			done = true;
			break;
		}
		str_clear(&question);
		if (a[0] != '\0' && app_country_read(&p->app, a, code)) {
			chosen_text(p, code, &question);
			continue;
		}
		if (a[0] != '\0') {
			code[0] = '\0';
			plain_say(
			    "That is not a country wisemind knows: type a two-letter code such as "
			    "GB, or a name such as Germany.");
		}
		ask_country_text(p, &question);
	}
	str_finish(&question);
	return done;
}

/* What the rating says; a refusal comes with an idea of what would do. */
static void say_strength(enum passphrase_strength s)
{
	struct str text = {0};
	struct str idea = {0};
	switch (s) {
	case PASSPHRASE_TOO_SHORT:
		front_passphrase_suggest(&idea);
		str_appendf(&text,
		            "That is too short: use at least %d characters, such as a few "
		            "random words like \"%s\".",
		            PASSPHRASE_MIN_CHARS, str_cstr(&idea));
		break;
	case PASSPHRASE_VERY_WEAK:
		front_passphrase_suggest(&idea);
		str_appendf(&text,
		            "That would be easy to guess: try a few random words instead, like "
		            "\"%s\".",
		            str_cstr(&idea));
		break;
	case PASSPHRASE_WEAK:
		str_append(&text, "That is on the weak side. It is accepted, but a few more random "
		                  "words would make it much stronger.");
		break;
	case PASSPHRASE_GOOD:
		str_append(&text, "That is a good passphrase.");
		break;
	}
	plain_say(str_cstr(&text));
	str_finish(&idea);
	str_finish(&text);
}

/* A new passphrase, typed twice (once from --passphrase-fd). */
static bool choose_passphrase(struct plain *p, struct app_secret *pass)
{
	static const char help[] =
	    "Type the passphrase you want and press Enter; nothing you type is shown. At least "
	    "8 characters: a few random words are easy to remember and hard to guess. i and "
	    "Enter gives an idea.";
	plain_say("\nChoose a passphrase. It opens your diary, and nobody can reset it for you. "
	          "A few random words are easy to remember and hard to guess; type i and Enter "
	          "for an idea. Nothing you type is shown.");
	for (;;) {
		bool from_fd = p->app.opt.passphrase_fd >= 0 && !p->pass_fd_read;
		char letter;
		if (plain_secret(p, "Passphrase: ", help, pass, &letter) != PLAIN_ANSWER) {
			return false;
		}
		if (letter == 'i') {
			struct str idea = {0};
			front_passphrase_suggest(&idea);
			plain_sayf("An idea: \"%s\" (or any words of your own).", str_cstr(&idea));
			str_finish(&idea);
			continue;
		}
		enum passphrase_strength s = pass->len > 0
		                                 ? passphrase_rate(pass->text, pass->len, NULL)
		                                 : PASSPHRASE_TOO_SHORT;
		say_strength(s);
		if (s == PASSPHRASE_TOO_SHORT || s == PASSPHRASE_VERY_WEAK) {
			app_secret_finish(pass);
			continue;
		}
		if (from_fd) {
			return true; /* a script's: read once, as wisemind init does */
		}
		struct app_secret again = {0};
		plain_say("Type it again, to be sure there is no typo.");
		if (plain_secret(p, "Again: ", help, &again, &letter) != PLAIN_ANSWER) {
			app_secret_finish(pass);
			return false;
		}
		bool same = app_secret_equal(&again, pass);
		app_secret_finish(&again);
		if (same) {
			return true;
		}
		app_secret_finish(pass);
		plain_say("The two were not the same. Choose your passphrase again, and type it "
		          "twice.");
	}
}

static const char *ordinal(int n)
{
	return n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th";
}

/* Shows the key once, then asks one group of it back. */
static bool show_key(struct plain *p, const char *key)
{
	plain_say("\nYour recovery key. Write it down now and keep it somewhere safe, away from "
	          "this computer. It is shown only this once, and it is the only way in if you "
	          "forget your passphrase:");
	/* Not wrapped: the key is one word, whatever the width. */
	printf("\n    %s\n\n", key);
	int pick = front_recovery_pick_group(key);
	if (pick < 0) {
		return true;
	}
	struct str question = {0};
	str_appendf(&question,
	            "To check that you have it, type group %d of the key (the %d%s "
	            "block of four).",
	            pick + 1, pick + 1, ordinal(pick + 1));
	bool matched = false;
	for (int i = 0; i < GROUP_TRIES && !matched; i++) {
		enum plain_reply r = plain_ask(p, str_cstr(&question),
		                               "Type the group of four asked for, from what you "
		                               "wrote down; q goes on without checking.");
		if (r == PLAIN_END) {
			str_finish(&question);
			return false;
		}
		if (r == PLAIN_BACK) {
			break;
		}
		matched = front_recovery_group_matches(str_cstr(&p->answer), key, pick);
		str_wipe(&p->answer);
		if (!matched) {
			plain_say(
			    "That does not match. Look at what you wrote down and try again.");
		}
	}
	str_finish(&question);
	plain_say(matched ? "That matches. Keep the key somewhere safe, away from this computer."
	                  : "The recovery key was not typed back. It is set up all the same; if "
	                    "you did not write it down, make a new one with: wisemind "
	                    "recovery-key");
	return true;
}

/* Makes the diary; a failure is said, and tried again when asked. */
static bool create(struct plain *p, const struct app_secret *pass, bool recovery,
                   struct app_secret *key)
{
	for (;;) {
		plain_say("Making your diary...");
		fflush(stdout);
		struct app_error err = {0};
		if (session_create(&p->app, pass, recovery ? key : NULL, &p->session, &err)) {
			return true;
		}
		struct str text = {0};
		str_append(&text, "Your diary could not be made. ");
		plain_error_sentence(&err, &text);
		app_error_finish(&err);
		plain_say(str_cstr(&text));
		str_finish(&text);
		bool again = false;
		if (plain_yes_no(p, "Try again?", true, &again) != PLAIN_ANSWER || !again) {
			return false;
		}
	}
}

bool plain_first_run(struct plain *p)
{
	plain_say(welcome);
	if (app_country_unconfirmed(&p->app) && !plain_country(p)) {
		return false;
	}
	struct app_secret pass = {0};
	struct app_secret key = {0};
	bool ok = false;
	if (!choose_passphrase(p, &pass)) {
		goto out;
	}
	plain_say("\nA recovery key is a second way in: a line of letters and digits to write "
	          "down and keep away from this computer. Without it, a forgotten passphrase "
	          "means nobody can open your diary, you included.");
	bool recovery = true;
	if (plain_yes_no(p, "Make a recovery key?", true, &recovery) != PLAIN_ANSWER ||
	    !create(p, &pass, recovery, &key)) {
		goto out;
	}
	plain_sayf("Your diary is ready, in %s.", str_cstr(&p->app.data_dir));
	if (key.text != NULL) {
		ok = show_key(p, key.text);
	} else {
		plain_say(
		    "There is no recovery key: if you forget your passphrase, the diary cannot "
		    "be opened. wisemind recovery-key makes one at any time.");
		ok = true;
	}
out:
	app_secret_finish(&pass);
	app_secret_finish(&key);
	return ok;
}
