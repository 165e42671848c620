#ifndef WISEMIND_UI_WIDGETS_H
#define WISEMIND_UI_WIDGETS_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/ui.h"

/* Small parts every screen draws with. Text is always measured in
 * display columns and wrapped by core/wrap.c, folded to ASCII when the
 * terminal cannot show UTF-8. */

/* Draws text wrapped to width from row, col, in at most max_rows rows, in
 * role; returns the rows drawn. */
int ui_text(struct ui *ui, WINDOW *w, int row, int col, int width, int max_rows,
            enum ui_role role, const char *text);

/* The number of rows text takes at width. */
int ui_text_rows(const struct ui *ui, int width, const char *text);
/* text on one line width columns wide; when it is longer, cut at a word
 * (or inside one that is longer than the line) and ended with the
 * theme's ellipsis, so a name cut short says so. */
void ui_text_line(struct ui *ui, WINDOW *w, int row, int col, int width, enum ui_role role,
                  const char *text);

/* One line centred in w at row (cut to the window's width). */
void ui_center(struct ui *ui, WINDOW *w, int row, enum ui_role role, const char *text);

/* Scrolling text: a page longer than its window, moved by Up, Down,
 * PageUp, PageDown. */
struct ui_textview {
	int scroll;
	int lines; /* of the last draw */
	int rows;  /* shown at the last draw */
	/* The mark when the page goes on, NULL: "(more: Down)" (a screen
	 * whose Down moves something else names its own key). */
	const char *more;
};

/* Draws text from row to the bottom of w; a "more" mark when it goes on. */
void ui_textview_draw(struct ui *ui, struct ui_textview *tv, WINDOW *w, int row,
                      const char *text);

/* The same, with the phrases of bold (Markdown's **strong**, in the
 * text's order, all at or after byte bold_from of text) drawn bold. */
void ui_textview_draw_bold(struct ui *ui, struct ui_textview *tv, WINDOW *w, int row,
                           const char *text, char *const *bold, size_t bold_count,
                           size_t bold_from);
/* True when action moved the page. */
bool ui_textview_key(struct ui_textview *tv, enum ui_action action);

/* A rating being chosen, 0 to max (value -1: none yet): a digit picks it
 * (1 then 0 makes 10 on a scale that goes to 10), Up, Left or - lowers
 * it, Down, Right or + raises it (from none, either starts at 0). One
 * way for every rating on the screen: the quick urge's, a practice's
 * and the rating after a skill. */
struct ui_rating {
	int value;
	int max;
	bool one; /* the last key was the digit 1 */
};

enum ui_rating_result {
	UI_RATING_NONE,    /* not a rating's key */
	UI_RATING_CHANGED, /* value is the new rating */
	UI_RATING_BEYOND,  /* a digit above max: nothing changed; say the scale */
};

enum ui_rating_result ui_rating_key(struct ui_rating *r, enum ui_action action,
                                    const struct ui_event *ev);

/* A list knows nothing of what it lists: it keeps the selection and the
 * first row shown; a callback draws each row. */
struct ui_list {
	size_t count;
	size_t selected;
	size_t top;
};

typedef void ui_row_fn(struct ui *ui, WINDOW *w, int row, int width, size_t index,
                       bool selected, void *data);

void ui_list_draw(struct ui *ui, struct ui_list *list, WINDOW *w, int row, int rows,
                  ui_row_fn *fn, void *data);
/* True when action moved the selection. */
bool ui_list_key(struct ui_list *list, enum ui_action action, int rows);

/* A line editor for wide characters. Masked: shows nothing of what is
 * typed but its length, and keeps it in secure memory (a passphrase). */
struct ui_edit {
	char *buf;      /* UTF-8, NUL-terminated */
	size_t cap;     /* bytes, with the NUL */
	size_t len;
	size_t cursor;  /* a byte offset at a character's start */
	bool masked;
	bool full;      /* the last key did not fit */
};

enum ui_edit_result {
	UI_EDIT_NONE,    /* not a key for the editor */
	UI_EDIT_CHANGED,
	UI_EDIT_DONE,    /* Enter */
	UI_EDIT_CANCEL,  /* Esc */
};

/* cap: most bytes kept. False when out of (secure) memory. */
bool ui_edit_init(struct ui_edit *e, size_t cap, bool masked);
void ui_edit_set(struct ui_edit *e, const char *text);
/* Takes action (in UI_CTX_TEXT) or a printable character. */
enum ui_edit_result ui_edit_key(struct ui_edit *e, enum ui_action action,
                                const struct ui_event *ev);
/* Draws the field at row, col in width columns, with the cursor shown. */
void ui_edit_draw(struct ui *ui, const struct ui_edit *e, WINDOW *w, int row, int col, int width);
/* Empties the field (wiping it). */
void ui_edit_clear(struct ui_edit *e);
/* Wipes and frees. */
void ui_edit_finish(struct ui_edit *e);
/* Hands a masked field's secure buffer to the caller (who must finish
 * it) and leaves the field empty with a new one; false when out of
 * memory. */
bool ui_edit_take_secret(struct ui_edit *e, char **text, size_t *len);

/* A sparkline of count values from 0 to max, one glyph each (the theme's
 * eight levels, ASCII when the terminal has no UTF-8); a value below 0
 * (not filled in) is a space, never the lowest level, so a gap is not
 * read as a calm day. */
void ui_sparkline(const struct theme *theme, const int *values, size_t count, int max,
                  struct str *out);

#endif
