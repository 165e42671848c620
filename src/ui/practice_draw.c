/* Drawing the guided exercise: the step's words above, the block's own
 * part below (a countdown, the breathing pacer, a field, a rating, a
 * menu). Cautions are drawn first, in the alert role, and stay in view
 * while the step's timer runs. */
#include <stdio.h>
#include <string.h>

#include "app/card.h"
#include "core/skill_format.h"
#include "ui/practice.h"

/* What the step said before the block on the screen: the text and
 * cautions just before it (the screen shows them with the block that
 * follows, as settle() in screen_practice.c goes on past them). */
static size_t context_from(const struct skill_step *step, size_t block)
{
	size_t from = block;
	while (from > 0 && (step->blocks[from - 1].kind == SKILL_BLOCK_TEXT ||
	                    step->blocks[from - 1].kind == SKILL_BLOCK_CAUTION)) {
		from--;
	}
	return from;
}

static const char *lookup(const char *field, void *data)
{
	return exercise_field(data, field);
}

/* A worksheet shown back: a list in order, or a grid read row by row,
 * each cell under its column's heading, so it fits any width. */
static void show_text(const struct exercise *ex, const struct skill_block *b, struct str *out)
{
	const struct skill_show *s = &b->show;
	struct str cell = {0};
	for (size_t r = s->cols > 1; r < s->rows; r++) {
		for (size_t c = 0; c < s->cols; c++) {
			str_clear(&cell);
			exercise_fill(s->cells[r * s->cols + c], lookup, (void *)ex, &cell);
			if (s->cols == 1) {
				str_appendf(out, "  - %s\n", str_cstr(&cell));
			} else if (c == 0) {
				str_appendf(out, "%s\n", str_cstr(&cell));
			} else {
				str_appendf(out, "    %s: %s\n", s->cells[c], str_cstr(&cell));
			}
		}
		if (s->cols > 1) {
			str_append_char(out, '\n');
		}
	}
	str_wipe(&cell); /* the person's own words */
}

static void block_text(const struct practice *p, const struct skill_block *b, struct str *out)
{
	switch (b->kind) {
	case SKILL_BLOCK_CHOOSE:
	case SKILL_BLOCK_DECIDE:
		str_append(out, p->ex.menu_again ? "Pick another, or go on." : b->text);
		break;
	case SKILL_BLOCK_SHOW:
		str_appendf(out, "%s\n\n", b->text);
		show_text(&p->ex, b, out);
		break;
	case SKILL_BLOCK_RATE:
		str_appendf(out, "%s (0 to %d)", b->text, skill_scale_max(b->scale));
		break;
	default:
		if (b->text != NULL) {
			str_append(out, b->text);
		}
		break;
	}
}

/* The cautions (first) and the words of the screen. */
static void words(const struct practice *p, struct str *cautions, struct str *text)
{
	const struct exercise *ex = &p->ex;
	const struct skill *k = p->skill;
	if (ex->at == EXERCISE_AT_INTRO) {
		for (size_t i = 0; i < k->caution_count; i++) {
			str_appendf(cautions, "%s- %s\n", i == 0 ? "Before you start:\n" : "",
			            k->cautions[i]);
		}
		str_appendf(text, "%s\n\n%s\n", k->summary, k->intro);
		if (ex->offer_count > 0) {
			str_append(text, "\nWhat you wrote last time is kept: at each of those questions it "
			                 "is filled in for you. Keep it, or change it.\n");
		}
		return;
	}
	const struct skill_step *step = exercise_step(ex);
	size_t at = ex->at == EXERCISE_AT_BLOCK ? ex->block : step->block_count;
	for (size_t i = context_from(step, at); i < at; i++) {
		const struct skill_block *b = &step->blocks[i];
		str_appendf(b->kind == SKILL_BLOCK_CAUTION ? cautions : text, "%s%s\n\n",
		            b->kind == SKILL_BLOCK_CAUTION ? "Caution: " : "", b->text);
	}
	if (ex->at == EXERCISE_AT_STEP_END && text->len == 0) {
		str_append(text, "This step is done.");
	}
	if (ex->at == EXERCISE_AT_BLOCK) {
		const struct skill_block *b = exercise_block(ex);
		if (b->kind == SKILL_BLOCK_CAUTION) {
			str_appendf(cautions, "Caution: %s\n", b->text);
		} else {
			block_text(p, b, text);
		}
	}
}

static void draw_scale(struct ui *ui, WINDOW *w, int row, enum skill_scale scale, int value)
{
	for (int v = 0; v <= skill_scale_max(scale); v++) {
		bool on = v == value;
		const char *meaning = skill_scale_words(scale, v);
		wattrset(w, theme_attr(&ui->theme, on ? UI_ROLE_SELECTED : UI_ROLE_TEXT));
		mvwprintw(w, row + v, 3, "%s %2d %s %s", on ? ui->theme.g->marker : " ", v,
		          meaning != NULL ? ui->theme.g->dash : "", meaning != NULL ? meaning : "");
	}
}

static void draw_target(struct ui *ui, WINDOW *w, int row, int width, size_t i, bool selected,
                        void *data)
{
	(void)selected;
	const struct practice *p = data;
	ui_text(ui, w, row, 2, width - 2, 1, selected ? UI_ROLE_SELECTED : UI_ROLE_TEXT,
	        p->card.targets[i].label);
}

static void draw_link(struct ui *ui, WINDOW *w, int row, int width, size_t i, bool selected,
                      void *data)
{
	const struct practice *p = data;
	const struct skill_block *b = exercise_block(&p->ex);
	char line[256];
	if (i < b->link_count) {
		snprintf(line, sizeof(line), "%zu. %s%s", i + 1, b->links[i].label,
		         exercise_chosen(&p->ex, i) ? " (done)" : "");
	} else {
		snprintf(line, sizeof(line), "%s", p->ex.menu_again ? "Go on" : "Go on without one");
	}
	ui_text(ui, w, row, 2, width - 2, 1, selected ? UI_ROLE_SELECTED : UI_ROLE_TEXT, line);
}

/* Rows the block's own part takes at the bottom. */
static int part_rows(const struct practice *p, const struct skill_block *b)
{
	int check_in = exercise_check_in_due(&p->ex) ? 2 : 0;
	if (b->kind == SKILL_BLOCK_RATE && b->scale == SKILL_SCALE_URGE && p->target[0] == '\0') {
		return (int)p->targets.count + 2;
	}
	switch (b->kind) {
	case SKILL_BLOCK_TIMER:
		return 3 + check_in;
	case SKILL_BLOCK_BREATHE:
		return 6 + check_in;
	case SKILL_BLOCK_ASK:
		return 2;
	case SKILL_BLOCK_RATE:
		return skill_scale_max(b->scale) + 2;
	case SKILL_BLOCK_CHOOSE:
	case SKILL_BLOCK_DECIDE:
		return (int)(b->link_count < 7 ? b->link_count + 1 : 8) + 1;
	default:
		return 1;
	}
}

static void draw_part(struct ui *ui, struct practice *p, const struct skill_block *b, WINDOW *w,
                      int row, int rows)
{
	int width = getmaxx(w) - 2;
	if (b->kind == SKILL_BLOCK_RATE && b->scale == SKILL_SCALE_URGE && p->target[0] == '\0') {
		ui_text(ui, w, row, 1, width, 1, UI_ROLE_HINT,
		        "First, which urge is this about? (Up, Down, Enter)");
		p->list_rows = rows - 1;
		ui_list_draw(ui, &p->targets, w, row + 1, rows - 1, draw_target, p);
		return;
	}
	switch (b->kind) {
	case SKILL_BLOCK_TIMER:
		practice_draw_timer(ui, p, w, row);
		break;
	case SKILL_BLOCK_BREATHE:
		practice_draw_pacer(ui, p, w, row);
		break;
	case SKILL_BLOCK_ASK:
		ui_text(ui, w, row + 1, 1, width, 1, UI_ROLE_HINT,
		        p->editing ? "Type your answer; Enter keeps it (empty leaves it out)."
		                   : "Enter goes back to your answer; s skips this step; q stops.");
		ui_edit_draw(ui, &p->edit, w, row, 1, width); /* last: the cursor stays here */
		break;
	case SKILL_BLOCK_RATE:
		ui_text(ui, w, row, 1, width, 1, UI_ROLE_HINT,
		        p->rating < 0 ? "A number, or Up and Down, then Enter (Enter alone leaves it)."
		                      : "Enter keeps this rating.");
		draw_scale(ui, w, row + 1, b->scale, p->rating);
		break;
	case SKILL_BLOCK_CHOOSE:
	case SKILL_BLOCK_DECIDE:
		p->list_rows = rows - 1;
		ui_list_draw(ui, &p->menu, w, row, rows - 1, draw_link, p);
		break;
	default:
		ui_text(ui, w, row, 1, width, 1, UI_ROLE_HINT,
		        b->kind == SKILL_BLOCK_CAUTION
		            ? "Press Enter once you have read this, or s to skip this step."
		            : "Enter goes on; r repeats this step, b goes back, q stops.");
		break;
	}
}

/* The bold phrases of the words shown (as words() picks them), in
 * order, at most max. */
static size_t shown_bold(const struct practice *p, char **out, size_t max)
{
	const struct exercise *ex = &p->ex;
	const struct skill *k = p->skill;
	size_t n = 0;
	if (ex->at == EXERCISE_AT_INTRO) {
		for (size_t i = 0; i < k->intro_bold_count && n < max; i++) {
			out[n++] = k->intro_bold[i];
		}
		return n;
	}
	const struct skill_step *step = exercise_step(ex);
	size_t at = ex->at == EXERCISE_AT_BLOCK ? ex->block : step->block_count;
	for (size_t b = context_from(step, at); b < at; b++) {
		for (size_t i = 0; i < step->blocks[b].bold_count && n < max; i++) {
			out[n++] = step->blocks[b].bold[i];
		}
	}
	return n;
}

/* Cautions in the alert role, then the words, scrolling, in rows
 * [row, bottom). */
static void draw_words(struct ui *ui, struct practice *p, WINDOW *w, int row, int bottom)
{
	struct str cautions = {0}, text = {0};
	words(p, &cautions, &text);
	int width = getmaxx(w) - 2;
	if (cautions.len > 0) {
		row += ui_text(ui, w, row, 1, width, bottom - row, UI_ROLE_ALERT, str_cstr(&cautions));
		row++;
	}
	if (bottom - row > 0) {
		WINDOW *area = derwin(w, bottom - row, getmaxx(w), row, 0);
		if (area != NULL) {
			char *bold[32];
			size_t bold_count = shown_bold(p, bold, 32);
			/* At the introduction, after the summary. */
			const char *intro = p->ex.at == EXERCISE_AT_INTRO
			                        ? strstr(str_cstr(&text), p->skill->intro) : NULL;
			size_t from = intro != NULL ? (size_t)(intro - str_cstr(&text)) : 0;
			ui_textview_draw_bold(ui, &p->tv, area, 0, str_cstr(&text), bold, bold_count, from);
			delwin(area);
		}
	}
	str_finish(&cautions);
	str_wipe(&text);
}

static void title(struct ui *ui, const struct practice *p, WINDOW *w)
{
	const struct exercise *ex = &p->ex;
	char line[256];
	if (p->phase == PRACTICE_RUN && ex->at != EXERCISE_AT_INTRO && ex->at != EXERCISE_AT_END) {
		snprintf(line, sizeof(line), "%s: step %zu of %zu, %s", p->skill->name, ex->step + 1,
		         p->skill->step_count, exercise_step(ex)->title);
	} else {
		snprintf(line, sizeof(line), "%s", p->skill->name);
	}
	ui_text(ui, w, 0, 1, getmaxx(w) - 2, 1, UI_ROLE_TITLE, line);
}

static void draw_run(struct ui *ui, struct practice *p, WINDOW *w)
{
	int rows = getmaxy(w);
	const struct exercise *ex = &p->ex;
	if (ex->at == EXERCISE_AT_BLOCK) {
		const struct skill_block *b = exercise_block(ex);
		int part = part_rows(p, b);
		draw_words(ui, p, w, 2, rows - part - 1);
		draw_part(ui, p, b, w, rows - part, part);
		return;
	}
	draw_words(ui, p, w, 2, rows - 2);
	bool last = ex->at == EXERCISE_AT_STEP_END && ex->step + 1 == p->skill->step_count &&
	            !exercise_step(ex)->in_menu;
	ui_text(ui, w, rows - 1, 1, getmaxx(w) - 2, 1, UI_ROLE_HINT,
	        ex->at == EXERCISE_AT_INTRO ? "Press Enter to begin, or q to stop."
	        : last ? "Enter finishes; r repeats this step, b goes back, q stops."
	               : "Enter: the next step; r repeats this step, b goes back, q stops.");
}

static void draw_after(struct ui *ui, struct practice *p, WINDOW *w)
{
	int width = getmaxx(w) - 2;
	int row = 2 + ui_text(ui, w, 2, 1, width, 3, UI_ROLE_TEXT,
	                      "How strong is the urge now? 0 to 5: a digit, or Up and Down, then "
	                      "Enter. Enter alone leaves it.");
	draw_scale(ui, w, row + 1, SKILL_SCALE_URGE, p->after);
}

static void end_words(struct ui *ui, struct practice *p, struct str *out)
{
	const struct exercise *ex = &p->ex;
	enum exercise_end end = exercise_end_reason(ex);
	if (exercise_ended_high(ex)) {
		str_appendf(out, "You stayed with %s. It is still very hard right now, and that is "
		                 "not your fault.\n", p->skill->name);
	} else if (end == EXERCISE_FINISHED) {
		str_appendf(out, "You finished %s. Well done for taking the time.\n", p->skill->name);
	} else if (end == EXERCISE_SWITCHED) {
		str_appendf(out, "You left %s to try another skill.\n", p->skill->name);
	} else {
		str_append(out, "You stopped the practice. That's okay: come back to it any time.\n");
	}
	for (size_t i = 0; i < ex->rating_count; i++) {
		const struct exercise_rating *r = &ex->ratings[i];
		str_appendf(out, "%s  %s %d of %d\n", i == 0 ? "\nYour ratings:\n" : "", r->rate->text,
		            r->value, skill_scale_max(r->rate->scale));
	}
	str_append_char(out, '\n');
	if (ex->visits == 0) {
		str_append(out, "Nothing was practised, so nothing was kept.\n");
	} else if (ui->session == NULL) {
		str_append(out, "Your diary is locked, so this practice and your answers were not "
		                "kept. Urge ratings are kept in the locked inbox.\n");
	} else if (p->logged && ex->answer_count == 0) {
		str_append(out, "Saved in your diary.\n");
	} else if (p->logged) {
		str_appendf(out, "Saved in your diary, with %zu answer%s.\n", ex->answer_count,
		            ex->answer_count == 1 ? "" : "s");
	} else {
		str_appendf(out, "%s\n", str_cstr(&p->log_why));
	}
	if (exercise_ended_high(ex)) {
		str_append(out, "\nPlease reach out now: you do not have to face this alone.\n\n");
		app_crisis_card(&ui->app, out);
	} else if (p->skill->for_crisis || p->follows_urge) {
		str_append_char(out, '\n');
		app_crisis_card_short(&ui->app, out);
	}
}

static void draw_switch(struct ui *ui, WINDOW *w, int row, int width, size_t i, bool selected,
                        void *data)
{
	const struct practice *p = data;
	char line[256];
	snprintf(line, sizeof(line), "%s: %s", p->switch_to[i]->name, p->switch_to[i]->summary);
	ui_text(ui, w, row, 2, width - 2, 1, selected ? UI_ROLE_SELECTED : UI_ROLE_TEXT, line);
}

static void draw_done(struct ui *ui, struct practice *p, WINDOW *w)
{
	int rows = getmaxy(w);
	int width = getmaxx(w) - 2;
	int part = p->switches.count > 0 ? (int)p->switches.count + 2 : 1;
	struct str text = {0};
	end_words(ui, p, &text);
	WINDOW *area = derwin(w, rows - part - 3, getmaxx(w), 2, 0);
	if (area != NULL) {
		ui_textview_draw(ui, &p->tv, area, 0, str_cstr(&text));
		delwin(area);
	}
	str_finish(&text);
	if (p->switches.count > 0) {
		ui_text(ui, w, rows - part, 1, width, 1, UI_ROLE_HINT,
		        "Which skill now? Up, Down and Enter start one; Esc goes back.");
		p->list_rows = part - 1;
		ui_list_draw(ui, &p->switches, w, rows - part + 1, part - 1, draw_switch, p);
	} else {
		ui_text(ui, w, rows - 1, 1, width, 1, UI_ROLE_HINT,
		        p->log_failed ? "r tries to save again; Enter or Esc goes back."
		                      : "Enter or Esc goes back.");
	}
}

void practice_draw(struct ui *ui, struct practice *p, WINDOW *w)
{
	if (p->skill == NULL) {
		char line[160];
		snprintf(line, sizeof(line), "There is no skill \"%s\" in the library. Esc goes back.",
		         p->skill_id);
		ui_text(ui, w, 2, 1, getmaxx(w) - 2, 3, UI_ROLE_TEXT, line);
		return;
	}
	title(ui, p, w);
	switch (p->phase) {
	case PRACTICE_RUN:
		draw_run(ui, p, w);
		break;
	case PRACTICE_AFTER:
		draw_after(ui, p, w);
		break;
	case PRACTICE_DONE:
		draw_done(ui, p, w);
		break;
	}
}
