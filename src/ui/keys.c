#include "ui/keys.h"

#include <string.h>

#include "ui/curses.h"

static const char *const action_labels[UI_ACTION_COUNT] = {
#define X(name, label, help) [UI_ACTION_##name] = label,
	UI_ACTIONS(X)
#undef X
};

static const char *const action_helps[UI_ACTION_COUNT] = {
#define X(name, label, help) [UI_ACTION_##name] = help,
	UI_ACTIONS(X)
#undef X
};

static const char *const context_names[UI_CTX_COUNT] = {
#define X(name, what) [UI_CTX_##name] = what,
	UI_CONTEXTS(X)
#undef X
};

/* The key map: {context, action, code, function key, label, in the hint
 * bar}. A key missing here does nothing; a key here is on the help screen
 * and in the man page. Within a context a key means one thing. */
#define C(ctx, act, code, label, hint) {UI_CTX_##ctx, UI_ACTION_##act, code, false, label, hint},
#define F(ctx, act, code, label, hint) {UI_CTX_##ctx, UI_ACTION_##act, code, true, label, hint},
const struct ui_key ui_keys[] = {
	C(ALWAYS, CRISIS, UI_CTRL('g'), "Ctrl-G", true)
	C(ALWAYS, HIDE, UI_CTRL('x'), "Ctrl-X", false)
	C(GLOBAL, CRISIS, '!', "!", true)
	C(GLOBAL, HELP, '?', "?", true)
	F(GLOBAL, HELP, KEY_F(1), "F1", false)
	C(GLOBAL, LOCK, 'L', "L", false)

	F(MOVE, UP, KEY_UP, "Up", false)
	C(MOVE, UP, 'k', "k", false)
	F(MOVE, DOWN, KEY_DOWN, "Down", false)
	C(MOVE, DOWN, 'j', "j", false)
	F(MOVE, PAGE_UP, KEY_PPAGE, "PageUp", false)
	F(MOVE, PAGE_DOWN, KEY_NPAGE, "PageDown", false)
	C(MOVE, PAGE_DOWN, ' ', "Space", false)
	C(MOVE, OPEN, '\n', "Enter", true)
	C(MOVE, OPEN, '\r', "Return", false)
	F(MOVE, OPEN, KEY_ENTER, "KeypadEnter", false)
	C(MOVE, BACK, 27, "Esc", true)
	F(MOVE, BACK, KEY_LEFT, "Left", false)
	F(MOVE, BACK, KEY_BACKSPACE, "Backspace", false)
	C(MOVE, BACK, 'q', "q", false)

	/* A page only to read: nothing to open, so Enter is not offered. */
	F(READ, UP, KEY_UP, "Up", false)
	C(READ, UP, 'k', "k", false)
	F(READ, DOWN, KEY_DOWN, "Down", false)
	C(READ, DOWN, 'j', "j", false)
	F(READ, PAGE_UP, KEY_PPAGE, "PageUp", false)
	F(READ, PAGE_DOWN, KEY_NPAGE, "PageDown", false)
	C(READ, PAGE_DOWN, ' ', "Space", false)
	C(READ, BACK, 27, "Esc", true)
	F(READ, BACK, KEY_LEFT, "Left", false)
	F(READ, BACK, KEY_BACKSPACE, "Backspace", false)
	C(READ, BACK, 'q', "q", false)

	C(TODAY, CARD, 'c', "c", true)
	C(TODAY, URGE, 'u', "u", true)
	C(TODAY, SKILLS, 's', "s", true)
	C(TODAY, STRUGGLING, 'n', "n", true)
	C(TODAY, HOMEWORK, 'h', "h", false)
	C(TODAY, WEEK, 'w', "w", false)
	C(TODAY, PLAN, 'p', "p", false)
	C(TODAY, SETTINGS, 'e', "e", false)
	C(TODAY, COUNTRY, 'o', "o", false)
	C(TODAY, LOCK, 'l', "l", true)
	C(TODAY, QUIT, 'q', "q", true)

	C(UNLOCK, UNLOCK, '\n', "Enter", true)
	C(UNLOCK, UNLOCK, '\r', "Return", false)
	C(UNLOCK, URGE, 'u', "u", true)
	C(UNLOCK, COUNTRY, 'o', "o", false)
	C(UNLOCK, QUIT, 'q', "q", true)
	C(UNLOCK_PASSPHRASE, RECOVERY, 'r', "r", true)
	C(UNLOCK_RECOVERY, PASSPHRASE, 'r', "r", true)

	C(CRISIS, COUNTRY, 'o', "o", false)

	C(SETUP, QUIT, 'q', "q", true)
	C(SETUP, GO_ON, '\n', "Enter", true)
	C(SETUP, GO_ON, '\r', "Return", false)

	C(QUESTION, YES, '\n', "Enter", true)
	C(QUESTION, YES, '\r', "Return", false)
	C(QUESTION, YES, 'y', "y", false)
	C(QUESTION, NO, 'n', "n", true)

	C(CARD, SAVE, 's', "s", true)
	C(CARD, PREV_DAY, '[', "[", true)
	C(CARD, NEXT_DAY, ']', "]", true)
	C(CARD, CLEAR, 'x', "x", false)
	F(CARD, CLEAR, KEY_DC, "Delete", false)
	C(CARD, OPEN, '\n', "Enter", false)
	C(CARD, BACK, 27, "Esc", true)
	F(CARD, UP, KEY_UP, "Up", false)
	F(CARD, DOWN, KEY_DOWN, "Down", false)
	C(CARD, DOWN, '\t', "Tab", false)
	F(CARD, UP, KEY_BTAB, "Shift-Tab", false)

	C(CARD, YES, 'y', "y", false)
	C(CARD, NO, 'n', "n", false)

	C(RATING, NUMBER, '0', "0", false)
	C(RATING, NUMBER, '1', "1", false)
	C(RATING, NUMBER, '2', "2", false)
	C(RATING, NUMBER, '3', "3", false)
	C(RATING, NUMBER, '4', "4", false)
	C(RATING, NUMBER, '5', "5", false)
	C(RATING, NUMBER, '6', "6", false)
	C(RATING, NUMBER, '7', "7", false)
	C(RATING, NUMBER, '8', "8", false)
	C(RATING, NUMBER, '9', "9", false)
	F(RATING, LESS, KEY_LEFT, "Left", false)
	C(RATING, LESS, '-', "-", false)
	F(RATING, MORE, KEY_RIGHT, "Right", false)
	C(RATING, MORE, '+', "+", false)

	C(SKILL, PRACTISE, 'p', "p", true)

	C(PRACTICE, GO_ON, '\n', "Enter", true)
	C(PRACTICE, GO_ON, '\r', "Return", false)
	F(PRACTICE, GO_ON, KEY_ENTER, "KeypadEnter", false)
	C(PRACTICE, SKIP, 's', "s", true)
	C(PRACTICE, REPEAT, 'r', "r", false)
	C(PRACTICE, BACK, 'b', "b", false)
	C(PRACTICE, STOP, 'q', "q", true)
	C(PRACTICE, STOP, 27, "Esc", false)
	F(PRACTICE, UP, KEY_UP, "Up", false)
	F(PRACTICE, DOWN, KEY_DOWN, "Down", false)

	C(TIMER, PAUSE, 'p', "p", true)
	C(TIMER, PACE_SLOWER, '-', "-", false)
	C(TIMER, PACE_FASTER, '+', "+", false)

	F(TEXT, EDIT_LEFT, KEY_LEFT, "Left", false)
	F(TEXT, EDIT_RIGHT, KEY_RIGHT, "Right", false)
	F(TEXT, EDIT_HOME, KEY_HOME, "Home", false)
	C(TEXT, EDIT_HOME, UI_CTRL('a'), "Ctrl-A", false)
	F(TEXT, EDIT_END, KEY_END, "End", false)
	C(TEXT, EDIT_END, UI_CTRL('e'), "Ctrl-E", false)
	F(TEXT, EDIT_ERASE, KEY_BACKSPACE, "Backspace", false)
	C(TEXT, EDIT_ERASE, 127, "Del", false)
	C(TEXT, EDIT_ERASE, 8, "Ctrl-H", false)
	F(TEXT, EDIT_DELETE, KEY_DC, "Delete", false)
	C(TEXT, EDIT_DONE, '\n', "Enter", true)
	C(TEXT, EDIT_DONE, '\r', "Return", false)
	C(TEXT, EDIT_CANCEL, 27, "Esc", true)

	/* The week (screen_week.c). */
	F(WEEK, PREV_WEEK, KEY_LEFT, "Left", true)
	C(WEEK, PREV_WEEK, '[', "[", false)
	F(WEEK, NEXT_WEEK, KEY_RIGHT, "Right", true)
	C(WEEK, NEXT_WEEK, ']', "]", false)
	C(WEEK, BACK, 27, "Esc", true)
	C(WEEK, GO_WEEK, 'g', "g", true)

	/* The safety plan (screen_plan.c). The hints that fit in 80 columns,
	 * most needed first; Enter is said on the screen itself. Its y/n
	 * questions read the QUESTION keys, Enter among them. */
	C(PLAN, SAVE, 's', "s", true)
	C(PLAN, ADD, 'a', "a", true)
	C(PLAN, BACK, 27, "Esc", true)
	C(PLAN, SHOW_LOCKED, 'v', "v", true)
	C(PLAN, REMOVE, 'd', "d", true)
	F(PLAN, REMOVE, KEY_DC, "Delete", false)
	C(PLAN, EDIT, '\n', "Enter", false)
	C(PLAN, EDIT, '\r', "Return", false)

	/* The settings (screen_settings.c). */
	C(SETTINGS, EDIT, '\n', "Enter", true)
	C(SETTINGS, EDIT, '\r', "Return", false)
	C(SETTINGS, BACK, 27, "Esc", true)

	/* The homework (screen_homework.c): Enter (MOVE's open) practises
	 * too; a digit practises that skill of the selected homework. Its
	 * y/n question reads the QUESTION keys. */
	C(HOMEWORK, PRACTISE, 'p', "p", true)
	C(HOMEWORK, HOMEWORK_DONE, 'd', "d", true)
	C(HOMEWORK, NUMBER, '1', "1", false)
	C(HOMEWORK, NUMBER, '2', "2", false)
	C(HOMEWORK, NUMBER, '3', "3", false)
	C(HOMEWORK, NUMBER, '4', "4", false)
	C(HOMEWORK, NUMBER, '5', "5", false)
	C(HOMEWORK, NUMBER, '6', "6", false)
	C(HOMEWORK, NUMBER, '7', "7", false)
	C(HOMEWORK, NUMBER, '8', "8", false)

	/* The presenter for a group (screen_class.c). Enter starts a timer
	 * or the pacer, and elsewhere goes on as Space does; a digit picks
	 * from a menu. */
	C(CLASS_TIMER, START, '\n', "Enter", true)
	C(CLASS_TIMER, START, '\r', "Return", false)
	F(CLASS_TIMER, START, KEY_ENTER, "KeypadEnter", false)
	C(CLASS_TIMER, PAUSE, 'p', "p", true)
	C(CLASS_TIMER, PACE_SLOWER, '-', "-", false)
	C(CLASS_TIMER, PACE_FASTER, '+', "+", false)
	C(CLASS, NEXT, ' ', "Space", true)
	F(CLASS, NEXT, KEY_RIGHT, "Right", false)
	C(CLASS, NEXT, 'n', "n", false)
	F(CLASS, NEXT, KEY_NPAGE, "PageDown", false)
	C(CLASS, PREVIOUS, 'b', "b", true)
	F(CLASS, PREVIOUS, KEY_LEFT, "Left", false)
	F(CLASS, PREVIOUS, KEY_PPAGE, "PageUp", false)
	F(CLASS, PREVIOUS, KEY_BACKSPACE, "Backspace", false)
	C(CLASS, NEXT_SKILL, ']', "]", false)
	C(CLASS, PREV_SKILL, '[', "[", false)
	F(CLASS, UP, KEY_UP, "Up", false)
	F(CLASS, DOWN, KEY_DOWN, "Down", false)
	C(CLASS, NUMBER, '1', "1", false)
	C(CLASS, NUMBER, '2', "2", false)
	C(CLASS, NUMBER, '3', "3", false)
	C(CLASS, NUMBER, '4', "4", false)
	C(CLASS, NUMBER, '5', "5", false)
	C(CLASS, NUMBER, '6', "6", false)
	C(CLASS, NUMBER, '7', "7", false)
	C(CLASS, NUMBER, '8', "8", false)
	C(CLASS, NUMBER, '9', "9", false)
	C(CLASS, QUIT, 'q', "q", true)
};
#undef C
#undef F
const size_t ui_key_count = sizeof(ui_keys) / sizeof(ui_keys[0]);

const char *ui_action_label(enum ui_action action)
{
	return action > UI_ACTION_NONE && action < UI_ACTION_COUNT ? action_labels[action] : "";
}

const char *ui_action_help(enum ui_action action)
{
	return action > UI_ACTION_NONE && action < UI_ACTION_COUNT ? action_helps[action] : "";
}

const char *ui_context_name(enum ui_context context)
{
	return context < UI_CTX_COUNT ? context_names[context] : "";
}

enum ui_action ui_keys_lookup(enum ui_context context, const struct ui_event *ev)
{
	for (size_t i = 0; i < ui_key_count; i++) {
		const struct ui_key *k = &ui_keys[i];
		if (k->context == context && k->code == ev->code && k->fn == ev->fn) {
			return k->action;
		}
	}
	return UI_ACTION_NONE;
}

const char *ui_keys_label(enum ui_context context, enum ui_action action)
{
	for (size_t i = 0; i < ui_key_count; i++) {
		if (ui_keys[i].context == context && ui_keys[i].action == action) {
			return ui_keys[i].label;
		}
	}
	return NULL;
}

/* Calls fn for each action bound in context, in the order of its first
 * key, with its keys' labels joined by ", ". */
typedef void keys_fn(enum ui_context context, enum ui_action action, const char *labels,
                     void *data);

static void each_action(enum ui_context context, keys_fn *fn, void *data)
{
	bool seen[UI_ACTION_COUNT] = {false};
	for (size_t i = 0; i < ui_key_count; i++) {
		const struct ui_key *k = &ui_keys[i];
		if (k->context != context || seen[k->action]) {
			continue;
		}
		seen[k->action] = true;
		struct str labels = {0};
		for (size_t j = i; j < ui_key_count; j++) {
			if (ui_keys[j].context == context && ui_keys[j].action == k->action) {
				str_appendf(&labels, "%s%s", labels.len > 0 ? ", " : "", ui_keys[j].label);
			}
		}
		fn(context, k->action, str_cstr(&labels), data);
		str_finish(&labels);
	}
}

static void describe_line(enum ui_context context, enum ui_action action, const char *labels,
                          void *data)
{
	(void)context;
	str_appendf(data, "  %-22s %s\n", labels, ui_action_help(action));
}

void ui_keys_describe(struct str *out)
{
	for (int c = 0; c < UI_CTX_COUNT; c++) {
		str_appendf(out, "%s%c%s:\n", c > 0 ? "\n" : "", context_names[c][0] - 32,
		            context_names[c] + 1);
		each_action((enum ui_context)c, describe_line, out);
	}
}

/* The hinted label of action in context, or NULL. */
static const char *hint_label(enum ui_context context, enum ui_action action)
{
	for (size_t i = 0; i < ui_key_count; i++) {
		const struct ui_key *k = &ui_keys[i];
		if (k->context == context && k->action == action && k->hint) {
			return k->label;
		}
	}
	return NULL;
}

/* Adds a context's hints that fit in width columns (labels are ASCII),
 * in order, the most needed first: at the first that does not fit, the
 * bar is full (false), never cut in a hint. An action that
 * also has a hinted key in also is hinted with both ("!/Ctrl-G"), so the
 * key that works everywhere is in sight on every screen. */
static bool hint_context(struct str *out, enum ui_context context, enum ui_context also,
                         size_t width)
{
	for (size_t i = 0; i < ui_key_count; i++) {
		const struct ui_key *k = &ui_keys[i];
		if (k->context != context || !k->hint) {
			continue;
		}
		const char *other = also < UI_CTX_COUNT ? hint_label(also, k->action) : NULL;
		struct str hint = {0};
		str_appendf(&hint, "%s%s%s %s", k->label, other != NULL ? "/" : "",
		            other != NULL ? other : "", ui_action_label(k->action));
		/* A key the screen's contexts share is hinted once. */
		bool shown = strstr(str_cstr(out), str_cstr(&hint)) != NULL;
		bool fits = out->len + (out->len > 0 ? 2 : 0) + hint.len <= width;
		if (!shown && fits) {
			str_appendf(out, "%s%s", out->len > 0 ? "  " : "", str_cstr(&hint));
		}
		str_finish(&hint);
		if (!shown && !fits) {
			return false; /* full: the hints after it are less needed */
		}
	}
	return true;
}

void ui_keys_hints(const enum ui_context *contexts, size_t count, bool typing, size_t width,
                   struct str *out)
{
	bool room = typing ? hint_context(out, UI_CTX_ALWAYS, UI_CTX_COUNT, width)
	                   : hint_context(out, UI_CTX_GLOBAL, UI_CTX_ALWAYS, width);
	for (size_t i = 0; room && i < count; i++) {
		room = hint_context(out, contexts[i], UI_CTX_COUNT, width);
	}
}

static void man_line(enum ui_context context, enum ui_action action, const char *labels,
                     void *data)
{
	(void)context;
	str_appendf(data, "|  %s\n:  %s\n", labels, ui_action_help(action));
}

void ui_keys_man(struct str *out)
{
	str_append(out, "# KEYS\n\n"
	                "The screen's keys, by where they work. The help screen (*?*) shows "
	                "the same list.\n");
	for (int c = 0; c < UI_CTX_COUNT; c++) {
		str_appendf(out, "\n%c%s:\n\n[[ *Key*\n:< *Action*\n", context_names[c][0] - 32,
		            context_names[c] + 1);
		each_action((enum ui_context)c, man_line, out);
	}
	str_append(out, "\n");
}
