#include <time.h>

#include "core/text_width.h"

#include "app/signals.h"
#include "ui/screens.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#define TICK_MS 1000

/* The terminal and the clock. Keys are read as bytes (function keys
 * decoded by curses) and UTF-8 is put together here: curses's own
 * get_wch stops delivering keys after one byte that is not UTF-8 (or not
 * ASCII, in the C locale), so a stray byte would leave the person unable
 * to type, or to reach the crisis lines. A sequence that is not UTF-8 is
 * dropped whole. */
static int next_byte(void)
{
	timeout(0);
	return getch();
}

static bool utf8_key(int lead, struct ui_event *ev)
{
	int more = (lead & 0xE0) == 0xC0 ? 1 : (lead & 0xF0) == 0xE0 ? 2
	           : (lead & 0xF8) == 0xF0 ? 3 : -1;
	if (more < 0) {
		return false; /* a continuation byte, or 0xF8-0xFF: never a start */
	}
	char bytes[4] = {(char)lead};
	for (int i = 1; i <= more; i++) {
		int b = next_byte();
		if (b == ERR || (b & 0xC0) != 0x80 || b > 0xFF) {
			if (b != ERR && (b & 0xC0) != 0x80) {
				ungetch(b); /* the start of the next key */
			}
			return false;
		}
		bytes[i] = (char)b;
	}
	unsigned cp = 0;
	if (text_decode(bytes, (size_t)more + 1, &cp) != (size_t)more + 1) {
		return false; /* overlong, a surrogate, or beyond U+10FFFF */
	}
	ev->code = (int)cp;
	ev->fn = false;
	return true;
}

static bool term_read(struct ui *ui, struct ui_event *ev, int timeout_ms)
{
	(void)ui;
	timeout(timeout_ms);
	int c = getch();
	if (c == ERR) {
		return false;
	}
	if (c >= KEY_MIN) {
		ev->code = c;
		ev->fn = true;
		return true;
	}
	if (c < 0x80) {
		ev->code = c;
		ev->fn = false;
		return true;
	}
	/* Not UTF-8: nothing is given, as if no key came. */
	return utf8_key(c, ev);
}

static uint64_t term_now(struct ui *ui)
{
	(void)ui;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static const struct ui_io term_io = {.read = term_read, .now_ms = term_now};
const struct ui_io *ui_test_io;

static bool shows_crisis(const struct ui_frame *f)
{
	return f->screen->shows_crisis != NULL && f->screen->shows_crisis(f->state);
}

static bool too_small(const struct ui_frame *f)
{
	return !f->screen->any_size && !shows_crisis(f) && (COLS < 80 || LINES < 24);
}

/* Typing into a field on the screen. Not while the window is too small
 * to show it: then ! is the crisis lines, as the screen says. */
static bool typing(struct ui_frame *f)
{
	return f->screen->typing != NULL && f->screen->typing(f->state) && !too_small(f);
}

/* The status line above the hints: up to three rows, so a sentence that
 * says what went wrong and what to do is read whole. */
static int status_rows(struct ui *ui)
{
	if (ui->status.len == 0 || LINES < 8) {
		return 0;
	}
	int rows = ui_text_rows(ui, COLS - 2, str_cstr(&ui->status));
	return rows < 3 ? rows : 3;
}

static void draw_bars(struct ui *ui, struct ui_frame *f)
{
	wattrset(stdscr, theme_attr(&ui->theme, UI_ROLE_TITLE));
	mvwaddstr(stdscr, 0, 1, "wisemind");
	struct str hints = {0};
	size_t width = COLS > 2 ? (size_t)COLS - 2 : 1;
	/* The hints of the contexts that apply now (a timer's keys only while
	 * there is a timer). */
	enum ui_context shown[4];
	size_t n = 0;
	for (size_t i = 0; i < 4; i++) {
		enum ui_context c = f->screen->contexts[i];
		if (c == UI_CTX_COUNT || (i > 0 && c == 0)) {
			break;
		}
		if (f->screen->hints_now == NULL || f->screen->hints_now(f->state, c)) {
			shown[n++] = c;
		}
	}
	static const enum ui_context text[] = {UI_CTX_TEXT};
	if (too_small(f)) {
		ui_keys_hints(NULL, 0, false, width, &hints);
	} else if (typing(f)) {
		ui_keys_hints(text, 1, true, width, &hints);
	} else {
		ui_keys_hints(shown, n, false, width, &hints);
	}
	ui_text(ui, stdscr, LINES - 1, 1, COLS - 2, 1, UI_ROLE_HINT, str_cstr(&hints));
	str_finish(&hints);
	int rows = status_rows(ui);
	if (rows > 0) {
		ui_text(ui, stdscr, LINES - 1 - rows, 1, COLS - 2, rows,
		        ui->status_alert ? UI_ROLE_ALERT : UI_ROLE_GOOD, str_cstr(&ui->status));
	}
}

static void draw(struct ui *ui)
{
	struct ui_frame *f = ui_top(ui);
	werase(stdscr);
	if (ui->hidden || f == NULL || f->screen->blank) {
		/* Quick-hide: nothing at all on the screen. */
		wnoutrefresh(stdscr);
		curs_set(0);
		doupdate();
		return;
	}
	draw_bars(ui, f);
	wnoutrefresh(stdscr);
	int rows = LINES - 2 - status_rows(ui);
	if (ui->body != NULL) {
		delwin(ui->body);
	}
	ui->body = rows > 0 ? newwin(rows, COLS, 1, 0) : NULL;
	if (ui->body == NULL) {
		doupdate();
		return;
	}
	if (too_small(f)) {
		ui_center(ui, ui->body, rows / 2 > 0 ? rows / 2 - 1 : 0, UI_ROLE_ALERT,
		          "Too small: make the window at least 80x24. ! crisis lines");
		curs_set(0);
	} else {
		f->screen->draw(ui, f->state, ui->body);
		curs_set(typing(f) ? 1 : 0);
	}
	wnoutrefresh(ui->body);
	doupdate();
}

/* ALWAYS keys, then GLOBAL ones outside a text field. */
static enum ui_reaction global_key(struct ui *ui, struct ui_frame *f, const struct ui_event *ev)
{
	if (f->screen->blank) {
		return UI_REACT_NONE;
	}
	enum ui_action a = ui_keys_lookup(UI_CTX_ALWAYS, ev);
	if (a == UI_ACTION_NONE && !typing(f)) {
		a = ui_keys_lookup(UI_CTX_GLOBAL, ev);
	}
	switch (a) {
	case UI_ACTION_CRISIS:
		if (!shows_crisis(f)) {
			ui_push(ui, &ui_screen_crisis, NULL);
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_HIDE:
		ui->hidden = true;
		draw(ui); /* blank first, at once; then keep and lock behind it */
		ui_lock(ui);
		ui_push(ui, &ui_screen_hidden, NULL);
		ui->hidden = false;
		return UI_REACT_REDRAW;
	case UI_ACTION_HELP:
		if (f->screen != &ui_screen_help) {
			ui_push(ui, &ui_screen_help, NULL);
		}
		return UI_REACT_REDRAW;
	case UI_ACTION_LOCK:
		if (ui->session != NULL) {
			ui_lock(ui);
		}
		return UI_REACT_REDRAW;
	default:
		return UI_REACT_NONE;
	}
}

static enum ui_reaction screen_key(struct ui *ui, struct ui_frame *f, const struct ui_event *ev)
{
	if (f->screen->key == NULL) {
		return UI_REACT_NONE;
	}
	enum ui_action a = UI_ACTION_NONE;
	if (typing(f)) {
		a = ui_keys_lookup(UI_CTX_TEXT, ev);
	}
	for (size_t i = 0; a == UI_ACTION_NONE && i < 4; i++) {
		enum ui_context c = f->screen->contexts[i];
		if (c == UI_CTX_COUNT || (i > 0 && c == 0)) {
			break;
		}
		a = ui_keys_lookup(c, ev);
	}
	/* Too small to draw the screen: only going back, saving what was
	 * typed before it shrank (as going back with changes asks), or
	 * quitting, which need no sight of it. */
	if (too_small(f) && a != UI_ACTION_BACK && a != UI_ACTION_SAVE && a != UI_ACTION_QUIT) {
		return UI_REACT_NONE;
	}
	return f->screen->key(ui, f->state, a, ev);
}

/* A timer, the pacer or the crisis lines on any screen of the stack:
 * the person is there, though no key comes. */
static bool attending(struct ui *ui)
{
	for (size_t i = 0; i < ui->depth; i++) {
		const struct ui_frame *f = &ui->stack[i];
		if (shows_crisis(f) || (f->screen->busy != NULL && f->screen->busy(f->state))) {
			return true;
		}
	}
	return false;
}

static bool idle_lock_due(struct ui *ui)
{
	/* Never during a timer, the pacer or the crisis lines, nor the
	 * moment one ends: the idle time counts from then. */
	if (attending(ui)) {
		ui->last_key_ms = ui->now_ms;
		return false;
	}
	int minutes = ui->app.settings.lock_minutes;
	if (minutes < 1 || minutes > SETTINGS_LOCK_MINUTES_MAX) {
		minutes = SETTINGS_LOCK_MINUTES_DEFAULT;
	}
	if (ui->session == NULL || ui->now_ms - ui->last_key_ms < (uint64_t)minutes * 60000u) {
		return false;
	}
	/* Already behind the locked (or blank) screen, kept open because its
	 * work could not be saved: trying again every second would change
	 * nothing, and must not bring the blank screen back to sight. */
	return !ui_on_stack(ui, &ui_screen_unlock) && !ui_on_stack(ui, &ui_screen_hidden);
}

/* A file found broken while the screen is up (the crisis lines read
 * again for another country) is said where the person is looking, after
 * whatever the screen said, never on stderr behind the screen. */
static bool say_new_warnings(struct ui *ui)
{
	bool said = false;
	for (; ui->warnings_said < ui->app.warnings.count; ui->warnings_said++) {
		struct str summary = {0};
		app_warning_summary(&ui->app.warnings.items[ui->warnings_said], &summary);
		if (summary.len > 0) {
			str_appendf(&ui->status, "%s%s", ui->status.len > 0 ? " " : "", str_cstr(&summary));
			ui->status_alert = true;
			said = true;
		}
		str_finish(&summary);
	}
	return said;
}

static int wait_ms(struct ui_frame *f)
{
	int ms = f != NULL && f->screen->tick_ms != NULL ? f->screen->tick_ms(f->state) : 0;
	return ms > 0 && ms < TICK_MS ? ms : TICK_MS;
}

void ui_loop(struct ui *ui)
{
	ui->io = ui_test_io != NULL ? ui_test_io : &term_io;
	ui->now_ms = ui->io->now_ms(ui);
	ui->last_key_ms = ui->now_ms;
	draw(ui);
	while (!ui->quit && ui->depth > 0) {
		struct ui_frame *f = ui_top(ui);
		struct ui_event ev = {0};
		bool got = ui->io->read(ui, &ev, wait_ms(f));
		ui->now_ms = ui->io->now_ms(ui);
		if (app_signals_pending() != 0) {
			break;
		}
		enum ui_reaction r = UI_REACT_NONE;
		if (got && ev.fn && ev.code == KEY_RESIZE) {
			if (f->screen->layout != NULL) {
				f->screen->layout(ui, f->state, LINES, COLS);
			}
			r = UI_REACT_REDRAW;
		} else if (got) {
			ui->last_key_ms = ui->now_ms;
			/* A notice stays until the next key, unless that key only
			 * opens the crisis lines over it. */
			if (ui_keys_lookup(UI_CTX_ALWAYS, &ev) != UI_ACTION_CRISIS &&
			    ui_keys_lookup(UI_CTX_GLOBAL, &ev) != UI_ACTION_CRISIS) {
				str_clear(&ui->status);
			}
			r = global_key(ui, f, &ev);
			if (r == UI_REACT_NONE && ui_top(ui) == f) {
				r = screen_key(ui, f, &ev);
			}
		}
		f = ui_top(ui);
		if (f != NULL && f->screen->tick != NULL) {
			r |= f->screen->tick(ui, f->state);
		}
		if (say_new_warnings(ui)) {
			r |= UI_REACT_REDRAW;
		}
		if (idle_lock_due(ui)) {
			ui_lock(ui);
			r |= UI_REACT_REDRAW;
		}
		if (r & UI_REACT_QUIT) {
			break;
		}
		if (r & UI_REACT_REDRAW || got) {
			draw(ui);
		}
	}
}
