/* What a practice on the screen keeps: the practice and its answers in
 * the open diary, and every urge rating at once, open or locked, with
 * the crisis panel after each (DESIGN.md §2.2). */
#include <stdlib.h>
#include <string.h>

#include "app/practice.h"
#include "app/urge.h"
#include "ui/practice.h"
#include "ui/screens.h"

bool practice_log(struct ui *ui, struct practice *p, bool partly, struct app_error *err)
{
	const struct exercise *ex = &p->ex;
	if (ui->session == NULL || !p->started || ex->visits == 0) {
		return false; /* locked, or nothing practised yet */
	}
	bool finished = !partly && ex->at == EXERCISE_AT_END &&
	                exercise_end_reason(ex) == EXERCISE_FINISHED;
	/* Kept part way (the diary locks): the answer being typed too. */
	const char *pending = partly && p->edit.len > 0 ? p->edit.buf : NULL;
	bool ok = session_practice_log_exercise(ui->session, ex, p->started_at, ui->now_ms,
	                                        finished, pending, err);
	str_clear(&p->log_why);
	if (!ok) {
		ui_not_saved_again("This practice", err, "It is still here: press r to try again.",
		                   &p->log_why);
	}
	return ok;
}

/* What became of an urge rating, in one sentence for the crisis panel. */
static void said(struct ui *ui, bool ok, const struct app_urge_result *result,
                 struct app_error *err, struct str *out)
{
	if (ok && (result->locked || ui->session == NULL)) {
		str_append(out, "Urge rating kept in the locked inbox: it joins your diary the next "
		                "time you unlock it.");
	} else if (ok) {
		str_append(out, "Urge rating saved in your diary.");
	} else {
		ui_not_saved_sentence("This urge rating", err, out);
		str_append(out, ". The crisis lines are below.");
	}
}

/* The crisis panel, which copies what it shows when it opens. */
static void show_panel(struct ui *ui, const struct app_urge_result *result, const char *status)
{
	ui_push(ui, &ui_screen_urge, &(struct ui_urge_arg){result, status});
}

void practice_urge_rated(struct ui *ui, struct practice *p, int value)
{
	struct app_urge_result result = {0};
	struct app_error err = {0};
	p->pu.skill = p->skill->id;
	p->pu.target = p->target;
	bool ok = app_practice_urge_rate(&ui->app, ui->session, &p->pu, value, &result, &err);
	struct str status = {0};
	said(ui, ok, &result, &err, &status);
	app_error_finish(&err);
	show_panel(ui, &result, str_cstr(&status));
	str_finish(&status);
}

void practice_after_rated(struct ui *ui, struct practice *p)
{
	struct app_urge_result result = {0};
	struct app_error err = {0};
	const char *id = p->pu.id[0] != '\0' ? p->pu.id : NULL;
	bool ok = ui->session != NULL
	                  ? session_urge_after(ui->session, id, p->after, p->skill->id, &result, &err)
	                  : app_urge_after_locked(&ui->app, id, p->after, p->skill->id, &result,
	                                          &err);
	struct str status = {0};
	if (ok) {
		str_append(&status, ui->session != NULL
		                        ? "How the urge is now is saved in your diary."
		                        : "How the urge is now is kept in the locked inbox: it joins "
		                          "your diary the next time you unlock it.");
	} else {
		said(ui, false, &result, &err, &status);
	}
	app_error_finish(&err);
	show_panel(ui, &result, str_cstr(&status));
	str_finish(&status);
}

static void offer(struct practice *p, const struct skill *s)
{
	size_t n = p->switches.count;
	if (s == NULL || s == p->skill || n >= PRACTICE_SWITCH_MAX) {
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (p->switch_to[i] == s) {
			return;
		}
	}
	p->switch_to[p->switches.count++] = s;
}

void practice_switch_options(struct ui *ui, struct practice *p)
{
	const struct skill_library *lib = ui_skills(ui);
	p->switches = (struct ui_list){0};
	if (p->ex.switch_to != NULL) {
		offer(p, skill_library_find(lib, p->ex.switch_to));
		return;
	}
	for (size_t i = 0; i < p->skill->related_count; i++) {
		const struct skill *s = skill_library_find(lib, p->skill->related[i]);
		if (s != NULL && s->for_crisis) {
			offer(p, s);
		}
	}
	static const char *const crisis[] = {"stop", "tip", "paced-breathing"};
	for (size_t i = 0; i < sizeof(crisis) / sizeof(crisis[0]); i++) {
		offer(p, skill_library_find(lib, crisis[i]));
	}
}
