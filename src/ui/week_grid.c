/* The week's card grid (ui/week_grid.h). A cell is five columns wide,
 * right-aligned, with one space before it: "Mo 16", "yes", "999".
 *
 * An urge's cell holds the card's rating and, when urges were logged that
 * day, the highest of them after a slash: "2/4" is 2 on the card and 4
 * logged, "2" the card alone, "·/4" logged with no card value. One cell
 * rather than a second row per target: the two numbers are about the same
 * urge on the same day, read together, and the grid stays one screen
 * high at 80x24. The command line's grid shows the card's value, else the
 * logged one; here both are there. */
#include "ui/week_grid.h"

#include <stdio.h>
#include <string.h>

#include "core/diary_card.h"
#include "core/text_width.h"
#include "ui/widgets.h"

#define LEFT 1    /* the window's margin */
#define GROUP_W 9 /* "Emotions" and a space */
#define DAY_W 6   /* a space and a cell */
#define CELL_W 5
#define SPARK_W 10  /* two spaces and the eight weeks */
#define ITEM_MAX 17 /* a longer label is cut, so the whole grid fits 80 columns */
#define ITEM_MIN 6

static const char *const day_abbr[WEEK_GRID_DAYS] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
static const char *const day_name[WEEK_GRID_DAYS] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                     "Friday", "Saturday", "Sunday"};

static int width_of(const char *text)
{
	return (int)text_width_utf8(text, strlen(text));
}

static const char *fixed_label(enum week_row_kind kind)
{
	switch (kind) {
	case WEEK_ROW_SKILLS_USED:
		return "used (0-7)";
	case WEEK_ROW_PRACTISED:
		return "practised";
	case WEEK_ROW_RX:
		return "as prescribed";
	case WEEK_ROW_DRUGS:
		return "other drugs";
	default:
		return "";
	}
}

static const char *group_name(enum week_row_kind kind)
{
	switch (kind) {
	case WEEK_ROW_URGE:
		return "Urges";
	case WEEK_ROW_ACTION:
		return "Actions";
	case WEEK_ROW_EMOTION:
		return "Emotions";
	case WEEK_ROW_SKILLS_USED:
	case WEEK_ROW_PRACTISED:
		return "Skills";
	default:
		return "Meds";
	}
}

static const char *row_label(const struct week_grid *g, const struct week_row *r)
{
	const struct app_report *rep = &g->w->report;
	switch (r->kind) {
	case WEEK_ROW_URGE:
	case WEEK_ROW_ACTION:
		return rep->targets[r->item].label;
	case WEEK_ROW_EMOTION:
		return rep->emotions[r->item].label;
	default:
		return fixed_label(r->kind);
	}
}

static void add_row(struct week_grid *g, enum week_row_kind kind, size_t item, bool first)
{
	if (g->row_count < WEEK_GRID_ROWS_MAX) {
		g->rows[g->row_count++] = (struct week_row){kind, item, first};
	}
}

static void build_rows(struct week_grid *g)
{
	const struct app_report *r = &g->w->report;
	g->row_count = 0;
	for (size_t i = 0; i < r->target_count; i++) {
		add_row(g, WEEK_ROW_URGE, i, i == 0);
	}
	for (size_t i = 0; i < r->target_count; i++) {
		add_row(g, WEEK_ROW_ACTION, i, i == 0);
	}
	for (size_t i = 0; i < r->emotion_count; i++) {
		add_row(g, WEEK_ROW_EMOTION, i, i == 0);
	}
	add_row(g, WEEK_ROW_SKILLS_USED, 0, true);
	add_row(g, WEEK_ROW_PRACTISED, 0, false);
	add_row(g, WEEK_ROW_RX, 0, true);
	add_row(g, WEEK_ROW_DRUGS, 0, false);
}

static int med_index(const struct app_report *r, const char *name)
{
	for (size_t i = 0; i < r->med_count; i++) {
		if (strcmp(r->meds[i], name) == 0) {
			return (int)i;
		}
	}
	return -1;
}

static int grid_width(int item_w, int days, bool spark)
{
	return LEFT + GROUP_W + item_w + days * DAY_W + (spark ? SPARK_W : 0) + 1;
}

/* What fits cols: the sparklines go first, then days from Sunday back;
 * labels are cut only when even Monday alone would not fit. */
static void fit(struct week_grid *g, int cols)
{
	int item = ITEM_MIN;
	for (size_t i = 0; i < g->row_count; i++) {
		int wd = width_of(row_label(g, &g->rows[i]));
		item = wd > item ? wd : item;
	}
	item = item < ITEM_MAX ? item + 1 : ITEM_MAX; /* a space before the cells */
	g->full = grid_width(item, WEEK_GRID_DAYS, true);
	g->spark = g->full <= cols;
	g->days = WEEK_GRID_DAYS;
	while (!g->spark && g->days > 1 && grid_width(item, g->days, false) > cols) {
		g->days--;
	}
	int over = grid_width(item, g->days, g->spark) - cols;
	if (over > 0) {
		item = item - over > ITEM_MIN ? item - over : ITEM_MIN;
	}
	/* Narrower still: the labels alone, every day left out and said. */
	if (grid_width(item, g->days, g->spark) > cols) {
		g->days = 0;
	}
	g->item_w = item;
}

static void find_days(struct week_grid *g)
{
	const struct app_report *r = &g->w->report;
	struct date_week wk;
	struct date monday = {1970, 1, 1};
	if (date_week_parse(g->w->week, &wk)) {
		monday = date_week_monday(wk);
	}
	for (int i = 0; i < WEEK_GRID_DAYS; i++) {
		struct date d;
		g->day[i] = NULL;
		g->day_of_month[i] = date_add_days(monday, i, &d) ? d.day : 0;
	}
	for (size_t i = 0; i < r->day_count; i++) {
		struct date d;
		if (date_parse(r->days[i].date, &d)) {
			g->day[date_weekday(d) - 1] = &r->days[i];
		}
	}
}

void week_grid_init(struct week_grid *g, const struct app_week *w, int cols)
{
	g->w = w;
	g->med_rx = med_index(&w->report, "as-prescribed");
	g->med_drugs = med_index(&w->report, "other-drugs");
	build_rows(g);
	find_days(g);
	fit(g, cols);
}

void week_grid_left_out(const struct week_grid *g, struct str *out)
{
	const char *parts[3];
	size_t n = 0;
	char days[48];
	int gone = WEEK_GRID_DAYS - g->days;
	if (!g->spark) {
		parts[n++] = "Sparklines";
	}
	if (gone == 1) {
		parts[n++] = "Sunday";
	} else if (gone == 2) {
		parts[n++] = "Saturday";
		parts[n++] = "Sunday";
	} else if (gone > 2) {
		snprintf(days, sizeof(days), "%s to Sunday", day_name[g->days]);
		parts[n++] = days;
	}
	if (n == 0) {
		return;
	}
	for (size_t i = 0; i < n; i++) {
		str_appendf(out, "%s%s", i == 0 ? "" : i + 1 == n ? " and " : ", ", parts[i]);
	}
	str_appendf(out, " left out: widen the window to %d columns to see them.", g->full);
}

/* as-prescribed: yes or no; other-drugs: the count it starts with;
 * anything else a person wrote: "*". */
static void rx_text(const char *taken, char out[8])
{
	snprintf(out, 8, "%s",
	         taken == NULL               ? ""
	         : strcmp(taken, "yes") == 0 ? "yes"
	         : strcmp(taken, "no") == 0  ? "no"
	                                     : "*");
}

static void drugs_text(const char *taken, char out[8])
{
	int count;
	const char *what;
	if (taken != NULL && card_parse_other_drugs(taken, &count, &what)) {
		snprintf(out, 8, "%d", count);
	} else {
		snprintf(out, 8, "%s", taken != NULL ? "*" : "");
	}
}

bool week_grid_has_words(const struct week_grid *g)
{
	const struct app_report *r = &g->w->report;
	for (int d = 0; d < g->days; d++) {
		char rx[8] = "", drugs[8] = "";
		if (g->day[d] == NULL) {
			continue;
		}
		if (g->med_rx >= 0) {
			rx_text(app_report_text(r, g->day[d]->med[g->med_rx]), rx);
		}
		if (g->med_drugs >= 0) {
			drugs_text(app_report_text(r, g->day[d]->med[g->med_drugs]), drugs);
		}
		if (rx[0] == '*' || drugs[0] == '*') {
			return true;
		}
	}
	return false;
}

static int cells_x(const struct week_grid *g)
{
	return LEFT + GROUP_W + g->item_w;
}

/* text right-aligned in the cell of day d. */
static void put_cell(struct ui *ui, const struct week_grid *g, WINDOW *win, int y, int d,
                     enum ui_role role, const char *text)
{
	int x = cells_x(g) + d * DAY_W + 1 + CELL_W - width_of(text);
	wattrset(win, theme_attr(&ui->theme, role));
	mvwaddstr(win, y, x, text);
}

void week_grid_draw_header(struct ui *ui, const struct week_grid *g, WINDOW *win, int y)
{
	for (int d = 0; d < g->days; d++) {
		char head[16];
		snprintf(head, sizeof(head), "%s %2d", day_abbr[d], g->day_of_month[d]);
		put_cell(ui, g, win, y, d, UI_ROLE_TITLE, head);
	}
	if (g->spark) {
		wattrset(win, theme_attr(&ui->theme, UI_ROLE_TITLE));
		mvwprintw(win, y, cells_x(g) + g->days * DAY_W + 2, "%d weeks",
		          APP_WEEK_TREND_WEEKS);
	}
}

/* The text of row r's cell on day d, "" when not filled in. */
static void cell_text(struct ui *ui, const struct week_grid *g, const struct week_row *r,
                      const struct app_report_day *day, char out[16])
{
	const struct app_report *rep = &g->w->report;
	out[0] = '\0';
	int v = -1;
	switch (r->kind) {
	case WEEK_ROW_URGE:
		if (day->peak[r->item] >= 0) {
			char card[8];
			snprintf(card, sizeof(card), "%d", day->urge[r->item]);
			snprintf(out, 16, "%s/%d",
			         day->urge[r->item] >= 0 ? card : ui->theme.g->empty,
			         day->peak[r->item]);
			return;
		}
		v = day->urge[r->item];
		break;
	case WEEK_ROW_ACTION:
		if (day->action[r->item] >= 0 && !day->counted[r->item]) {
			snprintf(out, 16, "%s", day->action[r->item] ? "yes" : "no");
			return;
		}
		v = day->action[r->item];
		break;
	case WEEK_ROW_EMOTION:
		v = day->emotion[r->item];
		break;
	case WEEK_ROW_SKILLS_USED:
		v = day->skills_used;
		break;
	case WEEK_ROW_PRACTISED:
		v = day->skill_count > 0 ? day->skill_count : -1;
		break;
	case WEEK_ROW_RX:
		if (g->med_rx >= 0) {
			rx_text(app_report_text(rep, day->med[g->med_rx]), out);
		}
		return;
	case WEEK_ROW_DRUGS:
		if (g->med_drugs >= 0) {
			drugs_text(app_report_text(rep, day->med[g->med_drugs]), out);
		}
		return;
	}
	if (v >= 0) {
		snprintf(out, 16, "%d", v);
	}
}

static void draw_spark(struct ui *ui, const struct week_grid *g, WINDOW *win, int y,
                       const struct week_row *r)
{
	const int8_t *trend = r->kind == WEEK_ROW_URGE      ? g->w->urge_trend[r->item]
	                      : r->kind == WEEK_ROW_EMOTION ? g->w->emotion_trend[r->item]
	                                                    : NULL;
	if (!g->spark || trend == NULL) {
		return;
	}
	int values[APP_WEEK_TREND_WEEKS];
	for (int k = 0; k < APP_WEEK_TREND_WEEKS; k++) {
		values[k] = trend[k];
	}
	struct str line = {0};
	ui_sparkline(&ui->theme, values, APP_WEEK_TREND_WEEKS, 5, &line);
	wattrset(win, theme_attr(&ui->theme, UI_ROLE_TEXT));
	mvwaddstr(win, y, cells_x(g) + g->days * DAY_W + 2, str_cstr(&line));
	str_finish(&line);
}

void week_grid_draw_row(struct ui *ui, const struct week_grid *g, WINDOW *win, int y, size_t i)
{
	const struct week_row *r = &g->rows[i];
	if (r->first) {
		ui_text(ui, win, y, LEFT, GROUP_W - 1, 1, UI_ROLE_TITLE, group_name(r->kind));
	}
	ui_text(ui, win, y, LEFT + GROUP_W, g->item_w - 1, 1, UI_ROLE_TEXT, row_label(g, r));
	for (int d = 0; d < g->days; d++) {
		char text[16] = "";
		if (g->day[d] != NULL) {
			cell_text(ui, g, r, g->day[d], text);
		}
		bool empty = text[0] == '\0';
		put_cell(ui, g, win, y, d, empty ? UI_ROLE_HINT : UI_ROLE_TEXT,
		         empty ? ui->theme.g->empty : text);
	}
	draw_spark(ui, g, win, y, r);
}
