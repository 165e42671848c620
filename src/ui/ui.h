#ifndef WISEMIND_UI_UI_H
#define WISEMIND_UI_UI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/app.h"
#include "app/error.h"
#include "app/skills.h"
#include "ui/curses.h"
#include "ui/keys.h"
#include "ui/theme.h"

/* The full-screen program's frame (STYLE.md "The screen"): screens are
 * tables of operations on a stack; one loop reads a key with a timeout,
 * gives global keys their turn, then the top screen's, ticks on a
 * timeout, and repaints once. Only the loop repaints. */

struct session;
struct ui;

/* What a key or a tick asks of the loop. */
enum ui_reaction {
	UI_REACT_NONE = 0,
	UI_REACT_REDRAW = 1 << 0,
	UI_REACT_QUIT = 1 << 1,
};

/* A screen. state_size bytes of zeroed state are given to enter, and
 * freed after leave. Any operation may be NULL. */
struct ui_screen {
	const char *name;
	/* Where keys are read, most specific first (UI_CTX_COUNT ends). */
	enum ui_context contexts[4];
	size_t state_size;
	/* Draws even below 80x24 (the crisis lines). */
	bool any_size;
	/* Nothing on the screen at all, not even the bars; every key is the
	 * screen's (quick-hide). */
	bool blank;
	void (*enter)(struct ui *ui, void *state, const void *arg);
	void (*leave)(struct ui *ui, void *state);
	/* The window changed size (also called once after enter). */
	void (*layout)(struct ui *ui, void *state, int lines, int cols);
	/* Draws into win, the space between the title and the hint bar. */
	void (*draw)(struct ui *ui, void *state, WINDOW *win);
	/* An action from the key map (UI_ACTION_NONE for an unbound key),
	 * with the key itself for text. */
	enum ui_reaction (*key)(struct ui *ui, void *state, enum ui_action action,
	                        const struct ui_event *ev);
	/* Called on every pass of the loop (ui->now_ms has the time). */
	enum ui_reaction (*tick)(struct ui *ui, void *state);
	/* True while typing: global keys are characters then. */
	bool (*typing)(const void *state);
	/* True while a timer or the pacer runs: no idle lock then. */
	bool (*busy)(const void *state);
	/* True while the screen shows the crisis lines: drawn at any size,
	 * and no idle lock then. */
	bool (*shows_crisis)(const void *state);
	/* Another screen was put over this one (covered), or this one is on
	 * top again: a running timer waits under the crisis lines, so the
	 * person comes back to exactly where they were. */
	void (*cover)(struct ui *ui, void *state, bool covered);
	/* Whether the hint bar shows context's keys now (NULL: always). */
	bool (*hints_now)(const void *state, enum ui_context context);
	/* Milliseconds until the screen wants a tick (0: no wish). */
	int (*tick_ms)(const void *state);
	/* Before the diary locks: keeps unsaved work durably as a draft.
	 * False with err when it could not. */
	bool (*keep)(struct ui *ui, void *state, struct app_error *err);
};

struct ui_frame {
	const struct ui_screen *screen;
	void *state;
	bool covered; /* another screen is over it */
};

#define UI_STACK_MAX 16

/* How the loop reads keys and time: the terminal and the clock, or a
 * test's script (tests/tui/headless.c). */
struct ui_io {
	/* Waits up to timeout_ms for a key; false on timeout. */
	bool (*read)(struct ui *ui, struct ui_event *ev, int timeout_ms);
	uint64_t (*now_ms)(struct ui *ui);
	void *data;
};

/* Set by the test build before wisemind_main, NULL in the program. */
extern const struct ui_io *ui_test_io;

struct ui {
	struct app app;
	struct session *session; /* NULL while locked */
	struct theme theme;
	const struct ui_io *io;
	struct ui_frame stack[UI_STACK_MAX];
	size_t depth;
	struct str status;       /* one line at the bottom: a notice or what went wrong */
	bool status_alert;
	uint64_t now_ms;
	uint64_t last_key_ms;    /* for the idle lock */
	size_t warnings_said;    /* of app.warnings, those already on the status line */
	bool hidden;             /* quick-hide: a blank screen until a key */
	bool quit;
	bool kept_failed;        /* a draft could not be kept: the diary stays open, hidden */
	struct str kept_why;
	WINDOW *body;
	/* The skill library, loaded once, the first time a screen needs it:
	 * ui_skills. */
	struct app_skills skills;
	/* The presenter for a group (wisemind class): no diary is opened,
	 * nothing is written, and the crisis lines are the country's only,
	 * never the person's own safety-plan lines. */
	bool room;
};

/* The skill library (the built-in skills and the person's own), shared
 * by every screen; loaded on first use. */
const struct skill_library *ui_skills(struct ui *ui);

/* The stack. push and replace copy arg's meaning to the screen's enter
 * (it may keep the pointer only during enter). */
void ui_push(struct ui *ui, const struct ui_screen *screen, const void *arg);
void ui_pop(struct ui *ui);
void ui_replace(struct ui *ui, const struct ui_screen *screen, const void *arg);
/* Pops every screen above the bottom one, then replaces that. */
void ui_reset(struct ui *ui, const struct ui_screen *screen, const void *arg);
struct ui_frame *ui_top(struct ui *ui);
/* Whether screen is open anywhere on the stack. */
bool ui_on_stack(const struct ui *ui, const struct ui_screen *screen);

/* The status line: what is true now (alert: went wrong). */
void ui_say(struct ui *ui, bool alert, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void ui_say_error(struct ui *ui, const char *before, const struct app_error *err);

/* What went wrong and, when there is one, the next step, worded for the
 * screen (app_error_describe's sentence; capital: its first letter upper
 * case), with no full stop. Every screen says an error through this. */
void ui_error_sentence(const struct app_error *err, bool capital, struct str *out);
/* "WHAT was NOT saved: why" (what NULL: "Not saved: why"), why from
 * ui_error_sentence with its own leading "not saved: " dropped, so that it
 * is said once. */
void ui_not_saved_sentence(const char *what, const struct app_error *err, struct str *out);
/* The same, then ". again": how to try again where the person is ("s
 * tries again."), the reason's own "try again" left out, so it is said
 * once (front_not_saved_again). */
void ui_not_saved_again(const char *what, const struct app_error *err, const char *again,
                        struct str *out);

/* Keeps every open screen's work as a draft, saves, then closes the diary
 * (wiping it and its keys) and shows the locked screen. When a draft
 * cannot be kept, the diary stays open in memory and false is returned;
 * the reason is in ui->kept_why, said when the person returns. */
bool ui_lock(struct ui *ui);

/* Keeps every open screen's work, saves and closes the diary; false
 * (the diary still open, the reason in kept_why) when the work could
 * not be kept. */
bool ui_close_session(struct ui *ui);

/* Leaves every screen. */
void ui_clear(struct ui *ui);

/* The loop; returns when the person quits or a signal comes. */
void ui_loop(struct ui *ui);

/* Unlocked: the diary was opened (by unlock or first run). */
void ui_unlocked(struct ui *ui, struct session *s);

#endif
