/* Plain mode's locked prompt: the passphrase (or the recovery key), and
 * what works without it: a quick urge into the sealed inbox, the
 * settings, the crisis lines. */
#include <stdio.h>

#include "app/session.h"
#include "cli/plain_internal.h"
#include "front/recovery_known.h"
#include "front/notice_words.h"

static const char help[] =
    "Type your passphrase and press Enter; nothing you type is shown. Or type one letter: u "
    "logs an urge without unlocking (it is sealed, and added to your diary when you next "
    "unlock), r switches between your passphrase and your recovery key, o opens the "
    "settings, q quits.";

/* What the unlock brought: its notices, and the crisis lines for urges
 * logged while locked (DESIGN.md §2.2: one unlock, one card). */
static void unlocked(struct plain *p)
{
	const struct app_notices *notices = session_notices(p->session);
	struct str text = {0};
	for (size_t i = 0; i < notices->count; i++) {
		front_notice_words(&notices->items[i], &text);
		str_append_char(&text, '\n');
	}
	if (text.len > 0) {
		plain_say(str_cstr(&text));
	}
	str_finish(&text);
	size_t merged = session_urges_recorded(p->session);
	if (merged > 0) {
		char status[128];
		snprintf(status, sizeof(status),
		         "%zu urge%s logged while locked %s added to your diary.", merged,
		         merged == 1 ? "" : "s", merged == 1 ? "was" : "were");
		plain_urge_outcome(p, session_unlock_urges(p->session), status, NULL);
	}
}

/* What can be known without a secret (another wisemind holds the diary,
 * a newer version wrote it), said before one is asked for. */
static void precheck(struct plain *p)
{
	struct app_error err = {0};
	if (!session_precheck(&p->app, &err)) {
		struct str text = {0};
		str_append(&text, "The diary cannot be opened now. ");
		plain_error_sentence(&err, &text);
		str_append(&text, " The crisis lines (!) and logging an urge (u) still work.");
		plain_say(str_cstr(&text));
		str_finish(&text);
	}
	app_error_finish(&err);
}

bool plain_unlock(struct plain *p)
{
	bool recovery = false;
	/* A recovery key is offered only where one opens this diary. */
	enum front_recovery has = front_recovery_known(&p->app);
	plain_say(has == FRONT_RECOVERY_NO
	              ? "\nYour diary is locked. If you are in crisis, type ! and Enter: the "
	                "crisis lines need no passphrase.\n"
	                "Type your passphrase and press Enter (nothing you type is shown), or: u "
	                "to log an urge without unlocking, o for settings, q to quit."
	              : "\nYour diary is locked. If you are in crisis, type ! and Enter: the "
	                "crisis lines need no passphrase.\n"
	                "Type your passphrase and press Enter (nothing you type is shown), or: u "
	                "to log an urge without unlocking, r to use your recovery key, o for "
	                "settings, q to quit.");
	precheck(p);
	for (;;) {
		struct app_secret secret = {0};
		char letter;
		enum plain_reply r = plain_secret(
		    p, recovery ? "Recovery key: " : "Passphrase: ", help, &secret, &letter);
		if (r != PLAIN_ANSWER) {
			return false;
		}
		if (letter == 'u' || letter == 'o') {
			if (letter == 'u') {
				plain_urge(p);
			} else {
				plain_settings(p);
			}
			if (p->ended) {
				return false;
			}
			plain_say(
			    recovery
			        ? "\nYour diary is still locked. Type your recovery key, or ? "
			          "for the other choices."
			        : "\nYour diary is still locked. Type your passphrase, or ? for "
			          "the other choices.");
		} else if (letter == 'r' && has == FRONT_RECOVERY_NO) {
			plain_say("This diary has no recovery key: only its passphrase opens it. Type "
			          "your passphrase.");
		} else if (letter == 'r') {
			recovery = !recovery;
			plain_say(recovery ? "Type your recovery key, with or without its dashes."
			                   : "Type your passphrase.");
		} else if (letter != '\0' || secret.len == 0) {
			plain_say("Type your passphrase and press Enter, or ? to hear the other "
			          "choices.");
		} else {
			plain_say("Unlocking...");
			fflush(stdout);
			struct app_error err = {0};
			bool ok = session_open(&p->app, &secret, recovery, &p->session, &err);
			app_secret_finish(&secret);
			if (ok) {
				plain_say("Unlocked.");
				unlocked(p);
				return true;
			}
			p->session = NULL;
			struct str text = {0};
			str_append(&text, "Not unlocked. ");
			plain_error_sentence(&err, &text);
			app_error_finish(&err);
			str_appendf(&text, " Type it again%s, or q to quit.",
			            recovery                  ? ", r for your passphrase"
			            : has == FRONT_RECOVERY_NO ? ""
			                                       : ", r for your recovery key");
			plain_say(str_cstr(&text));
			str_finish(&text);
		}
		app_secret_finish(&secret);
	}
}
