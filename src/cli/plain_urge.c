/* Plain mode's quick urge: which urge, how strong, a note if wanted; then
 * the crisis lines, always, through the same application call as every
 * other path (DESIGN.md §2.2). Open, it goes into the diary; locked, into
 * the sealed inbox, with no passphrase asked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app/card.h"
#include "app/session.h"
#include "app/urge.h"
#include "cli/plain_internal.h"
#include "core/diary_card.h"
#include "core/skill.h"
#include "front/safety_lines.h"

static void scale_words(struct str *out)
{
	for (int v = 0; v <= CARD_RATING_MAX; v++) {
		str_appendf(out, "%s%d %s", v > 0 ? ", " : "", v,
		            skill_scale_words(SKILL_SCALE_URGE, v));
	}
	str_append(out, ".");
}

void plain_urge_outcome(struct plain *p, const struct app_urge_result *r, const char *status,
                        const char *target)
{
	struct str text = {0};
	str_append_char(&text, '\n');
	if (status != NULL) {
		str_appendf(&text, "%s\n\n", status);
	}
	str_append(&text, r->high ? "This urge is strong. You do not have to face it alone: these "
	                            "lines are there for you now.\n\n"
	                          : "If an urge gets strong, these lines are there for you:\n\n");
	app_crisis_card(&p->app, &text);
	struct str warning = {0};
	front_add_safety_lines(&p->app,
	                       p->session != NULL ? "type s and Enter at the menu"
	                                          : "unlock, then type s and Enter at the menu",
	                       &text, &warning);
	plain_say(str_cstr(&text));
	if (warning.len > 0) {
		plain_say(str_cstr(&warning));
	}
	str_finish(&warning);
	str_finish(&text);
	if (!r->high || r->suggest[0][0] == '\0' || p->ended) {
		return;
	}
	/* Copied: starting a practice may record urges into another result. */
	char suggest[2][APP_URGE_SKILL_ID_MAX + 1];
	char id[33];
	memcpy(suggest, r->suggest, sizeof(suggest));
	memcpy(id, r->id, sizeof(id));
	const struct skill_library *lib = plain_skills(p);
	const struct skill *skills[2] = {skill_library_find(lib, suggest[0]),
	                                 skill_library_find(lib, suggest[1])};
	struct str question = {0};
	str_appendf(&question, "\nTwo skills for a moment like this%s:\n",
	            r->suggest_from_data ? " (the two that have helped you most)" : "");
	for (int i = 0; i < 2; i++) {
		str_appendf(&question, "  %d: %s%s%s\n", i + 1,
		            skills[i] != NULL ? skills[i]->name : suggest[i],
		            skills[i] != NULL ? ": " : "",
		            skills[i] != NULL ? skills[i]->summary : "");
	}
	str_append(&question, "Type 1 or 2 to start one now, or press Enter to go on.");
	for (;;) {
		enum plain_reply reply = plain_ask(p, str_cstr(&question),
		                                   "Type 1 or 2 and Enter to start that skill now; "
		                                   "Enter alone goes on without one.");
		if (reply != PLAIN_ANSWER || p->answer.len == 0) {
			break;
		}
		if (plain_answer_is(p, "1") || plain_answer_is(p, "2")) {
			int which = p->answer.buf[0] - '1';
			plain_practise_skill(p, suggest[which], target, target != NULL ? id : NULL);
			break;
		}
		plain_say("Type 1 or 2, or press Enter to go on.");
	}
	str_finish(&question);
}

/* The targets the card asks about now (the default ones while locked). */
static void targets(struct plain *p, struct card_template *t)
{
	struct app_error err = {0};
	if (p->session == NULL || !session_card_template(p->session, t, &err)) {
		card_template_default(t);
	}
	app_error_finish(&err);
	size_t shown = 0;
	for (size_t i = 0; i < t->target_count; i++) {
		if (!t->targets[i].retired) {
			t->targets[shown++] = t->targets[i];
		}
	}
	t->target_count = shown;
}

/* Which urge: its number, id or label. NULL when the person went back. */
static const struct card_target *pick_target(struct plain *p, const struct card_template *t)
{
	struct str question = {0};
	str_append(&question, "\nLog an urge. Which urge is it?\n");
	for (size_t i = 0; i < t->target_count; i++) {
		str_appendf(&question, "  %zu: %s\n", i + 1, t->targets[i].label);
	}
	str_append(&question, "Type its number or its name, then Enter.");
	const struct card_target *picked = NULL;
	while (picked == NULL && plain_ask(p, str_cstr(&question),
	                                   "Type the number of the urge, or its name; q goes "
	                                   "back without logging anything.") == PLAIN_ANSWER) {
		const char *a = str_cstr(&p->answer);
		char *end;
		long n = strtol(a, &end, 10);
		if (a[0] != '\0' && *end == '\0' && n >= 1 && (size_t)n <= t->target_count) {
			picked = &t->targets[n - 1];
		}
		for (size_t i = 0; i < t->target_count && picked == NULL && a[0] != '\0'; i++) {
			if (strcasecmp(a, t->targets[i].id) == 0 ||
			    strcasecmp(a, t->targets[i].label) == 0) {
				picked = &t->targets[i];
			}
		}
		if (picked == NULL) {
			plain_sayf(
			    "Type a number from 1 to %zu, or the name of one of the urges above.",
			    t->target_count);
		}
	}
	str_finish(&question);
	return picked;
}

/* How strong, 0 to 5; -1 when the person went back. A rating above the
 * scale counts as very strong: the crisis lines come at once (DESIGN.md
 * §2.2), whatever is typed next. */
static int pick_rating(struct plain *p, const struct card_target *target)
{
	struct str question = {0};
	str_appendf(&question, "How strong is the urge (%s) now, from 0 to 5? ", target->label);
	scale_words(&question);
	int rating = -1;
	while (rating < 0 && plain_ask(p, str_cstr(&question),
	                               "Type a whole number from 0 to 5, "
	                               "then Enter; q goes back.") == PLAIN_ANSWER) {
		if (card_parse_int(str_cstr(&p->answer), 0, CARD_RATING_MAX, &rating)) {
			break;
		}
		rating = -1;
		int typed = app_urge_rating_read(str_cstr(&p->answer));
		if (typed > CARD_RATING_MAX) {
			plain_sayf(
			    "\n%d is above the scale of 0 to 5, so it counts as very strong. You "
			    "do not have to face it alone:",
			    typed);
			plain_crisis(p);
		}
		plain_say("Please type a whole number from 0 to 5.");
	}
	str_finish(&question);
	return rating;
}

void plain_urge(struct plain *p)
{
	struct card_template t;
	targets(p, &t);
	const struct card_target *target = pick_target(p, &t);
	int rating = target != NULL ? pick_rating(p, target) : -1;
	if (rating < 0) {
		return;
	}
	struct str note = {0};
	/* Enter, q or the end of the input: no note. The urge is logged
	 * either way: its target and rating are complete. */
	if (plain_ask(p,
	              "A note, if you want one (what happened, where you are). Press Enter for "
	              "none.",
	              "Type a few words and Enter, or Enter alone (or q) for no note: the urge is "
	              "logged either way.") == PLAIN_ANSWER) {
		str_append(&note, str_cstr(&p->answer));
		str_wipe(&p->answer);
	}
	struct app_urge u = {
	    .target = target->id, .rating = rating, .note = note.len > 0 ? str_cstr(&note) : NULL};
	struct app_urge_result result = {0};
	struct app_error err = {0};
	bool ok = p->session != NULL ? session_record_urge(p->session, &u, &result, &err)
	                             : app_urge_record_locked(&p->app, &u, &result, &err);
	str_wipe(&note);
	struct str status = {0};
	if (ok && result.locked) {
		str_append(&status, "Saved in the locked inbox; it is added to your diary the next "
		                    "time you unlock it.");
	} else if (ok) {
		str_append(&status, "Saved in your diary.");
	} else {
		plain_not_saved("This urge", &err, &status);
	}
	app_error_finish(&err);
	if (result.note_cut) {
		str_append(&status,
		           "\nThe note was longer than a locked entry holds, so its end was "
		           "cut; to keep a long note, log the urge once unlocked.");
	}
	char target_id[CARD_ID_MAX + 1];
	snprintf(target_id, sizeof(target_id), "%s", target->id);
	plain_urge_outcome(p, &result, str_cstr(&status), target_id);
	str_finish(&status);
}
