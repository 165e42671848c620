#ifndef WISEMIND_UI_TUI_STATE_H
#define WISEMIND_UI_TUI_STATE_H

#include <stdbool.h>

#include "app/app.h"
#include "ui/keys.h"
#include "ui/term.h"

enum ui_screen {
	UI_SCREEN_HOME,
	UI_SCREEN_CRISIS,
	UI_SCREEN_HELP,
	UI_SCREEN_COUNTRY, /* first run: confirm the country for crisis lines */
};

/* What an action asks of the main loop; only the loop repaints. */
enum ui_reaction {
	UI_REACT_NONE = 0,
	UI_REACT_REDRAW = 1 << 0,
	UI_REACT_QUIT = 1 << 1,
};

struct tui {
	struct app app;
	struct term term;
	enum ui_screen screen;
	enum ui_screen back;   /* where Esc returns from crisis or help */
	int scroll;            /* first line shown on a text page */
	int page_lines;        /* lines the current text page has */
	char typed[48];        /* the country screen's input: a code or a name */
	char pending[COUNTRY_CODE_SIZE]; /* read from typed, waiting for Enter to save */
	struct str message;    /* one line for the person: saved, or what went wrong */
	struct str status;     /* the first warning, short, for the status line */
};

/* Screens draw the whole of stdscr below the title for the current state. */
void ui_home_draw(struct tui *t);
void ui_crisis_draw(struct tui *t);
void ui_help_draw(struct tui *t);
void ui_country_draw(struct tui *t);

/* Keys on the country screen: letters go to the input, Enter confirms,
 * Esc skips for now, ! still opens the crisis lines. */
enum ui_reaction ui_country_key(struct tui *t, int key);

/* Draws text wrapped to width columns from row, col, in at most max_rows
 * rows, folded to ASCII when the terminal cannot show UTF-8. Returns the
 * rows drawn. */
int ui_text_draw(struct tui *t, int row, int col, int width, int max_rows, const char *text);

/* Rows (0 to 2) above the hint bar that the status line takes: a warning
 * about the person's own files stays where the person is looking. */
int ui_status_rows(const struct tui *t);

/* Draws text wrapped to the screen from line top, scrolled by t->scroll,
 * and records its length in t->page_lines. */
void ui_page_draw(struct tui *t, int top, const char *text);

/* Applies an action to the state; returns what the loop must do. */
enum ui_reaction ui_handle(struct tui *t, enum ui_action action);

#endif
