/* Plain mode's today: the day's card and urges in a few lines, then the
 * numbered menu of everything else. */
#include <stdio.h>

#include "app/card.h"
#include "app/card_draft.h"
#include "app/urge.h"
#include "cli/plain_internal.h"
#include "core/date.h"
#include "front/urge_line.h"

struct today {
	struct str urges;
	size_t urge_count;
	bool card_empty;
	struct card_template card; /* the targets' labels, for the urges */
	const struct skill_library *lib;
};

static void urge_line(const struct app_urge_entry *e, void *data)
{
	struct today *t = data;
	t->urge_count++;
	front_urge_line(e, &t->card, t->lib, ", ", &t->urges);
}

static bool card_day(const struct card_day *day, void *data)
{
	struct today *t = data;
	t->card_empty = card_day_is_empty(day);
	return true;
}

static void say_today(struct plain *p)
{
	char date[DATE_TEXT_SIZE];
	app_today(date);
	struct today t = {.card_empty = true, .lib = plain_skills(p)};
	struct app_error err = {0};
	if (!session_card_template(p->session, &t.card, &err)) {
		card_template_default(&t.card);
		app_error_finish(&err);
	}
	struct str text = {0};
	str_appendf(&text, "\nToday, %s %s.\n", date_weekday_name(date), date);
	if (!session_card_each(p->session, date, date, card_day, &t, &err) ||
	    !session_urges_each(p->session, date, urge_line, &t, &err)) {
		str_append(&text, "Today's entries could not be read. ");
		plain_error_sentence(&err, &text);
		str_append_char(&text, '\n');
		app_error_finish(&err);
	} else {
		str_append(&text, t.card_empty ? "Your diary card for today: not filled in yet.\n"
		                               : "Your diary card for today: started.\n");
		if (t.urge_count == 0) {
			str_append(&text, "No urges logged today.\n");
		} else {
			str_appendf(&text, "Urges logged today (%zu):\n%s", t.urge_count,
			            str_cstr(&t.urges));
		}
		plain_homework_due(p, &text);
	}
	char draft[DATE_TEXT_SIZE];
	if (session_card_draft_waiting(p->session, draft)) {
		str_appendf(&text,
		            "A card for %s was left unsaved on the full screen; it waits there "
		            "(start wisemind without --plain to bring it back).\n",
		            draft);
	}
	/* The last newline: the menu follows on the next line. */
	text.buf[--text.len] = '\0';
	plain_say(str_cstr(&text));
	str_wipe(&t.urges);
	str_finish(&text);
}

enum plain_today_end plain_today(struct plain *p)
{
	static const struct plain_choice choices[] = {
	    {'c', "Fill in a diary card"},
	    {'u', "Log an urge"},
	    {'p', "Practise a skill"},
	    {'h', "Your homework"},
	    {'w', "See the week"},
	    {'s', "Your safety plan"},
	    {'o', "Settings"},
	    {'!', "Crisis lines"},
	    {'l', "Lock wisemind"},
	    {'q', "Quit"},
	};
	static const char help[] =
	    "Type the number or the letter of what you want, then Enter: c for the diary card, "
	    "u to log an urge, p to practise a skill, h for your homework, w for the week, s for "
	    "your safety plan, o for settings, ! for the crisis lines, l to lock wisemind, q to "
	    "quit.";
	for (;;) {
		say_today(p);
		int c = plain_menu(p, "What would you like to do?", choices,
		                   sizeof(choices) / sizeof(choices[0]), help);
		switch (c) {
		case 0:
			plain_card(p);
			break;
		case 1:
			plain_urge(p);
			break;
		case 2:
			plain_practise(p);
			break;
		case 3:
			plain_homework(p);
			break;
		case 4:
			plain_week(p);
			break;
		case 5:
			plain_safety_plan(p);
			break;
		case 6:
			plain_settings(p);
			break;
		case 7:
			plain_crisis(p);
			break;
		case 8:
			return PLAIN_TODAY_LOCK;
		default:
			return PLAIN_TODAY_QUIT;
		}
		if (p->ended) {
			return PLAIN_TODAY_QUIT;
		}
	}
}
