/* The presenter's screens for a room: text wrapped to at most 60 columns
 * and centred whatever the window, a blank row between ideas, the
 * countdown in large digits and the pacer as large as the window allows.
 * Each page is a list of parts laid out top to bottom, centred in the
 * window when it fits, scrolled with Up and Down when it does not. */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "core/text_width.h"
#include "core/wrap.h"
#include "ui/big_digits.h"
#include "ui/class.h"
#include "ui/pacer.h"
#include "ui/widgets.h"

enum part_kind {
	PART_TEXT,   /* wrapped, each line centred */
	PART_BLOCK,  /* wrapped, left-aligned in a block that is centred */
	PART_DIGITS, /* the countdown, as large as fits */
	PART_PACER,  /* the breathing shape, as large as fits */
};

struct part {
	enum part_kind kind;
	enum ui_role role;
	const char *text;
	int gap; /* blank rows after it */
	struct wrapped lines;
	int rows;
};

#define PARTS_MAX 16
#define OWNED_MAX 6

struct page {
	struct part parts[PARTS_MAX];
	size_t count;
	struct str owned[OWNED_MAX]; /* text made for this page */
	size_t owned_count;
};

static void add(struct page *pg, enum part_kind kind, enum ui_role role, const char *text, int gap)
{
	if (pg->count < PARTS_MAX && (text != NULL || kind == PART_PACER)) {
		pg->parts[pg->count++] = (struct part){.kind = kind, .role = role, .text = text,
		                                       .gap = gap};
	}
}

static struct str *own(struct page *pg)
{
	return pg->owned_count < OWNED_MAX ? &pg->owned[pg->owned_count++] : &pg->owned[0];
}

static void page_finish(struct page *pg)
{
	for (size_t i = 0; i < pg->count; i++) {
		wrapped_finish(&pg->parts[i].lines);
	}
	for (size_t i = 0; i < OWNED_MAX; i++) {
		str_finish(&pg->owned[i]);
	}
}

/* A list for a room: "- " items (continued lines hang after it, as
 * core/wrap.c does for a list), a blank row between them. */
static void list_text(char *const *items, size_t count, struct str *out)
{
	for (size_t i = 0; i < count; i++) {
		str_appendf(out, "%s- %s\n", i > 0 ? "\n" : "", items[i]);
	}
}

static int line_width(const char *line)
{
	return (int)text_width_utf8(line, strlen(line));
}

/* The page's rows: each part wrapped; the digits or the pacer take what
 * is left, up to their own largest size. */
static int measure(struct ui *ui, struct page *pg, int width, int rows, int cols)
{
	int fixed = 0;
	struct part *flex = NULL;
	for (size_t i = 0; i < pg->count; i++) {
		struct part *p = &pg->parts[i];
		if (p->kind == PART_TEXT || p->kind == PART_BLOCK) {
			wrap_for_terminal(p->text, width, !ui->theme.utf8, &p->lines);
			p->rows = (int)p->lines.count;
			fixed += p->rows;
		} else {
			flex = p;
		}
		fixed += i + 1 < pg->count ? p->gap : 0;
	}
	if (flex != NULL) {
		int left = rows - fixed;
		if (flex->kind == PART_DIGITS) {
			int scale = ui_big_scale(flex->text, left, cols - 4, 4);
			flex->rows = scale * UI_BIG_ROWS;
			if (scale == 0) {
				/* No room for large digits: the clock as a line. */
				flex->kind = PART_TEXT;
				wrap_for_terminal(flex->text, width, !ui->theme.utf8, &flex->lines);
				flex->rows = (int)flex->lines.count;
			}
		} else {
			flex->rows = left < 3 ? 3 : left;
		}
		fixed += flex->rows;
	}
	return fixed;
}

static void draw_lines(struct ui *ui, WINDOW *w, const struct part *p, int row, int top,
                       int bottom)
{
	int cols = getmaxx(w);
	int block = 0;
	for (size_t i = 0; i < p->lines.count; i++) {
		int lw = line_width(p->lines.lines[i]);
		block = lw > block ? lw : block;
	}
	wattrset(w, theme_attr(&ui->theme, p->role));
	for (size_t i = 0; i < p->lines.count; i++, row++) {
		if (row < top || row >= bottom) {
			continue;
		}
		int lw = p->kind == PART_TEXT ? line_width(p->lines.lines[i]) : block;
		mvwaddstr(w, row, (cols - lw) / 2 > 0 ? (cols - lw) / 2 : 0, p->lines.lines[i]);
	}
}

/* The pacer: an oval that fills as the breath comes in and empties as it
 * goes out, inside a dotted outline of its full size. */
struct oval {
	double rx, ry; /* radii in cells */
	int xr, yr;    /* the cells drawn: -xr..xr by -yr..yr */
};

static bool in_oval(const struct oval *o, int x, int y, double f)
{
	if (x < -o->xr || x > o->xr || y < -o->yr || y > o->yr || f <= 0) {
		return false;
	}
	double dx = x / (o->rx * f + 0.5), dy = y / (o->ry * f + 0.5);
	return dx * dx + dy * dy <= 1.0;
}

static void draw_pacer(struct ui *ui, WINDOW *w, const struct class_screen *c, int row, int rows)
{
	int cols = getmaxx(w);
	struct oval o = {.ry = (rows - 1) / 2.0};
	o.rx = o.ry * 2.2 < (cols - 4) / 2.0 ? o.ry * 2.2 : (cols - 4) / 2.0;
	o.xr = (int)o.rx;
	o.yr = (int)o.ry;
	int phase;
	uint64_t left;
	double f = ui_pacer_fill(&c->lesson.ex, ui->now_ms, 1000, &phase, &left) / 1000.0;
	int cy = row + rows / 2, cx = cols / 2;
	for (int y = -o.yr; y <= o.yr; y++) {
		for (int x = -o.xr; x <= o.xr; x++) {
			bool edge = in_oval(&o, x, y, 1) &&
			            (!in_oval(&o, x + 1, y, 1) || !in_oval(&o, x - 1, y, 1) ||
			             !in_oval(&o, x, y + 1, 1) || !in_oval(&o, x, y - 1, 1));
			if (in_oval(&o, x, y, f)) {
				wattrset(w, theme_attr(&ui->theme, UI_ROLE_TITLE));
				mvwaddstr(w, cy + y, cx + x, ui->theme.g->filled);
			} else if (edge) {
				wattrset(w, theme_attr(&ui->theme, UI_ROLE_HINT));
				mvwaddstr(w, cy + y, cx + x, ui->theme.g->empty);
			}
		}
	}
}

static void draw_page(struct ui *ui, struct class_screen *c, WINDOW *w, struct page *pg)
{
	int rows = getmaxy(w), cols = getmaxx(w);
	int width = cols - 4 < CLASS_TEXT_COLS ? cols - 4 : CLASS_TEXT_COLS;
	int top = 2, bottom = rows;
	int total = measure(ui, pg, width, bottom - top, cols);
	int row;
	c->hidden = 0;
	if (total <= bottom - top) {
		c->scroll = 0;
		row = top + (bottom - top - total) / 2;
	} else {
		bottom--; /* a row for the mark that the page goes on */
		int most = total - (bottom - top);
		c->scroll = c->scroll > most ? most : c->scroll;
		c->hidden = most - c->scroll;
		row = top - c->scroll;
	}
	for (size_t i = 0; i < pg->count; i++) {
		const struct part *p = &pg->parts[i];
		if (p->kind == PART_DIGITS) {
			ui_big_draw(ui, w, row, p->text, p->rows / UI_BIG_ROWS, p->role);
		} else if (p->kind == PART_PACER) {
			draw_pacer(ui, w, c, row, p->rows);
		} else {
			draw_lines(ui, w, p, row, top, bottom);
		}
		row += p->rows + p->gap;
	}
	if (c->hidden > 0) {
		ui_center(ui, w, rows - 1, UI_ROLE_HINT, "(more: Down)");
	} else if (c->scroll > 0) {
		ui_center(ui, w, rows - 1, UI_ROLE_HINT, "(Up goes back up)");
	}
}

/* The top row: the week, and which skill of it. */
static void draw_header(struct ui *ui, const struct class_screen *c, WINDOW *w)
{
	struct str line = {0};
	str_append(&line, str_cstr(&c->group->title));
	if (lesson_skill(&c->lesson) != NULL && c->group->count > 1) {
		str_appendf(&line, " - skill %zu of %zu", c->lesson.skill + 1, c->group->count);
	}
	ui_center(ui, w, 0, UI_ROLE_HINT, str_cstr(&line));
	str_finish(&line);
}

static void opening(const struct class_screen *c, struct page *pg)
{
	const struct app_group *g = c->group;
	add(pg, PART_TEXT, UI_ROLE_TITLE, str_cstr(&g->title), 0);
	add(pg, PART_TEXT, UI_ROLE_HINT, g->curriculum->name, 2);
	if (g->round > 1) {
		struct str *s = own(pg);
		str_appendf(s, "The group is on round %u of the plan.", g->round);
		add(pg, PART_TEXT, UI_ROLE_HINT, str_cstr(s), 1);
	} else if (g->before_start) {
		add(pg, PART_TEXT, UI_ROLE_HINT, "The group has not started yet: this is week 1.", 1);
	}
	struct str *names = own(pg);
	for (size_t i = 0; i < g->count; i++) {
		str_appendf(names, "%s\n", g->list[i]->name);
	}
	add(pg, PART_TEXT, UI_ROLE_TEXT, g->count == 1 ? "The skill:" : "The skills:", 1);
	add(pg, PART_TEXT, UI_ROLE_TITLE, str_cstr(names), 2);
	add(pg, PART_TEXT, UI_ROLE_HINT, "Space goes on, b goes back, ] skips to the next skill.", 0);
}

static void closing(const struct class_screen *c, struct page *pg)
{
	add(pg, PART_TEXT, UI_ROLE_TITLE, "That is all of the skills for now.", 2);
	if (c->group->week > 0) {
		struct str *s = own(pg);
		/* A build without PDF support prints text. */
		const char *format = WISEMIND_PDF ? "pdf" : "txt";
		str_appendf(s, "To print them for the room: wisemind handout --week %u --format %s "
		               "-o week-%u.%s",
		            c->group->week, format, c->group->week, format);
		add(pg, PART_TEXT, UI_ROLE_TEXT, str_cstr(s), 2);
	}
	add(pg, PART_TEXT, UI_ROLE_HINT, "q ends the class; b goes back.", 0);
}

static void skill_pages(const struct class_screen *c, struct page *pg)
{
	const struct skill *s = lesson_skill(&c->lesson);
	struct str *t = own(pg);
	switch (c->lesson.page) {
	case LESSON_SKILL:
		add(pg, PART_TEXT, UI_ROLE_TITLE, s->name, 1);
		add(pg, PART_TEXT, UI_ROLE_TEXT, s->acronym, 1);
		add(pg, PART_TEXT, UI_ROLE_HINT, skill_module_name(s->module), 2);
		add(pg, PART_TEXT, UI_ROLE_TEXT, s->summary, 0);
		break;
	case LESSON_WHEN:
		add(pg, PART_TEXT, UI_ROLE_TITLE, "When it helps", 1);
		list_text(s->when, s->when_count, t);
		add(pg, PART_BLOCK, UI_ROLE_TEXT, str_cstr(t), 0);
		break;
	case LESSON_NOT_WHEN:
		add(pg, PART_TEXT, UI_ROLE_TITLE, "When something else comes first", 1);
		list_text(s->not_when, s->not_when_count, t);
		add(pg, PART_BLOCK, UI_ROLE_TEXT, str_cstr(t), 0);
		break;
	case LESSON_CAUTIONS:
		add(pg, PART_TEXT, UI_ROLE_ALERT, "Before you start", 1);
		list_text(s->cautions, s->caution_count, t);
		add(pg, PART_BLOCK, UI_ROLE_ALERT, str_cstr(t), 0);
		break;
	case LESSON_INTRO: {
		size_t len;
		const char *part = lesson_intro_part(&c->lesson, &len);
		str_append_n(t, part, len);
		add(pg, PART_TEXT, UI_ROLE_TITLE, s->name, 1);
		add(pg, PART_BLOCK, UI_ROLE_TEXT, str_cstr(t), 0);
		break;
	}
	case LESSON_EXAMPLE:
		add(pg, PART_TEXT, UI_ROLE_TITLE, "An example", 1);
		add(pg, PART_BLOCK, UI_ROLE_TEXT, s->example, 0);
		break;
	default:
		break;
	}
}

static const char *timer_words(const struct exercise *ex, bool breathe)
{
	switch (exercise_timer_state(ex)) {
	case EXERCISE_TIMER_READY:
		return breathe ? "Enter starts the pacer; - and + make the breath slower or faster."
		               : "Enter starts the timer.";
	case EXERCISE_TIMER_PAUSED:
		return "Paused. Enter or p goes on; Space ends it here.";
	default:
		return "p pauses; Space ends it now and goes on.";
	}
}

static void timer_page(struct ui *ui, const struct class_screen *c, const struct skill_block *b,
                       struct page *pg)
{
	const struct exercise *ex = &c->lesson.ex;
	struct str *clock = own(pg);
	char left[16];
	ui_timer_clock(ex, ui->now_ms, left, sizeof(left));
	str_append(clock, left);
	if (b->kind == SKILL_BLOCK_TIMER) {
		add(pg, PART_DIGITS, UI_ROLE_TITLE, str_cstr(clock), 1);
		add(pg, PART_TEXT, UI_ROLE_HINT, timer_words(ex, false), 0);
		return;
	}
	int phase;
	uint64_t in_phase;
	ui_pacer_fill(ex, ui->now_ms, 1, &phase, &in_phase);
	struct str *cue = own(pg);
	str_append(cue, ui_pacer_cue(phase));
	if (phase >= 0) {
		str_appendf(cue, " %u", (unsigned)((in_phase + 999) / 1000));
	}
	add(pg, PART_TEXT, UI_ROLE_TITLE, str_cstr(cue), 1);
	add(pg, PART_PACER, UI_ROLE_TITLE, NULL, 1);
	struct skill_breath pace = exercise_pace(ex);
	struct str *line = own(pg);
	str_appendf(line, "In %u, out %u seconds. %s left.", pace.in, pace.out, str_cstr(clock));
	add(pg, PART_TEXT, UI_ROLE_TEXT, str_cstr(line), 0);
	add(pg, PART_TEXT, UI_ROLE_HINT, timer_words(ex, true), 0);
}

static void menu_page(const struct class_screen *c, const struct skill_block *b, struct page *pg)
{
	const struct exercise *ex = &c->lesson.ex;
	add(pg, PART_BLOCK, UI_ROLE_TEXT, ex->menu_again ? "Pick another, or go on." : b->text, 1);
	struct str *options = own(pg);
	for (size_t i = 0; i < b->link_count; i++) {
		str_appendf(options, "%zu. %s%s\n", i + 1, b->links[i].label,
		            exercise_chosen(ex, i) ? " (done)" : "");
	}
	add(pg, PART_BLOCK, UI_ROLE_TEXT, str_cstr(options), 1);
	add(pg, PART_TEXT, UI_ROLE_HINT, "A number picks one; Space goes on without one.", 0);
}

static void practice_page(struct ui *ui, const struct class_screen *c, struct page *pg)
{
	const struct skill_step *step = exercise_step(&c->lesson.ex);
	const struct skill_block *b = lesson_block(&c->lesson);
	add(pg, PART_TEXT, UI_ROLE_TITLE, step->title, 1);
	switch (b->kind) {
	case SKILL_BLOCK_TIMER:
	case SKILL_BLOCK_BREATHE:
		timer_page(ui, c, b, pg);
		break;
	case SKILL_BLOCK_CAUTION:
		add(pg, PART_TEXT, UI_ROLE_ALERT, "Caution", 1);
		add(pg, PART_BLOCK, UI_ROLE_ALERT, b->text, 0);
		break;
	case SKILL_BLOCK_ASK:
		add(pg, PART_BLOCK, UI_ROLE_TEXT, b->text, 1);
		add(pg, PART_TEXT, UI_ROLE_HINT, "Something to think about quietly, or to write on "
		                                 "the handout. Nothing is typed here.", 0);
		break;
	case SKILL_BLOCK_CHOOSE:
	case SKILL_BLOCK_DECIDE:
		menu_page(c, b, pg);
		break;
	default:
		add(pg, PART_BLOCK, UI_ROLE_TEXT, b->text, 0);
		break;
	}
}

void class_draw(struct ui *ui, struct class_screen *c, WINDOW *w)
{
	struct page pg = {0};
	if (c->lesson.page != LESSON_OPENING) {
		draw_header(ui, c, w); /* the opening says it in large */
	}
	switch (c->lesson.page) {
	case LESSON_OPENING:
		opening(c, &pg);
		break;
	case LESSON_CLOSING:
		closing(c, &pg);
		break;
	case LESSON_PRACTICE:
		practice_page(ui, c, &pg);
		break;
	default:
		skill_pages(c, &pg);
		break;
	}
	draw_page(ui, c, w, &pg);
	page_finish(&pg);
}
