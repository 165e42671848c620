#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/session.h"
#include "front/not_saved.h"
#include "ui/screens.h"
#include "ui/ui.h"

const struct skill_library *ui_skills(struct ui *ui)
{
	return app_skills_get(&ui->app, &ui->skills);
}

struct ui_frame *ui_top(struct ui *ui)
{
	return ui->depth > 0 ? &ui->stack[ui->depth - 1] : NULL;
}

bool ui_on_stack(const struct ui *ui, const struct ui_screen *screen)
{
	for (size_t i = 0; i < ui->depth; i++) {
		if (ui->stack[i].screen == screen) {
			return true;
		}
	}
	return false;
}

/* Tells the top screen whether another is over it, once per change. */
static void cover_top(struct ui *ui, bool covered)
{
	struct ui_frame *f = ui_top(ui);
	if (f == NULL || f->covered == covered) {
		return;
	}
	f->covered = covered;
	if (f->screen->cover != NULL) {
		f->screen->cover(ui, f->state, covered);
	}
}

static void enter(struct ui *ui, const struct ui_screen *screen, const void *arg)
{
	cover_top(ui, true);
	struct ui_frame *f = &ui->stack[ui->depth++];
	f->covered = false;
	f->screen = screen;
	f->state = calloc(1, screen->state_size > 0 ? screen->state_size : 1);
	if (f->state == NULL) {
		/* Out of memory: nothing can be drawn; the loop ends and the
		 * terminal is put back. */
		ui->depth--;
		ui->quit = true;
		cover_top(ui, false);
		return;
	}
	if (screen->enter != NULL) {
		screen->enter(ui, f->state, arg);
	}
	if (screen->layout != NULL && ui_top(ui) == f) {
		screen->layout(ui, f->state, LINES, COLS);
	}
}

static void leave(struct ui *ui)
{
	struct ui_frame *f = &ui->stack[--ui->depth];
	if (f->screen->leave != NULL) {
		f->screen->leave(ui, f->state);
	}
	free(f->state);
	f->state = NULL;
	f->screen = NULL;
}

void ui_push(struct ui *ui, const struct ui_screen *screen, const void *arg)
{
	if (ui->depth == UI_STACK_MAX) {
		/* Deep enough: the new screen takes the top one's place. */
		leave(ui);
	}
	enter(ui, screen, arg);
}

void ui_pop(struct ui *ui)
{
	if (ui->depth > 1) {
		leave(ui);
		cover_top(ui, false);
		struct ui_frame *f = ui_top(ui);
		if (f->screen->layout != NULL) {
			f->screen->layout(ui, f->state, LINES, COLS);
		}
	} else {
		ui->quit = true;
	}
}

void ui_replace(struct ui *ui, const struct ui_screen *screen, const void *arg)
{
	if (ui->depth > 0) {
		leave(ui);
	}
	enter(ui, screen, arg);
}

void ui_reset(struct ui *ui, const struct ui_screen *screen, const void *arg)
{
	while (ui->depth > 0) {
		leave(ui);
	}
	enter(ui, screen, arg);
}

void ui_say(struct ui *ui, bool alert, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[1024];
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	str_clear(&ui->status);
	str_append(&ui->status, buf);
	ui->status_alert = alert;
}

/* The next step, worded for the screen: what exists where the person is
 * (a key here, or a command in a terminal). */
static void next_step(enum next_step step, struct str *out)
{
	switch (step) {
	case NEXT_NONE:
		return;
	case NEXT_INIT:
		str_append(out, "; quit, and wisemind (or wisemind init) creates one");
		return;
	case NEXT_PASSWD:
		str_append(out, "; to change the passphrase, run wisemind passwd in a terminal");
		return;
	case NEXT_RECOVERY_KEY:
		str_append(out, "; wisemind recovery-key, in a terminal, makes a new recovery key");
		return;
	case NEXT_UNLOCK:
		str_append(out, "; unlocking once (Enter on the locked screen) repairs it");
		return;
	case NEXT_KEEP_DATA:
		str_append(out, "; keep the data folder as it is, and do not make a new diary");
		return;
	case NEXT_DATA_DIR:
		str_append(out, "; set HOME, or start wisemind with --data-dir");
		return;
	case NEXT_THRESHOLDS:
		str_append(out, "; the settings (e on today's screen) show them");
		return;
	case NEXT_SKILLS:
		str_append(out, "; the skills (s on today's screen) list them");
		return;
	case NEXT_HOMEWORK:
		str_append(out, "; the homework (h on today's screen) lists it");
		return;
	case NEXT_CURRICULUM:
		return; /* only the commands name a plan */
	}
}

void ui_error_sentence(const struct app_error *err, bool capital, struct str *out)
{
	size_t from = out->len;
	app_error_describe(err, out);
	if (capital && out->len > from && out->buf[from] >= 'a' && out->buf[from] <= 'z') {
		out->buf[from] = (char)(out->buf[from] - 'a' + 'A');
	}
	next_step(app_error_next(err), out);
}

void ui_not_saved_sentence(const char *what, const struct app_error *err, struct str *out)
{
	struct str why = {0};
	ui_error_sentence(err, false, &why);
	front_not_saved(what, str_cstr(&why), out);
	str_finish(&why);
}

void ui_not_saved_again(const char *what, const struct app_error *err, const char *again,
                        struct str *out)
{
	struct str why = {0};
	ui_error_sentence(err, false, &why);
	front_not_saved_again(what, str_cstr(&why), again, out);
	str_finish(&why);
}

void ui_say_error(struct ui *ui, const char *before, const struct app_error *err)
{
	str_clear(&ui->status);
	str_append(&ui->status, before);
	ui_error_sentence(err, false, &ui->status);
	str_append_char(&ui->status, '.');
	ui->status_alert = true;
}

/* Every open screen keeps its work first, top down; the diary is saved
 * once with all of it. */
static bool keep_all(struct ui *ui, struct app_error *err)
{
	for (size_t i = ui->depth; i-- > 0;) {
		struct ui_frame *f = &ui->stack[i];
		if (f->screen->keep != NULL && !f->screen->keep(ui, f->state, err)) {
			return false;
		}
	}
	return session_save(ui->session, err);
}

bool ui_close_session(struct ui *ui)
{
	if (ui->session == NULL) {
		return true;
	}
	struct app_error err = {0};
	if (!keep_all(ui, &err)) {
		str_clear(&ui->kept_why);
		str_append(&ui->kept_why, "Your unsaved work could not be kept as a draft (");
		ui_error_sentence(&err, false, &ui->kept_why);
		str_append(&ui->kept_why, ").");
		app_error_finish(&err);
		ui->kept_failed = true;
		return false;
	}
	ui->kept_failed = false;
	session_close(ui->session);
	ui->session = NULL;
	return true;
}

bool ui_lock(struct ui *ui)
{
	if (ui->session == NULL) {
		return true;
	}
	if (!ui_close_session(ui)) {
		/* Nothing typed may be lost: the diary stays open behind the
		 * locked screen, which still asks for the passphrase and says
		 * why when the person comes back (once, however often a lock
		 * is tried again). */
		if (!ui_on_stack(ui, &ui_screen_unlock)) {
			ui_push(ui, &ui_screen_unlock, NULL);
		}
		return false;
	}
	ui_reset(ui, &ui_screen_unlock, NULL);
	ui_say(ui, false, "Saved and locked.");
	/* The skills that came with homework are the diary's: no therapy
	 * text stays in memory once it is locked (the library is read again
	 * when a screen needs it). After the reset: no screen holds a skill
	 * now. */
	app_skills_finish(&ui->skills);
	ui->skills = (struct app_skills){0};
	return true;
}

void ui_clear(struct ui *ui)
{
	while (ui->depth > 0) {
		leave(ui);
	}
}
