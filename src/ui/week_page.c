/* The rows of the week view that scroll (ui/week_page.h): the grid's
 * rows and the legend, or for a week with nothing recorded what to do
 * about it; then the skills after which this person's urges dropped most,
 * worded as report --helps words them (front/helps_words.c). */
#include "ui/week_page.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text_width.h"
#include "core/wrap.h"
#include "front/helps_words.h"
#include "ui/widgets.h"

const char *week_page_key(enum ui_context context, enum ui_action action)
{
	const char *label = ui_keys_label(context, action);
	return label != NULL ? label : "?";
}

static void add_line(struct week_page *p, enum week_line_kind kind, size_t at, enum ui_role role,
                     int indent)
{
	if (p->count == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 64;
		struct week_line *grown = realloc(p->lines, cap * sizeof(*grown));
		if (grown == NULL) {
			return; /* a shorter page rather than none */
		}
		p->lines = grown;
		p->cap = cap;
	}
	p->lines[p->count++] = (struct week_line){kind, at, role, indent};
}

/* text wrapped to width - indent, a line each. */
static void add_text(struct ui *ui, struct week_page *p, enum ui_role role, int indent, int width,
                     const char *text)
{
	struct wrapped wr;
	wrap_for_terminal(text, width - indent > 1 ? width - indent : 1, !ui->theme.utf8, &wr);
	for (size_t i = 0; i < wr.count; i++) {
		add_line(p, WEEK_LINE_TEXT, p->text.len, role, indent);
		str_append(&p->text, wr.lines[i]);
		str_append_char(&p->text, '\0');
	}
	wrapped_finish(&wr);
}

static void add_legend(struct ui *ui, struct week_page *p, const struct week_grid *g, int width)
{
	const char *dot = ui->theme.g->empty;
	struct str t = {0};
	str_appendf(&t,
	            "2/4: 2 on the card, 4 the highest urge logged that day. A dot (%s) is "
	            "not filled in.",
	            dot);
	if (g->spark) {
		const struct glyphs *glyph = ui->theme.g;
		str_appendf(&t,
		            " Sparklines: each week's highest, from %s (0) to %s (5), over the "
		            "%d weeks up to this one; a gap is a week with nothing recorded.",
		            glyph->spark[0], glyph->spark[7], APP_WEEK_TREND_WEEKS);
	}
	if (week_grid_has_words(g)) {
		str_append(&t, " *: written in words; that day's card has them.");
	}
	add_line(p, WEEK_LINE_BLANK, 0, UI_ROLE_TEXT, 0);
	add_text(ui, p, UI_ROLE_HINT, 0, width, str_cstr(&t));
	str_finish(&t);
}

static void add_empty(struct ui *ui, struct week_page *p, const struct app_week *w, int width)
{
	char what[160], how[256];
	if (w->current) {
		snprintf(what, sizeof(what),
		         "Nothing is recorded this week yet: no diary card is "
		         "filled in and no urge is logged.");
	} else {
		snprintf(what, sizeof(what),
		         "Nothing was recorded in the week %s: no diary card was "
		         "filled in and no urge was logged.",
		         w->week);
	}
	add_text(ui, p, UI_ROLE_TEXT, 0, width, what);
	snprintf(how, sizeof(how),
	         "To fill in a card, %s goes back to today, where %s opens today's diary card; "
	         "on the card, %s goes back a day at a time.",
	         week_page_key(UI_CTX_WEEK, UI_ACTION_BACK),
	         week_page_key(UI_CTX_TODAY, UI_ACTION_CARD),
	         week_page_key(UI_CTX_CARD, UI_ACTION_PREV_DAY));
	add_line(p, WEEK_LINE_BLANK, 0, UI_ROLE_TEXT, 0);
	add_text(ui, p, UI_ROLE_TEXT, 0, width, how);
}

/* A skill's name from the library, else its id. */
static const char *skill_name(struct ui *ui, const char *id)
{
	const struct skill *sk = skill_library_find(ui_skills(ui), id);
	return sk != NULL && sk->name != NULL ? sk->name : id;
}

/* The skills after which urges dropped most (what report --helps says),
 * the top few, or why there is too little data to tell. */
static void add_helps(struct ui *ui, struct week_page *p, const struct app_week *w, int width)
{
	const struct helps *h = &w->helps;
	struct str t = {0};
	add_line(p, WEEK_LINE_BLANK, 0, UI_ROLE_TEXT, 0);
	add_text(ui, p, UI_ROLE_TITLE, 0, width, "Helped most");
	if (w->helps_top == 0) {
		front_helps_too_little(h, &t);
		add_text(ui, p, UI_ROLE_TEXT, 0, width, str_cstr(&t));
		str_wipe(&t);
		return;
	}
	str_appendf(&t,
	            "The skills after which your urges dropped most, from the %zu urge%s "
	            "you logged with a skill and rated again afterwards (your whole diary):",
	            h->uses, h->uses == 1 ? "" : "s");
	add_text(ui, p, UI_ROLE_TEXT, 0, width, str_cstr(&t));
	int name_w = 0;
	for (size_t i = 0; i < w->helps_top; i++) {
		const char *name = skill_name(ui, h->skills[i].id);
		int wd = (int)text_width_utf8(name, strlen(name));
		name_w = wd > name_w ? wd : name_w;
	}
	for (size_t i = 0; i < w->helps_top; i++) {
		char drop[HELPS_DROP_TEXT_SIZE];
		const char *name = skill_name(ui, h->skills[i].id);
		int pad = name_w - (int)text_width_utf8(name, strlen(name));
		helps_drop_text(h->skills[i].median_halves, drop);
		str_clear(&t);
		str_appendf(&t, "%s%*s  dropped %s (the median), %zu times", name, pad, "", drop,
		            h->skills[i].count);
		add_text(ui, p, UI_ROLE_TEXT, 2, width, str_cstr(&t));
	}
	str_wipe(&t);
}

void week_page_build(struct ui *ui, struct week_page *p, const struct app_week *w,
                     const struct week_grid *g, int width)
{
	p->count = 0;
	str_clear(&p->text);
	if (w->empty) {
		add_empty(ui, p, w, width);
	} else {
		for (size_t i = 0; i < g->row_count; i++) {
			add_line(p, WEEK_LINE_GRID, i, UI_ROLE_TEXT, 0);
		}
		add_legend(ui, p, g, width);
	}
	add_helps(ui, p, w, width);
}

void week_page_draw(struct ui *ui, const struct week_page *p, const struct week_grid *g,
                    WINDOW *win, int y, size_t i)
{
	const struct week_line *l = &p->lines[i];
	if (l->kind == WEEK_LINE_GRID) {
		week_grid_draw_row(ui, g, win, y, l->at);
	} else if (l->kind == WEEK_LINE_TEXT) {
		wattrset(win, theme_attr(&ui->theme, l->role));
		mvwaddstr(win, y, 1 + l->indent, p->text.buf + l->at);
	}
}

void week_page_finish(struct week_page *p)
{
	free(p->lines);
	str_wipe(&p->text); /* skill names from the diary's urges */
	*p = (struct week_page){0};
}
