#include <stdlib.h>
#include <string.h>

#include "app/secret.h"
#include "core/text_width.h"
#include "ui/widgets.h"

bool ui_edit_init(struct ui_edit *e, size_t cap, bool masked)
{
	memset(e, 0, sizeof(*e));
	e->masked = masked;
	if (masked) {
		/* Straight into locked, wiped memory: a passphrase never sits in
		 * the ordinary heap. */
		e->buf = app_secret_buffer();
		cap = APP_SECRET_MAX + 1;
	} else {
		e->buf = calloc(cap, 1);
	}
	if (e->buf == NULL) {
		return false;
	}
	e->cap = cap;
	e->buf[0] = '\0';
	return true;
}

void ui_edit_clear(struct ui_edit *e)
{
	if (e->buf != NULL) {
		app_wipe(e->buf, e->cap);
	}
	e->len = 0;
	e->cursor = 0;
	e->full = false;
}

void ui_edit_set(struct ui_edit *e, const char *text)
{
	ui_edit_clear(e);
	size_t n = strlen(text);
	if (n >= e->cap) {
		n = e->cap - 1;
		while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) {
			n--;
		}
	}
	memcpy(e->buf, text, n);
	e->buf[n] = '\0';
	e->len = n;
	e->cursor = n;
}

void ui_edit_finish(struct ui_edit *e)
{
	if (e->buf == NULL) {
		return;
	}
	if (e->masked) {
		app_secret_free(e->buf);
	} else {
		app_wipe(e->buf, e->cap);
		free(e->buf);
	}
	memset(e, 0, sizeof(*e));
}

bool ui_edit_take_secret(struct ui_edit *e, char **text, size_t *len)
{
	char *fresh = app_secret_buffer();
	if (fresh == NULL) {
		return false;
	}
	*text = e->buf;
	*len = e->len;
	e->buf = fresh;
	e->buf[0] = '\0';
	e->len = 0;
	e->cursor = 0;
	return true;
}

static size_t prev_char(const struct ui_edit *e, size_t at)
{
	while (at > 0) {
		at--;
		if (((unsigned char)e->buf[at] & 0xC0) != 0x80) {
			break;
		}
	}
	return at;
}

static size_t next_char(const struct ui_edit *e, size_t at)
{
	if (at < e->len) {
		at++;
	}
	while (at < e->len && ((unsigned char)e->buf[at] & 0xC0) == 0x80) {
		at++;
	}
	return at;
}

/* A code point as UTF-8; 0 for one that is not a character. */
static size_t encode(unsigned cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF) {
		return 0;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp <= 0x10FFFF) {
		out[0] = (char)(0xF0 | (cp >> 18));
		out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[3] = (char)(0x80 | (cp & 0x3F));
		return 4;
	}
	return 0;
}

static enum ui_edit_result insert(struct ui_edit *e, unsigned cp)
{
	char bytes[4];
	size_t n = cp >= 0x20 && cp != 0x7F ? encode(cp, bytes) : 0;
	if (n == 0) {
		return UI_EDIT_NONE;
	}
	if (e->len + n >= e->cap) {
		e->full = true;
		return UI_EDIT_CHANGED;
	}
	memmove(e->buf + e->cursor + n, e->buf + e->cursor, e->len - e->cursor + 1);
	memcpy(e->buf + e->cursor, bytes, n);
	e->len += n;
	e->cursor += n;
	app_wipe(bytes, sizeof(bytes));
	return UI_EDIT_CHANGED;
}

static void erase_range(struct ui_edit *e, size_t from, size_t to)
{
	memmove(e->buf + from, e->buf + to, e->len - to + 1);
	e->len -= to - from;
	/* What moved down leaves a copy of its tail behind: wipe it. */
	app_wipe(e->buf + e->len + 1, to - from);
}

enum ui_edit_result ui_edit_key(struct ui_edit *e, enum ui_action action,
                                const struct ui_event *ev)
{
	e->full = false;
	switch (action) {
	case UI_ACTION_EDIT_LEFT:
		e->cursor = prev_char(e, e->cursor);
		return UI_EDIT_CHANGED;
	case UI_ACTION_EDIT_RIGHT:
		e->cursor = next_char(e, e->cursor);
		return UI_EDIT_CHANGED;
	case UI_ACTION_EDIT_HOME:
		e->cursor = 0;
		return UI_EDIT_CHANGED;
	case UI_ACTION_EDIT_END:
		e->cursor = e->len;
		return UI_EDIT_CHANGED;
	case UI_ACTION_EDIT_ERASE:
		if (e->cursor > 0) {
			size_t from = prev_char(e, e->cursor);
			erase_range(e, from, e->cursor);
			e->cursor = from;
		}
		return UI_EDIT_CHANGED;
	case UI_ACTION_EDIT_DELETE:
		if (e->cursor < e->len) {
			erase_range(e, e->cursor, next_char(e, e->cursor));
		}
		return UI_EDIT_CHANGED;
	case UI_ACTION_EDIT_DONE:
		return UI_EDIT_DONE;
	case UI_ACTION_EDIT_CANCEL:
		return UI_EDIT_CANCEL;
	default:
		break;
	}
	if (ev->fn) {
		return UI_EDIT_NONE;
	}
	return insert(e, (unsigned)ev->code);
}

/* Columns of the text from byte from to byte to. */
static int columns(const struct ui_edit *e, size_t from, size_t to)
{
	return (int)text_width_utf8(e->buf + from, to - from);
}

void ui_edit_draw(struct ui *ui, const struct ui_edit *e, WINDOW *w, int row, int col, int width)
{
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_SELECTED));
	mvwhline(w, row, col, ' ', width);
	if (e->masked) {
		/* Nothing of a passphrase is shown, not even how long it is. */
		wmove(w, row, col);
		return;
	}
	/* Scroll sideways so the cursor stays in view: the characters before
	 * it, back from it, that fit; then those after it that fit. Each
	 * character is measured once, so a long pasted note stays quick. */
	int room = width - 1;
	size_t start = e->cursor;
	int used = 0;
	while (start > 0) {
		size_t before = prev_char(e, start);
		int cw = columns(e, before, start);
		if (used + cw > room) {
			break;
		}
		used += cw;
		start = before;
	}
	size_t end = e->cursor;
	while (end < e->len) {
		size_t after = next_char(e, end);
		int cw = columns(e, end, after);
		if (used + cw > room) {
			break;
		}
		used += cw;
		end = after;
	}
	if (ui->theme.utf8) {
		mvwaddnstr(w, row, col, e->buf + start, (int)(end - start));
	} else {
		/* A terminal without UTF-8 gets a ? per character it cannot show. */
		int x = col;
		for (size_t i = start; i < end; i = next_char(e, i)) {
			unsigned char c = (unsigned char)e->buf[i];
			mvwaddch(w, row, x++, c < 0x80 ? c : '?');
		}
	}
	int cursor_col = ui->theme.utf8 ? columns(e, start, e->cursor) : 0;
	if (!ui->theme.utf8) {
		for (size_t i = start; i < e->cursor; i = next_char(e, i)) {
			cursor_col++;
		}
	}
	wmove(w, row, col + cursor_col);
}
