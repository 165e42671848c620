#ifndef WISEMIND_UI_CLASS_H
#define WISEMIND_UI_CLASS_H

#include "app/group.h"
#include "core/lesson.h"
#include "ui/ui.h"

/* The presenter for a skills group (wisemind class): the screen's
 * operations and keys (screen_class.c) and its drawing (class_draw.c,
 * with big_digits.c for the countdown). The way through the skills is
 * core/lesson.c's; the clock is ui->now_ms. */

/* Text for a room is wrapped to at most this many columns, whatever the
 * window. */
#define CLASS_TEXT_COLS 60

struct class_screen {
	const struct app_group *group;
	struct lesson lesson;
	int scroll;   /* rows of a long page scrolled past */
	int hidden;   /* rows of the page below the window at the last draw */
	bool held;    /* the timer waits under another screen (ui_timer_cover) */
};

void class_draw(struct ui *ui, struct class_screen *c, WINDOW *w);

#endif
