#ifndef WISEMIND_UI_KEYS_H
#define WISEMIND_UI_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"

/* Every action the person can take, listed once: its name, the short
 * label of the hint bar and the help text. The key map in keys.c binds
 * keys to actions per context (several keys per action); the help
 * screen, the hint bar and the man page's KEYS section (generated at
 * build time by tools/keys_doc.c) all come from it, so none can drift. */
#define UI_ACTIONS(X) \
	X(CRISIS, "crisis lines", "open the crisis lines, from any screen") \
	X(HIDE, "hide", "blank the screen at once and lock the diary (any key then asks for the " \
	                "passphrase)") \
	X(HELP, "keys", "show the keys") \
	X(LOCK, "lock", "save, lock the diary and wipe its keys from memory") \
	X(QUIT, "quit", "quit wisemind (saving first)") \
	X(BACK, "back", "go back") \
	X(UP, "up", "move up") \
	X(DOWN, "down", "move down") \
	X(PAGE_UP, "page up", "move up a page") \
	X(PAGE_DOWN, "page down", "move down a page") \
	X(OPEN, "open", "open or choose what is selected") \
	X(LESS, "less", "lower the rating, or the earlier choice") \
	X(MORE, "more", "raise the rating, or the later choice") \
	X(CLEAR, "clear", "clear the field (not filled in)") \
	X(NUMBER, "number", "type a number: a rating, a count, or a numbered choice") \
	X(CARD, "card", "fill in today's diary card") \
	X(URGE, "urge", "log an urge now") \
	X(SKILLS, "skills", "browse the skills and practise one") \
	X(STRUGGLING, "struggling now", "I'm struggling now: start a crisis-survival skill") \
	X(COUNTRY, "country", "choose your country, for the crisis lines") \
	X(UNLOCK, "unlock", "type your passphrase to unlock the diary") \
	X(RECOVERY, "recovery key", "unlock with your recovery key instead of the passphrase") \
	X(PASSPHRASE, "passphrase", "unlock with your passphrase instead of the recovery key") \
	X(GO_ON, "go on", "go on: the next step, or keep what is chosen or typed") \
	X(YES, "yes", "answer yes") \
	X(NO, "no", "answer no") \
	X(SAVE, "save", "save the card (says Saved only once it is on disk)") \
	X(PREV_DAY, "day before", "the day before") \
	X(NEXT_DAY, "day after", "the day after") \
	X(PRACTISE, "practise", "practise this skill") \
	X(PAUSE, "pause", "pause or resume the timer") \
	X(SKIP, "skip", "skip this step") \
	X(REPEAT, "repeat", "do this step again") \
	X(STOP, "stop", "stop the practice (what you did is kept)") \
	X(PACE_SLOWER, "slower", "breathe more slowly (a longer breath)") \
	X(PACE_FASTER, "faster", "breathe faster (a shorter breath)") \
	X(EDIT_LEFT, "left", "move the cursor left") \
	X(EDIT_RIGHT, "right", "move the cursor right") \
	X(EDIT_HOME, "start", "move the cursor to the start") \
	X(EDIT_END, "end", "move the cursor to the end") \
	X(EDIT_ERASE, "erase", "erase the character before the cursor") \
	X(EDIT_DELETE, "delete", "erase the character under the cursor") \
	X(EDIT_DONE, "done", "finish typing") \
	X(EDIT_CANCEL, "cancel", "stop typing; what was typed is dropped") \
	X(WEEK, "week", "see the week as the paper card shows it") \
	X(PLAN, "safety plan", "see and change your safety plan") \
	X(SETTINGS, "settings", "change the settings") \
	X(PREV_WEEK, "week before", "the week before") \
	X(NEXT_WEEK, "week after", "the week after") \
	X(GO_WEEK, "go to", "go straight to a week: type it (2025-W52) or a day in it (2025-12-24)") \
	X(ADD, "add", "add a line") \
	X(REMOVE, "remove", "remove the selected line (asks first)") \
	X(EDIT, "change", \
	  "change what is selected (on a part of the safety plan: add a line to it)") \
	X(SHOW_LOCKED, "show when locked", \
	  "choose whether the line shows even when the diary is locked (kept unencrypted)") \
	X(HOMEWORK, "homework", "see the homework from your therapist and practise it") \
	X(HOMEWORK_DONE, "mark done", "mark the selected homework done (asks first)") \
	X(START, "start", "start the timer or the breathing pacer; elsewhere, the next screen") \
	X(NEXT, "next", "the next screen (at a timer: end it now and go on)") \
	X(PREVIOUS, "back", "the screen before, as it was") \
	X(NEXT_SKILL, "next skill", "the next skill's first screen") \
	X(PREV_SKILL, "skill before", "this skill's first screen, or the skill before's")

enum ui_action {
	UI_ACTION_NONE,
#define X(name, label, help) UI_ACTION_##name,
	UI_ACTIONS(X)
#undef X
	UI_ACTION_COUNT
};

/* Where a key is read. A screen names its contexts (most specific
 * first); ALWAYS keys work everywhere, text fields included; GLOBAL keys
 * work everywhere outside a text field. */
#define UI_CONTEXTS(X) \
	X(ALWAYS, "everywhere, also while typing") \
	X(GLOBAL, "everywhere except while typing") \
	X(MOVE, "lists and pages") \
	X(READ, "pages only to read (the crisis lines, the keys)") \
	X(TODAY, "today") \
	X(UNLOCK, "the locked screen") \
	X(UNLOCK_PASSPHRASE, "the locked screen, unlocking with the passphrase") \
	X(UNLOCK_RECOVERY, "the locked screen, unlocking with the recovery key") \
	X(CRISIS, "the crisis lines") \
	X(SETUP, "setting up a new diary") \
	X(QUESTION, "a yes-or-no question") \
	X(CARD, "the diary card") \
	X(RATING, "ratings, counts and numbered choices") \
	X(SKILL, "a skill's page") \
	X(PRACTICE, "a practice") \
	X(TIMER, "a timer or the breathing pacer") \
	X(TEXT, "while typing") \
	X(WEEK, "the week") \
	X(PLAN, "the safety plan") \
	X(SETTINGS, "the settings") \
	X(HOMEWORK, "the homework") \
	X(CLASS, "the presenter (wisemind class)") \
	X(CLASS_TIMER, "the presenter's timer and breathing pacer")

enum ui_context {
#define X(name, what) UI_CTX_##name,
	UI_CONTEXTS(X)
#undef X
	UI_CTX_COUNT
};

/* A key as curses reads it: a character (fn false; a wide character or a
 * control character) or a function key (fn true; KEY_UP...). */
struct ui_event {
	int code;
	bool fn;
};

#define UI_CTRL(c) ((c) & 0x1f)

/* One binding. hint: shown in the hint bar of screens with this context. */
struct ui_key {
	enum ui_context context;
	enum ui_action action;
	int code;
	bool fn;
	const char *label; /* as the help screen and the man page name it */
	bool hint;
};

extern const struct ui_key ui_keys[];
extern const size_t ui_key_count;

const char *ui_action_label(enum ui_action action);
const char *ui_action_help(enum ui_action action);
const char *ui_context_name(enum ui_context context);

/* The action bound to ev in context, or UI_ACTION_NONE. */
enum ui_action ui_keys_lookup(enum ui_context context, const struct ui_event *ev);

/* The first key's label for action in context ("!"), or NULL. */
const char *ui_keys_label(enum ui_context context, enum ui_action action);

/* The help text: for each context, one line per action, its keys' labels
 * joined by ", ", then its help. */
void ui_keys_describe(struct str *out);

/* The hint bar for a screen reading contexts (count of them), in at most
 * width columns: the crisis key first ("! crisis lines  ? keys ..."; while
 * typing, the ALWAYS keys: "Ctrl-G crisis lines"), then the screen's
 * hints that fit, each whole. */
void ui_keys_hints(const enum ui_context *contexts, size_t count, bool typing, size_t width,
                   struct str *out);

/* The KEYS section of wisemind(1) in scdoc, from the same table. */
void ui_keys_man(struct str *out);

#endif
