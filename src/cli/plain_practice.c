/* Plain mode's practice: the skills by module, then the guided exercise
 * through the same plain-text engine as wisemind practice
 * (cli/practice_run.h), its timers said in words at a steady interval and
 * at the person's own breathing pace; kept in the diary when it is open. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/clock.h"
#include "app/practice_urge.h"
#include "app/settings_change.h"
#include "app/signals.h"
#include "cli/plain_internal.h"
#include "cli/practice_keep.h"
#include "cli/practice_run.h"
#include "cli/practice_say.h"
#include "cli/practice_timer.h"
#include "core/exercise.h"

#define SWITCH_MAX 6

/* Ends plain mode when the practice ended because the input did (stdio
 * read it there) or a signal came. */
static void check_end(struct plain *p)
{
	if (feof(stdin) || ferror(stdin) || app_signals_pending() != 0) {
		p->ended = true;
	}
}

/* After a switch: the skill a link named, or one the person picks. */
static const struct skill *next_skill(struct plain *p, const struct exercise *ex)
{
	const struct skill_library *lib = plain_skills(p);
	const struct skill *options[SWITCH_MAX];
	size_t n = practice_say_switch_options(lib, ex, options, SWITCH_MAX);
	if (ex->switch_to != NULL || n == 0) {
		return n > 0 ? options[0] : NULL;
	}
	struct str question = {0};
	str_append(&question, "\nWhich skill will you switch to?\n");
	for (size_t i = 0; i < n; i++) {
		str_appendf(&question, "  %zu: %s: %s\n", i + 1, options[i]->name,
		            options[i]->summary);
	}
	str_append(&question, "Type its number, or press Enter to stop here.");
	const struct skill *next = NULL;
	while (plain_ask(p, str_cstr(&question),
	                 "Type the number of a skill to start it, or "
	                 "Enter to stop here.") == PLAIN_ANSWER &&
	       p->answer.len > 0) {
		char *end;
		long k = strtol(str_cstr(&p->answer), &end, 10);
		if (*end == '\0' && k >= 1 && (size_t)k <= n) {
			next = options[k - 1];
			break;
		}
		plain_sayf("Type a number from 1 to %zu, or press Enter to stop here.", n);
	}
	str_finish(&question);
	return next;
}

/* How strong the urge a practice followed is now: an urge rating too, so
 * the crisis lines show, whatever happens (DESIGN.md §2.2). */
static void ask_after(struct plain *p, const char *target, const char *id, const char *skill)
{
	int after = -1;
	struct str question = {0};
	str_appendf(&question,
	            "\nHow strong is the urge (%s) now, from 0 (none) to 5 (the "
	            "strongest)? Press Enter to leave it.",
	            target);
	while (plain_ask(p, str_cstr(&question),
	                 "Type a whole number from 0 to 5, or Enter to "
	                 "leave it.") == PLAIN_ANSWER &&
	       p->answer.len > 0) {
		if (card_parse_int(str_cstr(&p->answer), 0, CARD_RATING_MAX, &after)) {
			break;
		}
		plain_say("Please type a whole number from 0 to 5, or press Enter to leave it.");
	}
	str_finish(&question);
	if (after < 0) {
		return;
	}
	struct app_urge_result result = {0};
	struct app_error err = {0};
	bool ok = p->session != NULL
	              ? session_urge_after(p->session, id, after, skill, &result, &err)
	              : app_urge_after_locked(&p->app, id, after, skill, &result, &err);
	struct str status = {0};
	if (ok) {
		str_append(&status,
		           p->session != NULL
		               ? "How the urge is now is saved in your diary."
		               : "How the urge is now is kept in the locked inbox: it joins "
		                 "your diary the next time you unlock it.");
	} else {
		plain_not_saved("How the urge is now", &err, &status);
	}
	app_error_finish(&err);
	plain_urge_outcome(p, &result, str_cstr(&status), NULL);
	str_finish(&status);
}

void plain_practise_skill(struct plain *p, const char *id, const char *target, const char *urge_id)
{
	const struct skill *skill = skill_library_find(plain_skills(p), id);
	if (skill == NULL) {
		plain_sayf("There is no skill \"%s\" in the library.", id);
		return;
	}
	struct practice_say say = {
	    .app = &p->app,
	    .session = p->session,
	    .see_plan = p->session != NULL ? "type s and Enter at the menu"
	                                   : "unlock, then type s and Enter at the menu",
	    .all_lines = "All crisis lines: type ! and Enter.",
	};
	struct practice_keep keep = {.app = &p->app, .session = p->session, .terminal = true};
	struct str card = {0};
	app_crisis_card(&p->app, &card);
	struct practice_io io = {
	    .in = stdin,
	    .out = stdout,
	    .time_scale = practice_time_scale,
	    .crisis_card = str_cstr(&card),
	    .quiet = p->app.settings.quiet,
	    .spoken = true,
	    .urge = practice_say_urge,
	    .target_kind = practice_say_kind,
	    .data = &say,
	};
	if (target != NULL) {
		snprintf(io.urge_target, sizeof(io.urge_target), "%s", target);
	}
	char first_skill[APP_URGE_SKILL_ID_MAX + 1];
	snprintf(first_skill, sizeof(first_skill), "%s", skill->id);
	struct exercise_options eo;
	app_exercise_options(&p->app, &eo);
	while (skill != NULL && !p->ended) {
		say.urge = (struct app_practice_urge){.skill = skill->id};
		if (urge_id != NULL) {
			snprintf(say.urge.id, sizeof(say.urge.id), "%s", urge_id);
		}
		if (io.urge_target[0] != '\0') {
			eo.urge_kind = app_practice_urge_kind(p->session, io.urge_target);
		}
		struct exercise ex;
		char started[APP_TIME_ISO_SIZE];
		app_time_iso_now(started);
		exercise_init(&ex, skill, &eo, practice_clock(&io));
		practice_keep_offer_kit(&keep, &ex);
		fputc('\n', stdout);
		enum practice_end end = practice_run(&ex, &io);
		check_end(p);
		practice_say_end(&ex, end, stdout);
		/* Open: kept (a failed save asked again); locked: said it was not. */
		practice_keep_log(&keep, &ex, started, practice_clock(&io),
		                  !p->ended && p->session != NULL, stdin, stdout);
		practice_say_crisis_end(&say, &ex, stdout);
		check_end(p);
		skill = end == PRACTICE_SWITCHED && !p->ended ? next_skill(p, &ex) : NULL;
		exercise_finish(&ex);
	}
	if (target != NULL && !p->ended) {
		const char *id_rated = say.urge.id[0] != '\0'                  ? say.urge.id
		                       : urge_id != NULL && urge_id[0] != '\0' ? urge_id
		                                                               : NULL;
		ask_after(p, target, id_rated, first_skill);
	}
	str_finish(&card);
}

/* The skills of one module (module -1: those for a crisis). */
static void list_skills(struct plain *p, int module, const char *title)
{
	const struct skill_library *lib = plain_skills(p);
	const struct skill **shown = calloc(lib->count + 1, sizeof(*shown));
	if (shown == NULL) {
		plain_say("wisemind ran out of memory; close other programs and try again.");
		return;
	}
	size_t n = 0;
	struct str question = {0};
	str_appendf(&question, "\n%s:\n", title);
	for (size_t i = 0; i < lib->count; i++) {
		const struct skill *s = &lib->skills[i];
		if (module >= 0 ? (int)s->module == module : s->for_crisis) {
			shown[n++] = s;
			str_appendf(&question, "  %zu: %s: %s\n", n, s->name, s->summary);
		}
	}
	str_append(&question, "Type a number (or a skill's id) to start it, or q to go back.");
	while (!p->ended && plain_ask(p, str_cstr(&question),
	                              "Type the number of a skill, or its id such as stop, to "
	                              "start its guided practice; q goes back to the modules.") ==
	                        PLAIN_ANSWER) {
		const char *a = str_cstr(&p->answer);
		char *end;
		long k = strtol(a, &end, 10);
		const struct skill *s = a[0] != '\0' && *end == '\0' && k >= 1 && (size_t)k <= n
		                            ? shown[k - 1]
		                            : skill_library_find(lib, a);
		if (s == NULL) {
			plain_sayf("Type a number from 1 to %zu, or a skill's id.", n);
			continue;
		}
		plain_practise_skill(p, s->id, NULL, NULL);
	}
	str_finish(&question);
	free(shown);
}

void plain_practise(struct plain *p)
{
	static const struct plain_choice choices[] = {
	    {'c', "For a crisis: skills to get through a hard moment"},
	    {'m', "Mindfulness"},
	    {'d', "Distress tolerance"},
	    {'e', "Emotion regulation"},
	    {'i', "Interpersonal effectiveness"},
	    {'g', "General: orientation and chain analysis"},
	};
	static const int modules[] = {-1,
	                              SKILL_MINDFULNESS,
	                              SKILL_DISTRESS_TOLERANCE,
	                              SKILL_EMOTION_REGULATION,
	                              SKILL_INTERPERSONAL,
	                              SKILL_GENERAL};
	while (!p->ended) {
		int c = plain_menu(p, "\nPractise a skill. Which kind?", choices,
		                   sizeof(choices) / sizeof(choices[0]),
		                   "Type the number or the letter of a module to see its skills; q "
		                   "goes back.");
		if (c < 0) {
			return;
		}
		list_skills(p, modules[c], choices[c].label);
	}
}
