/* Plain mode's homework (issue 15): each assignment from the therapist,
 * numbered, with how it is going and what is due today; a number starts
 * the practice of what is due in it, through the same runner as the
 * skills; d and a number marks one done, after asking. The list is read
 * again after each practice, so its progress shows at once. */
#include <stdlib.h>
#include <string.h>

#include "app/homework.h"
#include "cli/plain_internal.h"
#include "front/homework_words.h"

static const char *skill_name(struct plain *p, const char *id)
{
	const struct skill *k = skill_library_find(plain_skills(p), id);
	return k != NULL ? k->name : id;
}

/* One homework in a few lines: "2: Breathe: 5 of 14 so far.", how often
 * and when, each skill with today's state, and the therapist's note. */
static void describe(struct plain *p, const struct app_homework *hw, size_t n, struct str *out)
{
	str_appendf(out, "  %zu: %s: ", n, hw->title);
	if (!hw->started) {
		str_appendf(out, "starts %s.", hw->from);
	} else {
		str_appendf(out, "%u of %u so far%s.", hw->done, hw->expected,
		            hw->done_on[0] != '\0' ? " (done)"
		            : hw->ended            ? " (ended)"
		                                   : "");
	}
	str_append_char(out, ' ');
	front_homework_when(hw, out);
	str_append_char(out, '\n');
	for (size_t k = 0; k < hw->skill_count; k++) {
		str_append(out, "     ");
		front_homework_skill(hw, k, skill_name(p, hw->skills[k]), out);
		str_append(out, ".\n");
	}
	if (hw->note_text.len > 0) {
		/* As text (no Markdown marks to be read aloud), each line indented. */
		str_append(out, "     From your therapist:");
		for (const char *c = str_cstr(&hw->note_text); *c != '\0'; c++) {
			str_append(out, c == str_cstr(&hw->note_text) || c[-1] == '\n' ? "\n     " : "");
			if (*c != '\n') {
				str_append_char(out, *c);
			}
		}
		str_append_char(out, '\n');
	}
}

static bool read_list(struct plain *p, struct app_homework_list *l)
{
	struct app_error err = {0};
	if (session_homework_list(p->session, l, &err)) {
		return true;
	}
	struct str text = {0};
	str_append(&text, "Your homework could not be read. ");
	plain_error_sentence(&err, &text);
	plain_say(str_cstr(&text));
	str_finish(&text);
	app_error_finish(&err);
	return false;
}

/* "d 2": asks, then marks homework n done. */
static void mark_done(struct plain *p, const struct app_homework *hw)
{
	if (hw->done_on[0] != '\0') {
		plain_sayf("\"%s\" was marked done on %s.", hw->title, hw->done_on);
		return;
	}
	struct str question = {0};
	str_appendf(&question, "Mark \"%s\" done?", hw->title);
	bool yes = false;
	enum plain_reply r = plain_yes_no(p, str_cstr(&question), false, &yes);
	str_finish(&question);
	if (r != PLAIN_ANSWER || !yes) {
		plain_say("It stays as it was.");
		return;
	}
	struct app_error err = {0};
	if (session_homework_done(p->session, hw->id, &err)) {
		plain_say("Marked done, and saved.");
	} else {
		struct str text = {0};
		str_append(&text, "Not marked done. ");
		plain_error_sentence(&err, &text);
		plain_say(str_cstr(&text));
		str_finish(&text);
	}
	app_error_finish(&err);
}

/* The number after "d" (or "d "), 1 to count; 0 when there is none. */
static size_t done_number(const char *a, size_t count)
{
	if (a[0] != 'd' && a[0] != 'D') {
		return 0;
	}
	char *end;
	long k = strtol(a + 1, &end, 10);
	return *end == '\0' && end != a + 1 && k >= 1 && (size_t)k <= count ? (size_t)k : 0;
}

void plain_homework(struct plain *p)
{
	static const char help[] =
	    "Type a homework's number to practise the skill due in it today, d and its number "
	    "(d 1) to mark it done, or q to go back.";
	while (!p->ended) {
		struct app_homework_list l = {0};
		if (!read_list(p, &l)) {
			return;
		}
		if (l.count == 0) {
			plain_say(
			    "\nYou have no homework yet. Homework comes from your therapist as a "
			    "file; wisemind homework import FILE, in a terminal, adds it.");
			return;
		}
		struct str text = {0};
		str_append(&text, "\nYour homework:\n");
		for (size_t i = 0; i < l.count; i++) {
			describe(p, &l.items[i], i + 1, &text);
		}
		str_append(&text, "Type a number to practise what is due in it, d and a number to "
		                  "mark it done, or q to go back.");
		enum plain_reply r = plain_ask(p, str_cstr(&text), help);
		str_wipe(&text); /* the therapist's words */
		if (r != PLAIN_ANSWER) {
			app_homework_list_finish(&l);
			return;
		}
		const char *a = str_cstr(&p->answer);
		char *end;
		long k = strtol(a, &end, 10);
		size_t d = done_number(a, l.count);
		if (a[0] != '\0' && *end == '\0' && k >= 1 && (size_t)k <= l.count) {
			const struct app_homework *hw = &l.items[k - 1];
			char id[CARD_ID_MAX + 1];
			memcpy(id, hw->skills[app_homework_next_skill(hw)], sizeof(id));
			app_homework_list_finish(&l);
			plain_practise_skill(p, id, NULL, NULL);
			continue;
		}
		if (d > 0) {
			mark_done(p, &l.items[d - 1]);
		} else {
			plain_sayf("Type a number from 1 to %zu, or d and a number.", l.count);
		}
		app_homework_list_finish(&l);
	}
}

void plain_homework_due(struct plain *p, struct str *out)
{
	struct app_homework_list l = {0};
	struct app_error err = {0};
	if (!session_homework_today(p->session, &l, &err)) {
		app_error_finish(&err);
		str_append(out, "Your homework could not be read now.\n");
		return;
	}
	switch (front_homework_due(&l, plain_skills(p), out)) {
	case FRONT_HOMEWORK_DUE:
		str_append(out, " (type h).\n");
		break;
	case FRONT_HOMEWORK_ALL_DONE:
		str_append(out, ".\n");
		break;
	case FRONT_HOMEWORK_NONE:
		break;
	}
	app_homework_list_finish(&l);
}
