/* Plain mode's diary card: a day's fields one by one as the template
 * gives them, each with its scale and what it holds now; Enter keeps a
 * value, - clears it. Saved only at the end, all at once, through
 * session_card_set ("Saved." once it is on disk; a failed save is said
 * and tried again when asked). Urges on the card bring the crisis lines
 * as everywhere else; the end of the input part way saves nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "app/clock.h"
#include "cli/plain_card.h"
#include "cli/plain_internal.h"
#include "core/date.h"
#include "core/skill.h"

static void value_words(const struct plain_field *f, int v, struct str *out)
{
	if (v < 0) {
		str_append(out, "not filled in");
	} else if (plain_field_yes_no(f)) {
		str_append(out, v ? "yes" : "no");
	} else if (plain_field_rated(f)) {
		str_appendf(out, "%d, %s", v, skill_scale_words(SKILL_SCALE_URGE, v));
	} else if (f->kind == PLAIN_FIELD_SKILLS_USED) {
		str_appendf(out, "%d, %s", v, card_skills_used_meaning(v));
	} else {
		str_appendf(out, "%d", v);
	}
}

static void question(const struct plain_field *f, struct str *q)
{
	switch (f->kind) {
	case PLAIN_FIELD_URGE:
		str_appendf(q, "%s urge, 0 to 5", f->label);
		break;
	case PLAIN_FIELD_ACTED:
		str_appendf(q, "Acted on the %s urge, y or n", f->label);
		break;
	case PLAIN_FIELD_TIMES:
		str_appendf(q, "Times you acted on the %s urge, 0 to 999", f->label);
		break;
	case PLAIN_FIELD_EMOTION:
	case PLAIN_FIELD_SESSION:
		str_appendf(q, "%s, 0 to 5", f->label);
		break;
	case PLAIN_FIELD_PRESCRIBED:
		str_appendf(q, "%s, y or n", f->label);
		break;
	case PLAIN_FIELD_DRUGS:
		str_appendf(q, "%s: how many times, 0 to 999", f->label);
		break;
	case PLAIN_FIELD_SKILLS_USED:
		str_appendf(q, "%s, 0 to 7", f->label);
		break;
	default:
		str_append(q, f->label);
		break;
	}
	str_append(q, ". Now ");
	value_words(f, f->now, q);
	if (q->len > 0 && q->buf[q->len - 1] == '.') {
		q->buf[--q->len] = '\0'; /* a skills-used meaning's own stop */
	}
	if (f->kind == PLAIN_FIELD_URGE && f->peak >= 0) {
		str_appendf(q, "; the highest you logged that day: %d", f->peak);
	}
	str_append(q, ".");
}

/* Asks one numeric or yes/no field until it has an answer. False when the
 * card stops: q, or the end of the input (*ended). */
static bool ask_number(struct plain *p, struct plain_field *f, bool *ended)
{
	struct str q = {0};
	question(f, &q);
	struct str help = {0};
	str_appendf(&help,
	            "Type %s and Enter. Enter alone keeps what is there, - clears it, q "
	            "saves what you changed and skips the rest of the card.",
	            plain_field_yes_no(f)  ? "y or n"
	            : plain_field_rated(f) ? "a whole number from 0 to 5"
	                                   : "a number");
	if (plain_field_rated(f)) {
		str_append(&help, " 0 none, 1 a little, 2 some, 3 quite strong, 4 strong, 5 the "
		                  "strongest.");
	}
	bool go_on = true;
	for (;;) {
		enum plain_reply r = plain_ask(p, str_cstr(&q), str_cstr(&help));
		if (r != PLAIN_ANSWER) {
			*ended = r == PLAIN_END;
			go_on = false;
			break;
		}
		const char *a = str_cstr(&p->answer);
		int v = -1;
		bool yes = false;
		if (a[0] == '\0') {
			break;
		}
		if (strcmp(a, "-") == 0) {
			f->now = -1;
			break;
		}
		bool valid = plain_field_yes_no(f) ? card_parse_yes_no(a, &yes)
		                                   : card_parse_int(a, 0, plain_field_max(f), &v);
		if (valid && plain_field_yes_no(f)) {
			v = yes ? 1 : 0;
		}
		if (valid) {
			f->now = v;
			if (plain_field_rated(f) || f->kind == PLAIN_FIELD_SKILLS_USED) {
				struct str said = {0};
				value_words(f, v, &said);
				/* The skills-used meanings are sentences with their stop. */
				plain_sayf("  %s%s", str_cstr(&said),
				           said.len > 0 && said.buf[said.len - 1] == '.' ? "" : ".");
				str_finish(&said);
			}
			break;
		}
		int typed = app_urge_rating_read(a);
		if ((f->kind == PLAIN_FIELD_URGE ||
		     (f->kind == PLAIN_FIELD_SESSION && card_session_item(f->key + 8)->is_urge)) &&
		    typed > CARD_RATING_MAX) {
			/* Above the scale: it sounds stronger than the scale holds, so
			 * the crisis lines come now (DESIGN.md §2.2). */
			plain_sayf(
			    "\n%d is above the scale of 0 to 5, so it counts as very strong. You "
			    "do not have to face it alone:",
			    typed);
			plain_crisis(p);
		}
		if (plain_field_yes_no(f)) {
			plain_say("Type y or n, Enter to keep what is there, or - to clear it.");
		} else {
			plain_sayf(
			    "Type a whole number from 0 to %d, Enter to keep what is there, or - "
			    "to clear it.",
			    plain_field_max(f));
		}
	}
	str_finish(&q);
	str_finish(&help);
	return go_on;
}

/* A text field: Enter keeps it, - clears it. */
static bool ask_text(struct plain *p, struct plain_field *f, const char *what, size_t max,
                     bool *ended)
{
	struct str q = {0};
	if (f->now_text.len > 0) {
		str_appendf(&q, "%s. Now: %s\nType %s, press Enter to keep it, or - to remove it.",
		            f->label, str_cstr(&f->now_text), what);
	} else {
		str_appendf(&q, "%s. Now none. Type %s, or press Enter to leave it empty.",
		            f->label, what);
	}
	bool go_on = true;
	for (;;) {
		enum plain_reply r = plain_ask(p, str_cstr(&q),
		                               "Type the text and Enter. Enter alone keeps what is "
		                               "there; - removes it; q saves what you changed.");
		if (r != PLAIN_ANSWER) {
			*ended = r == PLAIN_END;
			go_on = false;
			break;
		}
		if (p->answer.len > max) {
			plain_sayf(
			    "That is longer than this field holds (%zu bytes); type a shorter one.",
			    max);
			continue;
		}
		if (strcmp(str_cstr(&p->answer), "-") == 0) {
			str_wipe(&f->now_text);
		} else if (p->answer.len > 0) {
			str_wipe(&f->now_text);
			str_append(&f->now_text, str_cstr(&p->answer));
		}
		break;
	}
	str_wipe(&p->answer);
	str_finish(&q);
	return go_on;
}

static void skills_used_meanings(void)
{
	struct str text = {0};
	str_append(&text, "\nSkills used today, 0 to 7:\n");
	for (int v = 0; v <= CARD_SKILLS_USED_MAX; v++) {
		str_appendf(&text, "  %d: %s\n", v, card_skills_used_meaning(v));
	}
	text.buf[--text.len] = '\0';
	plain_say(str_cstr(&text));
	str_finish(&text);
}

static void say_section(const char *title)
{
	plain_sayf("\n%s", title);
}

/* A heading before the first field of each kind. */
static void heading(const struct plain_field *f, const struct plain_field *before)
{
	if (before != NULL && before->kind == f->kind) {
		return;
	}
	switch (f->kind) {
	case PLAIN_FIELD_URGE:
		say_section(
		    "Urges, 0 to 5: 0 none, 1 a little, 2 some, 3 quite strong, 4 strong, 5 "
		    "the strongest.");
		break;
	case PLAIN_FIELD_ACTED:
	case PLAIN_FIELD_TIMES:
		if (before == NULL ||
		    (before->kind != PLAIN_FIELD_ACTED && before->kind != PLAIN_FIELD_TIMES)) {
			say_section("Actions: did you act on the urge?");
		}
		break;
	case PLAIN_FIELD_EMOTION:
		say_section(
		    "Emotions, 0 to 5: 0 none, 1 a little, 2 some, 3 quite strong, 4 strong, "
		    "5 the strongest.");
		break;
	case PLAIN_FIELD_PRESCRIBED:
		say_section("Medication and drugs.");
		break;
	case PLAIN_FIELD_SKILLS_USED:
		skills_used_meanings();
		break;
	case PLAIN_FIELD_SESSION:
		say_section("Coming into session, 0 to 5.");
		break;
	default:
		break;
	}
}

static bool has_skill(const struct plain_card *c, const char *id, size_t *at)
{
	for (size_t i = 0; i < c->skills_count; i++) {
		if (strcmp(c->skills[i], id) == 0) {
			*at = i;
			return true;
		}
	}
	return false;
}

static void skills_now(const struct plain_card *c, struct str *out)
{
	str_append(out, "Skills practised that day: ");
	for (size_t i = 0; i < c->skills_count; i++) {
		str_appendf(out, "%s%s", i > 0 ? ", " : "", c->skills[i]);
	}
	str_append(out, c->skills_count == 0 ? "none ticked yet." : ".");
}

/* Ticks or unticks the skills named in one answer ("stop tip", "- stop"). */
static void tick(struct plain *p, struct plain_card *c, char *answer)
{
	bool untick = false;
	for (char *word = strtok(answer, " ,"); word != NULL; word = strtok(NULL, " ,")) {
		if (word[0] == '-') {
			untick = true;
			word++;
			if (word[0] == '\0') {
				continue;
			}
		}
		size_t at;
		bool ticked = has_skill(c, word, &at);
		if (untick && ticked) {
			memmove(c->skills[at], c->skills[at + 1],
			        (c->skills_count - at - 1) * sizeof(c->skills[0]));
			c->skills_count--;
		} else if (!untick && !ticked &&
		           skill_library_find(plain_skills(p), word) == NULL) {
			plain_sayf("There is no skill \"%.64s\"; ? lists every skill's id.", word);
		} else if (!untick && !ticked && c->skills_count < CARD_DAY_ITEMS_MAX) {
			snprintf(c->skills[c->skills_count++], sizeof(c->skills[0]), "%s", word);
		}
		untick = false;
	}
}

static bool ask_skills(struct plain *p, struct plain_card *c, bool *ended)
{
	struct str help = {0};
	str_append(&help, "Type the ids of the skills you practised, to tick them; - and an id "
	                  "unticks one; Enter goes on. The skills' ids:\n");
	const struct skill_library *lib = plain_skills(p);
	for (int m = 0; m < SKILL_MODULE_COUNT; m++) {
		str_appendf(&help, "%s:", skill_module_name((enum skill_module)m));
		for (size_t i = 0; i < lib->count; i++) {
			if ((int)lib->skills[i].module == m) {
				str_appendf(&help, " %s", lib->skills[i].id);
			}
		}
		str_append_char(&help, '\n');
	}
	bool go_on = true;
	for (;;) {
		struct str q = {0};
		str_append(&q, "\n");
		skills_now(c, &q);
		str_append(
		    &q, " Type the ids of skills you practised to tick them (such as: stop "
		        "tip), - and an id to untick one, ? to list the ids, or Enter to go on.");
		enum plain_reply r = plain_ask(p, str_cstr(&q), str_cstr(&help));
		str_finish(&q);
		if (r != PLAIN_ANSWER) {
			*ended = r == PLAIN_END;
			go_on = false;
			break;
		}
		if (p->answer.len == 0) {
			break;
		}
		tick(p, c, p->answer.buf);
	}
	str_finish(&help);
	return go_on;
}

/* Goes through every field. False when it stopped early: q (the rest
 * kept as it is) or the end of the input (*ended: nothing is saved). */
static bool walk(struct plain *p, struct plain_card *c, bool *ended)
{
	const struct plain_field *before = NULL;
	bool session_asked = false;
	bool session_wanted = c->has_session;
	for (size_t i = 0; i < c->count; i++) {
		struct plain_field *f = &c->fields[i];
		if (f->kind == PLAIN_FIELD_SESSION && !session_asked) {
			session_asked = true;
			if (!ask_skills(p, c, ended)) {
				return false;
			}
			if (!session_wanted) {
				enum plain_reply r =
				    plain_yes_no(p,
				                 "\nFill in the coming-into-session "
				                 "ratings (for a day you see your "
				                 "therapist)?",
				                 false, &session_wanted);
				if (r != PLAIN_ANSWER) {
					*ended = r == PLAIN_END;
					return false;
				}
			}
		}
		if (f->kind == PLAIN_FIELD_SESSION && !session_wanted) {
			continue;
		}
		heading(f, before);
		before = f;
		bool go_on;
		switch (f->kind) {
		case PLAIN_FIELD_NOTE:
			go_on = ask_text(p, f, "a note", CARD_NOTE_MAX, ended);
			break;
		case PLAIN_FIELD_MED:
			go_on = ask_text(p, f, "what was taken", CARD_MED_TEXT_MAX, ended);
			break;
		default:
			go_on = ask_number(p, f, ended);
			break;
		}
		if (go_on && f->kind == PLAIN_FIELD_DRUGS && f->now > 0) {
			go_on = ask_text(p, f, "what they were", PLAIN_DRUGS_WHAT_MAX, ended);
		}
		if (!go_on) {
			return false;
		}
	}
	return true;
}

/* Saves, saying so only once it is on disk; a failure is said with the
 * crisis lines for any urge on it, and tried again when asked. */
static void save(struct plain *p, struct plain_card *c, const struct plain_card_changes *ch)
{
	for (;;) {
		struct app_urge_result result = {0};
		struct app_error err = {0};
		if (session_card_set(p->session, c->date, ch->items, ch->count, &result, &err)) {
			plain_sayf("\nSaved. Your card for %s is in your diary.", c->date);
			if (result.given > 0) {
				plain_urge_outcome(p, &result, NULL, NULL);
			}
			return;
		}
		struct str text = {0};
		str_append_char(&text, '\n');
		plain_not_saved(NULL, &err, &text);
		app_error_finish(&err);
		plain_say(str_cstr(&text));
		str_finish(&text);
		if (result.given > 0) {
			plain_urge_outcome(
			    p, &result, "The urges you gave were NOT saved with the card.", NULL);
		}
		bool again = false;
		if (plain_yes_no(p, "What you typed is still here. Try to save it again?", true,
		                 &again) != PLAIN_ANSWER ||
		    !again) {
			plain_sayf("Your card for %s was not saved; it is as it was before.",
			           c->date);
			return;
		}
	}
}

/* Which day: Enter for today, or a date that has come. */
static bool pick_date(struct plain *p, char date[DATE_TEXT_SIZE])
{
	char today[DATE_TEXT_SIZE];
	app_today(today);
	struct str q = {0};
	str_appendf(&q,
	            "\nWhich day's card? Press Enter for today, %s, or type an earlier date "
	            "such as %.8s01.",
	            today, today);
	bool picked = false;
	while (!picked && plain_ask(p, str_cstr(&q),
	                            "Press Enter for today's card, or type a "
	                            "date as year-month-day (2026-11-28); q "
	                            "goes back.") == PLAIN_ANSWER) {
		const char *a = str_cstr(&p->answer);
		struct app_error err = {0};
		if (a[0] == '\0') {
			memcpy(date, today, DATE_TEXT_SIZE);
			picked = true;
		} else if (!app_date_check(a, &err)) {
			app_error_finish(&err);
			plain_say(
			    "That is not a date: type it as year-month-day, such as 2026-11-28, or "
			    "press Enter for today.");
		} else if (strcmp(a, today) > 0) {
			plain_say(
			    "That day has not come yet: type today's date or an earlier one.");
		} else {
			snprintf(date, DATE_TEXT_SIZE, "%s", a);
			picked = true;
		}
	}
	str_finish(&q);
	return picked;
}

void plain_card(struct plain *p)
{
	struct plain_card c = {0};
	if (!pick_date(p, c.date)) {
		return;
	}
	struct app_error err = {0};
	if (!plain_card_read(p->session, &c, &err)) {
		struct str text = {0};
		str_append(&text, "The card could not be read. ");
		if (c.failed) {
			str_append(&text,
			           "wisemind ran out of memory; close other programs and try "
			           "again.");
		} else {
			plain_error_sentence(&err, &text);
		}
		app_error_finish(&err);
		plain_say(str_cstr(&text));
		str_finish(&text);
		plain_card_form_finish(&c);
		return;
	}
	plain_sayf("\nDiary card for %s. For each field, type a value and Enter. Enter alone keeps "
	           "what is there, - clears it, and q saves what you changed and skips the rest.",
	           c.date);
	bool ended = false;
	bool walked = walk(p, &c, &ended);
	(void)walked;
	struct plain_card_changes ch = {0};
	if (!plain_card_changes(&c, &ch)) {
		plain_say("wisemind ran out of memory, so your card was not saved.");
	} else if (ended) {
		/* Half a card is never kept; urges typed still bring the lines. */
		plain_sayf("\nThe card for %s was NOT saved: it stopped before its last field.",
		           c.date);
		struct app_urge_result given = {0};
		app_card_urges_given(&p->app, p->session, ch.items, ch.count, &given);
		if (given.given > 0) {
			plain_urge_outcome(p, &given, "The urges you typed were NOT saved.", NULL);
		}
	} else if (ch.count == 0) {
		plain_sayf("\nNothing changed: your card for %s is as it was.", c.date);
	} else {
		save(p, &c, &ch);
	}
	plain_card_changes_finish(&ch);
	plain_card_form_finish(&c);
}
