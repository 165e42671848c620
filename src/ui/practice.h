#ifndef WISEMIND_UI_PRACTICE_H
#define WISEMIND_UI_PRACTICE_H

#include <stdbool.h>

#include "app/clock.h"
#include "app/practice_urge.h"
#include "app/skills.h"
#include "core/card_template.h"
#include "core/exercise.h"
#include "ui/ui.h"
#include "ui/widgets.h"

/* The guided exercise on the screen: the screen's operations
 * (screen_practice.c), its keys (practice_keys.c), drawing
 * (practice_draw.c, and practice_pacer.c for the countdown and the
 * breathing pacer), and what is kept: the log, urge ratings and the
 * after-rating (practice_record.c).
 * Every rule is the engine's (core/exercise.h); these files render what
 * it says the person is at and tell it what they did, with ui->now_ms as
 * its only clock. */

enum practice_phase {
	PRACTICE_RUN,    /* the engine's intro, blocks and step ends */
	PRACTICE_AFTER,  /* at the end, after an urge: how strong is it now? */
	PRACTICE_DONE,   /* how it went, what was kept */
};

#define PRACTICE_SWITCH_MAX 6

struct practice {
	const struct skill *skill;
	char skill_id[APP_URGE_SKILL_ID_MAX + 1];
	bool started;
	enum practice_phase phase;
	struct exercise ex;
	char started_at[APP_TIME_ISO_SIZE];

	/* The urge: given by the urge it follows, or picked at the first
	 * rating; pu.id the urge logged, so later ratings are after-ratings. */
	bool follows_urge;
	char target[CARD_ID_MAX + 1];
	struct app_practice_urge pu;
	struct card_template card;
	struct ui_list targets;

	/* The block on screen, to start its widgets afresh on a new one. */
	unsigned seen_visit;
	size_t seen_step, seen_block;
	enum exercise_at seen_at;
	bool seen_menu_again;

	struct ui_textview tv;
	struct ui_edit edit;
	bool editing;
	bool held;           /* the timer waits under another screen */
	int rating;          /* -1: none picked yet */
	bool rating_one;     /* the last digit was 1: a 0 next makes 10 */
	struct ui_list menu;
	int list_rows;

	/* The end. */
	int after;           /* -1: none picked yet */
	bool logged;         /* session_practice_log succeeded */
	bool log_failed;
	struct str log_why;
	const struct skill *switch_to[PRACTICE_SWITCH_MAX];
	struct ui_list switches;
};

/* After every move of the engine: goes on past what needs no key of its
 * own, notices the end, and starts a new block's widgets afresh. */
void practice_settle(struct ui *ui, struct practice *p);

/* The keys of each phase (practice_keys.c). */
enum ui_reaction practice_run_key(struct ui *ui, struct practice *p, enum ui_action action,
                                  const struct ui_event *ev);
enum ui_reaction practice_after_key(struct ui *ui, struct practice *p, enum ui_action action,
                                    const struct ui_event *ev);
enum ui_reaction practice_done_key(struct ui *ui, struct practice *p, enum ui_action action);

/* The countdown, and the breathing pacer, from row of w down. */
void practice_draw_timer(struct ui *ui, struct practice *p, WINDOW *w, int row);
void practice_draw_pacer(struct ui *ui, struct practice *p, WINDOW *w, int row);

/* Draws the practice into w. */
void practice_draw(struct ui *ui, struct practice *p, WINDOW *w);

/* True while a timer or the pacer counts down. */
bool practice_timer_running(const struct practice *p);

/* Keeps the practice in the open diary (finished as the engine says,
 * unless partly is true), with what the editor holds as one more answer
 * when partly. True when it is saved; false with err (and the reason in
 * p->log_why). Locked, or nothing practised yet: false, err untouched. */
bool practice_log(struct ui *ui, struct practice *p, bool partly, struct app_error *err);

/* Records an urge rating given during the practice, and shows the crisis
 * panel with what became of it. */
void practice_urge_rated(struct ui *ui, struct practice *p, int value);

/* Records the after-rating at the end, and shows the crisis panel. */
void practice_after_rated(struct ui *ui, struct practice *p);

/* The skills offered after a switch: the one a link names, else the
 * skill's related crisis skills, then STOP, TIP and paced breathing. */
void practice_switch_options(struct ui *ui, struct practice *p);

#endif
